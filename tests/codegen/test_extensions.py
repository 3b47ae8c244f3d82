"""The spec extensions that carry endpoint knowledge out of the core (issue 22):
``x-sdk-stream-accumulator`` names a class by its import path, ``x-sdk-typed-argument`` marks
an argument the request model types all the way down."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from codegen.errors import GenerationError  # noqa: E402
from codegen.render import render  # noqa: E402

BASE: dict[str, Any] = YAML(typ="safe").load((REPO / "openapi.yaml").read_bytes())
CHAT = ("/v1/chat/completions", "post")


def generate(tmp_path: Path, doc: dict[str, Any]) -> str:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(json.dumps(doc))
    return render(spec)["resources.py"]


def test_the_accumulator_is_imported_from_the_path_the_spec_names(tmp_path: Path) -> None:
    doc = copy.deepcopy(BASE)
    doc["paths"][CHAT[0]][CHAT[1]]["x-sdk-stream-accumulator"] = "my_pkg.streams.Assembler"
    resources = generate(tmp_path, doc)
    assert "from my_pkg.streams import Assembler\n" in resources
    assert "    accumulator=Assembler,\n" in resources
    assert '"Assembler"' not in resources.split("__all__")[1].split("]")[0]


@pytest.mark.parametrize("value", ["ChatCompletionAccumulator", "poe_sdk.lib.not a name", 3])
def test_an_accumulator_not_named_by_its_import_path_fails(tmp_path: Path, value: object) -> None:
    doc = copy.deepcopy(BASE)
    doc["paths"][CHAT[0]][CHAT[1]]["x-sdk-stream-accumulator"] = value
    with pytest.raises(GenerationError, match="chat/completions") as info:
        generate(tmp_path, doc)
    assert "x-sdk-stream-accumulator must name a class by its import path" in str(info.value)


def test_typed_arguments_are_carried_on_the_operation(tmp_path: Path) -> None:
    doc = copy.deepcopy(BASE)
    schema = doc["components"]["schemas"]["CreateChatCompletionRequest"]["properties"]
    schema["tools"]["x-sdk-typed-argument"] = True
    resources = generate(tmp_path, doc)
    assert 'typed_arguments=frozenset({"messages", "tools"}),' in resources
    schema["tools"]["x-sdk-typed-argument"] = "yes"
    with pytest.raises(GenerationError, match="x-sdk-typed-argument of 'tools' must be a boolean"):
        generate(tmp_path, doc)


def event_doc(flag: object) -> dict[str, Any]:
    """An operation whose ``format`` field selects JSON or an event stream."""
    body = {
        "type": "object",
        "required": ["input"],
        "properties": {
            "input": {"type": "string"},
            "format": {"type": "string", "enum": ["json", "events"]},
        },
    }
    event = {"type": "object", "properties": {"type": {"type": "string"}}}
    reply = {"type": "object", "properties": {"id": {"type": "string"}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Fixture", "version": "1"},
        "servers": [{"url": "https://api.example.com/v1"}],
        "paths": {
            "/jobs": {
                "post": {
                    "operationId": "createJob",
                    "x-sdk-stream-flag": flag,
                    "x-sdk-stream-end": {"done": None, "final-events": ["job.done"]},
                    "requestBody": {"content": {"application/json": {"schema": body}}},
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Job"}
                                },
                                "text/event-stream": {
                                    "schema": {"$ref": "#/components/schemas/JobEvent"}
                                },
                            },
                        }
                    },
                }
            }
        },
        "components": {"schemas": {"Job": reply, "JobEvent": event}},
    }


def test_any_value_of_a_field_may_select_the_event_stream(tmp_path: Path) -> None:
    resources = generate(tmp_path, event_doc({"field": "format", "value": "events"}))
    assert '    stream_flag="format",\n    stream_value="events",\n' in resources
    assert 'format: Literal["json"] | None = None' in resources
    assert 'format: Literal["events"], **kwargs: Unpack[JobsCreateArgs]' in resources
    assert ") -> AsyncStream[JobEvent]: ..." in resources
    assert ") -> Job | AsyncStream[JobEvent]: ..." in resources  # format: str


@pytest.mark.parametrize(
    ("flag", "message"),
    [
        ({"field": "format", "value": "xml"}, "value 'xml' is not one of 'format''s values"),
        ({"field": "nope", "value": "events"}, "x-sdk-stream-flag must name a body field"),
        ("format", "x-sdk-stream-flag 'format' is not a boolean; say which value"),
        ({"field": "format", "value": [1]}, "needs a string, number or boolean value"),
    ],
)
def test_a_wrong_stream_flag_fails_naming_the_operation(
    tmp_path: Path, flag: object, message: str
) -> None:
    with pytest.raises(GenerationError, match="POST /jobs") as info:
        generate(tmp_path, event_doc(flag))
    assert message in str(info.value)
