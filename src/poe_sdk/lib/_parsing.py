"""Replies read into the caller's types: plain functions, no I/O (both clients and the
streams use them).

A reply that is not the structured output asked for raises a typed error instead of a
``pydantic.ValidationError``: cut by a token limit (:class:`LengthFinishReasonError`),
stopped by a content filter (:class:`ContentFilterFinishReasonError`), prose, invalid JSON or
JSON of another shape (:class:`StructuredOutputError`, with the text).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any, TypeVar, cast

from pydantic import ValidationError

from .._generated.models import (
    ChatCompletion,
    ChatCompletionMessageToolCall,
    Response,
    ResponseFormatJsonSchema,
    ResponseFunctionToolCall,
)
from ._errors import ContentFilterFinishReasonError, LengthFinishReasonError, StructuredOutputError
from ._pydantic_schema import CACHED_TYPES, OutputType, output_type
from ._tools import parsed_tools
from ._types import (
    ParsedChatCompletion,
    ParsedFunctionToolCall,
    ParsedResponse,
    ParsedResponseFunctionToolCall,
    field_class,
)

__all__ = [
    "check_finish",
    "chat_response_format",
    "parse_chat_completion",
    "parse_output",
    "parse_response",
    "responses_text",
]

T = TypeVar("T")

_QUOTED = 120

_CHOICE = field_class(ParsedChatCompletion, "choices")
_MESSAGE = field_class(_CHOICE, "message")
_TOOL_CALL = field_class(_MESSAGE, "tool_calls")
_FUNCTION = field_class(_TOOL_CALL, "function")


def chat_response_format(tp: type[Any]) -> ResponseFormatJsonSchema:
    """The ``response_format`` argument for ``tp`` (a ``json_schema``, strict): a request
    model built once per type, which the core sends without validating it again."""
    return _chat_format(output_type(tp))


@lru_cache(maxsize=CACHED_TYPES)
def _chat_format(output: OutputType[Any]) -> ResponseFormatJsonSchema:
    return ResponseFormatJsonSchema.model_validate(
        {
            "type": "json_schema",
            "json_schema": {"name": output.name, "schema": output.schema, "strict": True},
        }
    )


def responses_text(tp: type[Any], text: Mapping[str, Any] | None) -> dict[str, Any]:
    """The Responses ``text`` argument for ``text_format=tp``, merged into a given ``text``."""
    output = output_type(tp, "text_format")
    fmt = {"type": "json_schema", "name": output.name, "schema": output.schema, "strict": True}
    return {**(text or {}), "format": fmt}


def parse_output(output: OutputType[T], text: str, completion: object) -> T:
    """``text`` (the reply's whole output) as the output type."""
    try:
        return output.validate_json(text)
    except ValidationError as exc:
        raise _not_structured(output, text, completion) from exc


def _not_structured(output: OutputType[Any], text: str, completion: object) -> Exception:
    start = text.lstrip()[:1]
    quoted = text if len(text) <= _QUOTED else text[: _QUOTED - 3] + "..."
    if start not in ("{", "["):
        why = (
            "the server answered in prose, not JSON; it may not support structured outputs "
            f"(a json_schema response_format or text.format): {quoted!r}"
        )
    else:
        try:
            json.loads(text)
        except ValueError:
            why = f"the reply is not valid JSON: {quoted!r}"
        else:
            why = f"the reply's JSON does not match {output.name}: {quoted!r}"
    return StructuredOutputError(
        f"Could not parse the reply as {output.name}: {why}", completion=completion, raw=text
    )


def check_finish(finish_reason: object, completion: object, raw: str | None) -> None:
    """Raise the typed error of a reply that ended before its output was whole."""
    if finish_reason == "length":
        raise LengthFinishReasonError(completion=completion, raw=raw)
    if finish_reason == "content_filter":
        raise ContentFilterFinishReasonError(completion=completion, raw=raw)


def parse_chat_completion(
    completion: ChatCompletion,
    response_format: type[T] | None,
    tools: Iterable[object] | None,
) -> ParsedChatCompletion[T]:
    """``completion`` with each message's ``parsed`` content and tool calls' arguments."""
    output = None if response_format is None else output_type(response_format)
    tool_types = parsed_tools(tools)
    choices: list[Any] = []
    for choice in completion.choices:
        message = choice.message
        content = message.content
        if output is not None or tool_types:
            check_finish(choice.finish_reason, completion, content)
        parsed = None
        if output is not None and content is not None and not message.refusal:
            parsed = parse_output(output, content, completion)
        calls = None
        if message.tool_calls is not None:
            calls = [_tool_call(call, tool_types, completion) for call in message.tool_calls]
        fields = {**_fields(message), "parsed": parsed, "tool_calls": calls}
        parsed_message = _MESSAGE.model_construct(_fields_set=_set(message, "parsed"), **fields)
        choices.append(
            _CHOICE.model_construct(
                _fields_set=choice.model_fields_set,
                **{**_fields(choice), "message": parsed_message},
            )
        )
    return cast(
        "ParsedChatCompletion[T]",
        ParsedChatCompletion.model_construct(
            _fields_set=completion.model_fields_set, **{**_fields(completion), "choices": choices}
        ),
    )


def _tool_call(
    call: ChatCompletionMessageToolCall, tool_types: Mapping[str, OutputType[Any]], raw: object
) -> ParsedFunctionToolCall:
    function = call.function
    output = tool_types.get(function.name)
    parsed = None
    if output is not None:
        parsed = parse_output(output, function.arguments, raw)
    parsed_function = _FUNCTION.model_construct(
        _fields_set=_set(function, "parsed_arguments"),
        **{**_fields(function), "parsed_arguments": parsed},
    )
    return cast(
        "ParsedFunctionToolCall",
        _TOOL_CALL.model_construct(
            _fields_set=call.model_fields_set, **{**_fields(call), "function": parsed_function}
        ),
    )


def _fields(model: Any) -> dict[str, Any]:
    """A model's fields and extra keys, by name (no copy of their values)."""
    return {**model.__dict__, **(model.__pydantic_extra__ or {})}


def _set(model: Any, added: str) -> set[str]:
    return {*model.model_fields_set, added}


def parse_response(
    response: Response, text_format: type[T] | None, tools: Iterable[object] | None = None
) -> ParsedResponse[T]:
    """``response`` with ``output_parsed`` (its output text as ``text_format``) and, for the
    function calls of tools made by :func:`~poe_sdk.pydantic_function_tool`,
    ``parsed_arguments``."""
    tool_types = parsed_tools(tools)
    fields = _fields(response)
    if tool_types:
        fields["output"] = [_function_call(item, tool_types, response) for item in response.output]
    parsed_response = cast(
        "ParsedResponse[T]",
        ParsedResponse.model_construct(_fields_set=response.model_fields_set, **fields),
    )
    if text_format is None:
        return parsed_response
    output = output_type(text_format, "text_format")
    text = response.output_text
    if response.status == "incomplete":
        details = response.incomplete_details
        reason = getattr(details, "reason", None)
        check_finish("content_filter" if reason == "content_filter" else "length", response, text)
    if text and _refusal(response) is None:  # no text: a refusal or only tool calls
        # The model's private attribute behind output_parsed, set by its one builder.
        parsed = parse_output(output, text, response)
        parsed_response._parsed = parsed  # pyright: ignore[reportPrivateUsage]
    return parsed_response


def _function_call(item: Any, tool_types: Mapping[str, OutputType[Any]], raw: object) -> Any:
    """A ``function_call`` output item of a parseable tool as a
    :class:`ParsedResponseFunctionToolCall`; any other item as it is."""
    if not isinstance(item, ResponseFunctionToolCall) or item.name not in tool_types:
        return item
    parsed = parse_output(tool_types[item.name], item.arguments, raw)
    return ParsedResponseFunctionToolCall.model_construct(
        _fields_set=_set(item, "parsed_arguments"), **_fields(item), parsed_arguments=parsed
    )


def _refusal(response: Response) -> str | None:
    """The text of the response's refusal part, if any."""
    for item in response.output:
        for part in getattr(item, "content", None) or ():
            if getattr(part, "type", None) == "refusal":
                return cast("str", getattr(part, "refusal", ""))
    return None
