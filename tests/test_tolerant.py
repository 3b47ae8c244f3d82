"""Tolerant reading without I/O: a reply that deviates from the spec, read into the same models."""

from __future__ import annotations

from typing import Any

import pytest

from poe_sdk._replies.parse import Reading, is_usable, read_model
from poe_sdk.types import ChatCompletion, ChatCompletionChunk, ChoiceDeltaToolCall


def completion(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": "c",
        "object": "chat.completion",
        "created": 1,
        "model": "m",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": "Hi"}, "finish_reason": "stop"}
        ],
    }
    body.update(changes)
    return body


def read(data: dict[str, Any]) -> tuple[ChatCompletion, list[str]]:
    reading = Reading()
    return read_model(ChatCompletion, data, reading), reading.problems


def test_a_conforming_reply_reads_without_problems() -> None:
    reply, problems = read(completion())
    assert problems == []
    assert reply == ChatCompletion.model_validate(completion())


def test_missing_required_fields_read_as_none_and_are_reported() -> None:
    data = completion()
    del data["created"], data["id"]
    reply, problems = read(data)
    assert reply.created is None  # type: ignore[comparison-overlap]
    assert reply.id is None  # type: ignore[comparison-overlap]
    assert reply.choices[0].message.content == "Hi"
    assert problems == ["id: required, missing", "created: required, missing"]
    assert reply.model_fields_set == {"object", "model", "choices"}


@pytest.mark.parametrize(("sent", "read_as"), [(1.75, 1), ("1700000000", 1_700_000_000), (2.0, 2)])
def test_integers_sent_as_floats_or_numeric_strings_are_converted(
    sent: object, read_as: int
) -> None:
    reply, problems = read(completion(created=sent))
    assert reply.created == read_as
    assert type(reply.created) is int
    assert len(problems) == (0 if sent == 2.0 else 1)


def test_a_json_value_where_json_text_belongs_becomes_its_text() -> None:
    call = {"id": "t", "type": "function", "function": {"name": "f", "arguments": {"a": [1, "é"]}}}
    data = completion()
    data["choices"][0]["message"]["tool_calls"] = [call]
    reply, problems = read(data)
    calls = reply.choices[0].message.tool_calls
    assert calls is not None
    assert calls[0].function.arguments == '{"a": [1, "é"]}'
    assert problems == [
        "choices[0].message.tool_calls[0].function.arguments: "
        "a JSON value where JSON text belongs; read as its text"
    ]


def test_wrong_types_are_kept_as_sent_and_unknown_fields_stay_attributes() -> None:
    data = completion(system_fingerprint=42, x_groq={"id": "req"})
    data["choices"][0]["message"]["content"] = [{"type": "text", "text": "Hi"}]
    reply, problems = read(data)
    assert reply.system_fingerprint == 42  # type: ignore[comparison-overlap]
    assert reply.choices[0].message.content == [{"type": "text", "text": "Hi"}]  # type: ignore[comparison-overlap]
    assert reply.x_groq == {"id": "req"}  # type: ignore[attr-defined]
    assert len(problems) == 2


def test_enum_values_the_spec_does_not_list_are_kept_and_reported() -> None:
    data = completion()
    data["choices"][0]["finish_reason"] = "eos"
    reply, problems = read(data)
    assert reply.choices[0].finish_reason == "eos"
    assert problems and "'eos' is not one of" in problems[0]


def test_an_empty_finish_reason_is_none_on_both_paths() -> None:
    chunk = {
        "id": "c",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {}, "finish_reason": ""}],
    }
    assert ChatCompletionChunk.model_validate(chunk).choices[0].finish_reason is None
    reading = Reading()
    assert read_model(ChatCompletionChunk, chunk, reading).choices[0].finish_reason is None
    assert reading.problems == ["choices[0].finish_reason: empty string read as null"]


def test_tool_call_deltas_without_index_read_with_index_none() -> None:
    chunk = {
        "id": "c",
        "created": 1,
        "model": "m",
        "choices": [
            {"index": 0, "delta": {"tool_calls": [{"id": "a", "function": {"name": "f"}}]}}
        ],
    }
    read_chunk = read_model(ChatCompletionChunk, chunk, Reading())
    calls = read_chunk.choices[0].delta.tool_calls
    assert calls is not None
    assert isinstance(calls[0], ChoiceDeltaToolCall)
    assert calls[0].index is None  # type: ignore[comparison-overlap]
    assert calls[0].id == "a"


@pytest.mark.parametrize(
    ("data", "usable"),
    [
        (completion(), True),
        ({"choices": []}, True),
        ({"id": "x", "model": "m"}, False),
        ({"choices": None}, False),
        ({"choices": "nope"}, False),
        ({"choices": {"0": {}}}, False),
    ],
)
def test_a_reply_is_usable_only_with_an_essential_field_of_the_right_kind(
    data: dict[str, Any], usable: bool
) -> None:
    assert is_usable(ChatCompletion, data) is usable


def test_a_chunk_with_only_usage_is_usable() -> None:
    assert is_usable(ChatCompletionChunk, {"usage": {"total_tokens": 3}})
    assert not is_usable(ChatCompletionChunk, {"id": "c"})
