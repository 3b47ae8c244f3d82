"""``x-sdk-helpers``: generated resources inherit the endpoint helpers of ``poe_sdk.lib``."""

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


def generate(tmp_path: Path, helpers: object) -> str:
    doc = copy.deepcopy(BASE)
    doc["paths"]["/v1/chat/completions"]["post"]["x-sdk-helpers"] = helpers
    spec = tmp_path / "openapi.yaml"
    spec.write_text(json.dumps(doc))
    return render(spec)["resources.py"]


def test_the_spec_attaches_the_helpers_to_both_clients() -> None:
    resources = (REPO / "src/poe_sdk/_generated/resources.py").read_text()
    assert "class AsyncChatCompletions(AsyncChatCompletionsHelpers, AsyncAPIResource):" in resources
    assert "class ChatCompletions(ChatCompletionsHelpers, SyncAPIResource):" in resources
    assert "class AsyncResponses(AsyncResponsesHelpers, AsyncAPIResource):" in resources
    # Raw twins stay plain: the helpers return parsed results, not HTTP responses.
    assert "class ChatCompletionsWithRawResponse(SyncAPIResource):" in resources


def test_replaced_arguments_are_left_out_of_the_helper_args(tmp_path: Path) -> None:
    resources = generate(tmp_path, {"mixin": "ChatCompletionsHelpers", "replaced": ["seed"]})
    # The keys both share are written once, in an open base both close with extra_items.
    shared = resources.split("class _ChatCompletionsCreateSharedArgs(")[1].split("\nclass ")[0]
    assert "    temperature: float | NotGiven | Omit | None" in shared
    assert "    seed:" not in shared
    assert "    response_format:" in shared
    closed = "    _ChatCompletionsCreateSharedArgs, total=False, extra_items=UnknownArgument"
    args = resources.split("class ChatCompletionsCreateArgs(")[1].split("\nclass ")[0]
    assert closed in args
    assert "    seed: int | NotGiven | Omit | None" in args
    helper_args = resources.split("class ChatCompletionsCreateHelperArgs(")[1].split("\nclass ")[0]
    assert closed in helper_args
    assert "    seed:" not in helper_args


@pytest.mark.parametrize(
    ("helpers", "message"),
    [
        ("Helpers", "x-sdk-helpers needs a `mixin` class name, got 'Helpers'"),
        ({"mixin": "not a name"}, "x-sdk-helpers needs a `mixin` class name"),
        ({"mixin": "H", "replaced": "seed"}, "x-sdk-helpers `replaced` must list argument names"),
        ({"mixin": "H", "replaced": ["nope"]}, "x-sdk-helpers replaces unknown arguments ['nope']"),
    ],
)
def test_a_wrong_helpers_extension_fails_naming_the_operation(
    tmp_path: Path, helpers: object, message: str
) -> None:
    with pytest.raises(GenerationError, match="chat/completions") as info:
        generate(tmp_path, helpers)
    assert message in str(info.value)
