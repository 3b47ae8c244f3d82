"""Typing assertions for Anthropic Messages (mypy --strict and pyright strict); never run."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from typing_extensions import assert_type

from poe_sdk import (
    AsyncAPIResponse,
    AsyncPoeClient,
    AsyncStream,
    MessageAccumulator,
    PoeClient,
    Stream,
)
from poe_sdk.types import (
    ContentBlock,
    ContentBlockDeltaEvent,
    Message,
    MessageInputParam,
    MessageStreamEvent,
    MessageToolParam,
    TextBlock,
    TextDelta,
    ToolUseBlock,
)

TOOL: MessageToolParam = {"name": "f", "input_schema": {"type": "object"}}


async def async_usage(client: AsyncPoeClient, flag: bool, event: MessageStreamEvent) -> None:
    message = await client.messages.create(
        model="claude-sonnet-4.5",
        max_tokens=100,
        system="Be brief.",
        messages=[{"role": "user", "content": "Hi"}],
        tools=[TOOL],
        tool_choice={"type": "auto"},
        thinking={"type": "enabled", "budget_tokens": 1024},
        anthropic_version="2023-06-01",
    )
    assert_type(message, Message)
    assert_type(message.content, list[ContentBlock])
    for block in message.content:
        if isinstance(block, TextBlock):
            assert_type(block.text, str)
        elif isinstance(block, ToolUseBlock):
            assert_type(block.input, dict[str, Any])

    turns: list[MessageInputParam | Message] = [
        {"role": "user", "content": [{"type": "text", "text": "Hi"}]},
        message,
    ]
    await client.messages.create(model="claude-sonnet-4.5", max_tokens=10, messages=turns)

    stream = await client.messages.create(
        model="claude-sonnet-4.5", max_tokens=100, messages=turns, stream=True
    )
    assert_type(stream, AsyncStream[MessageStreamEvent])
    async with stream:
        async for received in stream:
            if isinstance(received, ContentBlockDeltaEvent) and isinstance(
                received.delta, TextDelta
            ):
                assert_type(received.delta.text, str)
    assert_type(stream.text_stream, AsyncIterator[str])
    assert_type(stream.text_deltas(), AsyncIterator[str])
    assert_type(await stream.get_final_message(), Message)

    async with client.messages.stream(
        model="claude-sonnet-4.5", max_tokens=100, messages=turns
    ) as managed:
        assert_type(managed, AsyncStream[MessageStreamEvent])

    either = await client.messages.create(
        model="claude-sonnet-4.5", max_tokens=100, messages=turns, stream=flag
    )
    assert_type(either, Message | AsyncStream[MessageStreamEvent])

    raw = await client.messages.with_raw_response.create(
        model="claude-sonnet-4.5", max_tokens=100, messages=turns
    )
    assert_type(raw, AsyncAPIResponse[Message])

    accumulator = MessageAccumulator()
    accumulator.add(event)
    assert_type(accumulator.completion(), Message)


def sync_usage(client: PoeClient) -> None:
    stream = client.messages.create(
        model="claude-sonnet-4.5",
        max_tokens=100,
        messages=[{"role": "user", "content": "Hi"}],
        stream=True,
    )
    assert_type(stream, Stream[MessageStreamEvent])
    assert_type(stream.text_stream, Iterator[str])
    assert_type(stream.get_final_message(), Message)
    with client.messages.stream(
        model="claude-sonnet-4.5", max_tokens=100, messages=[{"role": "user", "content": "Hi"}]
    ) as managed:
        assert_type(managed, Stream[MessageStreamEvent])
    reply = client.messages.create(
        model="claude-sonnet-4.5", max_tokens=100, messages=[{"role": "user", "content": "Hi"}]
    )
    assert_type(reply, Message)
