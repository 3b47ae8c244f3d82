"""Typing assertions, checked by mypy --strict and pyright strict; never run."""

from __future__ import annotations

import asyncio

from typing_extensions import assert_type

from poe_sdk import (
    NOT_GIVEN,
    APIResponse,
    AsyncAPIResponse,
    AsyncPoeClient,
    AsyncStream,
    ChatCompletionAccumulator,
    Omit,
    PoeClient,
    Stream,
)
from poe_sdk.types import (
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionRequestUserMessage,
    ChatCompletionRequestUserMessageParam,
)

MESSAGES: list[ChatCompletionRequestUserMessageParam] = [{"role": "user", "content": "Hi"}]


async def async_usage(client: AsyncPoeClient, flag: bool) -> None:
    completion = await client.chat.completions.create(model="m", messages=MESSAGES)
    assert_type(completion, ChatCompletion)
    assert_type(completion.choices[0].message.content, str | None)

    stream = await client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
    assert_type(stream, AsyncStream[ChatCompletionChunk])
    async with stream:
        async for chunk in stream:
            assert_type(chunk, ChatCompletionChunk)
    assert_type(await stream.get_final_completion(), ChatCompletion)

    either = await client.chat.completions.create(model="m", messages=MESSAGES, stream=flag)
    # As openai's arguments: NOT_GIVEN and Omit() leave an optional argument out.
    given = await client.chat.completions.create(
        model="m", messages=MESSAGES, temperature=NOT_GIVEN, seed=Omit()
    )
    assert_type(given, ChatCompletion)
    assert_type(either, ChatCompletion | AsyncStream[ChatCompletionChunk])

    raw = await client.chat.completions.with_raw_response.create(model="m", messages=MESSAGES)
    assert_type(raw, AsyncAPIResponse[ChatCompletion])
    assert_type(raw.parse(), ChatCompletion)
    raw_stream = await client.chat.completions.with_raw_response.create(
        model="m", messages=MESSAGES, stream=True
    )
    assert_type(raw_stream.parse(), AsyncStream[ChatCompletionChunk])
    # A raw twin's call is a coroutine, as the plain method's: it can be a task.
    task = asyncio.create_task(
        client.chat.completions.with_raw_response.create(model="m", messages=MESSAGES)
    )
    assert_type(await task, AsyncAPIResponse[ChatCompletion])

    await client.chat.completions.create(
        model="Claude-Sonnet-4",
        messages=[
            {"role": "system", "content": "Be brief."},
            ChatCompletionRequestUserMessage(role="user", content="Hello"),
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "Summarize this document."},
                    {
                        "type": "file",
                        "file": {
                            "filename": "doc.pdf",
                            "file_data": "data:application/pdf;base64,",
                        },
                    },
                ],
            },
        ],
        tools=[{"type": "function", "function": {"name": "get_weather", "parameters": {}}}],
        tool_choice="auto",
        extra_body={"thinking_budget": 1024},
        timeout=30.0,
        max_retries=3,
        fallback_models=["GPT-4o"],
        stream_idle_timeout=120.0,
    )


def sync_usage(client: PoeClient, flag: bool) -> None:
    completion = client.chat.completions.create(model="m", messages=MESSAGES)
    assert_type(completion, ChatCompletion)

    stream = client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
    assert_type(stream, Stream[ChatCompletionChunk])
    with stream:
        for chunk in stream:
            assert_type(chunk, ChatCompletionChunk)
    assert_type(stream.get_final_completion(), ChatCompletion)

    either = client.chat.completions.create(model="m", messages=MESSAGES, stream=flag)
    assert_type(either, ChatCompletion | Stream[ChatCompletionChunk])

    raw = client.chat.completions.with_raw_response.create(model="m", messages=MESSAGES)
    assert_type(raw, APIResponse[ChatCompletion])
    raw_stream = client.chat.completions.with_raw_response.create(
        model="m", messages=MESSAGES, stream=True
    )
    assert_type(raw_stream.parse(), Stream[ChatCompletionChunk])

    accumulator = ChatCompletionAccumulator()
    for chunk in client.chat.completions.create(model="m", messages=MESSAGES, stream=True):
        accumulator.add(chunk)
    assert_type(accumulator.completion(), ChatCompletion)
