"""The ``openai`` idioms for Responses output items and stream events type-check: a union
narrows by its ``type``, and an unknown variant stays readable (mypy --strict and pyright
strict); never run."""

from __future__ import annotations

from typing import Any

from typing_extensions import assert_type

from poe_sdk import AsyncPoeClient, PoeClient, UnknownVariant
from poe_sdk.types.responses import (
    ResponseFunctionToolCall,
    ResponseOutputMessage,
    ResponseOutputText,
    ResponseTextDeltaEvent,
)


async def output_items(client: AsyncPoeClient) -> None:
    response = await client.responses.create(model="m", input="Hi")
    for item in response.output:
        print(item.type)
        if item.type == "function_call":
            assert_type(item, ResponseFunctionToolCall)
            print(item.call_id, item.name, item.arguments)
        elif item.type == "message":
            assert_type(item, ResponseOutputMessage)
            for part in item.content:
                if part.type == "output_text":
                    assert_type(part, ResponseOutputText)
                    print(part.text)
        elif isinstance(item, UnknownVariant):
            assert_type(item.anything, Any)
            print(item.to_dict())


async def stream_events(client: AsyncPoeClient) -> None:
    stream = await client.responses.create(model="m", input="Hi", stream=True)
    async with stream:
        async for event in stream:
            print(event.type)
            if event.type == "response.output_text.delta":
                assert_type(event, ResponseTextDeltaEvent)
                print(event.delta, end="")
            elif event.type == "response.completed":
                print(event.response.output_text)


def sync_stream(client: PoeClient) -> None:
    for event in client.responses.create(model="m", input="Hi", stream=True):
        match event.type:
            case "response.output_text.delta":
                print(event.delta)
            case "response.function_call_arguments.done":
                print(event.arguments)
            case _:
                pass
