"""``x-sdk-mixin``: a generated model inherits hand-written behaviour named in the spec."""

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


def generate(tmp_path: Path, schema: str, mixin: object) -> str:
    doc = copy.deepcopy(BASE)
    doc["components"]["schemas"][schema]["x-sdk-mixin"] = mixin
    spec = tmp_path / "openapi.yaml"
    spec.write_text(json.dumps(doc))
    return render(spec)["models.py"]


def test_the_mixin_comes_before_the_pydantic_base_and_is_imported_once(tmp_path: Path) -> None:
    models = generate(tmp_path, "ChatCompletion", "ResponseOutputTextMixin")
    assert "class Response(ResponseOutputTextMixin, ResponseModel):" in models
    assert "class ChatCompletion(ResponseOutputTextMixin, ResponseModel):" in models
    assert models.count("from poe_sdk._model_mixins import ResponseOutputTextMixin") == 1


def test_a_request_model_can_have_one(tmp_path: Path) -> None:
    models = generate(tmp_path, "NamedFunction", "ResponseOutputTextMixin")
    assert "class NamedFunction(ResponseOutputTextMixin, RequestModel):" in models


@pytest.mark.parametrize(
    ("mixin", "message"),
    [
        ("not a name", "x-sdk-mixin must name a class, got 'not a name'"),
        (3, "x-sdk-mixin must name a class, got 3"),
        ("class", "x-sdk-mixin must name a class, got 'class'"),
        ("ChatCompletion", "x-sdk-mixin 'ChatCompletion' is also a generated name"),
    ],
)
def test_a_wrong_mixin_fails_naming_the_schema(tmp_path: Path, mixin: object, message: str) -> None:
    with pytest.raises(GenerationError) as info:
        generate(tmp_path, "Model", mixin)
    assert str(info.value) == f"schema Model: {message}"
