"""The Responses API (``client.responses.create``) against LocalServer, on asyncio and trio."""

from __future__ import annotations

import json
from typing import Any

import pytest

import poe_sdk
from poe_sdk import AsyncPoeClient, ResponseAccumulator, UnknownVariant
from poe_sdk.testing import LocalServer, faults
from poe_sdk.types.responses import (
    Response,
    ResponseCompletedEvent,
    ResponseFunctionToolCall,
    ResponseFunctionWebSearch,
    ResponseOutputMessage,
    ResponseOutputTextDeltaEvent,
    ResponseReasoningItem,
    ResponseStreamEvent,
)
from support import MODEL

pytestmark = pytest.mark.anyio

WEATHER: dict[str, Any] = {
    "type": "function",
    "name": "get_weather",
    "description": "The current weather of a city.",
    "parameters": {
        "type": "object",
        "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
        "required": ["city"],
    },
}


def comparable(response: Response) -> dict[str, Any]:
    """A response without what differs between two calls (ids, time)."""
    data = response.to_dict()
    for key in ("id", "created_at"):
        data.pop(key)
    for item in data["output"]:
        item.pop("id", None)
        item.pop("call_id", None)
    return data


async def test_plain_response(poe_server: LocalServer, async_poe_client: AsyncPoeClient) -> None:
    response = await async_poe_client.responses.create(
        model=MODEL, input="Hello there, server!", instructions="Be brief."
    )

    assert response.output_text == "Echo: Hello there, server!"
    assert response.status == "completed"
    assert response.model == MODEL
    [message] = response.output
    assert isinstance(message, ResponseOutputMessage)
    assert message.content[0].type == "output_text"
    assert response.usage is not None
    assert (response.usage.input_tokens, response.usage.output_tokens) == (
        8,
        7,
    )  # "Be brief." counts
    assert response.instructions == "Be brief."
    [entry] = poe_server.journal
    assert (entry.method, entry.path, entry.status) == ("POST", "/v1/responses", 200)
    assert entry.json == {
        "model": MODEL,
        "input": "Hello there, server!",
        "instructions": "Be brief.",
    }


async def test_input_items_and_reasoning(async_poe_client: AsyncPoeClient) -> None:
    response = await async_poe_client.responses.create(
        model=MODEL,
        input=[{"role": "user", "content": [{"type": "input_text", "text": "Think"}]}],
        reasoning={"effort": "low", "summary": "auto"},
    )

    reasoning, message = response.output
    assert isinstance(reasoning, ResponseReasoningItem)
    assert [s.text for s in reasoning.summary or []] == ["The user asked: Think"]
    assert isinstance(message, ResponseOutputMessage)
    assert response.output_text == "Echo: Think"


async def test_streamed_events_and_final_response(async_poe_client: AsyncPoeClient) -> None:
    plain = await async_poe_client.responses.create(model=MODEL, input="stream me")
    stream = await async_poe_client.responses.create(model=MODEL, input="stream me", stream=True)
    async with stream:
        events = [event async for event in stream]

    assert [e.type for e in events] == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
        "response.content_part.added",
        "response.output_text.delta",
        "response.output_text.delta",
        "response.output_text.delta",
        "response.output_text.done",
        "response.content_part.done",
        "response.output_item.done",
        "response.completed",
    ]
    deltas = [e.delta for e in events if isinstance(e, ResponseOutputTextDeltaEvent)]
    assert deltas == ["Echo: ", "stream ", "me"]
    assert isinstance(events[-1], ResponseCompletedEvent)
    assert stream.completed
    assert comparable(events[-1].response) == comparable(plain)

    again = await async_poe_client.responses.create(model=MODEL, input="stream me", stream=True)
    final = await again.get_final_response()
    assert comparable(final) == comparable(plain)
    assert final.output_text == "Echo: stream me"


async def test_text_deltas_and_events_assembled_without_the_final_event(
    async_poe_client: AsyncPoeClient,
) -> None:
    stream = await async_poe_client.responses.create(model=MODEL, input="a b c", stream=True)
    assert [d async for d in stream.text_deltas()] == ["Echo: ", "a ", "b ", "c"]

    stream = await async_poe_client.responses.create(
        model=MODEL, input="a b c", stream=True, reasoning={"summary": "concise"}
    )
    events: list[ResponseStreamEvent] = [event async for event in stream]
    assembled = ResponseAccumulator()
    for event in events[:-1]:  # everything but response.completed
        assembled.add(event)
    final = events[-1]
    assert isinstance(final, ResponseCompletedEvent)
    assert assembled.completion().output == final.response.output
    assert assembled.completion().status == "in_progress"


async def test_function_tool_round_trip(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    first = await async_poe_client.responses.create(
        model=MODEL, input="Oslo", tools=[WEATHER], tool_choice="auto"
    )
    [call] = first.output
    assert isinstance(call, ResponseFunctionToolCall)
    assert call.name == "get_weather"
    assert json.loads(call.arguments) == {"city": "Oslo"}
    assert first.output_text == ""

    second = await async_poe_client.responses.create(
        model=MODEL,
        previous_response_id=first.id,
        input=[{"type": "function_call_output", "call_id": call.call_id, "output": "sunny"}],
        tools=[WEATHER],
    )
    assert second.output_text == "The tool get_weather returned: sunny"
    assert second.previous_response_id == first.id
    sent = poe_server.journal[-1].json
    assert sent["input"] == [
        {"type": "function_call_output", "call_id": call.call_id, "output": "sunny"}
    ]


async def test_a_function_call_goes_back_as_an_input_item(async_poe_client: AsyncPoeClient) -> None:
    first = await async_poe_client.responses.create(model=MODEL, input="Rome", tools=[WEATHER])
    [call] = first.output
    assert isinstance(call, ResponseFunctionToolCall)

    second = await async_poe_client.responses.create(
        model=MODEL,
        input=[
            {"role": "user", "content": "Rome"},
            call,  # the reply's item, accepted as a function_call input item
            {"type": "function_call_output", "call_id": call.call_id, "output": "21 C"},
        ],
        store=False,
    )
    assert second.output_text == "The tool get_weather returned: 21 C"


async def test_streamed_function_call(async_poe_client: AsyncPoeClient) -> None:
    stream = await async_poe_client.responses.create(
        model=MODEL, input="Lima", tools=[WEATHER], stream=True
    )
    final = await stream.get_final_response()
    [call] = final.output
    assert isinstance(call, ResponseFunctionToolCall)
    assert json.loads(call.arguments) == {"city": "Lima"}


async def test_previous_response_id_continues_the_conversation(
    async_poe_client: AsyncPoeClient,
) -> None:
    first = await async_poe_client.responses.create(model=MODEL, input="one")
    second = await async_poe_client.responses.create(
        model=MODEL, input="two", previous_response_id=first.id
    )
    third = await async_poe_client.responses.create(
        model=MODEL, input="three", previous_response_id=second.id
    )

    assert [r.output_text for r in (first, second, third)] == [
        "Echo: one",
        "Echo: two (turn 2)",
        "Echo: three (turn 3)",
    ]
    assert third.usage is not None and first.usage is not None
    assert third.usage.input_tokens > first.usage.input_tokens  # the history is counted

    with pytest.raises(poe_sdk.BadRequestError) as info:
        await async_poe_client.responses.create(
            model=MODEL, input="x", previous_response_id="resp_unknown"
        )
    assert info.value.code == "previous_response_not_found"
    assert info.value.param == "previous_response_id"


async def test_structured_output(async_poe_client: AsyncPoeClient) -> None:
    schema = {
        "type": "object",
        "properties": {"city": {"type": "string"}, "rank": {"type": "integer"}},
        "required": ["city", "rank"],
    }
    response = await async_poe_client.responses.create(
        model=MODEL,
        input="Paris",
        text={"format": {"type": "json_schema", "name": "city", "schema": schema, "strict": True}},
    )

    assert json.loads(response.output_text) == {"city": "Paris", "rank": 0}
    assert response.text == {
        "format": {"type": "json_schema", "name": "city", "schema": schema, "strict": True}
    }


async def test_invalid_arguments_fail_before_any_request(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    with pytest.raises(poe_sdk.RequestValidationError, match="temperature"):
        await async_poe_client.responses.create(model=MODEL, input="x", temperature=3)
    with pytest.raises(poe_sdk.RequestValidationError, match="input"):
        await async_poe_client.responses.create(model=MODEL, input=[{"type": "nonsense"}])  # type: ignore[list-item]
    assert poe_server.journal == []


async def test_max_output_tokens_ends_with_response_incomplete(
    async_poe_client: AsyncPoeClient,
) -> None:
    stream = await async_poe_client.responses.create(
        model=MODEL, input="one two three four", max_output_tokens=3, stream=True
    )
    events = [event async for event in stream]
    assert events[-1].type == "response.incomplete"
    final = await stream.get_final_response()
    assert final.status == "incomplete"
    assert final.incomplete_details is not None
    assert final.incomplete_details.reason == "max_output_tokens"
    assert final.output_text == "Echo: one"  # "Echo", ":" and "one"


async def test_a_truncated_stream_raises_with_the_partial_response(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(faults.truncate_stream(after_chunks=6))  # created .. two text deltas
    stream = await async_poe_client.responses.create(model=MODEL, input="cut me off", stream=True)

    with pytest.raises(poe_sdk.IncompleteStreamError, match=r"response\.completed") as info:
        await stream.get_final_response()
    partial = info.value.partial
    assert isinstance(partial, Response)
    assert partial.status == "in_progress"
    assert partial.output_text == "Echo: cut "
    assert info.value.chunk_count == 6


async def test_response_failed_raises_the_typed_error(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(faults.response_failed(after_chunks=3, message="Model overloaded"))
    stream = await async_poe_client.responses.create(model=MODEL, input="fail", stream=True)
    with pytest.raises(poe_sdk.InternalServerError, match="Model overloaded") as info:
        async for _ in stream:
            pass
    assert info.value.code == "server_error"

    poe_server.inject(faults.response_failed(code="rate_limit_exceeded", message="Slow down"))
    stream = await async_poe_client.responses.create(model=MODEL, input="fail", stream=True)
    with pytest.raises(poe_sdk.RateLimitError, match="Slow down"):
        await stream.get_final_response()


async def test_an_error_event_raises_the_typed_error(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(faults.error_event(after_chunks=4, code="insufficient_points"))
    stream = await async_poe_client.responses.create(model=MODEL, input="err", stream=True)
    received: list[str] = []
    with pytest.raises(poe_sdk.PaymentRequiredError):
        async for event in stream:
            received.append(event.type)
    assert len(received) == 4


async def test_an_unknown_event_type_is_kept_as_a_generic_event(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    data = json.dumps({"type": "response.audio.delta", "delta": "UklGR", "sequence_number": 9})
    poe_server.inject(faults.extra_event(after_chunks=2, data=data, event="response.audio.delta"))
    client = async_poe_client.with_options(strict_replies=False)  # the fixture reads strictly
    stream = await client.responses.create(model=MODEL, input="new", stream=True)
    events = [event async for event in stream]

    unknown = [e for e in events if isinstance(e, UnknownVariant)]
    assert len(unknown) == 1
    assert unknown[0].type == "response.audio.delta"  # type: ignore[attr-defined]
    assert unknown[0].delta == "UklGR"  # type: ignore[attr-defined]
    assert (await stream.get_final_response()).output_text == "Echo: new"


async def test_strict_replies_refuse_an_unknown_event_type(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    data = json.dumps({"type": "response.audio.delta", "delta": "UklGR", "sequence_number": 9})
    poe_server.inject(faults.extra_event(after_chunks=2, data=data, event="response.audio.delta"))
    assert async_poe_client.strict_replies
    stream = await async_poe_client.responses.create(model=MODEL, input="new", stream=True)
    received: list[str] = []
    with pytest.raises(poe_sdk.APIResponseValidationError, match="does not know"):
        async for event in stream:
            received.append(event.type)
    assert len(received) == 2


async def test_retries_before_the_first_event(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(faults.status(503), times=2)
    stream = await async_poe_client.responses.create(model=MODEL, input="again", stream=True)
    final = await stream.get_final_response()

    assert final.output_text == "Echo: again"
    assert [e.status for e in poe_server.journal] == [503, 503, 200]


async def test_raw_response(async_poe_client: AsyncPoeClient) -> None:
    raw = await async_poe_client.responses.with_raw_response.create(model=MODEL, input="raw")
    assert raw.http_response.headers["x-request-id"].startswith("req_")
    response = raw.parse()
    assert response.output_text == "Echo: raw"


async def test_web_search_and_store_false(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    response = await async_poe_client.responses.create(
        model=MODEL, input="news", tools=[{"type": "web_search_preview"}], store=False
    )
    search, message = response.output
    assert isinstance(search, ResponseFunctionWebSearch)
    assert search.action == {"type": "search", "query": "news"}
    assert isinstance(message, ResponseOutputMessage)

    with pytest.raises(poe_sdk.BadRequestError, match="not found"):  # store=False: not kept
        await async_poe_client.responses.create(
            model=MODEL, input="more", previous_response_id=response.id
        )


async def test_reset_forgets_stored_responses(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    first = await async_poe_client.responses.create(model=MODEL, input="one")
    poe_server.reset()
    with pytest.raises(poe_sdk.BadRequestError, match="not found"):
        await async_poe_client.responses.create(
            model=MODEL, input="two", previous_response_id=first.id
        )


async def test_a_dropped_connection_or_a_malformed_event_mid_stream(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(faults.disconnect_mid_stream(after_chunks=5))
    stream = await async_poe_client.responses.create(model=MODEL, input="drop it", stream=True)
    with pytest.raises(poe_sdk.IncompleteStreamError) as info:
        await stream.get_final_response()
    assert isinstance(info.value.partial, Response)
    assert info.value.partial.output_text == "Echo: "

    poe_server.inject(faults.malformed_chunk(after_chunks=3))
    stream = await async_poe_client.responses.create(model=MODEL, input="bad", stream=True)
    with pytest.raises(poe_sdk.APIResponseValidationError, match="not JSON"):
        await stream.get_final_response()


async def test_earlier_output_goes_back_as_history_without_storing(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    first = await async_poe_client.responses.create(model=MODEL, input="one", store=False)
    second = await async_poe_client.responses.create(
        model=MODEL,
        input=[
            {"role": "user", "content": "one"},
            *first.output,
            {"role": "user", "content": "two"},
        ],
        store=False,
    )

    assert second.output_text == "Echo: two (turn 2)"
    sent = poe_server.journal[-1].json["input"]
    assert sent[1] == {
        "type": "message",
        "id": first.output[0].id,  # type: ignore[union-attr]
        "role": "assistant",
        "status": "completed",
        "content": [{"type": "output_text", "text": "Echo: one", "annotations": []}],
    }


async def test_tool_choice_names_the_function_or_none(async_poe_client: AsyncPoeClient) -> None:
    other = {**WEATHER, "name": "get_time"}
    forced = await async_poe_client.responses.create(
        model=MODEL,
        input="Bern",
        tools=[WEATHER, other],
        tool_choice={"type": "function", "name": "get_time"},
    )
    [call] = forced.output
    assert isinstance(call, ResponseFunctionToolCall)
    assert call.name == "get_time"

    none = await async_poe_client.responses.create(
        model=MODEL, input="Bern", tools=[WEATHER], tool_choice="none"
    )
    assert none.output_text == "Echo: Bern"

    with pytest.raises(poe_sdk.BadRequestError, match="no function named 'missing'") as info:
        await async_poe_client.responses.create(
            model=MODEL,
            input="Bern",
            tools=[WEATHER],
            tool_choice={"type": "function", "name": "missing"},
        )
    assert info.value.param == "tool_choice"


async def test_a_streamed_web_search(async_poe_client: AsyncPoeClient) -> None:
    stream = await async_poe_client.responses.create(
        model=MODEL, input="news", tools=[{"type": "web_search_preview"}], stream=True
    )
    events = [event async for event in stream]
    kinds = [e.type for e in events]
    assert kinds[2:7] == [
        "response.output_item.added",
        "response.web_search_call.in_progress",
        "response.web_search_call.searching",
        "response.web_search_call.completed",
        "response.output_item.done",
    ]
    assert not any(isinstance(e, UnknownVariant) for e in events)
    final = await stream.get_final_response()
    assert [item.type for item in final.output] == ["web_search_call", "message"]
