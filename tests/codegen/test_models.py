"""The generated models: strict requests, lenient responses, exact round trips."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from poe_sdk._generated.models import (
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionMessage,
    CreateChatCompletionRequest,
    JsonSchemaFormat,
)

USER = {"role": "user", "content": "Top 3 things to do in NYC?"}


def request(**fields: Any) -> dict[str, Any]:
    return {"model": "Claude-Sonnet-4", "messages": [USER], **fields}


def dump(model: CreateChatCompletionRequest) -> dict[str, Any]:
    """What the core sends: only the fields that were set, under their spec names."""
    return model.model_dump(mode="json", exclude_unset=True, by_alias=True)


@pytest.mark.parametrize(
    ("payload", "location"),
    [
        ({"messages": [USER]}, ("model",)),
        (request(messages=[]), ("messages",)),
        (request(temperature=3), ("temperature",)),
        (request(top_p=-1), ("top_p",)),
        (request(stop=["a", "b", "c", "d", "e"]), ("stop",)),
        (request(n=0), ("n",)),
        (request(messages=[{"role": "robot", "content": "hi"}]), ("messages", 0)),
        (
            request(messages=[{"role": "user", "content": [{"type": "video", "video": "x"}]}]),
            ("messages", 0, "user", "content"),
        ),
        (
            request(tools=[{"type": "function", "function": {"name": "get weather!"}}]),
            ("tools", 0, "function", "name"),
        ),
        (request(logit_bias={"50256": -101}), ("logit_bias", "50256")),
        (request(reasoning_effort="extreme"), ("reasoning_effort",)),
    ],
    ids=[
        "missing-model",
        "empty-messages",
        "temperature-3",
        "top_p-negative",
        "five-stop-strings",
        "n-0",
        "unknown-role",
        "unknown-content-part",
        "bad-tool-name",
        "logit-bias-out-of-range",
        "unknown-reasoning-effort",
    ],
)
def test_invalid_requests_fail(payload: dict[str, Any], location: tuple[Any, ...]) -> None:
    with pytest.raises(ValidationError) as info:
        CreateChatCompletionRequest.model_validate(payload)
    locations = [error["loc"] for error in info.value.errors()]
    assert any(loc[: len(location)] == location for loc in locations), locations


SEED_PAYLOADS = {
    "system-and-user": request(
        messages=[
            {"role": "system", "content": "You are a helpful travel agent."},
            {"role": "user", "content": "Tell me about San Francisco"},
        ],
        stream=True,
    ),
    "multimodal-file": request(
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "Summarize this document."},
                    {
                        "type": "file",
                        "file": {
                            "filename": "doc.pdf",
                            "file_data": "data:application/pdf;base64,JVBERi0xLjQ=",
                        },
                    },
                    {
                        "type": "image_url",
                        "image_url": {"url": "https://example.com/image.jpg", "detail": "high"},
                    },
                ],
            }
        ]
    ),
    "tools-and-tool-choice": request(
        tools=[
            {
                "type": "function",
                "function": {
                    "name": "get_weather",
                    "description": "Get current weather",
                    "parameters": {
                        "type": "object",
                        "properties": {"location": {"type": "string"}},
                        "required": ["location"],
                    },
                },
            }
        ],
        tool_choice={"type": "function", "function": {"name": "get_weather"}},
    ),
    "tool-call-round-trip": request(
        messages=[
            {"role": "user", "content": "What's the weather in Paris?"},
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_123",
                        "type": "function",
                        "function": {"name": "get_weather", "arguments": '{"location": "Paris"}'},
                    }
                ],
            },
            {
                "role": "tool",
                "tool_call_id": "call_123",
                "content": '{"temperature": 22, "condition": "sunny"}',
            },
        ]
    ),
    "json-schema-response-format": request(
        response_format={
            "type": "json_schema",
            "json_schema": {
                "name": "colors",
                "schema": {"type": "object", "properties": {"hex": {"type": "string"}}},
                "strict": True,
            },
        },
        stop=["\n", "END"],
        temperature=0,
        n=1,
    ),
}


@pytest.mark.parametrize("payload", SEED_PAYLOADS.values(), ids=SEED_PAYLOADS.keys())
def test_seed_payloads_validate_and_round_trip(payload: dict[str, Any]) -> None:
    assert dump(CreateChatCompletionRequest.model_validate(payload)) == payload


def test_spec_defaults_are_readable_but_never_dumped() -> None:
    model = CreateChatCompletionRequest.model_validate(request())
    assert model.n == 1
    assert model.stream is False
    assert dump(model) == request()


def test_reserved_names_are_aliased() -> None:
    schema = {"type": "object"}
    fmt = JsonSchemaFormat.model_validate({"name": "x", "schema": schema})
    assert fmt.schema_ == schema
    assert JsonSchemaFormat(name="x", schema_=schema).model_dump(
        by_alias=True, exclude_unset=True
    ) == {
        "name": "x",
        "schema": schema,
    }


COMPLETION = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1700000000,
    "model": "Claude-Sonnet-4",
    "choices": [
        {
            "index": 0,
            "message": {"content": "Hello!", "annotations": []},
            "finish_reason": "brand_new_reason",
        }
    ],
    "provider": "poe",
}


def test_responses_are_lenient() -> None:
    completion = ChatCompletion.model_validate(COMPLETION)
    choice = completion.choices[0]
    assert choice.finish_reason == "brand_new_reason"
    assert completion.provider == "poe"
    assert choice.message.annotations == []
    assert choice.message.role == "assistant"
    assert completion.usage is None
    assert completion.system_fingerprint is None
    assert choice.logprobs is None
    assert completion.to_dict() == COMPLETION


def test_known_finish_reason_and_null() -> None:
    choice = {"index": 0, "message": {"content": "x"}}
    for reason in ("stop", "tool_calls", None):
        body = {**COMPLETION, "choices": [{**choice, "finish_reason": reason}]}
        assert ChatCompletion.model_validate(body).choices[0].finish_reason == reason


def test_chunk_keeps_unknown_delta_fields_and_defaults_delta() -> None:
    chunk = ChatCompletionChunk.model_validate(
        {
            "id": "c",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "m",
            "choices": [
                {"index": 0, "delta": {"reasoning_content": "Thinking..."}},
                {"index": 1},
            ],
        }
    )
    first, second = chunk.choices
    assert first.delta.reasoning_content == "Thinking..."
    assert first.delta.content is None
    assert second.delta is not None
    assert second.delta.content is None


def test_response_message_passes_as_request_message() -> None:
    message = ChatCompletion.model_validate(COMPLETION).choices[0].message
    assert isinstance(message, ChatCompletionMessage)
    model = CreateChatCompletionRequest.model_validate(request(messages=[USER, message]))
    sent = dump(model)["messages"][1]
    assert sent["role"] == "assistant"
    assert sent["content"] == "Hello!"


def test_messages_may_be_any_iterable() -> None:
    """The signatures accept ``Iterable[...]`` for object lists: pydantic takes any iterable."""
    messages = (m for m in [USER, {"role": "assistant", "content": "Hi!"}])
    model = CreateChatCompletionRequest.model_validate(request(messages=messages))
    assert dump(model)["messages"] == [USER, {"role": "assistant", "content": "Hi!"}]
