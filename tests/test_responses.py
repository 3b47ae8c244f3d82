"""The Responses API over respx: deviating replies and events, the accumulator, output_text."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx
from pydantic import TypeAdapter

import poe_sdk
from poe_sdk import AsyncPoeClient, ResponseAccumulator, UnknownVariant
from poe_sdk._model_mixins import output_text_of
from poe_sdk._replies.parse import Reading, read_value
from poe_sdk.types.responses import (
    Response,
    ResponseFunctionToolCall,
    ResponseOutputMessage,
    ResponseOutputTextDeltaEvent,
    ResponseStreamEvent,
)
from support import API_KEY, BASE_URL, sse_response

pytestmark = pytest.mark.anyio

EVENTS: TypeAdapter[ResponseStreamEvent] = TypeAdapter(ResponseStreamEvent)


def response_json(*output: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 1700000000,
        "status": "completed",
        "model": "m",
        "output": list(output),
        **extra,
    }


def message(*texts: str) -> dict[str, Any]:
    parts = [{"type": "output_text", "text": t, "annotations": []} for t in texts]
    return {"type": "message", "id": "msg_1", "role": "assistant", "content": parts}


def events(*items: dict[str, Any], named: bool = True) -> bytes:
    lines = []
    for item in items:
        name = f"event: {item['type']}\n" if named else ""
        lines.append(f"{name}data: {json.dumps(item)}\n\n")
    return "".join(lines).encode()


def delta(text: object, output_index: object = 0, **extra: Any) -> dict[str, Any]:
    return {
        "type": "response.output_text.delta",
        "item_id": "msg_1",
        "output_index": output_index,
        "content_index": 0,
        "delta": text,
        **extra,
    }


def client(**options: Any) -> AsyncPoeClient:
    return AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL, max_retries=0, **options)


CREATED = {"type": "response.created", "response": response_json(status="in_progress")}
ADDED = {"type": "response.output_item.added", "output_index": 0, "item": message()}


async def open_stream(router: respx.MockRouter, body: bytes, **options: Any) -> Any:
    router.post("/responses").mock(return_value=sse_response(body))
    c = client(**options)
    return c, await c.responses.create(model="m", input="hi", stream=True)


# --- output_text -----------------------------------------------------------------------------


def test_output_text_joins_the_text_parts_of_messages_only() -> None:
    reply = Response.model_validate(
        response_json(
            {"type": "reasoning", "summary": [{"type": "summary_text", "text": "hidden"}]},
            message("Hello", ", "),
            {"type": "function_call", "call_id": "c", "name": "f", "arguments": "{}"},
            {"type": "message", "content": [{"type": "refusal", "refusal": "no"}]},
            message("world"),
            {"type": "future_item", "text": "not text"},
        )
    )
    assert reply.output_text == "Hello, world"
    assert isinstance(reply.output[5], UnknownVariant)


def test_output_text_of_a_deviating_reply_skips_what_it_cannot_use() -> None:
    assert output_text_of(None) == ""
    assert output_text_of("not a list") == ""


# --- replies that deviate ----------------------------------------------------------------------


async def test_a_deviating_reply_is_read_tolerantly(router: respx.MockRouter) -> None:
    body = response_json(
        message("kept"),
        {"type": "function_call", "call_id": "c", "name": "f", "arguments": {"x": 1}},
        created_at="1700000000",
        usage={"input_tokens": 3.0, "output_tokens": None},
        brand_new_field=True,
    )
    router.post("/responses").mock(return_value=httpx.Response(200, json=body))
    async with client() as c:
        reply = await c.responses.create(model="m", input="hi")
    assert reply.output_text == "kept"
    call = reply.output[1]
    assert isinstance(call, ResponseFunctionToolCall)
    assert json.loads(call.arguments) == {"x": 1}  # a JSON value where JSON text belongs
    assert reply.created_at == 1700000000
    assert reply.brand_new_field is True  # type: ignore[attr-defined]


async def test_strict_replies_refuse_the_deviating_reply(router: respx.MockRouter) -> None:
    body = response_json(message("x"), created_at="1700000000")
    router.post("/responses").mock(return_value=httpx.Response(200, json=body))
    async with client(strict_replies=True) as c:
        with pytest.raises(poe_sdk.APIResponseValidationError, match="created_at"):
            await c.responses.create(model="m", input="hi")


async def test_a_reply_with_nothing_usable_is_an_error(router: respx.MockRouter) -> None:
    router.post("/responses").mock(return_value=httpx.Response(200, json={"id": 5}))
    async with client() as c:
        with pytest.raises(poe_sdk.APIResponseValidationError, match="no usable"):
            await c.responses.create(model="m", input="hi")


# --- streams -----------------------------------------------------------------------------------


async def test_deviating_events_are_read_and_assembled(router: respx.MockRouter) -> None:
    body = events(
        CREATED,
        ADDED,
        delta("Hel", sequence_number="1"),  # a string where an integer belongs
        delta("lo", output_index=None),  # no index: the latest item
        delta(7),  # kept as sent, skipped by the accumulator
        {"type": "response.ping"},  # a type this SDK does not know
        {"type": "response.completed", "response": response_json(message("Hello"))},
    )
    c, stream = await open_stream(router, body)
    async with c:
        received = [event async for event in stream]
    assert [type(e).__name__ for e in received].count("UnknownVariant") == 1
    first = received[2]
    assert isinstance(first, ResponseOutputTextDeltaEvent)
    assert first.sequence_number == 1
    assert stream.completed


async def test_events_without_event_lines_end_at_the_final_type(router: respx.MockRouter) -> None:
    final = {"type": "response.completed", "response": response_json(message("Hi"))}
    body = events(CREATED, ADDED, delta("Hi"), final, named=False) + b"data: ignored\n\n"
    c, stream = await open_stream(router, body)
    async with c:
        assert [d async for d in stream.text_deltas()] == ["Hi"]
        assert (await stream.get_final_response()).output_text == "Hi"


async def test_an_empty_final_output_is_filled_from_the_events(router: respx.MockRouter) -> None:
    done = {"type": "response.output_item.done", "output_index": 0, "item": message("Hi there")}
    final = {"type": "response.completed", "response": response_json()}  # output: []
    c, stream = await open_stream(router, events(CREATED, ADDED, delta("Hi there"), done, final))
    async with c:
        reply = await stream.get_final_response()
    assert reply.output_text == "Hi there"
    assert reply.status == "completed"


async def test_a_truncated_stream_carries_the_assembled_partial(router: respx.MockRouter) -> None:
    arguments = {"type": "response.function_call_arguments.delta", "output_index": 1}
    call = {"type": "function_call", "call_id": "c1", "name": "f", "arguments": ""}
    body = events(
        CREATED,
        ADDED,
        delta("Hel"),
        delta("lo"),
        {"type": "response.output_item.added", "output_index": 1, "item": call},
        {**arguments, "delta": '{"a"'},
        {**arguments, "delta": ": 1}"},
    )
    c, stream = await open_stream(router, body)
    async with c:
        with pytest.raises(poe_sdk.IncompleteStreamError) as info:
            await stream.get_final_response()
    partial = info.value.partial
    assert isinstance(partial, Response)
    assert partial.status == "in_progress"
    assert partial.output_text == "Hello"
    assert isinstance(partial.output[0], ResponseOutputMessage)
    tool_call = partial.output[1]
    assert isinstance(tool_call, ResponseFunctionToolCall)
    assert json.loads(tool_call.arguments) == {"a": 1}


@pytest.mark.parametrize("named", [True, False])
async def test_an_error_event_raises_its_typed_error(router: respx.MockRouter, named: bool) -> None:
    error = {"type": "error", "code": "rate_limit_exceeded", "message": "Slow down", "param": None}
    c, stream = await open_stream(router, events(CREATED, error, named=named))
    async with c:
        with pytest.raises(poe_sdk.RateLimitError, match="Slow down") as info:
            async for _ in stream:
                pass
    assert info.value.code == "rate_limit_exceeded"


async def test_response_failed_without_an_error_object_is_a_server_error(
    router: respx.MockRouter,
) -> None:
    failed = {"type": "response.failed", "response": response_json(status="failed", error=None)}
    c, stream = await open_stream(router, events(CREATED, failed))
    async with c:
        with pytest.raises(poe_sdk.InternalServerError, match="The response failed"):
            await stream.get_final_response()


async def test_response_incomplete_ends_the_stream_without_an_error(
    router: respx.MockRouter,
) -> None:
    incomplete = response_json(
        message("Hel"), status="incomplete", incomplete_details={"reason": "max_output_tokens"}
    )
    body = events(CREATED, {"type": "response.incomplete", "response": incomplete})
    c, stream = await open_stream(router, body)
    async with c:
        reply = await stream.get_final_response()
    assert reply.status == "incomplete"
    assert reply.incomplete_details is not None
    assert reply.incomplete_details.reason == "max_output_tokens"


def test_the_accumulator_on_events_read_by_hand() -> None:
    accumulator = ResponseAccumulator()
    reasoning = {"type": "reasoning", "id": "rs_1", "summary": []}
    summary = {"type": "response.reasoning_summary_text.delta", "output_index": 0}
    for event in (
        {"type": "response.output_item.added", "output_index": 0, "item": reasoning},
        {**summary, "summary_index": 0, "delta": "Think"},
        {**summary, "summary_index": 0, "delta": "ing"},
        {"type": "response.refusal.delta", "output_index": 1, "content_index": 0, "delta": "No"},
    ):
        assert accumulator.add(EVENTS.validate_python(event)) is None
    reply = accumulator.completion()
    assert accumulator.chunk_count == 4
    assert reply.to_dict()["output"] == [
        {
            "type": "reasoning",
            "id": "rs_1",
            "summary": [{"type": "summary_text", "text": "Thinking"}],
        },
        {"type": "message", "content": [{"type": "refusal", "refusal": "No"}]},
    ]


def test_an_unknown_event_without_the_fields_it_needs_adds_nothing() -> None:
    accumulator = ResponseAccumulator()
    accumulator.add(EVENTS.validate_python({"type": "response.refusal.delta"}))
    # A known type without its required item, read tolerantly as the stream reads it.
    accumulator.add(
        read_value(ResponseStreamEvent, {"type": "response.output_item.added"}, Reading())
    )
    assert accumulator.completion().to_dict()["output"] == [{"type": "message", "content": []}]
