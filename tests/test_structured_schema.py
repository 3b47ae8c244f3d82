"""Python types as strict JSON schemas (``poe_sdk.lib``): plain functions, no I/O."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, Literal

import pytest
from pydantic import BaseModel, Field
from typing_extensions import NotRequired, TypedDict

from poe_sdk import RequestValidationError, pydantic_function_tool
from poe_sdk.lib import to_strict_json_schema
from poe_sdk.lib._pydantic_schema import output_type
from poe_sdk.lib._tools import runnable_tools


class Address(BaseModel):
    street: str
    city: str = Field(description="The city")


class Customer(BaseModel):
    name: str
    home: Address
    work: Address | None = None
    tags: list[str] = []


@dataclass
class Line:
    sku: str
    qty: int = 1


class Note(TypedDict):
    text: str
    pinned: NotRequired[bool]


def every_object(schema: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []

    def walk(value: object) -> None:
        if isinstance(value, dict):
            if value.get("type") == "object":
                found.append(value)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(schema)
    return found


@pytest.mark.parametrize("kind", [Customer, Line, Note])
def test_every_object_is_closed_and_requires_every_property(kind: type[Any]) -> None:
    schema = to_strict_json_schema(kind)
    objects = every_object(schema)
    assert objects
    for obj in objects:
        assert obj["additionalProperties"] is False
        assert obj["required"] == list(obj["properties"])
    assert "default" not in repr(schema)


def test_nested_models_are_defs_and_optional_fields_are_nullable() -> None:
    schema = to_strict_json_schema(Customer)
    assert schema["properties"]["home"] == {"$ref": "#/$defs/Address"}
    assert schema["properties"]["work"] == {
        "anyOf": [{"$ref": "#/$defs/Address"}, {"type": "null"}]
    }
    assert schema["$defs"]["Address"]["properties"]["city"] == {
        "type": "string",
        "description": "The city",
    }
    assert schema["properties"]["tags"] == {"type": "array", "items": {"type": "string"}}


def test_a_ref_with_a_description_is_inlined() -> None:
    class Order(BaseModel):
        ship_to: Address = Field(description="Where to")

    prop = to_strict_json_schema(Order)["properties"]["ship_to"]
    assert "$ref" not in prop
    assert prop["description"] == "Where to"
    assert prop["additionalProperties"] is False


class Cat(BaseModel):
    kind: Literal["cat"]
    lives: int


class Dog(BaseModel):
    kind: Literal["dog"]
    good: bool


class Pet(BaseModel):
    pet: Annotated[Cat | Dog, Field(discriminator="kind")]


def test_a_discriminated_union_is_an_any_of_without_the_discriminator_keyword() -> None:
    schema = to_strict_json_schema(Pet)
    assert schema["properties"]["pet"] == {
        "anyOf": [{"$ref": "#/$defs/Cat"}, {"$ref": "#/$defs/Dog"}]
    }
    assert "discriminator" not in repr(schema)
    assert schema["$defs"]["Cat"]["properties"]["kind"] == {"const": "cat", "type": "string"}


class FreeMap(BaseModel):
    counts: dict[str, int]


class Anything(BaseModel):
    value: Any


class Pair(BaseModel):
    pair: tuple[int, str]


class Hook(BaseModel):
    hook: Callable[[int], int]


@pytest.mark.parametrize(
    ("kind", "says"),
    [
        (FreeMap, "field 'counts' of FreeMap is a mapping with free keys"),
        (Anything, "field 'value' of Anything may hold any value"),
        (Pair, "field 'pair' of Pair is a tuple"),
        (Hook, "field 'hook' of Hook has a type with no JSON schema"),
        (int, "a pydantic model, dataclass or TypedDict class is required"),
        (list[Customer], "a pydantic model, dataclass or TypedDict class is required"),
    ],
)
def test_inexpressible_types_are_refused_naming_the_field(kind: Any, says: str) -> None:
    with pytest.raises(RequestValidationError, match=says) as caught:
        output_type(kind)
    assert caught.value.param == "response_format"


def test_schema_and_validator_are_built_once_per_type() -> None:
    assert output_type(Customer) is output_type(Customer)
    assert output_type(Customer).adapter is output_type(Customer).adapter


def test_memory_is_flat_over_10000_parses_with_the_same_type() -> None:
    from poe_sdk.lib._parsing import chat_response_format, parse_chat_completion
    from poe_sdk.types import ChatCompletion

    text = '{"name": "a", "home": {"street": "s", "city": "c"}, "work": null, "tags": []}'
    reply = ChatCompletion.model_validate(
        {
            "id": "c",
            "created": 0,
            "model": "m",
            "choices": [{"index": 0, "finish_reason": "stop", "message": {"content": text}}],
        }
    )
    output = output_type(Customer)

    def work(times: int) -> None:
        for _ in range(times):
            chat_response_format(Customer)
            parse_chat_completion(reply, Customer, None)

    work(100)  # warm up caches
    tracemalloc.start()
    try:
        work(1_000)
        first, _ = tracemalloc.get_traced_memory()
        work(10_000)
        second, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert second - first < 64 * 1024, (first, second)
    assert output is output_type(Customer)


def test_types_made_on_the_fly_do_not_grow_the_cache_without_bound() -> None:
    from pydantic import create_model

    from poe_sdk.lib._pydantic_schema import cache_size

    for n in range(600):
        output_type(create_model(f"Made{n}", value=(int, ...)))
    assert cache_size() <= 512


def test_pydantic_function_tool_is_a_strict_function_definition() -> None:
    tool = pydantic_function_tool(Address, name="lookup", description="Find an address")
    assert tool["type"] == "function"
    function = tool["function"]
    assert function["name"] == "lookup"
    assert function.get("description") == "Find an address"
    assert function.get("strict") is True
    assert function.get("parameters") == to_strict_json_schema(Address)
    default = pydantic_function_tool(Address)
    assert default["function"]["name"] == "Address"
    assert "description" not in default["function"]  # pydantic's boilerplate docstring


def test_python_functions_become_tools_from_their_signature() -> None:
    def book(city: str, nights: int = 1) -> str:
        """Book a hotel."""
        return city

    [tool] = runnable_tools([book])
    assert tool.name == "book"
    assert tool.definition["function"]["description"] == "Book a hotel."
    parameters = tool.definition["function"]["parameters"]
    assert parameters["required"] == ["city", "nights"]
    assert tool.arguments('{"city": "Oslo", "nights": 2}') == ((), {"city": "Oslo", "nights": 2})


def test_tools_that_cannot_run_are_refused() -> None:
    def untyped(city):  # type: ignore[no-untyped-def]
        return city

    with pytest.raises(RequestValidationError, match="'city' of untyped has no type") as caught:
        runnable_tools([untyped])
    assert caught.value.param == "tools[0]"
    with pytest.raises(RequestValidationError, match="has no function to run"):
        runnable_tools([pydantic_function_tool(Address)])
    with pytest.raises(RequestValidationError, match="a Python function or"):
        runnable_tools(["nope"])
    with pytest.raises(RequestValidationError, match="two tools are named 'Address'"):
        runnable_tools(
            [
                pydantic_function_tool(Address, function=print),
                pydantic_function_tool(Address, function=print),
            ]
        )


def test_create_given_a_class_says_to_use_parse_before_any_request() -> None:
    from poe_sdk import PoeClient

    client = PoeClient(api_key="sk-test", base_url="http://127.0.0.1:9/v1")  # never contacted
    with pytest.raises(
        RequestValidationError, match=r"parse\(response_format=Customer\)"
    ) as caught:
        client.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "hi"}], response_format=Customer
        )
    assert caught.value.param == "response_format"
    with pytest.raises(RequestValidationError, match=r"text_format=Customer") as nested:
        client.responses.create(model="m", input="hi", text={"format": Customer})  # type: ignore[typeddict-item]
    assert nested.value.param == "text.format"
    client.close()


class Node(BaseModel):
    name: str
    children: list[Node]


def test_a_recursive_model_is_its_definition_referring_to_itself() -> None:
    from poe_sdk.lib._partial import partial_reader

    schema = to_strict_json_schema(Node)
    assert schema["type"] == "object"
    assert schema["properties"]["children"]["items"] == {"$ref": "#/$defs/Node"}
    assert schema["$defs"]["Node"]["additionalProperties"] is False
    read = partial_reader(Node)
    snapshot = read('{"name": "a", "children": [{"name": "b", "child')
    assert isinstance(snapshot, Node)
    assert snapshot.children[0].name == "b"
    assert "children" not in snapshot.children[0].model_fields_set
