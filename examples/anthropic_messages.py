"""Poe's Anthropic-compatible endpoint: a Claude message, then a streamed one with a tool call."""

import asyncio

from poe_sdk import AsyncPoeClient, PoeClient
from poe_sdk.types import MessageToolParam, TextBlock, ToolUseBlock

WEATHER: MessageToolParam = {
    "name": "get_weather",
    "description": "Get the current weather for a city",
    "input_schema": {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
    },
}


def main() -> None:
    """A message in Anthropic's format (the anthropic-version header is sent for you)."""
    with PoeClient() as client:
        message = client.messages.create(
            model="claude-sonnet-4.5",
            max_tokens=1024,
            messages=[{"role": "user", "content": "What are the top 3 things to do in NYC?"}],
        )
        for block in message.content:
            if isinstance(block, TextBlock):
                print(block.text)
        print(f"stop_reason {message.stop_reason}, usage {message.usage}")


async def streaming() -> None:
    """Text as it arrives, then a tool call whose input arrives in JSON pieces."""
    async with AsyncPoeClient() as client:
        async with client.messages.stream(
            model="claude-sonnet-4.5",
            max_tokens=1024,
            messages=[{"role": "user", "content": "Stream a haiku"}],
        ) as stream:
            async for text in stream.text_stream:
                print(text, end="", flush=True)
        print()
        stream = await client.messages.create(
            model="claude-sonnet-4.5",
            max_tokens=1024,
            messages=[{"role": "user", "content": "Paris"}],
            tools=[WEATHER],
            stream=True,
        )
        final = await stream.get_final_message()
        for block in final.content:
            if isinstance(block, ToolUseBlock):
                print(f"Claude called {block.name}({block.input})")


def both() -> None:
    """The sync example, then the async one."""
    main()
    asyncio.run(streaming())


if __name__ == "__main__":
    both()
