"""Typing assertions for the Responses API (mypy --strict and pyright strict); never run."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from typing_extensions import assert_type

from poe_sdk import (
    AsyncAPIResponse,
    AsyncPoeClient,
    AsyncStream,
    PoeClient,
    ResponseAccumulator,
    Stream,
)
from poe_sdk.types.responses import (
    FunctionToolParam,
    Response,
    ResponseFunctionToolCall,
    ResponseInputItemParam,
    ResponseOutputItem,
    ResponseOutputMessage,
    ResponseStreamEvent,
    ResponseTextDeltaEvent,
)

TOOL: FunctionToolParam = {"type": "function", "name": "f", "parameters": {"type": "object"}}


async def async_usage(
    client: AsyncPoeClient,
    flag: bool,
    call: ResponseFunctionToolCall,
    message: ResponseOutputMessage,
    event: ResponseStreamEvent,
) -> None:
    response = await client.responses.create(model="m", input="Hi", reasoning={"effort": "low"})
    assert_type(response, Response)
    assert_type(response.output_text, str)
    assert_type(response.output, list[ResponseOutputItem])

    stream = await client.responses.create(model="m", input="Hi", stream=True, tools=[TOOL])
    assert_type(stream, AsyncStream[ResponseStreamEvent])
    async with stream:
        async for received in stream:
            if isinstance(received, ResponseTextDeltaEvent):
                assert_type(received.delta, str)
    assert_type(await stream.get_final_response(), Response)
    assert_type(stream.text_deltas(), AsyncIterator[str])

    either = await client.responses.create(model="m", input="Hi", stream=flag)
    assert_type(either, Response | AsyncStream[ResponseStreamEvent])

    raw = await client.responses.with_raw_response.create(model="m", input="Hi")
    assert_type(raw, AsyncAPIResponse[Response])

    items: list[ResponseInputItemParam | ResponseFunctionToolCall | ResponseOutputMessage] = [
        message,
        {"role": "user", "content": [{"type": "input_text", "text": "Hi"}]},
        call,
        {"type": "function_call_output", "call_id": call.call_id, "output": "42"},
    ]
    await client.responses.create(model="m", input=items, previous_response_id=response.id)
    await client.responses.create(
        model="m",
        input="Hi",
        text={"format": {"type": "json_schema", "name": "x", "schema": {"type": "object"}}},
    )

    accumulator = ResponseAccumulator()
    accumulator.add(event)
    assert_type(accumulator.completion(), Response)


def sync_usage(client: PoeClient) -> None:
    stream = client.responses.create(model="m", input="Hi", stream=True)
    assert_type(stream, Stream[ResponseStreamEvent])
    assert_type(stream.text_deltas(), Iterator[str])
    assert_type(stream.get_final_response(), Response)
    assert_type(client.responses.create(model="m", input="Hi").output_text, str)
