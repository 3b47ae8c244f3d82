"""Structured outputs and tools (``poe_sdk.lib``) over real loopback sockets: both clients,
asyncio and trio, against LocalServer's schema-filled answers and its output faults."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from pydantic import BaseModel
from typing_extensions import TypedDict

import poe_sdk
from poe_sdk import AsyncPoeClient, PoeClient, pydantic_function_tool
from poe_sdk.lib import ContentDeltaEvent, ContentDoneEvent, ResponseTextDeltaEvent
from poe_sdk.testing import LocalServer, faults
from poe_sdk.types.chat import ParsedChatCompletion
from poe_sdk.types.responses import ParsedResponseFunctionToolCall
from support import MODEL

QUESTION = [{"role": "user", "content": "Plan a trip"}]


class Stop(BaseModel):
    city: str
    nights: int


class Trip(BaseModel):
    title: str
    stops: list[Stop]
    budget: float | None = None


@dataclass
class Point:
    x: int
    label: str


class Person(TypedDict):
    name: str
    age: int


class Weather(BaseModel):
    """The weather in a city."""

    city: str


def sent_schema(server: LocalServer) -> dict[str, Any]:
    body = server.journal[-1].body
    assert isinstance(body, dict)
    response_format = body["response_format"]
    assert response_format["type"] == "json_schema"
    assert response_format["json_schema"]["strict"] is True
    schema: dict[str, Any] = response_format["json_schema"]["schema"]
    return schema


@pytest.mark.anyio
async def test_async_parse_gives_the_model(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    completion = await async_poe_client.chat.completions.parse(
        model=MODEL, messages=QUESTION, response_format=Trip
    )

    assert isinstance(completion, ParsedChatCompletion)
    trip = completion.choices[0].message.parsed
    assert trip == Trip(title="Plan a trip", stops=[], budget=0)
    schema = sent_schema(poe_server)
    assert schema["additionalProperties"] is False
    assert schema["required"] == ["title", "stops", "budget"]
    assert schema["$defs"]["Stop"]["additionalProperties"] is False
    assert completion.model_dump()["choices"][0]["message"]["parsed"]["title"] == "Plan a trip"


@pytest.mark.anyio
@pytest.mark.parametrize(("kind", "expected"), [(Point, Point(0, "Plan a trip"))])
async def test_async_parse_takes_dataclasses_and_typeddicts(
    async_poe_client: AsyncPoeClient, kind: type[Any], expected: object
) -> None:
    completion = await async_poe_client.chat.completions.parse(
        model=MODEL, messages=QUESTION, response_format=kind
    )
    assert completion.choices[0].message.parsed == expected
    person = await async_poe_client.chat.completions.parse(
        model=MODEL, messages=QUESTION, response_format=Person
    )
    assert person.choices[0].message.parsed == {"name": "Plan a trip", "age": 0}


@pytest.mark.anyio
async def test_async_parse_reads_tool_call_arguments(async_poe_client: AsyncPoeClient) -> None:
    completion = await async_poe_client.chat.completions.parse(
        model=MODEL, messages=QUESTION, tools=[pydantic_function_tool(Weather)]
    )

    [call] = completion.choices[0].message.tool_calls or []
    assert call.function.name == "Weather"
    assert call.function.parsed_arguments == Weather(city="Plan a trip")
    assert completion.choices[0].message.parsed is None


@pytest.mark.anyio
async def test_async_refusal_is_not_an_error(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(faults.refusal("No trips today."))
    completion = await async_poe_client.chat.completions.parse(
        model=MODEL, messages=QUESTION, response_format=Trip
    )
    message = completion.choices[0].message
    assert message.parsed is None
    assert message.refusal == "No trips today."


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("fault", "error", "says"),
    [
        (faults.cut_output(), poe_sdk.LengthFinishReasonError, "token limit"),
        (faults.cut_output("content_filter"), poe_sdk.ContentFilterFinishReasonError, "filter"),
        (faults.broken_json(), poe_sdk.StructuredOutputError, "not valid JSON"),
        (faults.prose(), poe_sdk.StructuredOutputError, "answered in prose"),
    ],
)
async def test_async_unparsable_replies_raise_typed_errors_with_the_text(
    poe_server: LocalServer,
    async_poe_client: AsyncPoeClient,
    fault: faults.Fault,
    error: type[Exception],
    says: str,
) -> None:
    for call in ("parse", "stream", "responses.parse", "responses.stream"):
        poe_server.inject(fault)
        with pytest.raises(error, match=says) as caught:
            if call == "parse":
                await async_poe_client.chat.completions.parse(
                    model=MODEL, messages=QUESTION, response_format=Trip
                )
            elif call == "stream":
                async with async_poe_client.chat.completions.stream(
                    model=MODEL, messages=QUESTION, response_format=Trip
                ) as stream:
                    await stream.get_final_completion()
            elif call == "responses.parse":
                await async_poe_client.responses.parse(
                    model=MODEL, input="Plan a trip", text_format=Trip
                )
            else:
                async with async_poe_client.responses.stream(
                    model=MODEL, input="Plan a trip", text_format=Trip
                ) as response_stream:
                    await response_stream.get_final_response()
        raw = caught.value.raw  # type: ignore[attr-defined]
        assert isinstance(raw, str) and raw, call
        assert caught.value.completion is not None, call  # type: ignore[attr-defined]


@pytest.mark.anyio
async def test_async_stream_yields_partial_objects_then_the_whole(
    async_poe_client: AsyncPoeClient,
) -> None:
    snapshots: list[Trip] = []
    async with async_poe_client.chat.completions.stream(
        model=MODEL, messages=QUESTION, response_format=Trip
    ) as stream:
        async for event in stream:
            if isinstance(event, ContentDeltaEvent) and event.parsed is not None:
                snapshots.append(event.parsed)
            if isinstance(event, ContentDoneEvent):
                done = event.parsed
        final = await stream.get_final_completion()

    assert final.choices[0].message.parsed == done == Trip(title="Plan a trip", stops=[], budget=0)
    assert snapshots, "no partial object"
    assert "title" not in snapshots[0].model_fields_set  # missing fields are absent
    with pytest.raises(AttributeError):
        _ = snapshots[0].title
    assert any(getattr(s, "title", "") == "Plan " for s in snapshots)  # a string mid-way


@pytest.mark.anyio
async def test_async_stream_of_a_refusal_has_refusal_events(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    poe_server.inject(faults.refusal("I cannot plan trips."))
    async with async_poe_client.chat.completions.stream(
        model=MODEL, messages=QUESTION, response_format=Trip
    ) as stream:
        events = [event async for event in stream if event.type != "chunk"]
        final = await stream.get_final_completion()

    assert [event.type for event in events] == [
        *["refusal.delta"] * 4,
        "refusal.done",
    ]
    assert events[-1].refusal == "I cannot plan trips."
    assert final.choices[0].message.parsed is None
    assert final.choices[0].message.refusal == "I cannot plan trips."


@pytest.mark.anyio
async def test_async_responses_parse_reads_function_call_arguments(
    poe_server: LocalServer, async_poe_client: AsyncPoeClient
) -> None:
    response = await async_poe_client.responses.parse(
        model=MODEL, input="Plan a trip", text_format=Trip, tools=[pydantic_function_tool(Weather)]
    )

    [call] = [item for item in response.output if item.type == "function_call"]
    assert isinstance(call, ParsedResponseFunctionToolCall)
    assert call.parsed_arguments == Weather(city="Plan a trip")
    body = poe_server.journal[-1].body
    assert isinstance(body, dict)
    [tool] = body["tools"]  # sent in the Responses shape, not chat's
    assert (tool["type"], tool["name"], tool["strict"]) == ("function", "Weather", True)
    assert "function" not in tool


def test_sync_responses_parse_reads_function_call_arguments(poe_client: PoeClient) -> None:
    response = poe_client.responses.parse(
        model=MODEL, input="Plan a trip", text_format=Trip, tools=[pydantic_function_tool(Weather)]
    )
    [call] = [item for item in response.output if item.type == "function_call"]
    assert isinstance(call, ParsedResponseFunctionToolCall)
    assert call.parsed_arguments == Weather(city="Plan a trip")


@pytest.mark.anyio
async def test_async_responses_parse_and_stream(async_poe_client: AsyncPoeClient) -> None:
    response = await async_poe_client.responses.parse(
        model=MODEL, input="Plan a trip", text_format=Trip
    )
    assert response.output_parsed == Trip(title="Plan a trip", stops=[], budget=0)

    partial: list[Trip] = []
    async with async_poe_client.responses.stream(
        model=MODEL, input="Plan a trip", text_format=Trip
    ) as stream:
        async for event in stream:
            if isinstance(event, ResponseTextDeltaEvent) and event.parsed is not None:
                partial.append(event.parsed)
        final = await stream.get_final_response()
    assert final.output_parsed == response.output_parsed
    assert len(partial) > 1


@pytest.mark.anyio
async def test_async_run_tools_runs_sync_and_async_functions(
    async_poe_client: AsyncPoeClient,
) -> None:
    calls: list[str] = []

    async def get_weather(city: str) -> dict[str, str]:
        """The weather in a city."""
        calls.append(city)
        return {"city": city, "sky": "clear"}

    run = await async_poe_client.chat.completions.run_tools(
        model=MODEL, messages=[{"role": "user", "content": "Paris"}], tools=[get_weather]
    )

    assert calls == ["Paris"]
    assert run.turns == 2
    assert run.completion.choices[0].message.content == (
        'The tool get_weather returned: {"city": "Paris", "sky": "clear"}'
    )
    assert [m["role"] for m in run.messages] == ["user", "assistant", "tool", "assistant"]


def test_sync_parse_stream_and_responses(poe_server: LocalServer, poe_client: PoeClient) -> None:
    completion = poe_client.chat.completions.parse(
        model=MODEL, messages=QUESTION, response_format=Trip
    )
    expected = Trip(title="Plan a trip", stops=[], budget=0)
    assert completion.choices[0].message.parsed == expected

    with poe_client.chat.completions.stream(
        model=MODEL, messages=QUESTION, response_format=Trip
    ) as stream:
        kinds = [event.type for event in stream]
        final = stream.get_final_completion()
    assert final.choices[0].message.parsed == expected
    content_kinds = [kind for kind in kinds if kind.startswith("content.")]
    assert content_kinds[-1] == "content.done"
    assert set(content_kinds[:-1]) == {"content.delta"}

    response = poe_client.responses.parse(model=MODEL, input="Plan a trip", text_format=Trip)
    assert response.output_parsed == expected
    with poe_client.responses.stream(model=MODEL, input="Plan a trip", text_format=Trip) as events:
        assert events.get_final_response().output_parsed == expected

    poe_server.inject(faults.cut_output())
    with pytest.raises(poe_sdk.LengthFinishReasonError):
        poe_client.chat.completions.parse(model=MODEL, messages=QUESTION, response_format=Trip)


def test_sync_run_tools_runs_functions_in_the_calling_thread(poe_client: PoeClient) -> None:
    import threading

    threads: list[threading.Thread] = []

    def get_weather(city: str, days: int = 1) -> str:
        """The weather in a city."""
        threads.append(threading.current_thread())
        return f"Sunny in {city} for {days} day(s)"

    run = poe_client.chat.completions.run_tools(
        model=MODEL, messages=[{"role": "user", "content": "Rome"}], tools=[get_weather]
    )

    assert threads == [threading.current_thread()]
    assert run.completion.choices[0].message.content == (
        "The tool get_weather returned: Sunny in Rome for 0 day(s)"
    )


def test_sync_run_tools_refuses_async_functions_before_any_request(
    poe_server: LocalServer, poe_client: PoeClient
) -> None:
    async def lookup(city: str) -> str:
        return city

    with pytest.raises(poe_sdk.RequestValidationError, match="async function") as caught:
        poe_client.chat.completions.run_tools(model=MODEL, messages=QUESTION, tools=[lookup])
    assert caught.value.param == "tools[0]"
    assert poe_server.journal == []
