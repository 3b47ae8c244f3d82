"""The parsed results of the structured-output helpers (the ``openai`` SDK's names).

``ParsedChatCompletion[MyModel]`` is a ``ChatCompletion`` whose messages carry ``parsed`` (a
``MyModel``, or ``None`` when the model refused or called tools) and whose function tool
calls carry ``parsed_arguments``. At run time the classes are never parametrised, so the
parsed values are dumped by their own type, without serializer warnings.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import PrivateAttr

# Every generated name, so that pydantic resolves the inherited fields' annotations here when
# it builds these models, on first use (as the generated ones, they defer building).
from .._generated.models import *  # noqa: F403
from .._generated.models import (
    ChatCompletion,
    ChatCompletionChoice,
    ChatCompletionMessage,
    ChatCompletionMessageToolCall,
    FunctionCall,
    Response,
    ResponseFunctionToolCall,
)

__all__ = [
    "ParsedChatCompletion",
    "ParsedChatCompletionMessage",
    "ParsedChoice",
    "ParsedFunction",
    "ParsedFunctionToolCall",
    "ParsedResponse",
    "ParsedResponseFunctionToolCall",
]

ContentType = TypeVar("ContentType")


class ParsedFunction(FunctionCall):
    """A called function: ``arguments`` as sent, and ``parsed_arguments`` as the tool's
    type (for a tool made by :func:`~poe_sdk.pydantic_function_tool`, else ``None``)."""

    parsed_arguments: object = None


class ParsedFunctionToolCall(ChatCompletionMessageToolCall):
    """A function tool call whose ``function`` carries ``parsed_arguments``."""

    function: ParsedFunction  # pyright: ignore[reportIncompatibleVariableOverride]


class ParsedChatCompletionMessage(ChatCompletionMessage, Generic[ContentType]):
    """A message with ``parsed``: its content as the ``response_format`` type (``None`` when
    the model refused, see ``refusal``, or answered with tool calls)."""

    parsed: ContentType | None = None
    tool_calls: list[ParsedFunctionToolCall] | None = None  # type: ignore[assignment]


class ParsedChoice(ChatCompletionChoice, Generic[ContentType]):
    """A choice whose message is parsed."""

    message: ParsedChatCompletionMessage[ContentType]  # pyright: ignore[reportIncompatibleVariableOverride]


class ParsedChatCompletion(ChatCompletion, Generic[ContentType]):
    """A ``ChatCompletion`` whose choices' messages are parsed (``.choices[0].message.parsed``)."""

    choices: list[ParsedChoice[ContentType]]  # type: ignore[assignment]


class ParsedResponseFunctionToolCall(ResponseFunctionToolCall):
    """A Responses ``function_call`` output item with ``parsed_arguments``: its arguments as
    the tool's type (for a tool made by :func:`~poe_sdk.pydantic_function_tool`, else
    ``None``)."""

    parsed_arguments: object = None


class ParsedResponse(Response, Generic[ContentType]):
    """A Responses ``Response`` whose output text is parsed (``.output_parsed``)."""

    _parsed: Any = PrivateAttr(default=None)

    @property
    def output_parsed(self) -> ContentType | None:
        """The output text as the ``text_format`` type (``None`` when the model refused)."""
        parsed: ContentType | None = self._parsed
        return parsed


def field_class(owner: type[Any], name: str) -> type[Any]:
    """The class a field of ``owner`` holds (through ``list[...]`` and ``... | None``), as
    pydantic resolved it: values built with it dump without serializer warnings."""
    annotation: Any = owner.model_fields[name].annotation
    while True:
        args = [a for a in getattr(annotation, "__args__", ()) if a is not type(None)]
        if isinstance(annotation, type) and not args:
            return annotation
        if getattr(annotation, "__pydantic_generic_metadata__", None) is not None:
            return annotation  # type: ignore[no-any-return]
        annotation = args[0]
