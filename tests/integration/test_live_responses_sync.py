"""The Responses API through the sync PoeClient against LocalServer."""

from __future__ import annotations

import json

import pytest

import poe_sdk
from poe_sdk import PoeClient, UnknownVariant
from poe_sdk.testing import LocalServer, faults
from poe_sdk.types.responses import FunctionToolParam, Response, ResponseFunctionToolCall
from support import MODEL

WEATHER: FunctionToolParam = {
    "type": "function",
    "name": "get_weather",
    "parameters": {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
    },
}


def test_plain_and_streamed(poe_server: LocalServer, poe_client: PoeClient) -> None:
    plain = poe_client.responses.create(model=MODEL, input="sync hello")
    assert plain.output_text == "Echo: sync hello"

    with poe_client.responses.create(model=MODEL, input="sync hello", stream=True) as stream:
        deltas = list(stream.text_deltas())
    assert deltas == ["Echo: ", "sync ", "hello"]
    assert stream.completed

    again = poe_client.responses.create(model=MODEL, input="sync hello", stream=True)
    final = again.get_final_response()
    assert final.output_text == plain.output_text
    assert [item.type for item in final.output] == [item.type for item in plain.output]
    assert final.usage == plain.usage
    assert final.status == "completed"
    # Kept alive: one connection for plain calls and streams (the client's one loop).
    assert len({e.client_port for e in poe_server.journal}) == 1


def test_tool_round_trip_with_previous_response_id(poe_client: PoeClient) -> None:
    first = poe_client.responses.create(model=MODEL, input="Oslo", tools=[WEATHER])
    [call] = first.output
    assert isinstance(call, ResponseFunctionToolCall)
    assert json.loads(call.arguments) == {"city": "Oslo"}

    second = poe_client.responses.create(
        model=MODEL,
        previous_response_id=first.id,
        input=[{"type": "function_call_output", "call_id": call.call_id, "output": "cold"}],
    )
    assert second.output_text == "The tool get_weather returned: cold"


def test_a_truncated_stream_raises_with_the_partial_response(
    poe_server: LocalServer, poe_client: PoeClient
) -> None:
    poe_server.inject(faults.truncate_stream(after_chunks=5))
    stream = poe_client.responses.create(model=MODEL, input="cut here", stream=True)
    with pytest.raises(poe_sdk.IncompleteStreamError) as info:
        for _ in stream:
            pass
    assert isinstance(info.value.partial, Response)
    assert info.value.partial.output_text == "Echo: "


def test_response_failed_and_unknown_events(poe_server: LocalServer, poe_client: PoeClient) -> None:
    poe_server.inject(faults.response_failed(after_chunks=2, message="Upstream failed"))
    with pytest.raises(poe_sdk.InternalServerError, match="Upstream failed"):
        poe_client.responses.create(model=MODEL, input="x", stream=True).get_final_response()

    data = json.dumps({"type": "response.new_feature", "detail": 1})
    poe_server.inject(faults.extra_event(after_chunks=1, data=data, event="response.new_feature"))
    tolerant = poe_client.with_options(strict_replies=False)  # the fixture reads strictly
    with tolerant.responses.create(model=MODEL, input="y", stream=True) as stream:
        events = list(stream)
    assert [type(e) for e in events].count(UnknownVariant) == 1
    assert events[-1].type == "response.completed"

    poe_server.inject(faults.extra_event(after_chunks=1, data=data, event="response.new_feature"))
    with (
        poe_client.responses.create(model=MODEL, input="y", stream=True) as stream,
        pytest.raises(poe_sdk.APIResponseValidationError, match="strict_replies"),
    ):
        list(stream)


def test_retries_before_the_first_event(poe_server: LocalServer, poe_client: PoeClient) -> None:
    poe_server.inject(faults.status(429), times=2)
    with poe_client.responses.create(model=MODEL, input="patience", stream=True) as stream:
        assert "".join(stream.text_deltas()) == "Echo: patience"
    assert [e.status for e in poe_server.journal] == [429, 429, 200]
