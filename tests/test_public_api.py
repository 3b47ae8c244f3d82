"""The public surface: ``__all__`` is complete and importable, and ``import poe_sdk`` is cheap."""

from __future__ import annotations

import subprocess
import sys

import pytest

import poe_sdk
from poe_sdk import types


def test_every_name_in_all_resolves() -> None:
    for name in poe_sdk.__all__:
        assert getattr(poe_sdk, name) is not None, name
    assert sorted(dir(poe_sdk)) == sorted(poe_sdk.__all__)


def test_binary_replies_and_file_uploads_have_public_names() -> None:
    from poe_sdk._replies.binary import AsyncBinaryResponse, BinaryResponse
    from poe_sdk._request.multipart import FileTypes

    for name in ("AsyncBinaryResponse", "BinaryResponse", "FileTypes"):
        assert name in poe_sdk.__all__, name
    assert poe_sdk.AsyncBinaryResponse is AsyncBinaryResponse
    assert poe_sdk.BinaryResponse is BinaryResponse
    assert poe_sdk.FileTypes == FileTypes


def test_unknown_attributes_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = poe_sdk.Nope  # type: ignore[attr-defined]


def test_types_exports_the_generated_models_and_params() -> None:
    for name in ("ChatCompletion", "ChatCompletionChunk", "CreateChatCompletionRequest"):
        assert name in types.__all__
    assert "ChatCompletionRequestUserMessageParam" in types.__all__
    for name in types.__all__:
        assert hasattr(types, name), name


def test_exceptions_follow_the_openai_tree() -> None:
    assert issubclass(poe_sdk.APIError, poe_sdk.PoeError)
    assert issubclass(poe_sdk.APIStatusError, poe_sdk.APIError)
    assert issubclass(poe_sdk.RateLimitError, poe_sdk.APIStatusError)
    assert issubclass(poe_sdk.APIResponseValidationError, poe_sdk.APIError)
    assert issubclass(poe_sdk.PaginationCycleError, poe_sdk.APIResponseValidationError)
    assert issubclass(poe_sdk.RequestValidationError, ValueError)


def test_import_poe_sdk_loads_no_http_or_model_stack() -> None:
    code = (
        "import sys, poe_sdk; "
        "print(sorted(m for m in ('httpx', 'pydantic', 'anyio') if m in sys.modules))"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == "[]"


def test_types_chat_has_the_openai_names_as_aliases_of_ours() -> None:
    from poe_sdk.types import chat

    ours = {
        "ChatCompletion": "ChatCompletion",
        "ChatCompletionChunk": "ChatCompletionChunk",
        "ChatCompletionMessage": "ChatCompletionMessage",
        "ChatCompletionMessageToolCall": "ChatCompletionMessageToolCall",
        "ChatCompletionMessageFunctionToolCall": "ChatCompletionMessageToolCall",
        "ChatCompletionTokenLogprob": "TokenLogprob",
        "ChatCompletionReasoningEffort": "ReasoningEffort",
        "ChatCompletionMessageParam": "ChatCompletionRequestMessageParam",
        "ChatCompletionSystemMessageParam": "ChatCompletionRequestSystemMessageParam",
        "ChatCompletionDeveloperMessageParam": "ChatCompletionRequestDeveloperMessageParam",
        "ChatCompletionUserMessageParam": "ChatCompletionRequestUserMessageParam",
        "ChatCompletionAssistantMessageParam": "ChatCompletionRequestAssistantMessageParam",
        "ChatCompletionToolMessageParam": "ChatCompletionRequestToolMessageParam",
        "ChatCompletionContentPartParam": "ChatCompletionRequestUserContentPartParam",
        "ChatCompletionContentPartTextParam": "ChatCompletionRequestMessageContentPartTextParam",
        "ChatCompletionContentPartImageParam": "ChatCompletionRequestMessageContentPartImageParam",
        "ChatCompletionContentPartInputAudioParam": (
            "ChatCompletionRequestMessageContentPartAudioParam"
        ),
        "ChatCompletionContentPartRefusalParam": (
            "ChatCompletionRequestMessageContentPartRefusalParam"
        ),
        "ChatCompletionMessageToolCallParam": "ChatCompletionRequestMessageToolCallParam",
        "ChatCompletionToolParam": "ChatCompletionToolParam",
        "ChatCompletionFunctionToolParam": "ChatCompletionToolParam",
        "ChatCompletionToolChoiceOptionParam": "ChatCompletionToolChoiceOptionParam",
        "ChatCompletionNamedToolChoiceParam": "ChatCompletionNamedToolChoiceParam",
        "ChatCompletionStreamOptionsParam": "ChatCompletionStreamOptionsParam",
        "CompletionCreateParams": "CreateChatCompletionRequestParam",
    }
    parsed = {
        "ParsedChatCompletion",
        "ParsedChatCompletionMessage",
        "ParsedChoice",
        "ParsedFunction",
        "ParsedFunctionToolCall",
    }
    assert sorted(chat.__all__) == sorted([*ours, *parsed])
    for openai_name, our_name in ours.items():
        assert getattr(chat, openai_name) is getattr(types, our_name), openai_name
    for name in parsed:  # the results of chat.completions.parse (poe_sdk.lib)
        assert getattr(chat, name).__module__ == "poe_sdk.lib._types", name


def test_reliability_names_are_exported() -> None:
    for name in ("ClientClosedError", "ResponseLimits", "ResponseTooLargeError"):
        assert name in poe_sdk.__all__, name
    assert issubclass(poe_sdk.ResponseTooLargeError, poe_sdk.APIError)
    assert not issubclass(poe_sdk.ResponseTooLargeError, poe_sdk.APIConnectionError)  # no retry


def test_the_imports_type_checkers_read_are_the_lazy_public_names() -> None:
    """``__init__.py`` imports each lazy name for type checkers under ``TYPE_CHECKING``: the
    same names, from the same modules, as its runtime table."""
    import ast
    from pathlib import Path

    tree = ast.parse(Path(poe_sdk.__file__).read_text(encoding="utf-8"))
    [block] = [
        node
        for node in tree.body
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
    ]
    imported = {
        alias.asname or alias.name: "." * node.level + (node.module or "")
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert imported.pop("types") == "."
    assert imported == poe_sdk._LAZY


def test_structured_output_names_are_exported_as_openai_spells_them() -> None:
    assert issubclass(poe_sdk.LengthFinishReasonError, poe_sdk.PoeError)
    assert issubclass(poe_sdk.ContentFilterFinishReasonError, poe_sdk.PoeError)
    assert issubclass(poe_sdk.StructuredOutputError, ValueError)
    assert callable(poe_sdk.pydantic_function_tool)


def test_the_types_of_public_signatures_are_exported() -> None:
    for name in ("Timeout", "ImageDetail", "AudioFormat", "ChunkAccumulator", "CallOptions"):
        assert name in poe_sdk.__all__, name
    assert "FileContentPartParam" in types.__all__
