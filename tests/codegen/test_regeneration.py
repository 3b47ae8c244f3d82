"""A spec change reaches the client with no hand edits: a new request field and a new operation."""

from __future__ import annotations

import functools
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

import pytest
import respx
from pydantic import ValidationError
from ruamel.yaml import YAML

from poe_sdk._raw_response import APIResponse, AsyncAPIResponse
from poe_sdk._streaming import AsyncStream
from poe_sdk._sync_stream import Stream

REPO = Path(__file__).resolve().parents[2]
BASE_URL = "https://api.poe.test/v1"

MODEL_SCHEMAS = {
    "ModelList": {
        "type": "object",
        "description": "The models (bots) the server offers.",
        "required": ["object", "data"],
        "properties": {
            "object": {"type": "string", "const": "list"},
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Model"}},
        },
    },
    "Model": {
        "type": "object",
        "description": "One model (bot).",
        "required": ["id"],
        "properties": {
            "id": {"type": "string"},
            "object": {"type": "string", "default": "model"},
            "created": {"type": "integer", "description": "Creation time in milliseconds."},
            "owned_by": {"type": "string"},
            "modalities": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/Modality"},
                "description": "What the model reads, one entry per kind.",
            },
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
LIST_MODELS = {
    "get": {
        "operationId": "listModels",
        "summary": "List the available models.",
        "responses": {
            "200": {
                "description": "The models.",
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/ModelList"}}
                },
            }
        },
    }
}


@pytest.fixture(scope="module")
def tmpgen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """``tmpgen._generated``: openapi.yaml plus a ``verbosity`` field and ``GET /v1/models``."""
    root = tmp_path_factory.mktemp("regen")
    doc: dict[str, Any] = YAML(typ="safe").load((REPO / "openapi.yaml").read_bytes())
    schemas = doc["components"]["schemas"]
    schemas["CreateChatCompletionRequest"]["properties"]["verbosity"] = {
        "type": "string",
        "enum": ["low", "medium", "high"],
        "description": "How verbose the answer should be.",
    }
    schemas.update(MODEL_SCHEMAS)
    doc["paths"]["/v1/models"] = LIST_MODELS
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


def test_new_field_is_in_the_create_signature_and_the_request_model(tmpgen: ModuleType) -> None:
    resources = submodule(tmpgen, "resources")
    models = submodule(tmpgen, "models")
    for resource in (resources.AsyncChatCompletions, resources.ChatCompletions):
        parameter = inspect.signature(resource.create).parameters["verbosity"]
        assert parameter.kind is inspect.Parameter.KEYWORD_ONLY
        assert parameter.default is None
        hints = typing.get_type_hints(
            resource.create,
            localns={
                "AsyncStream": AsyncStream,
                "Stream": Stream,
                "AsyncAPIResponse": AsyncAPIResponse,
                "APIResponse": APIResponse,
            },
        )
        assert hints["verbosity"] == typing.Optional[Literal["low", "medium", "high"]]  # noqa: UP045

    request = models.CreateChatCompletionRequest
    assert "verbosity" in request.model_fields
    valid = {"model": "m", "messages": [{"role": "user", "content": "hi"}], "verbosity": "low"}
    assert request.model_validate(valid).model_dump(exclude_unset=True)["verbosity"] == "low"
    with pytest.raises(ValidationError):
        request.model_validate({**valid, "verbosity": "extreme"})


def test_new_operation_gets_a_resource_and_a_list_method(tmpgen: ModuleType) -> None:
    resources = submodule(tmpgen, "resources")
    models = submodule(tmpgen, "models")
    operation = resources.LIST_MODELS
    assert (operation.method, operation.path, operation.body_model) == ("GET", "/models", None)
    assert operation.response_model is models.ModelList
    assert operation.stream_flag is None
    for cls in (
        resources.AsyncModels,
        resources.Models,
        resources.AsyncModelsWithRawResponse,
        resources.ModelsWithRawResponse,
    ):
        assert inspect.signature(cls.list).parameters.keys() >= {"extra_headers", "timeout"}
        assert "fallback_models" not in inspect.signature(cls.list).parameters
    for root in (resources.AsyncRootResources, resources.SyncRootResources):
        assert isinstance(root.__dict__["models"], functools.cached_property)


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
        async with Client(api_key="sk-test", base_url=BASE_URL) as client:
            reply = await client.chat.completions.create(
                model="m", messages=[{"role": "user", "content": "hi"}], verbosity="low"
            )
            listed = await client.models.list()
    sent = json.loads(chat.calls.last.request.content)
    assert sent == {
        "model": "m",
        "messages": [{"role": "user", "content": "hi"}],
        "verbosity": "low",
    }
    assert isinstance(reply, models.ChatCompletion)
    assert isinstance(listed, models.ModelList)
    assert listed.data[0].id == "Claude-Sonnet-4"
    assert listed.data[0].owned_by == "poe"


def test_a_reply_union_reads_an_unknown_tag_as_an_unknown_variant(tmpgen: ModuleType) -> None:
    from poe_sdk import UnknownVariant
    from poe_sdk._tolerant import Reading, read_model

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
