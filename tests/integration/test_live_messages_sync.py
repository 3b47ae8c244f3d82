"""Anthropic Messages through the sync PoeClient against LocalServer."""

from __future__ import annotations

import pytest

import poe_sdk
from poe_sdk import PoeClient
from poe_sdk.testing import LocalServer, faults
from poe_sdk.types import Message, MessageToolParam, TextBlock, ToolUseBlock

CLAUDE = "Claude-Sonnet-4"
WEATHER: MessageToolParam = {
    "name": "get_weather",
    "input_schema": {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
    },
}


def text_of(message: Message) -> str:
    return "".join(block.text for block in message.content if isinstance(block, TextBlock))


def test_plain_and_streamed(poe_server: LocalServer, poe_client: PoeClient) -> None:
    plain = poe_client.messages.create(
        model=CLAUDE, max_tokens=50, messages=[{"role": "user", "content": "sync hello"}]
    )
    assert text_of(plain) == "Echo: sync hello"
    assert poe_server.journal[-1].headers["anthropic-version"] == "2023-06-01"

    with poe_client.messages.create(
        model=CLAUDE,
        max_tokens=50,
        messages=[{"role": "user", "content": "sync hello"}],
        stream=True,
    ) as stream:
        assert list(stream.text_stream) == ["Echo: ", "sync ", "hello"]
    assert stream.completed

    again = poe_client.messages.create(
        model=CLAUDE,
        max_tokens=50,
        messages=[{"role": "user", "content": "sync hello"}],
        stream=True,
    )
    final = again.get_final_message()
    assert text_of(final) == text_of(plain)
    assert final.usage == plain.usage
    assert final.stop_reason == "end_turn"


def test_streamed_tool_use(poe_client: PoeClient) -> None:
    stream = poe_client.messages.create(
        model=CLAUDE,
        max_tokens=50,
        messages=[{"role": "user", "content": "Lima"}],
        tools=[WEATHER],
        stream=True,
    )
    final = stream.get_final_message()
    [call] = final.content
    assert isinstance(call, ToolUseBlock)
    assert call.input == {"city": "Lima"}
    assert final.stop_reason == "tool_use"


def test_a_truncated_stream_raises_with_the_partial_message(
    poe_server: LocalServer, poe_client: PoeClient
) -> None:
    poe_server.inject(faults.disconnect_mid_stream(after_chunks=4))
    stream = poe_client.messages.create(
        model=CLAUDE, max_tokens=50, messages=[{"role": "user", "content": "a b"}], stream=True
    )
    with pytest.raises(poe_sdk.IncompleteStreamError) as info:
        list(stream.text_deltas())
    assert isinstance(info.value.partial, Message)
    assert text_of(info.value.partial) == "Echo: "


def test_an_error_event_raises(poe_server: LocalServer, poe_client: PoeClient) -> None:
    poe_server.inject(
        faults.error_event(after_chunks=2, type="rate_limit_error", message="Slow down")
    )
    stream = poe_client.messages.create(
        model=CLAUDE, max_tokens=50, messages=[{"role": "user", "content": "a"}], stream=True
    )
    with pytest.raises(poe_sdk.RateLimitError, match="Slow down"):
        stream.get_final_message()


def test_the_stream_context_manager(poe_client: PoeClient) -> None:
    with poe_client.messages.stream(
        model=CLAUDE, max_tokens=50, messages=[{"role": "user", "content": "managed"}]
    ) as stream:
        events = [event.type for event in stream]
        final = stream.get_final_message()
    assert events[0] == "message_start" and events[-1] == "message_stop"
    assert text_of(final) == "Echo: managed"
