"""Replies read into types, stream events with partial objects, the tool loop's decisions:
the plain functions of ``poe_sdk.lib``, tested without a server."""

from __future__ import annotations

import json
from typing import Any

import anyio
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, TypeAdapter

import poe_sdk
from poe_sdk.lib import pydantic_function_tool
from poe_sdk.lib._chat_stream import ChatStreamState
from poe_sdk.lib._parsing import parse_chat_completion, parse_response
from poe_sdk.lib._partial import parse_partial_json, partial_instance
from poe_sdk.lib._pydantic_schema import output_type
from poe_sdk.lib._resources import AsyncChatCompletionsHelpers
from poe_sdk.lib._responses_stream import ResponseStreamState
from poe_sdk.lib._tool_runner import ToolConversation
from poe_sdk.lib._tools import responses_tools
from poe_sdk.types import ChatCompletion, ChatCompletionChunk, Response, ResponseStreamEvent
from poe_sdk.types.chat import ParsedChatCompletion
from poe_sdk.types.responses import ParsedResponseFunctionToolCall


class City(BaseModel):
    name: str
    people: int


class Country(BaseModel):
    name: str
    cities: list[City]
    motto: str | None = None


SPAIN = Country(name="Spain", cities=[City(name="Madrid", people=3)], motto=None)
SPAIN_JSON = SPAIN.model_dump_json()


def completion(
    content: str | None = SPAIN_JSON,
    *,
    finish_reason: str = "stop",
    refusal: str | None = None,
    tool_calls: list[dict[str, Any]] | None = None,
) -> ChatCompletion:
    message: dict[str, Any] = {"role": "assistant", "content": content, "refusal": refusal}
    if tool_calls is not None:
        message["tool_calls"] = tool_calls
    return ChatCompletion.model_validate(
        {
            "id": "chatcmpl-1",
            "created": 1,
            "model": "m",
            "choices": [{"index": 0, "finish_reason": finish_reason, "message": message}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3},
            "x_vendor": "kept",
        }
    )


def call(name: str, arguments: str, call_id: str = "call_1") -> dict[str, Any]:
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}


def test_parse_gives_the_model_and_keeps_everything_else() -> None:
    parsed = parse_chat_completion(completion(), Country, None)

    assert isinstance(parsed, ParsedChatCompletion)
    assert parsed.choices[0].message.parsed == SPAIN
    assert parsed.choices[0].message.content == SPAIN_JSON
    assert parsed.usage is not None and parsed.usage.total_tokens == 3
    assert parsed.x_vendor == "kept"  # type: ignore[attr-defined]


def test_parsed_results_dump_without_serializer_warnings() -> None:
    # pyproject's filterwarnings turns every warning into an error.
    tool = pydantic_function_tool(City)
    parsed = parse_chat_completion(
        completion(tool_calls=[call("City", '{"name": "Oslo", "people": 1}')]), Country, [tool]
    )
    dumped = parsed.model_dump()
    assert dumped["choices"][0]["message"]["parsed"] == SPAIN.model_dump()
    function = dumped["choices"][0]["message"]["tool_calls"][0]["function"]
    assert function["parsed_arguments"] == {"name": "Oslo", "people": 1}
    assert json.loads(parsed.model_dump_json())["x_vendor"] == "kept"
    assert parsed.to_dict()["choices"][0]["message"]["parsed"]["name"] == "Spain"


def test_refusal_leaves_parsed_none() -> None:
    parsed = parse_chat_completion(completion(None, refusal="No."), Country, None)
    assert parsed.choices[0].message.parsed is None
    assert parsed.choices[0].message.refusal == "No."


@pytest.mark.parametrize(
    ("reason", "error"),
    [
        ("length", poe_sdk.LengthFinishReasonError),
        ("content_filter", poe_sdk.ContentFilterFinishReasonError),
    ],
)
def test_a_reply_cut_short_raises_its_typed_error_not_a_validation_error(
    reason: str, error: type[poe_sdk.PoeError]
) -> None:
    reply = completion(SPAIN_JSON[:20], finish_reason=reason)
    with pytest.raises(error) as caught:
        parse_chat_completion(reply, Country, None)
    assert caught.value.raw == SPAIN_JSON[:20]  # type: ignore[attr-defined]
    assert caught.value.completion is reply  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("Sure! Spain is lovely.", "answered in prose"),
        ('{"name": "Spain", "cit', "not valid JSON"),
        ('{"name": "Spain"}', "does not match Country"),
    ],
)
def test_text_that_is_not_the_type_raises_structured_output_error(content: str, says: str) -> None:
    with pytest.raises(poe_sdk.StructuredOutputError, match=says) as caught:
        parse_chat_completion(completion(content), Country, None)
    assert caught.value.raw == content


def test_tool_calls_get_parsed_arguments_only_for_pydantic_tools() -> None:
    calls = [call("City", '{"name": "Oslo", "people": 1}'), call("other", "{}", "call_2")]
    parsed = parse_chat_completion(
        completion(None, finish_reason="tool_calls", tool_calls=calls),
        None,
        [pydantic_function_tool(City)],
    )
    first, second = parsed.choices[0].message.tool_calls or []
    assert first.function.parsed_arguments == City(name="Oslo", people=1)
    assert second.function.parsed_arguments is None


def test_partial_json_keeps_what_is_complete_and_the_string_being_written() -> None:
    assert parse_partial_json("") is None
    assert parse_partial_json('{"name": "Sp') == {"name": "Sp"}
    assert parse_partial_json('{"name": "Spain", "cities": [{"name"') == {
        "name": "Spain",
        "cities": [{}],
    }
    snapshot = partial_instance(Country, parse_partial_json('{"name": "Spain", "cities": [{"na'))
    assert isinstance(snapshot, Country)
    assert isinstance(snapshot.cities[0], City)
    assert snapshot.cities[0].model_fields_set == set()  # a key being written is not a field
    with pytest.raises(AttributeError):
        _ = snapshot.motto  # not received yet: absent, not its default


@given(st.integers(min_value=0, max_value=len(SPAIN_JSON)))
def test_every_prefix_gives_a_snapshot_without_raising(cut: int) -> None:
    snapshot = partial_instance(Country, parse_partial_json(SPAIN_JSON[:cut]))
    assert snapshot is None or isinstance(snapshot, Country)


def chunks_of(text: str, *, finish_reason: str = "stop") -> list[ChatCompletionChunk]:
    def chunk(delta: dict[str, Any], finish: str | None = None) -> ChatCompletionChunk:
        return ChatCompletionChunk.model_validate(
            {
                "id": "c",
                "created": 1,
                "model": "m",
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            }
        )

    pieces = [text[i : i + 7] for i in range(0, len(text), 7)]
    return [
        chunk({"role": "assistant"}),
        *(chunk({"content": p}) for p in pieces),
        chunk({}, finish_reason),
    ]


def test_stream_state_events_carry_growing_snapshots_then_the_whole() -> None:
    state = ChatStreamState(output_type(Country), None)
    events = [e for chunk in chunks_of(SPAIN_JSON) for e in state.events(chunk)]

    deltas = [e for e in events if e.type == "content.delta"]
    assert "".join(e.delta for e in deltas) == SPAIN_JSON
    assert [e.snapshot for e in deltas][-1] == SPAIN_JSON
    assert deltas[1].snapshot == '{"name":"Spain'
    assert getattr(deltas[1].parsed, "name", None) == "Spain"  # a string still being written
    assert not hasattr(deltas[1].parsed, "cities")
    [done] = [e for e in events if e.type == "content.done"]
    assert done.parsed == SPAIN
    assert state.final().choices[0].message.parsed == SPAIN


def test_stream_state_raises_length_error_at_the_end_not_a_parse_error_mid_way() -> None:
    state = ChatStreamState(output_type(Country), None)
    chunks = chunks_of(SPAIN_JSON[:30], finish_reason="length")
    for chunk in chunks[:-1]:
        state.events(chunk)  # partial JSON never raises
    with pytest.raises(poe_sdk.LengthFinishReasonError) as caught:
        state.events(chunks[-1])
    assert caught.value.raw == SPAIN_JSON[:30]


def test_stream_state_reports_tool_call_arguments_and_refusals() -> None:
    def chunk(delta: dict[str, Any], finish: str | None = None) -> ChatCompletionChunk:
        return ChatCompletionChunk.model_validate(
            {
                "id": "c",
                "created": 1,
                "model": "m",
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            }
        )

    head = {
        "index": 0,
        "id": "call_1",
        "type": "function",
        "function": {"name": "City", "arguments": ""},
    }
    state = ChatStreamState(None, [pydantic_function_tool(City)])
    events = [
        e
        for c in [
            chunk({"tool_calls": [head]}),
            chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"name": "Os'}}]}),
            chunk({"tool_calls": [{"index": 0, "function": {"arguments": 'lo", "people": 1}'}}]}),
            chunk({"refusal": "partly "}),
            chunk({"refusal": "no"}),
            chunk({}, "tool_calls"),
        ]
        for e in state.events(c)
        if e.type != "chunk"
    ]
    assert [e.type for e in events] == [
        "tool_calls.function.arguments.delta",
        "tool_calls.function.arguments.delta",
        "refusal.delta",
        "refusal.delta",
        "refusal.done",
        "tool_calls.function.arguments.done",
    ]
    assert events[0].parsed_arguments.name == "Os"
    assert events[-1].parsed_arguments == City(name="Oslo", people=1)
    assert events[-2].refusal == "partly no"


def response_events(text: str, status: str = "completed") -> list[Any]:
    adapter: TypeAdapter[Any] = TypeAdapter(ResponseStreamEvent)
    base = {"id": "r", "created_at": 1, "model": "m", "output": [], "status": "in_progress"}
    final = {
        **base,
        "status": status,
        "incomplete_details": {"reason": "max_output_tokens"} if status == "incomplete" else None,
        "output": [
            {
                "type": "message",
                "id": "m1",
                "status": status,
                "role": "assistant",
                "content": [{"type": "output_text", "text": text, "annotations": []}],
            }
        ],
    }
    at = {"item_id": "m1", "output_index": 0, "content_index": 0}
    raw: list[dict[str, Any]] = [
        {"type": "response.created", "response": base},
        *(
            {"type": "response.output_text.delta", **at, "delta": text[i : i + 9]}
            for i in range(0, len(text), 9)
        ),
        {"type": "response.output_text.done", **at, "text": text},
        {"type": f"response.{status}", "response": final},
    ]
    return [adapter.validate_python(e) for e in raw]


def test_responses_stream_state_parses_text_and_waits_for_the_final_event() -> None:
    state = ResponseStreamState(output_type(Country))
    events = [e for raw in response_events(SPAIN_JSON) for e in state.events(raw)]
    kinds = [e.type for e in events]
    assert kinds[-2:] == ["response.output_text.done", "response.completed"]
    assert events[-2].parsed == SPAIN
    assert state.final().output_parsed == SPAIN


def test_responses_stream_state_cut_by_max_output_tokens_raises_length_error() -> None:
    state = ResponseStreamState(output_type(Country))
    with pytest.raises(poe_sdk.LengthFinishReasonError):
        for raw in response_events(SPAIN_JSON[:25], status="incomplete"):
            state.events(raw)


def test_parse_response_reads_output_text() -> None:
    [*_, last] = response_events(SPAIN_JSON)
    response: Response = last.response
    assert parse_response(response, Country).output_parsed == SPAIN


class FakeCompletions(AsyncChatCompletionsHelpers):
    """A chat.completions resource whose ``create`` answers from a script."""

    def __init__(self, replies: list[ChatCompletion]) -> None:
        self.replies = replies
        self.requests: list[dict[str, Any]] = []

    async def create(self, **kwargs: Any) -> ChatCompletion:
        self.requests.append(kwargs)
        return self.replies.pop(0)


@pytest.mark.anyio
async def test_run_tools_runs_a_turns_async_calls_concurrently() -> None:
    started = {"a": anyio.Event(), "b": anyio.Event()}

    async def wait_for(me: str, other: str) -> str:
        """Each call waits for the other to start: only concurrent calls finish."""
        started[me].set()
        with anyio.fail_after(30):  # a hang guard, not a timing assertion
            await started[other].wait()
        return f"{me} done"

    tools = [
        call("wait_for", '{"me": "a", "other": "b"}', "c1"),
        call("wait_for", '{"me": "b", "other": "a"}', "c2"),
    ]
    fake = FakeCompletions(
        [completion(None, finish_reason="tool_calls", tool_calls=tools), completion("bye")]
    )
    run = await fake.run_tools(
        model="m", messages=[{"role": "user", "content": "go"}], tools=[wait_for]
    )

    assert run.turns == 2
    results = [m for m in run.messages if m["role"] == "tool"]
    assert results == [
        {"role": "tool", "tool_call_id": "c1", "content": "a done"},
        {"role": "tool", "tool_call_id": "c2", "content": "b done"},
    ]
    assert fake.requests[1]["messages"] == run.messages[:-1]


@pytest.mark.anyio
async def test_run_tools_stops_after_max_turns_and_sends_tool_errors_back() -> None:
    def fails(city: str) -> str:
        raise RuntimeError(f"no weather for {city}")

    again = [call("fails", '{"city": "Oslo"}'), call("missing", "{}", "c2")]
    fake = FakeCompletions(
        [completion(None, finish_reason="tool_calls", tool_calls=again) for _ in range(3)]
    )
    run = await fake.run_tools(model="m", messages=[], tools=[fails], max_turns=2)

    assert run.turns == 2
    assert run.completion.choices[0].message.tool_calls  # ended by max_turns
    results = [m["content"] for m in run.messages if m["role"] == "tool"]
    assert results == [
        "Error: RuntimeError: no weather for Oslo",
        "Error: there is no tool 'missing'",
    ]


def test_tool_conversation_refuses_bad_max_turns_and_empty_tools() -> None:
    def tool(x: int) -> int:
        return x

    with pytest.raises(poe_sdk.RequestValidationError, match="max_turns"):
        ToolConversation([], [tool], 0)
    with pytest.raises(poe_sdk.RequestValidationError, match="at least one tool"):
        ToolConversation([], [], 3)


def test_typed_end_errors_pickle_with_their_completion_and_text() -> None:
    import pickle

    reply = completion(SPAIN_JSON[:20], finish_reason="length")
    with pytest.raises(poe_sdk.LengthFinishReasonError) as caught:
        parse_chat_completion(reply, Country, None)
    copy = pickle.loads(pickle.dumps(caught.value))
    assert isinstance(copy, poe_sdk.LengthFinishReasonError)
    assert copy.raw == SPAIN_JSON[:20]
    assert copy.completion == reply
    assert str(copy) == str(caught.value)


def test_parsed_responses_dump_without_serializer_warnings() -> None:
    [*_, last] = response_events(SPAIN_JSON)
    parsed = parse_response(last.response, Country)
    assert parsed.output_parsed == SPAIN
    assert parsed.model_dump()["output"][0]["content"][0]["text"] == SPAIN_JSON
    assert "output_parsed" not in parsed.model_dump()  # dumps as the Response it is


def function_call_response(name: str, arguments: str) -> Response:
    """A completed Responses reply holding one ``function_call`` output item."""
    return Response.model_validate(
        {
            "id": "resp_1",
            "object": "response",
            "created_at": 1,
            "model": "m",
            "status": "completed",
            "output": [
                {
                    "type": "function_call",
                    "id": "fc_1",
                    "call_id": "call_1",
                    "name": name,
                    "arguments": arguments,
                    "status": "completed",
                }
            ],
        }
    )


def test_responses_tools_are_flattened_and_keep_their_argument_type() -> None:
    tool = pydantic_function_tool(City, name="find_city")
    plain = {"type": "function", "function": {"name": "other", "parameters": {}}}
    search = {"type": "web_search_preview"}
    flat, other, kept = responses_tools([tool, plain, search]) or []
    assert flat == {
        "type": "function",
        "name": "find_city",
        "parameters": output_type(City).schema,
        "strict": True,
    }
    assert other == {"type": "function", "name": "other", "parameters": {}}
    assert kept is search
    parsed = parse_response(
        function_call_response("find_city", '{"name": "Lyon", "people": 5}'), None, [flat]
    )
    (item,) = parsed.output
    assert isinstance(item, ParsedResponseFunctionToolCall)
    assert item.parsed_arguments == City(name="Lyon", people=5)
    assert item.call_id == "call_1" and item.arguments == '{"name": "Lyon", "people": 5}'


def test_responses_function_calls_of_other_tools_are_left_as_they_are() -> None:
    reply = function_call_response("other", "{}")
    (item,) = parse_response(reply, None, [pydantic_function_tool(City)]).output
    assert not isinstance(item, ParsedResponseFunctionToolCall)
    with pytest.raises(poe_sdk.StructuredOutputError):  # the tool's arguments, not its type
        parse_response(
            function_call_response("City", '{"name": 1}'), None, [pydantic_function_tool(City)]
        )


def test_parsed_response_function_calls_dump_without_serializer_warnings() -> None:
    reply = function_call_response("City", '{"name": "Lyon", "people": 5}')
    parsed = parse_response(reply, None, responses_tools([pydantic_function_tool(City)]))
    assert isinstance(parsed.output[0], ParsedResponseFunctionToolCall)
    # Warnings are errors in this suite; it dumps as the Response it is, as output_parsed does.
    assert parsed.model_dump() == reply.model_dump()
