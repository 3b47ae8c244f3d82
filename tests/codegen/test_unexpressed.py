"""Nothing is dropped silently: each construct the generator does not express fails the run
naming its place in the spec, or is listed in a warning."""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from codegen.errors import GenerationError  # noqa: E402
from codegen.render import render  # noqa: E402

BASE: dict[str, Any] = YAML(typ="safe").load((REPO / "openapi.yaml").read_bytes())
CHAT = "/paths/~1v1~1chat~1completions/post"
REQUEST = "/components/schemas/CreateChatCompletionRequest"
Doc = dict[str, Any]


def chat(doc: Doc) -> Doc:
    operation: Doc = doc["paths"]["/v1/chat/completions"]["post"]
    return operation


def history(doc: Doc) -> Doc:
    operation: Doc = doc["paths"]["/usage/points_history"]["get"]
    return operation


def prop(doc: Doc, name: str = "user") -> Doc:
    schema: Doc = doc["components"]["schemas"]["CreateChatCompletionRequest"]["properties"][name]
    return schema


def generate(tmp_path: Path, change: Callable[[Doc], object]) -> dict[str, str]:
    doc = copy.deepcopy(BASE)
    change(doc)
    spec = tmp_path / "openapi.yaml"
    spec.write_text(json.dumps(doc))
    return render(spec)


FAILURES: list[tuple[str, Callable[[Doc], object], str]] = [
    ("not", lambda d: prop(d).update({"not": {"const": "x"}}), f"{REQUEST}/properties/user/not"),
    (
        "prefixItems",
        lambda d: prop(d, "stop").update({"prefixItems": [{"type": "string"}]}),
        f"{REQUEST}/properties/stop/prefixItems",
    ),
    (
        "callbacks",
        lambda d: chat(d).update({"callbacks": {"done": {}}}),
        f"{CHAT}/callbacks",
    ),
    (
        "cookie",
        lambda d: chat(d).update(
            {"parameters": [{"name": "s", "in": "cookie", "schema": {"type": "string"}}]}
        ),
        "cookie parameter 's'",
    ),
    (
        "deepObject",
        lambda d: history(d)["parameters"][0].update({"style": "deepObject"}),
        "query parameter 'limit': style deepObject needs an object; use style form",
    ),
    (
        "content",
        lambda d: history(d)["parameters"].append(
            {
                "name": "filter",
                "in": "query",
                "content": {"application/json": {"schema": {"type": "object"}}},
            }
        ),
        "query parameter 'filter': only parameters with a schema",
    ),
    (
        "object query",
        lambda d: history(d)["parameters"].append(
            {
                "name": "f",
                "in": "query",
                "schema": {"type": "object", "properties": {"a": {"type": "array"}}},
            }
        ),
        "query parameter 'f': only query parameters take objects, and only with scalar values",
    ),
    (
        "pagination items",
        lambda d: history(d)["x-sdk-pagination"].update({"items": "entries"}),
        "x-sdk-pagination items 'entries'",
    ),
    (
        "pagination cursor",
        lambda d: history(d)["x-sdk-pagination"].update({"cursor": "after"}),
        "cursor 'after' is no query parameter",
    ),
    (
        "stream end",
        lambda d: chat(d).update({"x-sdk-stream-end": {"finish": "x"}}),
        "x-sdk-stream-end takes only",
    ),
    (
        "string events",
        lambda d: chat(d)["responses"]["200"]["content"]["text/event-stream"].update(
            {"schema": {"type": "string"}}
        ),
        "an event stream must be an object schema or a union of object schemas",
    ),
    (
        "server variables",
        lambda d: history(d).update({"servers": [{"url": "https://{region}.poe.com"}]}),
        "server variables are not supported",
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"), [f[1:] for f in FAILURES], ids=[f[0] for f in FAILURES]
)
def test_unexpressed_constructs_fail_naming_the_place(
    tmp_path: Path, change: Callable[[Doc], object], expected: str
) -> None:
    with pytest.raises(GenerationError) as info:
        generate(tmp_path, change)
    assert expected in str(info.value)


WARNINGS: list[tuple[str, Callable[[Doc], object], str]] = [
    ("format", lambda d: prop(d).update({"format": "email"}), "/properties/user/format"),
    (
        "uniqueItems",
        lambda d: prop(d, "modalities").update({"uniqueItems": True}),
        "/properties/modalities/uniqueItems",
    ),
    (
        "closed object",
        lambda d: d["components"]["schemas"]["ChatCompletionAudioRequest"].update(
            {"additionalProperties": False}
        ),
        "ChatCompletionAudioRequest/additionalProperties: false is not enforced",
    ),
    ("webhooks", lambda d: d.update({"webhooks": {}}), "/webhooks: webhooks are not generated"),
    (
        "second 2xx",
        lambda d: history(d)["responses"].update(
            {"203": {"description": "x", "content": history(d)["responses"]["200"]["content"]}}
        ),
        "only the 200 application/json reply is parsed",
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"), [w[1:] for w in WARNINGS], ids=[w[0] for w in WARNINGS]
)
def test_harmless_constructs_are_listed_in_warnings(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change: Callable[[Doc], object],
    expected: str,
) -> None:
    generate(tmp_path, change)
    assert expected in capsys.readouterr().err


def test_the_committed_spec_generates_without_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    generate(tmp_path, lambda d: None)
    assert capsys.readouterr().err == ""


def test_deprecated_operations_and_fields_are_documented(tmp_path: Path) -> None:
    def deprecate(doc: Doc) -> None:
        history(doc)["deprecated"] = True
        prop(doc)["deprecated"] = True

    resources = generate(tmp_path, deprecate)["resources.py"]
    assert "Deprecated: calling it issues a DeprecationWarning." in resources
    assert '"""Deprecated. Stable identifier of the end user' in resources
    assert 'deprecated_args=("user", )' in resources


def test_renaming_an_operation_id_keeps_the_public_class_names(tmp_path: Path) -> None:
    def inline_reply(doc: Doc) -> None:
        content = history(doc)["responses"]["200"]["content"]["application/json"]
        content["schema"] = copy.deepcopy(doc["components"]["schemas"]["PointsHistory"])

    def renamed(doc: Doc) -> None:
        inline_reply(doc)
        history(doc)["operationId"] = "fetchPointsLedger"

    before = generate(tmp_path, inline_reply)["models.py"].splitlines()[1:]
    after = generate(tmp_path, renamed)["models.py"].splitlines()[1:]
    assert before == after
    assert any("class UsagePointsHistoryResponse(" in line for line in before)
