"""The stream idle timeout (issue 21 item 8) without sockets: its options and checks, the
read timeout it lowers, the decoder's pending data, and streams over in-memory bodies that
send only comments or keep-alive events; the same over real sockets is in
``tests/hardening/test_stream_ends.py``."""

from __future__ import annotations

import json
import pickle
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from typing import Any, cast

import anyio
import httpx
import pytest
import respx

import poe_sdk
from poe_sdk import AsyncPoeClient, AsyncStream, PoeClient
from poe_sdk._client_options import check_seconds, read_at_most
from poe_sdk._generated.resources import CREATE_CHAT_COMPLETION, CREATE_RESPONSE
from poe_sdk._replies.sse import SSEDecoder
from poe_sdk._replies.streaming import reader_of
from poe_sdk._request.operation import Operation
from support import API_KEY, BASE_URL, CHAT_URL, MODEL, chunk_json, user

IDLE = 0.1
"""The idle timeout of the in-memory streams: keep-alives come every 5 ms, forever."""

# -- options -------------------------------------------------------------------------------


def test_the_default_is_600_seconds_and_each_client_and_copy_can_change_it() -> None:
    assert poe_sdk.DEFAULT_STREAM_IDLE_TIMEOUT == 600.0
    client = AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL)
    assert client.stream_idle_timeout == 600.0
    assert client.with_options(stream_idle_timeout=30).stream_idle_timeout == 30.0
    off = client.with_options(stream_idle_timeout=None)
    assert off.stream_idle_timeout is None
    assert off.with_options(max_retries=1).stream_idle_timeout is None  # kept by copies
    assert off.with_options(stream_idle_timeout=poe_sdk.NOT_GIVEN).stream_idle_timeout is None
    sync = PoeClient(api_key=API_KEY, base_url=BASE_URL, stream_idle_timeout=5)
    try:
        assert sync.stream_idle_timeout == 5.0
        assert sync.with_options(stream_idle_timeout=None).stream_idle_timeout is None
    finally:
        sync.close()


@pytest.mark.parametrize("bad", [0, -1, float("inf"), float("nan"), True, "10", [1]])
def test_a_bad_value_is_refused_at_construction_and_per_call_before_any_io(bad: object) -> None:
    with pytest.raises(poe_sdk.RequestValidationError) as caught:
        AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL, stream_idle_timeout=bad)  # type: ignore[arg-type]
    assert caught.value.param == "stream_idle_timeout"
    with respx.mock(assert_all_called=False) as router:
        route = router.post(CHAT_URL)
        with PoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
            with pytest.raises(poe_sdk.RequestValidationError, match="stream_idle_timeout"):
                client.chat.completions.create(
                    model=MODEL,
                    messages=user("x"),
                    stream=True,
                    stream_idle_timeout=bad,  # type: ignore[typeddict-item]
                )
        assert not route.called


def test_check_seconds() -> None:
    assert check_seconds(None, "x") is None
    assert check_seconds(2, "x") == 2.0
    assert check_seconds(0.5, "x") == 0.5


@pytest.mark.parametrize(
    ("timeout", "idle", "read"),
    [
        (httpx.Timeout(600.0, connect=5.0), 600.0, 600.0),  # the defaults: unchanged
        (httpx.Timeout(600.0, connect=5.0), 30.0, 30.0),
        (10.0, 30.0, 10.0),
        (None, 30.0, 30.0),  # timeout=None turns the read timeout off, not the idle timeout
        (httpx.Timeout(5.0, read=None), 30.0, 30.0),
    ],
)
def test_a_streams_read_timeout_is_at_most_its_idle_timeout(
    timeout: float | httpx.Timeout | None, idle: float, read: float
) -> None:
    lowered = read_at_most(timeout, idle)
    as_timeout = lowered if isinstance(lowered, httpx.Timeout) else httpx.Timeout(lowered)
    assert as_timeout.read == read
    if read != idle or timeout is None:
        return
    original = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    assert (as_timeout.connect, as_timeout.write, as_timeout.pool) == (
        original.connect,
        original.write,
        original.pool,
    )


def test_the_request_of_a_stream_carries_the_lowered_read_timeout() -> None:
    body = b"data: " + json.dumps(chunk_json("a")).encode() + b"\n\ndata: [DONE]\n\n"
    with respx.mock() as router:
        route = router.post(CHAT_URL).respond(
            200, content=body, headers={"content-type": "text/event-stream"}
        )
        with PoeClient(api_key=API_KEY, base_url=BASE_URL, timeout=None) as client:
            with client.chat.completions.create(
                model=MODEL, messages=user("x"), stream=True, stream_idle_timeout=7
            ) as stream:
                list(stream)
            client.chat.completions.create(model=MODEL, messages=user("x"), stream=True).close()
            plain = client.with_options(stream_idle_timeout=None)
            plain.chat.completions.create(model=MODEL, messages=user("x"), stream=True).close()
    reads = [call.request.extensions["timeout"]["read"] for call in route.calls]
    assert reads == [7.0, 600.0, None]


# -- the decoder's pending data -------------------------------------------------------------


def test_pending_data_grows_with_an_event_and_not_with_comments() -> None:
    decoder = SSEDecoder()
    assert decoder.pending_data == 0
    decoder.feed(b": keep-alive\n\n: keep")
    assert decoder.pending_data == 0  # a comment, complete or not, is no data
    decoder.feed(b'-alive\n\ndata: {"a": ')
    first = decoder.pending_data
    assert first > 0
    decoder.feed(b"1}\ndata: more and more\n")
    assert decoder.pending_data > first
    assert [e.data for e in decoder.feed(b"\n")] == ['{"a": 1}\nmore and more']
    assert decoder.pending_data == 0


# -- streams over in-memory bodies ---------------------------------------------------------


class _Body(httpx.AsyncByteStream):
    """A body made by ``parts``, which closing the response closes (``async for`` would not:
    left to the garbage collector, trio reports the generator as never closed)."""

    def __init__(self, parts: Callable[[], AsyncIterator[bytes]]) -> None:
        self._parts = cast("AsyncGenerator[bytes, None]", parts())

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for part in self._parts:
            yield part

    async def aclose(self) -> None:
        await self._parts.aclose()


def _stream(
    operation: Operation, parts: Callable[[], AsyncIterator[bytes]], idle: float | None = IDLE
) -> AsyncStream[Any]:
    timeouts = {"connect": 5.0, "read": idle, "write": 5.0, "pool": 5.0}
    request = httpx.Request("POST", f"{BASE_URL}/x", extensions={"timeout": timeouts})
    response = httpx.Response(200, stream=_Body(parts), request=request)
    assert operation.stream_model is not None
    assert operation.accumulator is not None
    stream: AsyncStream[Any] = AsyncStream(
        response,
        operation.stream_model,
        accumulator=operation.accumulator(),
        end=operation.stream_end,
        name=operation.stream_name,
    )
    reader_of(stream).idle_timeout = idle
    return stream


def _chat_event(text: str) -> bytes:
    return b"data: " + json.dumps(chunk_json(text)).encode() + b"\n\n"


def _forever(first: bytes, ping: bytes) -> Callable[[], AsyncIterator[bytes]]:
    async def parts() -> AsyncIterator[bytes]:
        yield first
        for _ in range(10_000):  # 50 s: the test's bound fails it long before
            await anyio.sleep(0.005)
            yield ping

    return parts


async def _drain(stream: AsyncStream[Any]) -> tuple[list[Any], BaseException | None]:
    received: list[Any] = []
    try:
        with anyio.fail_after(10):
            async with stream:
                async for chunk in stream:
                    received.append(chunk)
    except poe_sdk.PoeError as exc:
        return received, exc
    return received, None


@pytest.mark.anyio
@pytest.mark.parametrize(
    "ping",
    [b": keep-alive\n\n", b"event: ping\ndata: {}\n\n", b"event: ping\n\n", b":\n"],
    ids=["comment", "named-ping", "empty-named-ping", "bare-colon"],
)
async def test_comments_and_pings_are_not_progress(ping: bytes) -> None:
    stream = _stream(CREATE_CHAT_COMPLETION, _forever(_chat_event("Hi"), ping))
    received, error = await _drain(stream)
    assert len(received) == 1
    assert isinstance(error, poe_sdk.StreamTimeoutError)
    assert isinstance(error, poe_sdk.APITimeoutError)
    assert isinstance(error, poe_sdk.IncompleteStreamError)
    assert "stream_idle_timeout" in str(error)
    assert error.chunk_count == 1
    assert isinstance(error.partial, poe_sdk.types.ChatCompletion)
    assert error.partial.choices[0].message.content == "Hi"
    back = pickle.loads(pickle.dumps(error))  # it crosses a process pool, partial included
    assert type(back) is poe_sdk.StreamTimeoutError
    assert back.partial == error.partial


def _responses_event(kind: str, **fields: Any) -> bytes:
    return f"event: {kind}\ndata: {json.dumps({'type': kind, **fields})}\n\n".encode()


@pytest.mark.anyio
@pytest.mark.parametrize(
    "ping",
    [
        _responses_event("keepalive", sequence_number=3),
        b'data: {"type": "ping"}\n\n',
        _responses_event("heartbeat"),
    ],
    ids=["typed-keepalive", "unnamed-ping", "heartbeat"],
)
async def test_typed_keep_alive_events_are_delivered_but_are_not_progress(ping: bytes) -> None:
    delta = _responses_event(
        "response.output_text.delta", item_id="m", output_index=0, content_index=0, delta="Hi"
    )
    received, error = await _drain(_stream(CREATE_RESPONSE, _forever(delta, ping)))
    assert len(received) > 1  # the keep-alive events, as sent (UnknownVariant)
    assert isinstance(error, poe_sdk.StreamTimeoutError)
    assert error.partial is not None
    assert error.partial.output_text == "Hi"  # type: ignore[union-attr]


@pytest.mark.anyio
async def test_a_large_event_arriving_slowly_is_progress() -> None:
    """A 64-piece event sent over ~1.6 s with an idle timeout of 1 s: each piece is progress."""
    text = "x" * 64

    async def parts() -> AsyncIterator[bytes]:
        event = _chat_event(text)
        size = len(event) // 64 + 1
        for piece in [event[i : i + size] for i in range(0, len(event), size)]:
            yield piece
            await anyio.sleep(0.025)
        yield b"data: [DONE]\n\n"

    received, error = await _drain(_stream(CREATE_CHAT_COMPLETION, parts, idle=1.0))
    assert error is None
    assert [chunk.choices[0].delta.content for chunk in received] == [text]


@pytest.mark.anyio
async def test_without_an_idle_timeout_comments_keep_a_stream_open() -> None:
    stream = _stream(CREATE_CHAT_COMPLETION, _forever(_chat_event("Hi"), b": ping\n\n"), idle=None)
    received: list[Any] = []
    with anyio.move_on_after(0.5) as scope:  # five idle timeouts of the other tests
        async with stream:
            async for chunk in stream:
                received.append(chunk)
    assert scope.cancelled_caught
    assert len(received) == 1
