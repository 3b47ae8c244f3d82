"""Typing assertions for structured outputs and tools (mypy --strict and pyright strict);
never run."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel
from typing_extensions import assert_type

from poe_sdk import AsyncPoeClient, PoeClient, pydantic_function_tool
from poe_sdk.lib import (
    AsyncChatCompletionStream,
    ChatCompletionStream,
    ChatCompletionStreamEvent,
    ResponsesStreamEvent,
    ToolRun,
)
from poe_sdk.types.chat import (
    ChatCompletionToolParam,
    ParsedChatCompletion,
    ParsedChatCompletionMessage,
    ParsedFunctionToolCall,
)
from poe_sdk.types.responses import ParsedResponse, ParsedResponseFunctionToolCall


class Answer(BaseModel):
    text: str
    score: int


@dataclass
class Point:
    x: int


def weather(city: str) -> str:
    return city


async def async_usage(client: AsyncPoeClient) -> None:
    completion = await client.chat.completions.parse(
        model="m", messages=[{"role": "user", "content": "hi"}], response_format=Answer
    )
    assert_type(completion, ParsedChatCompletion[Answer])
    message = completion.choices[0].message
    assert_type(message, ParsedChatCompletionMessage[Answer])
    assert_type(message.parsed, Answer | None)
    assert_type(message.refusal, str | None)
    if message.parsed is not None:
        assert_type(message.parsed.score, int)
    for call in message.tool_calls or []:
        assert_type(call, ParsedFunctionToolCall)
        assert_type(call.function.parsed_arguments, object)

    point = await client.chat.completions.parse(
        model="m", messages=[], response_format=Point, temperature=0.2, max_retries=1
    )
    assert_type(point.choices[0].message.parsed, Point | None)

    tool: ChatCompletionToolParam = pydantic_function_tool(Answer, name="answer")
    only_tools = await client.chat.completions.parse(model="m", messages=[], tools=[tool])
    assert_type(only_tools, ParsedChatCompletion[None])

    async with client.chat.completions.stream(
        model="m", messages=[], response_format=Answer
    ) as stream:
        assert_type(stream, AsyncChatCompletionStream[Answer])
        async for event in stream:
            assert_type(event, ChatCompletionStreamEvent[Answer])
            if event.type == "content.delta":
                assert_type(event.parsed, Answer | None)
                assert_type(event.snapshot, str)
        final = await stream.get_final_completion()
        assert_type(final, ParsedChatCompletion[Answer])

    run = await client.chat.completions.run_tools(model="m", messages=[], tools=[weather])
    assert_type(run, ToolRun[None])
    assert_type(run.completion, ParsedChatCompletion[None])

    response = await client.responses.parse(model="m", input="hi", text_format=Answer)
    assert_type(response, ParsedResponse[Answer])
    assert_type(response.output_parsed, Answer | None)
    async with client.responses.stream(model="m", input="hi", text_format=Answer) as events:
        async for item in events:
            assert_type(item, ResponsesStreamEvent[Answer])
        assert_type(await events.get_final_response(), ParsedResponse[Answer])


def sync_usage(client: PoeClient) -> None:
    completion = client.chat.completions.parse(model="m", messages=[], response_format=Answer)
    assert_type(completion, ParsedChatCompletion[Answer])
    assert_type(completion.choices[0].message.parsed, Answer | None)
    with client.chat.completions.stream(model="m", messages=[], response_format=Answer) as stream:
        assert_type(stream, ChatCompletionStream[Answer])
        assert_type(stream.get_final_completion(), ParsedChatCompletion[Answer])
    run = client.chat.completions.run_tools(
        model="m", messages=[], tools=[weather], response_format=Answer, max_turns=3
    )
    assert_type(run.completion.choices[0].message.parsed, Answer | None)
    response = client.responses.parse(model="m", input="hi", text_format=Answer)
    assert_type(response.output_parsed, Answer | None)
    tooled = client.responses.parse(
        model="m",
        input="hi",
        text_format=Answer,
        tools=[pydantic_function_tool(Answer), {"type": "web_search_preview"}],
    )
    for output in tooled.output:
        if isinstance(output, ParsedResponseFunctionToolCall):
            assert_type(output.parsed_arguments, object)
