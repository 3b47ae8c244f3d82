"""``poe_sdk.types.responses``: the Responses API's names, openai's spellings as aliases."""

from __future__ import annotations

from pydantic import TypeAdapter

from poe_sdk import UnknownVariant, types
from poe_sdk.types import responses

OPENAI_ALIASES = {
    "ResponseTextDeltaEvent": "ResponseOutputTextDeltaEvent",
    "ResponseTextDoneEvent": "ResponseOutputTextDoneEvent",
    "FunctionToolParam": "ResponseFunctionToolParam",
    "WebSearchToolParam": "ResponseWebSearchToolParam",
    "ToolParam": "ResponseToolParam",
    "EasyInputMessageParam": "ResponseInputMessageParam",
    "FunctionCallOutputParam": "ResponseFunctionCallOutputParam",
    "ResponseFormatTextJSONSchemaConfigParam": "ResponseTextFormatJsonSchemaParam",
}


def test_every_name_is_the_object_of_poe_sdk_types() -> None:
    assert sorted(dir(responses)) >= sorted(responses.__all__)
    for name in responses.__all__:
        if name.startswith("Parsed"):  # responses.parse's results, from poe_sdk.lib
            continue
        ours = OPENAI_ALIASES.get(name, name)
        assert getattr(responses, name) is getattr(types, ours), name


def test_every_responses_type_is_there() -> None:
    generated = {
        name
        for name in types.__all__
        if name.startswith(("Response", "CreateResponse")) and not name.startswith("ResponseFormat")
    }
    assert generated <= set(responses.__all__)


def test_the_main_names_are_there() -> None:
    for name in ("Response", "ResponseStreamEvent", "ResponseOutputItem", "ResponseUsage"):
        assert name in responses.__all__
    for name in ("CreateResponseRequestParam", "ResponseInputItemParam", *OPENAI_ALIASES):
        assert name in responses.__all__


def test_an_unknown_output_item_keeps_its_type_and_fields_readable() -> None:
    """Issue 26 item 4: ``item.type`` works on every item, known or not (type checkers see a
    placeholder literal so that the union narrows; tests/typing/check_responses_narrowing.py)."""
    adapter = TypeAdapter(list[responses.ResponseOutputItem])
    known, new, untyped = adapter.validate_python(
        [
            {"type": "function_call", "call_id": "c1", "name": "f", "arguments": "{}"},
            {"type": "image_generation_call", "result": "aGk="},
            {"result": "x"},
        ]
    )
    assert isinstance(known, responses.ResponseFunctionToolCall)
    assert known.call_id == "c1"
    assert isinstance(new, UnknownVariant)
    assert (new.type, new.result) == ("image_generation_call", "aGk=")
    assert new.to_dict() == {"type": "image_generation_call", "result": "aGk="}
    assert isinstance(untyped, UnknownVariant)
    assert untyped.type is None
    assert untyped.to_dict() == {"result": "x"}
