"""A spec change reaches the client with no hand edits: a new request field and a new operation."""

from __future__ import annotations

import importlib
import inspect
import json
import subprocess
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

import httpx
import pytest
import respx
import typing_extensions
from pydantic import ValidationError
from ruamel.yaml import YAML
from typing_extensions import Required

from poe_sdk import NotGiven, Omit, RequestValidationError
from poe_sdk._replies.raw_response import APIResponse, AsyncAPIResponse
from poe_sdk._replies.streaming import AsyncStream
from poe_sdk._request.operation import Child
from poe_sdk._sync.stream import Stream

REPO = Path(__file__).resolve().parents[2]
BASE_URL = "https://api.poe.test/v1"

RESPONSE_SCHEMAS: dict[str, Any] = {
    "OutputTextDelta": {
        "type": "object",
        "required": ["type", "delta"],
        "properties": {
            "type": {"type": "string", "const": "response.output_text.delta"},
            "delta": {"type": "string"},
        },
    },
    "Completed": {
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"type": "string", "const": "response.completed"}},
    },
    "StreamEvent": {
        "oneOf": [
            {"$ref": "#/components/schemas/OutputTextDelta"},
            {"$ref": "#/components/schemas/Completed"},
        ],
        "discriminator": {"propertyName": "type"},
    },
    "Reply": {"type": "object", "properties": {"id": {"type": "string"}}},
    "Item": {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "string"}, "secret": {"type": "string", "readOnly": True}},
    },
    "ItemPage": {
        "type": "object",
        "properties": {
            "items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
            "more": {"type": "boolean"},
        },
    },
    "Modality": {
        "description": "One kind of input, selected by `kind`.",
        "oneOf": [
            {"$ref": "#/components/schemas/TextModality"},
            {"$ref": "#/components/schemas/ImageModality"},
        ],
        "discriminator": {"propertyName": "kind"},
    },
    "TextModality": {
        "type": "object",
        "description": "Text input.",
        "required": ["kind", "max_tokens"],
        "properties": {"kind": {"const": "text"}, "max_tokens": {"type": "integer"}},
    },
    "ImageModality": {
        "type": "object",
        "description": "Image input.",
        "required": ["kind"],
        "properties": {"kind": {"const": "image"}, "formats": {"type": "array"}},
    },
}
# A Responses-style operation: an inline body (camelCase and keyword fields, a required
# header, a deprecated field), JSON or union-typed SSE events that end with a final event.
CREATE_RESPONSE: dict[str, Any] = {
    "post": {
        "operationId": "createResponse",
        "x-sdk-name": "Response Create",
        "parameters": [
            {"name": "OpenAI-Beta", "in": "header", "required": True, "schema": {"type": "string"}}
        ],
        "x-sdk-stream-end": {"done": None, "final-events": ["response.completed"]},
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": ["model"],
                        "properties": {
                            "model": {"type": "string"},
                            "maxOutputTokens": {"type": "integer", "minimum": 1},
                            "list": {"type": "string"},
                            "legacy": {"type": "string", "deprecated": True},
                            "instructions": {"type": ["string", "null"]},
                            "stream": {"type": "boolean"},
                        },
                    }
                }
            },
        },
        "responses": {
            "200": {
                "description": "The reply or its events.",
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Reply"}},
                    "text/event-stream": {"schema": {"$ref": "#/components/schemas/StreamEvent"}},
                },
            }
        },
    }
}
# Paged, on another server, with an array query parameter (explode: false), deprecated.
LIST_ITEMS: dict[str, Any] = {
    "get": {
        "operationId": "listItems",
        "deprecated": True,
        "servers": [{"url": "https://files.poe.com/api"}],
        "x-sdk-pagination": {
            "items": "items",
            "has-more": "more",
            "cursor": "after",
            "cursor-field": "id",
        },
        "parameters": [
            {"name": "after", "in": "query", "schema": {"type": "string"}},
            {
                "name": "ids",
                "in": "query",
                "explode": False,
                "schema": {"type": "array", "items": {"type": "integer"}},
            },
        ],
        "responses": {
            "200": {
                "description": "A page.",
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/ItemPage"}}
                },
            }
        },
    }
}
RETRIEVE_MODEL: dict[str, Any] = {
    "get": {
        "operationId": "retrieveModel",
        "parameters": [
            {"name": "model", "in": "path", "required": True, "schema": {"type": "string"}}
        ],
        "responses": {
            "200": {
                "description": "The model.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Model"}}},
            }
        },
    }
}


@pytest.fixture(scope="module")
def tmpgen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """``tmpgen._generated``: openapi.yaml plus a ``verbosity`` field and new operations."""
    root = tmp_path_factory.mktemp("regen")
    doc: dict[str, Any] = YAML(typ="safe").load((REPO / "openapi.yaml").read_bytes())
    schemas = doc["components"]["schemas"]
    schemas["CreateChatCompletionRequest"]["properties"]["verbosity"] = {
        "type": "string",
        "enum": ["low", "medium", "high"],
        "description": "How verbose the answer should be.",
    }
    schemas.update(RESPONSE_SCHEMAS)
    schemas["Model"]["properties"]["modalities"] = {
        "type": "array",
        "items": {"$ref": "#/components/schemas/Modality"},
        "description": "What the model reads, one entry per kind.",
    }
    doc["paths"]["/v1/responses"] = CREATE_RESPONSE  # replaces the real createResponse
    del schemas["CreateResponseRequest"]  # its body, which nothing else uses
    doc["paths"]["/items"] = LIST_ITEMS
    doc["paths"]["/v1/models/{model}"] = RETRIEVE_MODEL
    spec = root / "openapi.yaml"
    spec.write_text(json.dumps(doc, indent=1))  # JSON is YAML
    package = root / "tmpgen"
    package.mkdir()
    (package / "__init__.py").write_text("")
    generator = [sys.executable, str(REPO / "codegen" / "generate.py")]
    result = subprocess.run(
        [*generator, "--spec", str(spec), "--out", str(package / "_generated")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module("tmpgen._generated")
    finally:
        sys.path.remove(str(root))
        for name in [n for n in sys.modules if n == "tmpgen" or n.startswith("tmpgen.")]:
            del sys.modules[name]


def submodule(tmpgen: ModuleType, name: str) -> ModuleType:
    return importlib.import_module(f"{tmpgen.__name__}.{name}")


@pytest.mark.skipif(sys.version_info < (3, 11), reason="typing.get_overloads needs 3.11")
def test_new_field_is_in_the_create_signature_and_the_request_model(tmpgen: ModuleType) -> None:
    resources = submodule(tmpgen, "resources")
    models = submodule(tmpgen, "models")
    arguments = resources.ChatCompletionsCreateArgs  # every create method's **kwargs
    assert "verbosity" in arguments.__optional_keys__
    hints = typing.get_type_hints(arguments, localns={"httpx": httpx})
    # NOT_GIVEN and Omit() leave it out, as openai's arguments (issue 22)
    verbosity = typing.Union[Literal["low", "medium", "high"], NotGiven, Omit, None]  # noqa: UP007
    assert hints["verbosity"] == verbosity
    localns = {
        "AsyncStream": AsyncStream,
        "Stream": Stream,
        "AsyncAPIResponse": AsyncAPIResponse,
        "APIResponse": APIResponse,
    }
    for resource in (resources.AsyncChatCompletions, resources.ChatCompletions):
        for variant in typing.get_overloads(resource.create):
            kwargs = typing.get_type_hints(variant, localns=localns)["kwargs"]
            assert typing.get_args(kwargs) == (arguments,)  # Unpack[ChatCompletionsCreateArgs]

    request = models.CreateChatCompletionRequest
    assert "verbosity" in request.model_fields
    valid = {"model": "m", "messages": [{"role": "user", "content": "hi"}], "verbosity": "low"}
    assert request.model_validate(valid).model_dump(exclude_unset=True)["verbosity"] == "low"
    with pytest.raises(ValidationError):
        request.model_validate({**valid, "verbosity": "extreme"})


def test_new_operations_get_resources_and_methods(tmpgen: ModuleType) -> None:
    resources = submodule(tmpgen, "resources")
    models = submodule(tmpgen, "models")
    operation = resources.LIST_MODELS
    assert (operation.method, operation.path, operation.body_model) == ("GET", "/models", None)
    assert operation.response_model is models.ModelList
    assert operation.stream_flag is None
    assert {"extra_headers", "timeout"} <= resources.ModelsListArgs.__optional_keys__
    assert "fallback_models" not in resources.ModelsListArgs.__optional_keys__
    assert "fallback_models" in resources.ChatCompletionsCreateArgs.__optional_keys__
    for cls in (resources.AsyncModels, resources.Models):
        retrieve = inspect.signature(cls.retrieve).parameters["model"]
        assert retrieve.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    for root in (resources.AsyncRootResources, resources.SyncRootResources):
        assert isinstance(root.__dict__["models"], Child)  # made on first access, then kept


def test_required_arguments_are_required_in_every_signature(tmpgen: ModuleType) -> None:
    resources = submodule(tmpgen, "resources")

    def required(arguments: type) -> set[str]:
        hints = typing.get_type_hints(arguments, localns={"httpx": httpx}, include_extras=True)
        return {k for k, v in hints.items() if typing_extensions.get_origin(v) is Required}

    arguments = resources.ResponseCreateArgs  # the **kwargs of every create overload
    assert required(arguments) == {"model", "open_ai_beta"}
    assert "secret" not in arguments.__annotations__  # readOnly: not an argument
    assert required(resources.UsagePointsHistoryArgs) == set()
    assert "limit" in resources.UsagePointsHistoryArgs.__annotations__
    assert required(resources.ChatCompletionsCreateArgs) == {"model", "messages"}
    for cls in (resources.AsyncModels, resources.Models):
        parameter = inspect.signature(cls.retrieve).parameters["model"]
        assert parameter.default is inspect.Parameter.empty


def test_inline_bodies_are_named_by_x_sdk_name_not_the_operation_id(tmpgen: ModuleType) -> None:
    models = submodule(tmpgen, "models")
    assert "ResponseCreateRequest" in models.__all__
    assert not any(name.startswith("CreateResponse") for name in models.__all__)


# The client is hand-written (poe_sdk._client); the regenerated resources are mixed in ahead of
# the committed ones, exactly as AsyncPoeClient(AsyncRootResources) does with the real package.
@pytest.mark.anyio
async def test_client_sends_the_new_field_and_parses_the_new_operation(
    tmpgen: ModuleType,
) -> None:
    from poe_sdk._client import AsyncPoeClient

    resources = submodule(tmpgen, "resources")
    models = submodule(tmpgen, "models")

    class Client(resources.AsyncRootResources, AsyncPoeClient):  # type: ignore[misc,name-defined]
        pass

    completion = {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1700000000,
        "model": "m",
        "choices": [{"index": 0, "message": {"content": "hi"}, "finish_reason": "stop"}],
    }
    model_list = {
        "object": "list",
        "data": [{"id": "Claude-Sonnet-4", "object": "model", "created": 1, "owned_by": "poe"}],
    }
    with respx.mock(base_url=BASE_URL, assert_all_called=True) as router:
        chat = router.post("/chat/completions").respond(json=completion)
        router.get("/models").respond(json=model_list)
        one = router.get("/models/a%2Fb").respond(json={"id": "a/b"})
        async with Client(api_key="sk-test", base_url=BASE_URL) as client:
            reply = await client.chat.completions.create(
                model="m", messages=[{"role": "user", "content": "hi"}], verbosity="low"
            )
            listed = await client.models.list()
            retrieved = await client.models.retrieve("a/b")
    sent = json.loads(chat.calls.last.request.content)
    assert sent == {
        "model": "m",
        "messages": [{"role": "user", "content": "hi"}],
        "verbosity": "low",
    }
    assert isinstance(reply, models.ChatCompletion)
    assert isinstance(listed.reply, models.ModelList)
    assert listed.data[0].id == "Claude-Sonnet-4"
    assert listed.data[0].owned_by == "poe"
    assert isinstance(retrieved, models.Model)
    assert one.called


def test_a_reply_union_reads_an_unknown_tag_as_an_unknown_variant(tmpgen: ModuleType) -> None:
    from poe_sdk import UnknownVariant
    from poe_sdk._replies.parse import Reading, read_model

    models = submodule(tmpgen, "models")
    reply = {
        "object": "list",
        "data": [
            {
                "id": "m",
                "modalities": [
                    {"kind": "text", "max_tokens": 10},
                    {"kind": "video", "fps": 30},
                ],
            }
        ],
    }
    listing = models.ModelList.model_validate(reply)  # the fast path: no error
    text, video = listing.data[0].modalities
    assert isinstance(text, models.TextModality)
    assert text.max_tokens == 10
    assert isinstance(video, UnknownVariant)
    assert video.kind == "video"
    assert video.fps == 30
    # A known tag whose fields deviate is still that variant when read tolerantly.
    reply["data"][0]["modalities"][0]["max_tokens"] = "many"
    with pytest.raises(ValidationError):
        models.ModelList.model_validate(reply)
    reading = Reading()
    listing = read_model(models.ModelList, reply, reading)
    assert isinstance(listing.data[0].modalities[0], models.TextModality)
    assert listing.data[0].modalities[0].max_tokens == "many"  # kept as sent
    assert any("max_tokens" in p for p in reading.problems)
    assert any("does not know" in p for p in reading.problems)


RESPONSE_EVENTS = (
    b"event: response.output_text.delta\n"
    b'data: {"type": "response.output_text.delta", "delta": "Hi"}\n\n'
    b'event: response.completed\ndata: {"type": "response.completed"}\n\n'
)
ITEMS_URL = "https://api.poe.test/api/items"


def item_pages(request: httpx.Request) -> httpx.Response:
    after = request.url.params.get("after")
    if after is None:
        return httpx.Response(200, json={"items": [{"id": "i1"}, {"id": "i2"}], "more": True})
    return httpx.Response(200, json={"items": [{"id": "i3"}], "more": False})


def mock_new_operations(router: respx.MockRouter) -> respx.Route:
    responses = router.post(f"{BASE_URL}/responses")
    responses.side_effect = lambda request: (
        httpx.Response(200, content=RESPONSE_EVENTS, headers={"content-type": "text/event-stream"})
        if json.loads(request.content).get("stream")
        else httpx.Response(200, json={"id": "r1"})
    )
    router.get(ITEMS_URL).mock(side_effect=item_pages)
    return responses


def check_new_operation_requests(route: respx.Route, items: list[httpx.Request]) -> None:
    first = route.calls[0].request
    assert first.headers["openai-beta"] == "v1"
    assert json.loads(first.content) == {"model": "m", "maxOutputTokens": 5, "list": "x"}
    assert [r.url.params.multi_items() for r in items] == [
        [("ids", "1,2")],
        [("after", "i2"), ("ids", "1,2")],
    ]


@pytest.mark.anyio
async def test_new_operations_work_on_the_async_client(tmpgen: ModuleType) -> None:
    from poe_sdk._client import AsyncPoeClient

    resources = submodule(tmpgen, "resources")
    models = submodule(tmpgen, "models")

    class Client(resources.AsyncRootResources, AsyncPoeClient):  # type: ignore[misc,name-defined]
        pass

    with respx.mock(assert_all_called=True) as router:
        route = mock_new_operations(router)
        async with Client(api_key="sk-test", base_url=BASE_URL) as client:
            reply = await client.responses.create(
                model="m", open_ai_beta="v1", max_output_tokens=5, list_="x"
            )
            stream = await client.responses.create(model="m", open_ai_beta="v1", stream=True)
            events = [event async for event in stream]
            with pytest.warns(DeprecationWarning, match="legacy"):
                await client.responses.create(model="m", open_ai_beta="v1", legacy="old")
            await client.responses.create(model="m", open_ai_beta="v1", instructions=None)
            null_sent = json.loads(route.calls.last.request.content)
            await client.responses.create(model="m", open_ai_beta="v1", max_output_tokens=None)
            none_sent = json.loads(route.calls.last.request.content)
            with pytest.warns(DeprecationWarning, match="listItems"):
                ids = [item.id async for item in client.items.list(ids=[1, 2])]
            with pytest.raises(RequestValidationError, match=r"maxOutputTokens"):
                await client.responses.create(model="m", open_ai_beta="v1", max_output_tokens=0)
        items = [c.request for c in router.calls if c.request.url.path == "/api/items"]
    assert isinstance(reply, models.Reply)
    assert [type(e).__name__ for e in events] == ["OutputTextDelta", "Completed"]
    assert stream.completed
    assert null_sent == {"model": "m", "instructions": None}  # nullable: None is JSON null
    assert none_sent == {"model": "m"}  # elsewhere None is "not given"
    assert ids == ["i1", "i2", "i3"]
    check_new_operation_requests(route, items)


def test_new_operations_work_on_the_sync_client(tmpgen: ModuleType) -> None:
    from poe_sdk._sync.client import PoeClient

    resources = submodule(tmpgen, "resources")
    models = submodule(tmpgen, "models")

    class Client(resources.SyncRootResources, PoeClient):  # type: ignore[misc,name-defined]
        pass

    with respx.mock(assert_all_called=True) as router:
        route = mock_new_operations(router)
        with Client(api_key="sk-test", base_url=BASE_URL) as client:
            reply = client.responses.create(
                model="m", open_ai_beta="v1", max_output_tokens=5, list_="x"
            )
            with client.responses.create(model="m", open_ai_beta="v1", stream=True) as stream:
                events = list(stream)
            with pytest.warns(DeprecationWarning, match="listItems"):
                page = client.items.list(ids=[1, 2])
            ids = [item.id for item in page]
        items = [c.request for c in router.calls if c.request.url.path == "/api/items"]
    assert isinstance(reply, models.Reply)
    assert [type(e).__name__ for e in events] == ["OutputTextDelta", "Completed"]
    assert ids == ["i1", "i2", "i3"]
    check_new_operation_requests(route, items)
