"""How a stream ends, over real sockets (issue 21), on asyncio, trio and the sync client:

- a Responses stream that a server ends with ``data: [DONE]`` before ``response.completed`` is
  a cut stream, whose ``.partial`` keeps the text received (item 7);
- a stream that only sends SSE comments or keep-alive events (``event: ping``, typed
  ``keepalive`` events) ends with ``StreamTimeoutError`` after ``stream_idle_timeout`` seconds
  without progress, keeping the partial result; the option is set per client, per
  ``with_options`` copy or per call (item 8). The idle timeouts here are tiny (0.2 s): the
  tests assert what ends the stream, not how fast."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import anyio
import pytest

import poe_sdk
from poe_sdk.types.responses import Response
from support import chunk_json

from . import raw_servers as raw
from .checks import (
    MODEL,
    assert_pool_clean,
    assert_sync_pool_clean,
    async_client,
    bounded,
    eventually,
    sync_client,
    user,
)

# -- Responses events ----------------------------------------------------------------------


def _response(status: str, *output: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 1700000000,
        "status": status,
        "model": MODEL,
        "output": list(output),
    }


def _message(text: str) -> dict[str, Any]:
    part = {"type": "output_text", "text": text, "annotations": []}
    return {"type": "message", "id": "msg_1", "role": "assistant", "content": [part]}


def _event(kind: str, **fields: Any) -> bytes:
    return f"event: {kind}\ndata: {json.dumps({'type': kind, **fields})}\n\n".encode()


def _delta(text: str) -> bytes:
    return _event(
        "response.output_text.delta", item_id="msg_1", output_index=0, content_index=0, delta=text
    )


_START = [
    _event("response.created", response=_response("in_progress")),
    _event(
        "response.output_item.added",
        output_index=0,
        item={"type": "message", "id": "msg_1", "role": "assistant", "content": []},
    ),
    _delta("Hel"),
    _delta("lo"),
]
_COMPLETED = _event("response.completed", response=_response("completed", _message("Hello")))


def _stream(*events: bytes) -> raw.Action:
    def action(conn: raw.Conn, request: raw.RawRequest) -> bool:
        conn.start_stream()
        for event in events:
            conn.send_chunk(event)
        return conn.end_chunks()

    return action


_DONE_FIRST = _stream(*_START, raw.DONE)
_DONE_AFTER_COMPLETED = _stream(*_START, _COMPLETED, raw.DONE)


def _check_cut(error: BaseException | None) -> None:
    assert type(error) is poe_sdk.IncompleteStreamError, repr(error)
    assert "data: [DONE]" in str(error)
    partial = error.partial
    assert isinstance(partial, Response)
    assert partial.output_text == "Hello"
    assert error.chunk_count == len(_START)


# -- item 7: [DONE] before response.completed ----------------------------------------------


@pytest.mark.anyio
async def test_done_before_response_completed_is_a_cut_stream_async() -> None:
    with raw.api_server(lambda index: _DONE_FIRST) as server:
        client = async_client(server.base_url)
        try:
            with anyio.fail_after(10):
                stream = await client.responses.create(model=MODEL, input="hi", stream=True)
                error: BaseException | None = None
                try:
                    async with stream:
                        await stream.get_final_response()
                except poe_sdk.PoeError as exc:
                    error = exc
            _check_cut(error)
            await assert_pool_clean(client)
        finally:
            await client.close()
    assert len(server.requests) == 1  # a cut stream is not retried


def test_done_before_response_completed_is_a_cut_stream_sync() -> None:
    with raw.api_server(lambda index: _DONE_FIRST) as server:
        client = sync_client(server.base_url)

        def call() -> BaseException | None:
            with client.responses.create(model=MODEL, input="hi", stream=True) as stream:
                texts: list[str] = []
                try:
                    for text in stream.text_deltas():
                        texts.append(text)
                except poe_sdk.PoeError as exc:
                    assert texts == ["Hel", "lo"]  # every event before [DONE] was delivered
                    return exc
            return None

        try:
            _check_cut(bounded(call, 10, client.close))
            assert_sync_pool_clean(client)
        finally:
            client.close()


@pytest.mark.anyio
async def test_done_after_response_completed_still_completes_async() -> None:
    with raw.api_server(lambda index: _DONE_AFTER_COMPLETED) as server:
        client = async_client(server.base_url)
        try:
            with anyio.fail_after(10):
                for _ in range(2):  # the second call reuses the drained connection
                    stream = await client.responses.create(model=MODEL, input="hi", stream=True)
                    async with stream:
                        response = await stream.get_final_response()
                    assert response.output_text == "Hello"
                    assert stream.completed
            await assert_pool_clean(client)
        finally:
            await client.close()
    assert server.accepted == 1


def test_done_after_response_completed_still_completes_sync() -> None:
    with raw.api_server(lambda index: _DONE_AFTER_COMPLETED) as server:
        client = sync_client(server.base_url)

        def call() -> str:
            with client.responses.create(model=MODEL, input="hi", stream=True) as stream:
                return stream.get_final_response().output_text

        try:
            assert bounded(call, 10, client.close) == "Hello"
            assert_sync_pool_clean(client)
        finally:
            client.close()


# -- item 8: streams that only send comments or keep-alive events --------------------------

IDLE = 0.2


def _keeps_alive(first: bytes, ping: bytes) -> raw.Action:
    """``first``, then ``ping`` every 10 ms until the client hangs up (at most 20 s)."""

    def action(conn: raw.Conn, request: raw.RawRequest) -> bool:
        conn.start_stream()
        conn.send_chunk(first)
        for _ in range(2000):
            if not conn.send_chunk(ping):
                conn.server._note_disconnect(conn.index)
                return False
            if conn.wait_eof(0.01):
                return False
        return False

    return action


_CHAT_FIRST = raw.sse_event(chunk_json("Echo: "))
PINGS: dict[str, raw.Action] = {
    "comments": _keeps_alive(_CHAT_FIRST, b": keep-alive\n\n"),
    "named-pings": _keeps_alive(_CHAT_FIRST, b'event: ping\ndata: {"type": "ping"}\n\n'),
}
_RESPONSES_PINGS = _keeps_alive(b"".join(_START), _event("keepalive"))


def _check_idle(error: BaseException | None, server: raw.RawServer) -> None:
    assert type(error) is poe_sdk.StreamTimeoutError, repr(error)
    assert "stream_idle_timeout" in str(error)
    assert error.chunk_count == 1
    assert isinstance(error.partial, poe_sdk.types.ChatCompletion)
    assert error.partial.choices[0].message.content == "Echo: "
    assert len(server.requests) == 1  # a stream that started is not retried


async def _read_chat(client: poe_sdk.AsyncPoeClient, **options: Any) -> BaseException | None:
    try:
        with anyio.fail_after(10):
            stream = await client.chat.completions.create(
                model=MODEL, messages=user("x"), stream=True, **options
            )
            async with stream:
                async for _ in stream:
                    pass
    except poe_sdk.PoeError as exc:
        return exc
    return None


def _read_chat_sync(client: poe_sdk.PoeClient, **options: Any) -> Callable[[], object]:
    def call() -> BaseException | None:
        try:
            with client.chat.completions.create(
                model=MODEL, messages=user("x"), stream=True, **options
            ) as stream:
                for _ in stream:
                    pass
        except poe_sdk.PoeError as exc:
            return exc
        return None

    return call


@pytest.mark.anyio
@pytest.mark.parametrize("pings", list(PINGS))
async def test_a_stream_of_pings_times_out_with_its_partial_async(pings: str) -> None:
    with raw.api_server(lambda index: PINGS[pings]) as server:
        client = async_client(server.base_url, stream_idle_timeout=IDLE)  # per client
        try:
            _check_idle(await _read_chat(client), server)
            # The connection was closed, not left to the pings.
            assert await eventually(lambda: server.saw_disconnect(0))
            await assert_pool_clean(client)
        finally:
            await client.close()


@pytest.mark.parametrize("pings", list(PINGS))
def test_a_stream_of_pings_times_out_with_its_partial_sync(pings: str) -> None:
    with raw.api_server(lambda index: PINGS[pings]) as server:
        client = sync_client(server.base_url)
        try:
            error = bounded(_read_chat_sync(client, stream_idle_timeout=IDLE), 10, client.close)
            _check_idle(error, server)  # per call
            assert server.wait_disconnect(0)
            assert_sync_pool_clean(client)
        finally:
            client.close()


@pytest.mark.anyio
async def test_typed_keepalive_events_of_a_responses_stream_time_out_async() -> None:
    with raw.api_server(lambda index: _RESPONSES_PINGS) as server:
        # The keep-alive event is not in the spec: strict_replies would refuse it.
        client = async_client(server.base_url, strict_replies=False)
        client = client.with_options(stream_idle_timeout=IDLE)  # per with_options copy
        try:
            with anyio.fail_after(10):
                stream = await client.responses.create(model=MODEL, input="hi", stream=True)
                kinds: list[object] = []
                with pytest.raises(poe_sdk.StreamTimeoutError) as caught:
                    async with stream:
                        async for event in stream:
                            kinds.append(event.type)
            assert "keepalive" in kinds  # delivered as sent
            partial = caught.value.partial
            assert isinstance(partial, Response)
            assert partial.output_text == "Hello"
            await assert_pool_clean(client)
        finally:
            await client.close()


def test_typed_keepalive_events_of_a_responses_stream_time_out_sync() -> None:
    with raw.api_server(lambda index: _RESPONSES_PINGS) as server:
        client = sync_client(server.base_url, stream_idle_timeout=IDLE, strict_replies=False)

        def call() -> BaseException | None:
            with client.responses.create(model=MODEL, input="hi", stream=True) as stream:
                try:
                    stream.get_final_response()
                except poe_sdk.PoeError as exc:
                    return exc
            return None

        try:
            error = bounded(call, 10, client.close)
            assert type(error) is poe_sdk.StreamTimeoutError, repr(error)
            assert isinstance(error.partial, Response)
            assert error.partial.output_text == "Hello"
            assert_sync_pool_clean(client)
        finally:
            client.close()


@pytest.mark.anyio
async def test_silence_is_bounded_by_the_idle_timeout_when_the_read_timeout_is_off() -> None:
    """``timeout=None`` turns the read timeout off; a stream's reads are still bounded by its
    idle timeout (the client lowers a stream's read timeout to it)."""
    with raw.api_server(raw.first(1, raw.stall_mid_stream)) as server:
        client = async_client(server.base_url, timeout=None, stream_idle_timeout=IDLE)
        try:
            error = await _read_chat(client)
            assert type(error) is poe_sdk.StreamTimeoutError, repr(error)
            assert error.chunk_count == 1
            assert await eventually(lambda: server.saw_disconnect(0))
            await assert_pool_clean(client)
        finally:
            await client.close()


@pytest.mark.anyio
async def test_none_per_call_turns_the_idle_timeout_off() -> None:
    """Without the idle timeout the pings keep the stream open: only the call's total_timeout
    (0.6 s, three idle timeouts) ends it."""
    with raw.api_server(lambda index: PINGS["comments"]) as server:
        client = async_client(server.base_url, stream_idle_timeout=IDLE)
        try:
            error = await _read_chat(client, stream_idle_timeout=None, total_timeout=0.6)
            assert type(error) is poe_sdk.StreamTimeoutError, repr(error)
            assert "total_timeout" in str(error)
            assert "stream_idle_timeout" not in str(error)
            assert error.chunk_count == 1
        finally:
            await client.close()


def test_none_per_call_turns_the_idle_timeout_off_sync() -> None:
    with raw.api_server(lambda index: PINGS["comments"]) as server:
        client = sync_client(server.base_url, stream_idle_timeout=IDLE)
        try:
            call = _read_chat_sync(client, stream_idle_timeout=None, total_timeout=0.6)
            error = bounded(call, 10, client.close)
            assert type(error) is poe_sdk.StreamTimeoutError, repr(error)
            assert "total_timeout" in str(error)
        finally:
            client.close()
