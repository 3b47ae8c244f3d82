"""Anthropic Messages: the accumulator and its plain functions (no event loop), and
``client.messages.create`` over respx (the header, errors, keep-alives, deviating events)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import anyio
import httpx
import pytest
import respx
from pydantic import TypeAdapter

import poe_sdk
from poe_sdk import AsyncPoeClient, AsyncStream, MessageAccumulator, UnknownVariant
from poe_sdk._generated.resources import CREATE_MESSAGE
from poe_sdk._replies.streaming import reader_of
from poe_sdk.lib._message_accumulator import tool_input
from poe_sdk.types import (
    Message,
    MessageStreamEvent,
    TextBlock,
    ThinkingBlock,
    ToolUseBlock,
)
from support import API_KEY, BASE_URL, sse_response

EVENTS: TypeAdapter[MessageStreamEvent] = TypeAdapter(MessageStreamEvent)

START = {
    "type": "message_start",
    "message": {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4",
        "content": [],
        "stop_reason": None,
        "usage": {"input_tokens": 12, "output_tokens": 1, "cache_read_input_tokens": 3},
    },
}
STOP = {"type": "message_stop"}


def block_start(index: int, block: dict[str, Any]) -> dict[str, Any]:
    return {"type": "content_block_start", "index": index, "content_block": block}


def delta(index: int, **fields: Any) -> dict[str, Any]:
    return {"type": "content_block_delta", "index": index, "delta": fields}


def message_delta(stop_reason: str, output_tokens: int) -> dict[str, Any]:
    return {
        "type": "message_delta",
        "delta": {"stop_reason": stop_reason, "stop_sequence": None},
        "usage": {"output_tokens": output_tokens},
    }


def text_of(message: Message) -> str:
    return "".join(block.text for block in message.content if isinstance(block, TextBlock))


def assembled(*items: dict[str, Any]) -> Message:
    accumulator = MessageAccumulator()
    for item in items:
        accumulator.add(EVENTS.validate_python(item))
    return accumulator.completion()


# --- the accumulator ---------------------------------------------------------------------------


def test_blocks_are_assembled_by_index_with_usage_from_message_delta() -> None:
    message = assembled(
        START,
        block_start(0, {"type": "thinking", "thinking": "", "signature": ""}),
        delta(0, type="thinking_delta", thinking="Let me "),
        delta(0, type="thinking_delta", thinking="think."),
        delta(0, type="signature_delta", signature="sig=="),
        {"type": "content_block_stop", "index": 0},
        block_start(1, {"type": "text", "text": ""}),
        {"type": "ping"},
        block_start(2, {"type": "tool_use", "id": "toolu_1", "name": "get", "input": {}}),
        delta(2, type="input_json_delta", partial_json='{"city": "Os'),
        delta(1, type="text_delta", text="Checking "),  # blocks interleaved: kept apart by index
        delta(2, type="input_json_delta", partial_json='lo", "days": [1, 2]}'),
        delta(1, type="text_delta", text="the weather."),
        message_delta("tool_use", 42),
        STOP,
    )

    thinking, text, call = message.content
    assert thinking == ThinkingBlock(type="thinking", thinking="Let me think.", signature="sig==")
    assert isinstance(text, TextBlock) and text.text == "Checking the weather."
    assert isinstance(call, ToolUseBlock)
    assert call.input == {"city": "Oslo", "days": [1, 2]}
    assert (message.id, message.model, message.stop_reason) == (
        "msg_1",
        "claude-sonnet-4",
        "tool_use",
    )
    assert message.usage is not None
    # input tokens and cache reads from message_start, output tokens from message_delta
    assert (message.usage.input_tokens, message.usage.output_tokens) == (12, 42)
    assert message.usage.cache_read_input_tokens == 3


def test_unknown_blocks_and_deltas_are_kept_and_deltas_without_a_start_still_count() -> None:
    message = assembled(
        START,
        block_start(0, {"type": "server_tool_use", "id": "srv_1", "name": "web_search"}),
        delta(0, type="future_delta", value="?"),
        delta(1, type="text_delta", text="no start"),
        delta(1, type="citations_delta", citation={"type": "char_location", "cited_text": "x"}),
    )
    unknown, text = message.content
    assert isinstance(unknown, UnknownVariant)
    assert unknown.to_dict() == {"type": "server_tool_use", "id": "srv_1", "name": "web_search"}
    assert isinstance(text, TextBlock)
    assert text.text == "no start"
    assert text.citations == [{"type": "char_location", "cited_text": "x"}]
    assert message.stop_reason is None  # no message_delta yet


def test_a_message_without_message_start_is_read_tolerantly() -> None:
    message = assembled(delta(0, type="text_delta", text="Hi"))
    assert isinstance(message.content[0], TextBlock)
    assert message.content[0].text == "Hi"
    assert message.role == "assistant"


def test_text_delta_is_only_the_text_of_text_deltas() -> None:
    text = EVENTS.validate_python(delta(0, type="text_delta", text="a"))
    thinking = EVENTS.validate_python(delta(0, type="thinking_delta", thinking="b"))
    assert MessageAccumulator.text_delta(text) == "a"
    assert MessageAccumulator.text_delta(thinking) is None
    assert MessageAccumulator.text_delta(EVENTS.validate_python(START)) is None


def test_an_error_event_without_its_event_line_is_reported_by_add() -> None:
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    accumulator = MessageAccumulator()
    reported = accumulator.add(EVENTS.validate_python(error))
    assert reported == {"error": {"type": "overloaded_error", "message": "Overloaded"}}


def test_tool_input_parses_complete_cut_and_foreign_json() -> None:
    assert tool_input("") == {}
    assert tool_input('{"a": 1}') == {"a": 1}
    assert tool_input('{"a": 1, "b": "tw') == {"a": 1, "b": "tw"}  # a stream cut short
    assert tool_input("not json") == "not json"  # kept as sent, never lost


# --- over respx --------------------------------------------------------------------------------

anyio_mark = pytest.mark.anyio


def client(**options: Any) -> AsyncPoeClient:
    return AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL, max_retries=0, **options)


def named(*items: dict[str, Any]) -> bytes:
    return "".join(f"event: {i['type']}\ndata: {json.dumps(i)}\n\n" for i in items).encode()


MESSAGE = {
    **START["message"],
    "content": [{"type": "text", "text": "Hi"}],
    "stop_reason": "end_turn",
}  # type: ignore[dict-item]


@anyio_mark
async def test_create_sends_the_header_and_reads_the_message(router: respx.MockRouter) -> None:
    route = router.post("/messages").mock(return_value=httpx.Response(200, json=MESSAGE))
    async with client() as c:
        message = await c.messages.create(
            model="claude-sonnet-4", max_tokens=5, messages=[{"role": "user", "content": "Hi"}]
        )
        await c.messages.create(
            model="claude-sonnet-4",
            max_tokens=5,
            messages=[{"role": "user", "content": "Hi"}],
            extra_headers={"anthropic-version": "2024-01-01"},
        )
    assert isinstance(message.content[0], TextBlock)
    first, second = route.calls
    assert first.request.headers["anthropic-version"] == "2023-06-01"
    assert second.request.headers["anthropic-version"] == "2024-01-01"
    assert json.loads(first.request.content) == {
        "model": "claude-sonnet-4",
        "max_tokens": 5,
        "messages": [{"role": "user", "content": "Hi"}],
    }


@anyio_mark
async def test_an_anthropic_error_body_raises_its_typed_error(router: respx.MockRouter) -> None:
    body = {"type": "error", "error": {"type": "invalid_request_error", "message": "bad model"}}
    router.post("/messages").mock(return_value=httpx.Response(400, json=body))
    async with client() as c:
        with pytest.raises(poe_sdk.BadRequestError, match="bad model") as info:
            await c.messages.create(
                model="claude-x", max_tokens=5, messages=[{"role": "user", "content": "Hi"}]
            )
    assert info.value.type == "invalid_request_error"


@anyio_mark
async def test_a_stream_of_only_pings_after_the_start_is_incomplete(
    router: respx.MockRouter,
) -> None:
    body = named(START, {"type": "ping"}, {"type": "ping"})
    router.post("/messages").mock(return_value=sse_response(body))
    async with client() as c:
        stream = await c.messages.create(
            model="claude-sonnet-4",
            max_tokens=5,
            messages=[{"role": "user", "content": "Hi"}],
            stream=True,
        )
        with pytest.raises(poe_sdk.IncompleteStreamError, match="message_stop") as info:
            await stream.get_final_message()
    assert isinstance(info.value.partial, Message)
    assert info.value.partial.id == "msg_1"
    assert info.value.chunk_count == 3


@anyio_mark
async def test_an_error_event_raises_even_after_text(router: respx.MockRouter) -> None:
    error = {"type": "error", "error": {"type": "api_error", "message": "Internal"}}
    body = named(
        START, block_start(0, {"type": "text", "text": ""}), delta(0, type="text_delta", text="a")
    )
    body += f"event: error\ndata: {json.dumps(error)}\n\n".encode()
    router.post("/messages").mock(return_value=sse_response(body))
    async with client() as c:
        stream = await c.messages.create(
            model="claude-sonnet-4",
            max_tokens=5,
            messages=[{"role": "user", "content": "Hi"}],
            stream=True,
        )
        texts: list[str] = []
        with pytest.raises(poe_sdk.InternalServerError, match="Internal"):
            async for text in stream.text_deltas():
                texts.append(text)
    assert texts == ["a"]


@anyio_mark
async def test_the_stream_ends_at_message_stop(router: respx.MockRouter) -> None:
    body = named(
        START,
        block_start(0, {"type": "text", "text": ""}),
        delta(0, type="text_delta", text="a"),
        STOP,
    )
    body += b'event: ping\ndata: {"type": "ping"}\n\n'  # after the end: not read as events
    router.post("/messages").mock(return_value=sse_response(body))
    async with client() as c:
        stream = await c.messages.create(
            model="claude-sonnet-4",
            max_tokens=5,
            messages=[{"role": "user", "content": "Hi"}],
            stream=True,
        )
        events = [event.type async for event in stream]
    assert events[-1] == "message_stop"
    assert stream.completed


class _Body(httpx.AsyncByteStream):
    """A body that sends the start of a message, then a ``ping`` every 5 ms, forever."""

    def __init__(self, first: bytes) -> None:
        self._first = first
        self._closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._first
        for _ in range(10_000):  # 50 s: the test's bound fails it long before
            if self._closed:
                return
            await anyio.sleep(0.005)
            yield b'event: ping\ndata: {"type": "ping"}\n\n'

    async def aclose(self) -> None:
        self._closed = True


@anyio_mark
async def test_pings_are_delivered_but_are_not_progress() -> None:
    first = named(
        START, block_start(0, {"type": "text", "text": ""}), delta(0, type="text_delta", text="Hi")
    )
    timeouts = {"connect": 5.0, "read": 0.1, "write": 5.0, "pool": 5.0}
    request = httpx.Request("POST", f"{BASE_URL}/messages", extensions={"timeout": timeouts})
    response = httpx.Response(200, stream=_Body(first), request=request)
    stream: AsyncStream[MessageStreamEvent] = AsyncStream(
        response,
        CREATE_MESSAGE.stream_model,  # type: ignore[arg-type]
        accumulator=MessageAccumulator(),
        end=CREATE_MESSAGE.stream_end,
        name=CREATE_MESSAGE.stream_name,
    )
    reader_of(stream).idle_timeout = 0.1
    received: list[str] = []
    with anyio.fail_after(10), pytest.raises(poe_sdk.StreamTimeoutError) as info:
        async with stream:
            async for event in stream:
                received.append(event.type)
    assert received[:3] == ["message_start", "content_block_start", "content_block_delta"]
    assert set(received[3:]) == {"ping"} and len(received) > 3  # delivered, as sent
    assert "stream_idle_timeout" in str(info.value)
    assert isinstance(info.value.partial, Message)
    assert text_of(info.value.partial) == "Hi"
