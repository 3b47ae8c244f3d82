"""Anthropic Messages (``client.messages.create``) against LocalServer, on asyncio and trio."""

from __future__ import annotations

import base64
from typing import Any

import pytest

import poe_sdk
from poe_sdk import AsyncPoeClient, MessageAccumulator, UnknownVariant
from poe_sdk.testing import LocalServer, faults
from poe_sdk.types import (
    ContentBlockDeltaEvent,
    Message,
    MessagePingEvent,
    MessageStreamEvent,
    TextBlock,
    TextDelta,
    ThinkingBlock,
    ToolUseBlock,
)

pytestmark = pytest.mark.anyio

CLAUDE = "Claude-Sonnet-4"
WEATHER: dict[str, Any] = {
    "name": "get_weather",
    "description": "The current weather of a city.",
    "input_schema": {
        "type": "object",
        "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
        "required": ["city", "days"],
    },
}


def text_of(message: Message) -> str:
    return "".join(block.text for block in message.content if isinstance(block, TextBlock))


async def test_plain_message_sends_the_anthropic_version_header(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    message = await async_poe_client.messages.create(
        model=CLAUDE,
        max_tokens=100,
        system="Be brief.",
        messages=[{"role": "user", "content": "Hello there, Claude!"}],
    )

    assert text_of(message) == "Echo: Hello there, Claude!"
    assert (message.role, message.model, message.stop_reason) == ("assistant", CLAUDE, "end_turn")
    assert message.usage is not None and message.usage.output_tokens > 0
    [entry] = poe_server.journal
    assert (entry.method, entry.path, entry.status) == ("POST", "/v1/messages", 200)
    assert entry.headers["anthropic-version"] == "2023-06-01"
    assert entry.json == {
        "model": CLAUDE,
        "max_tokens": 100,
        "system": "Be brief.",
        "messages": [{"role": "user", "content": "Hello there, Claude!"}],
    }

    await async_poe_client.messages.create(
        model=CLAUDE,
        max_tokens=10,
        messages=[{"role": "user", "content": "x"}],
        anthropic_version="2099-01-01",
    )
    assert poe_server.journal[-1].headers["anthropic-version"] == "2099-01-01"


async def test_streamed_events_text_stream_and_final_message(
    async_poe_client: AsyncPoeClient,
) -> None:
    messages: list[Any] = [{"role": "user", "content": "stream me"}]
    plain = await async_poe_client.messages.create(model=CLAUDE, max_tokens=50, messages=messages)
    stream = await async_poe_client.messages.create(
        model=CLAUDE, max_tokens=50, messages=messages, stream=True
    )
    async with stream:
        events: list[MessageStreamEvent] = [event async for event in stream]

    assert [e.type for e in events] == [
        "message_start",
        "ping",
        "content_block_start",
        "content_block_delta",
        "content_block_delta",
        "content_block_delta",
        "content_block_stop",
        "ping",
        "message_delta",
        "message_stop",
    ]
    assert stream.completed
    assert any(isinstance(e, MessagePingEvent) for e in events)
    deltas = [
        e.delta.text
        for e in events
        if isinstance(e, ContentBlockDeltaEvent) and isinstance(e.delta, TextDelta)
    ]
    assert deltas == ["Echo: ", "stream ", "me"]
    assembled = MessageAccumulator()
    for event in events:
        assembled.add(event)
    assert assembled.completion().to_dict() == {**plain.to_dict(), "id": events[0].message.id}  # type: ignore[union-attr]

    again = await async_poe_client.messages.create(
        model=CLAUDE, max_tokens=50, messages=messages, stream=True
    )
    assert [text async for text in again.text_stream] == ["Echo: ", "stream ", "me"]
    third = await async_poe_client.messages.create(
        model=CLAUDE, max_tokens=50, messages=messages, stream=True
    )
    final = await third.get_final_message()
    assert text_of(final) == "Echo: stream me"
    assert final.usage == plain.usage
    assert final.stop_reason == "end_turn"


async def test_tool_use_round_trip_streamed_with_input_json_deltas(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    stream = await async_poe_client.messages.create(
        model=CLAUDE,
        max_tokens=100,
        messages=[{"role": "user", "content": "Oslo"}],
        tools=[WEATHER],
        tool_choice={"type": "tool", "name": "get_weather"},
        stream=True,
    )
    events = [event async for event in stream]
    pieces = [
        e.delta.partial_json
        for e in events
        if isinstance(e, ContentBlockDeltaEvent) and e.delta.type == "input_json_delta"  # type: ignore[union-attr]
    ]
    assert len(pieces) > 1  # the input arrives in pieces
    final = await stream.get_final_message()
    [call] = final.content
    assert isinstance(call, ToolUseBlock)
    assert (call.name, call.input) == ("get_weather", {"city": "Oslo", "days": 0})
    assert final.stop_reason == "tool_use"

    answer = await async_poe_client.messages.create(
        model=CLAUDE,
        max_tokens=100,
        tools=[WEATHER],
        messages=[
            {"role": "user", "content": "Oslo"},
            final,  # the reply goes back into the conversation as the assistant turn
            {
                "role": "user",
                "content": [{"type": "tool_result", "tool_use_id": call.id, "content": "cold"}],
            },
        ],
    )
    assert text_of(answer) == "The tool returned: cold"
    sent = poe_server.journal[-1].json["messages"][1]
    assert sent == {
        "role": "assistant",
        "content": [
            {"type": "tool_use", "id": call.id, "name": "get_weather", "input": call.input}
        ],
    }


async def test_thinking_and_images(async_poe_client: AsyncPoeClient) -> None:
    pixel = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(60)).decode()
    stream = await async_poe_client.messages.create(
        model=CLAUDE,
        max_tokens=2048,
        thinking={"type": "enabled", "budget_tokens": 1024},
        messages=[
            {
                "role": "user",
                "content": [
                    {
                        "type": "image",
                        "source": {"type": "base64", "media_type": "image/png", "data": pixel},
                    },
                    {"type": "text", "text": "What is this?"},
                ],
            }
        ],
        stream=True,
    )
    final = await stream.get_final_message()
    thinking, text = final.content
    assert isinstance(thinking, ThinkingBlock)
    assert thinking.thinking == "The user wrote: What is this?"
    assert thinking.signature == "local-signature"
    assert isinstance(text, TextBlock)
    assert text.text == "Echo: What is this? [received: 1 image(s)]"


async def test_stop_sequences_and_max_tokens(async_poe_client: AsyncPoeClient) -> None:
    stopped = await async_poe_client.messages.create(
        model=CLAUDE,
        max_tokens=100,
        stop_sequences=["STOP"],
        messages=[{"role": "user", "content": "one STOP two"}],
    )
    assert (text_of(stopped), stopped.stop_reason, stopped.stop_sequence) == (
        "Echo: one ",
        "stop_sequence",
        "STOP",
    )
    cut = await async_poe_client.messages.create(
        model=CLAUDE, max_tokens=2, messages=[{"role": "user", "content": "one two three"}]
    )
    assert (text_of(cut), cut.stop_reason) == ("Echo:", "max_tokens")


async def test_an_error_event_raises_its_typed_error(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(faults.error_event(after_chunks=3, type="overloaded_error", message="Busy"))
    stream = await async_poe_client.messages.create(
        model=CLAUDE, max_tokens=50, messages=[{"role": "user", "content": "a b c"}], stream=True
    )
    seen: list[str] = []
    with pytest.raises(poe_sdk.APIStatusError, match="Busy") as info:
        async for event in stream:
            seen.append(event.type)
    assert seen == ["message_start", "ping", "content_block_start"]
    assert info.value.status_code == 503  # overloaded_error
    assert info.value.type == "overloaded_error"


async def test_a_cut_stream_raises_with_the_partial_message(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(faults.truncate_stream(after_chunks=5))
    stream = await async_poe_client.messages.create(
        model=CLAUDE, max_tokens=50, messages=[{"role": "user", "content": "a b c"}], stream=True
    )
    with pytest.raises(poe_sdk.IncompleteStreamError, match="message_stop") as info:
        await stream.get_final_message()
    partial = info.value.partial
    assert isinstance(partial, Message)
    assert text_of(partial) == "Echo: a "
    assert info.value.chunk_count == 5


async def test_unknown_event_and_block_types_are_kept(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(
        faults.extra_event(
            after_chunks=2,
            event="content_block_start",
            data='{"type":"content_block_start","index":7,"content_block":{"type":"novel","x":1}}',
        )
    )
    client = async_poe_client.with_options(strict_replies=False)  # the fixture reads strictly
    stream = await client.messages.create(
        model=CLAUDE, max_tokens=50, messages=[{"role": "user", "content": "hi"}], stream=True
    )
    poe_server.inject(faults.extra_event(after_chunks=1, event="future", data='{"type":"future"}'))
    final = await stream.get_final_message()
    assert isinstance(final.content[-1], UnknownVariant)
    assert final.content[-1].to_dict() == {"type": "novel", "x": 1}

    stream = await client.messages.create(
        model=CLAUDE, max_tokens=50, messages=[{"role": "user", "content": "hi"}], stream=True
    )
    events = [event async for event in stream]
    assert isinstance(events[1], UnknownVariant)
    assert events[1].type == "future"  # kept, and the stream goes on to message_stop
    assert events[-1].type == "message_stop"

    poe_server.inject(faults.extra_event(after_chunks=1, event="future", data='{"type":"future"}'))
    stream = await async_poe_client.messages.create(
        model=CLAUDE, max_tokens=50, messages=[{"role": "user", "content": "hi"}], stream=True
    )
    with pytest.raises(poe_sdk.APIResponseValidationError, match="does not know"):
        await stream.get_final_message()  # strict_replies refuses what it would keep


async def test_errors_before_any_request_and_from_the_server(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    with pytest.raises(poe_sdk.RequestValidationError, match="max_tokens"):
        await async_poe_client.messages.create(
            model=CLAUDE, max_tokens=0, messages=[{"role": "user", "content": "x"}]
        )
    with pytest.raises(poe_sdk.RequestValidationError, match="budget_tokens"):
        await async_poe_client.messages.create(
            model=CLAUDE,
            max_tokens=10,
            thinking={"type": "enabled", "budget_tokens": 10},
            messages=[{"role": "user", "content": "x"}],
        )
    assert poe_server.journal == []

    with pytest.raises(poe_sdk.NotFoundError, match="not a Claude model") as info:
        await async_poe_client.messages.create(
            model="GPT-4o", max_tokens=10, messages=[{"role": "user", "content": "x"}]
        )
    assert info.value.type == "not_found_error"


async def test_the_stream_context_manager(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    async with async_poe_client.messages.stream(
        model=CLAUDE, max_tokens=50, messages=[{"role": "user", "content": "managed"}]
    ) as stream:
        assert [text async for text in stream.text_stream] == ["Echo: ", "managed"]
        final = await stream.get_final_message()
    assert text_of(final) == "Echo: managed"
    assert poe_server.journal[-1].json["stream"] is True

    async with async_poe_client.messages.stream(
        model=CLAUDE, max_tokens=50, messages=[{"role": "user", "content": "left early"}]
    ) as stream:
        async for _ in stream:
            break
    assert not stream.completed  # closed on exit without reading the rest
