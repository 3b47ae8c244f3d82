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
