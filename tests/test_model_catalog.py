"""The model catalog's fields, read tolerantly, and its prices as exact ``Decimal``s (issue 24)."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from poe_sdk._cli.account import models_table
from poe_sdk._model_mixins import decimal_price
from poe_sdk._replies.parse import parse_model
from poe_sdk.types import Model, ModelList

FULL: dict[str, Any] = {
    "id": "Claude-Sonnet-4.5",
    "object": "model",
    "created": 1758868894776,
    "description": "Anthropic's model.",
    "owned_by": "Anthropic",
    "permission": [],
    "root": "Claude-Sonnet-4.5",
    "parent": None,
    "architecture": {
        "input_modalities": ["text", "image"],
        "output_modalities": ["text"],
        "modality": "text,image->text",
    },
    "supported_endpoints": ["/v1/chat/completions", "/v1/responses", "/v1/messages"],
    "supported_features": ["tools", "web_search"],
    "pricing": {
        "prompt": "0.0000026",
        "completion": "0.000013",
        "image": None,
        "request": None,
        "input_cache_read": "0.00000026",
        "input_cache_write": "0.0000032",
    },
    "context_window": {"context_length": 983040, "max_output_tokens": 32768},
    "context_length": 983040,
    "metadata": {
        "display_name": "Claude Sonnet 4.5",
        "image": {"url": "https://x.example/i.png", "alt": "icon", "width": 200, "height": 200},
        "url": "https://poe.com/Claude-Sonnet-4.5",
    },
    "reasoning": {
        "budget": {"max_tokens": 31999, "min_tokens": 0},
        "required": False,
        "supports_reasoning_effort": True,
    },
    "parameters": [
        {
            "name": "thinking_budget",
            "schema": {"type": "number", "minimum": 0, "maximum": 31999},
            "default_value": 0,
            "description": "Token budget for thinking",
        }
    ],
}


def test_every_documented_field_is_typed() -> None:
    model = Model.model_validate(FULL)
    assert model.architecture is not None and model.architecture.input_modalities == [
        "text",
        "image",
    ]
    assert model.supported_endpoints is not None and "/v1/responses" in model.supported_endpoints
    assert model.context_window is not None and model.context_window.max_output_tokens == 32768
    assert model.reasoning is not None and model.reasoning.budget is not None
    assert model.reasoning.budget.max_tokens == 31999
    assert model.metadata is not None and model.metadata.display_name == "Claude Sonnet 4.5"
    assert model.parameters is not None
    (parameter,) = model.parameters
    assert parameter.schema_ == {"type": "number", "minimum": 0, "maximum": 31999}
    assert parameter.default_value == 0
    assert model.to_dict() == FULL


def test_prices_are_exact_decimals() -> None:
    pricing = Model.model_validate(FULL).pricing
    assert pricing is not None
    assert pricing.prompt == "0.0000026"
    assert pricing.prompt_decimal == Decimal("0.0000026")
    assert pricing.completion_decimal == Decimal("0.000013")
    assert pricing.image_decimal is None
    assert pricing.request_decimal is None
    assert pricing.input_cache_read_decimal == Decimal("0.00000026")
    assert pricing.input_cache_write_decimal == Decimal("0.0000032")
    # A million input tokens cost exactly 2.6 USD: no float rounding anywhere.
    assert pricing.prompt_decimal * 1_000_000 == Decimal("2.6")


def test_decimals_include_prices_the_spec_does_not_name_yet() -> None:
    pricing = Model.model_validate(
        {"id": "m", "pricing": {"prompt": "0.1", "audio_output": "0.000002", "video": None}}
    ).pricing
    assert pricing is not None
    assert pricing.decimals() == {"prompt": Decimal("0.1"), "audio_output": Decimal("0.000002")}


def test_a_minimal_entry_and_null_objects_are_read() -> None:
    listed = ModelList.model_validate(
        {
            "data": [
                {"id": "Bare"},
                {"id": "Nulls", "architecture": None, "pricing": None, "reasoning": None},
            ]
        }
    )
    assert [m.id for m in listed.data] == ["Bare", "Nulls"]
    assert listed.data[1].pricing is None


@pytest.mark.parametrize(
    "value", [None, True, float("nan"), float("inf"), "", "abc", "NaN", "Infinity", [], {}]
)
def test_what_is_not_a_decimal_price_is_none(value: object) -> None:
    assert decimal_price(value) is None


def test_a_price_sent_as_a_json_number_is_read_as_written_not_as_binary() -> None:
    assert decimal_price(2.6e-06) == Decimal("0.0000026")
    assert decimal_price(0.1) == Decimal("0.1")  # not 0.1000000000000000055511151231257827
    assert decimal_price(3) == Decimal(3)


def test_a_tolerantly_read_catalog_with_wrong_types_still_answers() -> None:
    body = json.dumps(
        {
            "data": [
                {
                    "id": "Odd",
                    "pricing": {"prompt": 2.6e-06, "completion": "0.1", "image": {}},
                    "architecture": ["text"],
                    "context_window": "big",
                }
            ]
        }
    ).encode()
    reply = httpx.Response(200, content=body, request=httpx.Request("GET", "http://h/v1/models"))
    [model] = parse_model(ModelList, body, reply).data
    assert model.pricing is not None
    assert model.pricing.prompt_decimal == Decimal("0.0000026")
    assert model.pricing.image_decimal is None
    assert model.pricing.decimals() == {
        "prompt": Decimal("0.0000026"),
        "completion": Decimal("0.1"),
    }
    [_, row] = models_table([model])
    assert row.split() == ["Odd", "-", "-", "-", "2.6", "100000"]


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_decimal_strings_round_trip_exactly(value: Decimal) -> None:
    assert decimal_price(str(value)) == value
    assert str(decimal_price(str(value))) == str(value)
