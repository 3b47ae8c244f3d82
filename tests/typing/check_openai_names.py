"""Typing: code written against ``openai.types.chat`` ports by changing its imports.

Checked by mypy --strict and pyright strict; never run.
"""

from __future__ import annotations

from typing_extensions import assert_type

from poe_sdk import PoeClient
from poe_sdk.types.chat import (
    ChatCompletion,
    ChatCompletionAssistantMessageParam,
    ChatCompletionChunk,
    ChatCompletionContentPartParam,
    ChatCompletionContentPartTextParam,
    ChatCompletionMessageParam,
    ChatCompletionMessageToolCall,
    ChatCompletionStreamOptionsParam,
    ChatCompletionSystemMessageParam,
    ChatCompletionToolChoiceOptionParam,
    ChatCompletionToolMessageParam,
    ChatCompletionToolParam,
    ChatCompletionUserMessageParam,
)

SYSTEM: ChatCompletionSystemMessageParam = {"role": "system", "content": "Be brief."}
TEXT: ChatCompletionContentPartTextParam = {"type": "text", "text": "What is in this image?"}
PARTS: list[ChatCompletionContentPartParam] = [
    TEXT,
    {"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}},
]
USER: ChatCompletionUserMessageParam = {"role": "user", "content": PARTS}
TOOLS: list[ChatCompletionToolParam] = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "The weather in a city.",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
        },
    }
]
CHOICE: ChatCompletionToolChoiceOptionParam = "auto"
USAGE: ChatCompletionStreamOptionsParam = {"include_usage": True}


def tool_round_trip(client: PoeClient) -> None:
    messages: list[ChatCompletionMessageParam] = [SYSTEM, USER]
    completion = client.chat.completions.create(
        model="m", messages=messages, tools=TOOLS, tool_choice=CHOICE
    )
    assert_type(completion, ChatCompletion)
    calls: list[ChatCompletionMessageToolCall] = completion.choices[0].message.tool_calls or []
    assistant: ChatCompletionAssistantMessageParam = {
        "role": "assistant",
        "tool_calls": [
            {
                "id": call.id,
                "type": "function",
                "function": {"name": call.function.name, "arguments": call.function.arguments},
            }
            for call in calls
        ],
    }
    messages.append(assistant)
    for call in calls:
        result: ChatCompletionToolMessageParam = {
            "role": "tool",
            "tool_call_id": call.id,
            "content": "sunny",
        }
        messages.append(result)
    with client.chat.completions.create(
        model="m", messages=messages, stream=True, stream_options=USAGE
    ) as stream:
        for chunk in stream:
            assert_type(chunk, ChatCompletionChunk)
