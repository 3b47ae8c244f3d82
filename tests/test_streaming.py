"""Async streaming over respx: chunks, closing, accumulation and every typed failure."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import anyio
import httpx
import pytest
import respx

import poe_sdk
from poe_sdk import AsyncPoeClient, AsyncStream, ChatCompletionAccumulator
from poe_sdk.types import ChatCompletionChunk
from support import API_KEY, BASE_URL, USER_MESSAGES, chunk_json, sse, sse_response

pytestmark = pytest.mark.anyio

HELLO = sse(chunk_json("Hel"), chunk_json("lo"), chunk_json(None, choices=[]))


class TrackedBody(httpx.AsyncByteStream):
    """A response body that records whether it was closed, optionally failing midway."""

    def __init__(self, parts: list[bytes], fail_with: Exception | None = None) -> None:
        self.parts = parts
        self.fail_with = fail_with
        self.closed = False

    def __aiter__(self) -> AsyncIterator[bytes]:
        self._pending = list(self.parts)
        return self

    async def __anext__(self) -> bytes:
        if self._pending:
            return self._pending.pop(0)
        if self.fail_with is not None:
            raise self.fail_with
        raise StopAsyncIteration

    async def aclose(self) -> None:
        self.closed = True


def client() -> AsyncPoeClient:
    return AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL, max_retries=0)


async def open_stream(c: AsyncPoeClient) -> AsyncStream[ChatCompletionChunk]:
    return await c.chat.completions.create(model="m", messages=USER_MESSAGES, stream=True)


async def test_stream_yields_typed_chunks_until_done(router: respx.MockRouter) -> None:
    route = router.post("/chat/completions").mock(
        return_value=sse_response(HELLO, **{"x-request-id": "req-1"})
    )
    async with client() as c:
        stream = await open_stream(c)
        async with stream:
            texts = [chunk.choices[0].delta.content async for chunk in stream if chunk.choices]
        assert texts == ["Hel", "lo"]
        assert stream.completed
        assert stream.request_id == "req-1"
        assert stream.response.headers["content-type"] == "text/event-stream"
    request = route.calls.last.request
    assert json.loads(request.content)["stream"] is True
    assert request.headers["accept"] == "text/event-stream"


async def test_usage_only_final_chunk_is_delivered(router: respx.MockRouter) -> None:
    usage = {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}
    body = sse(chunk_json("hi"), chunk_json(None, choices=[], usage=usage))
    router.post("/chat/completions").mock(return_value=sse_response(body))
    async with client() as c:
        chunks = [chunk async for chunk in await open_stream(c)]
    assert chunks[-1].choices == []
    assert chunks[-1].usage is not None and chunks[-1].usage.total_tokens == 5


async def test_unknown_chunk_fields_are_kept(router: respx.MockRouter) -> None:
    chunk = chunk_json(None)
    chunk["choices"][0]["delta"] = {"reasoning_content": "hmm"}
    router.post("/chat/completions").mock(return_value=sse_response(sse(chunk)))
    async with client() as c:
        chunks = [chunk async for chunk in await open_stream(c)]
    assert chunks[0].choices[0].delta.reasoning_content == "hmm"  # type: ignore[attr-defined]


async def test_comments_and_crlf_are_handled(router: respx.MockRouter) -> None:
    body = b": keep-alive\r\n\r\n" + HELLO.replace(b"\n", b"\r\n")
    router.post("/chat/completions").mock(return_value=sse_response(body))
    async with client() as c:
        stream = await open_stream(c)
        assert [t async for t in stream.text_deltas()] == ["Hel", "lo"]


@pytest.mark.parametrize("drop", [False, True])
async def test_stream_cut_before_done_raises_incomplete(
    router: respx.MockRouter, drop: bool
) -> None:
    error = httpx.RemoteProtocolError("peer closed connection") if drop else None
    body = TrackedBody([sse(chunk_json("Hel"), chunk_json("lo"), done=False)], fail_with=error)
    router.post("/chat/completions").mock(return_value=httpx.Response(200, stream=body))
    async with client() as c:
        stream = await open_stream(c)
        received = []
        with pytest.raises(poe_sdk.IncompleteStreamError) as info:
            async for chunk in stream:
                received.append(chunk)
    assert len(received) == 2
    assert info.value.chunk_count == 2
    assert info.value.partial is not None
    assert info.value.partial.choices[0].message.content == "Hello"
    assert isinstance(info.value, poe_sdk.APIConnectionError)
    assert body.closed


async def test_read_timeout_mid_stream_is_a_timeout_error(router: respx.MockRouter) -> None:
    body = TrackedBody([sse(chunk_json("a"), done=False)], fail_with=httpx.ReadTimeout("slow"))
    router.post("/chat/completions").mock(return_value=httpx.Response(200, stream=body))
    async with client() as c:
        with pytest.raises(poe_sdk.APITimeoutError):
            async for _ in await open_stream(c):
                pass
    assert body.closed


@pytest.mark.parametrize(
    ("event", "error_class"),
    [
        (
            b'data: {"error": {"message": "slow down", "code": "rate_limit_exceeded"}}\n\n',
            poe_sdk.RateLimitError,
        ),
        (
            b'event: error\ndata: {"error": {"message": "bot died", "type": "server_error"}}\n\n',
            poe_sdk.InternalServerError,
        ),
        (
            b'event: error\ndata: {"message": "bad", "type": "invalid_request_error"}\n\n',
            poe_sdk.BadRequestError,
        ),
    ],
)
async def test_error_events_raise_typed_api_errors(
    router: respx.MockRouter, event: bytes, error_class: type[poe_sdk.APIError]
) -> None:
    body = sse(chunk_json("a"), done=False) + event
    router.post("/chat/completions").mock(return_value=sse_response(body))
    async with client() as c:
        stream = await open_stream(c)
        with pytest.raises(poe_sdk.APIError) as info:
            async for _ in stream:
                pass
    assert type(info.value) is error_class
    assert info.value.message.startswith("Error in stream: ")
    assert info.value.type or info.value.code


@pytest.mark.parametrize(
    "line", ["data: {not json}\n\n", 'data: {"id": "x"}\n\n', "data: [1, 2]\n\n"]
)
async def test_malformed_events_raise_validation_errors_quoting_the_line(
    router: respx.MockRouter, line: str
) -> None:
    body = sse(chunk_json("a"), done=False) + line.encode()
    router.post("/chat/completions").mock(return_value=sse_response(body))
    async with client() as c:
        with pytest.raises(poe_sdk.APIResponseValidationError) as info:
            async for _ in await open_stream(c):
                pass
    assert line.strip() in str(info.value)


async def test_invalid_utf8_is_a_validation_error(router: respx.MockRouter) -> None:
    body = b'data: {"x": "\xff\xfe"}\n\n'
    router.post("/chat/completions").mock(return_value=sse_response(body))
    async with client() as c:
        with pytest.raises(poe_sdk.APIResponseValidationError):
            async for _ in await open_stream(c):
                pass


async def test_break_inside_async_with_closes_the_response(router: respx.MockRouter) -> None:
    body = TrackedBody([HELLO])
    router.post("/chat/completions").mock(return_value=httpx.Response(200, stream=body))
    async with client() as c:
        async with await open_stream(c) as stream:
            async for _ in stream:
                break
        assert body.closed


async def test_exception_in_loop_body_closes_the_response(router: respx.MockRouter) -> None:
    body = TrackedBody([HELLO])
    router.post("/chat/completions").mock(return_value=httpx.Response(200, stream=body))
    async with client() as c:
        with pytest.raises(KeyError):
            async with await open_stream(c) as stream:
                async for _ in stream:
                    raise KeyError("boom")
    assert body.closed


async def test_close_and_aclose_release_the_response(router: respx.MockRouter) -> None:
    bodies = [TrackedBody([HELLO]), TrackedBody([HELLO])]
    router.post("/chat/completions").mock(
        side_effect=[httpx.Response(200, stream=b) for b in bodies]
    )
    async with client() as c:
        await (await open_stream(c)).close()
        await (await open_stream(c)).aclose()
    assert all(b.closed for b in bodies)


async def test_cancellation_closes_the_response(router: respx.MockRouter) -> None:
    class Stall(TrackedBody):
        async def __anext__(self) -> bytes:
            if self._pending:
                return self._pending.pop(0)
            await anyio.sleep(3600)
            raise StopAsyncIteration

    body = Stall([sse(chunk_json("a"), done=False)])
    router.post("/chat/completions").mock(return_value=httpx.Response(200, stream=body))
    async with client() as c:
        with anyio.move_on_after(0.05):
            async with await open_stream(c) as stream:
                async for _ in stream:
                    pass
    assert body.closed


async def test_get_final_completion_assembles_the_chunks(router: respx.MockRouter) -> None:
    usage = {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}
    last = chunk_json(None, choices=[{"index": 0, "delta": {}, "finish_reason": "stop"}])
    body = sse(chunk_json("Hel"), chunk_json("lo"), last, chunk_json(None, choices=[], usage=usage))
    router.post("/chat/completions").mock(return_value=sse_response(body))
    async with client() as c:
        completion = await (await open_stream(c)).get_final_completion()
    assert completion.choices[0].message.content == "Hello"
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage is not None and completion.usage.total_tokens == 5
    assert completion.id == "chatcmpl-1"
    assert completion.model == "Claude-Sonnet-4"


def tool_call_chunk(index: int, **fields: object) -> dict[str, object]:
    return chunk_json(
        None, choices=[{"index": 0, "delta": {"tool_calls": [{"index": index, **fields}]}}]
    )


def test_accumulator_merges_tool_calls_by_index_and_choices_apart() -> None:
    chunks = [
        tool_call_chunk(
            0, id="call_a", type="function", function={"name": "get_weather", "arguments": ""}
        ),
        tool_call_chunk(
            1, id="call_b", type="function", function={"name": "get_time", "arguments": '{"tz"'}
        ),
        tool_call_chunk(0, function={"arguments": '{"city": '}),
        tool_call_chunk(0, function={"arguments": '"Paris"}'}),
        tool_call_chunk(1, function={"arguments": ': "UTC"}'}),
        chunk_json(
            None, choices=[{"index": 1, "delta": {"role": "assistant", "content": "other"}}]
        ),
        chunk_json(None, choices=[{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]),
    ]
    acc = ChatCompletionAccumulator()
    for data in chunks:
        acc.add(ChatCompletionChunk.model_validate(data))
    completion = acc.completion()
    first, second = completion.choices
    assert first.finish_reason == "tool_calls"
    calls = first.message.tool_calls
    assert calls is not None
    assert [(c.id, c.function.name, c.function.arguments) for c in calls] == [
        ("call_a", "get_weather", '{"city": "Paris"}'),
        ("call_b", "get_time", '{"tz": "UTC"}'),
    ]
    assert second.index == 1
    assert second.message.content == "other"
