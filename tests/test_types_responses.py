"""``poe_sdk.types.responses``: the Responses API's names, openai's spellings as aliases."""

from __future__ import annotations

from poe_sdk import types
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
        if name == "ParsedResponse":  # the result of responses.parse, from poe_sdk.lib
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
