"""Deterministic replies of the local server: echo the conversation, call the offered tools.

Pure functions without I/O, so the same request always gets the same content and usage.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

from ..types import (
    ChatCompletionNamedToolChoice,
    ChatCompletionRequestAssistantMessage,
    ChatCompletionRequestMessageContentPartFile,
    ChatCompletionRequestMessageContentPartImage,
    ChatCompletionRequestMessageContentPartRefusal,
    ChatCompletionRequestMessageContentPartText,
    ChatCompletionRequestToolMessage,
    ChatCompletionRequestUserMessage,
    ChatCompletionTool,
    CreateChatCompletionRequest,
    ResponseFormatJsonObject,
    ResponseFormatJsonSchema,
)
from .faults import CutOutputFault, OutputFault, ProseFault, RefusalFault

__all__ = [
    "ARGUMENT_PIECE",
    "PIECE",
    "InvalidRequestError",
    "Reply",
    "ToolCall",
    "build_reply",
    "completion_body",
    "count_tokens",
    "cut_to_tokens",
    "data_url",
    "describe_image",
    "fill_schema",
    "prose_answer",
    "shape_reply",
    "refuse_choice_without_tools",
    "stream_chunks",
]

_TOKEN = re.compile(r"\w+|[^\w\s]")
PIECE = re.compile(r"\S+\s*|\s+")
"""A streamed text piece: a word and the space after it."""
ARGUMENT_PIECE = 8
"""The characters of a tool call's arguments sent per streamed piece."""
_MAX_SCHEMA_DEPTH = 8
_MAX_URL_SHOWN = 80


class InvalidRequestError(Exception):
    """A request the schema accepts but the API refuses (400); ``param`` names the field."""

    def __init__(self, message: str, param: str | None) -> None:
        super().__init__(message)
        self.message = message
        self.param = param


@dataclass(frozen=True, slots=True)
class ToolCall:
    """The function call of a reply."""

    id: str
    name: str
    arguments: str


@dataclass(frozen=True, slots=True)
class Reply:
    """What the assistant answers: text or a tool call, why it stopped, and the usage."""

    content: str | None
    tool_call: ToolCall | None
    finish_reason: str
    prompt_tokens: int
    completion_tokens: int
    refusal: str | None = None

    def usage(self) -> dict[str, int]:
        """The ``usage`` object."""
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.prompt_tokens + self.completion_tokens,
        }


def count_tokens(text: str) -> int:
    """One token per word and per punctuation mark: deterministic and roughly realistic."""
    return len(_TOKEN.findall(text))


def build_reply(request: CreateChatCompletionRequest, call_id: str) -> Reply:
    """The deterministic reply to ``request``.

    * Tools offered, ``tool_choice`` not ``"none"`` and the last message from the user: a
      call of the named tool (or of the first one) whose arguments fill the required
      parameters of its JSON schema, strings with the user's text.
    * Last message a tool result: ``The tool <name> returned: <result>``.
    * Otherwise ``Echo: <last user text>``, followed by ``[received: ...]`` naming the
      images, files and audio the user attached. ``response_format`` ``json_object`` gives
      ``{"echo": <text>}`` and ``json_schema`` an object filled from the schema.

    ``stop`` cuts the text before the first stop sequence; ``max_completion_tokens`` (or
    ``max_tokens``) cuts it to that many tokens with ``finish_reason: "length"``.

    Raises:
        InvalidRequestError: ``tool_choice`` names no offered tool, or is set without tools.
    """
    prompt_tokens = sum(count_tokens(text) for text in _conversation_texts(request))
    tool = _chosen_tool(request)
    last = request.messages[-1]
    if tool is not None and isinstance(last, ChatCompletionRequestUserMessage):
        text, _ = _user_text(last)
        schema = tool.function.parameters or {}
        arguments = json.dumps(fill_schema(schema, text, 0), ensure_ascii=False)
        call = ToolCall(call_id, tool.function.name, arguments)
        return Reply(None, call, "tool_calls", prompt_tokens, count_tokens(arguments))
    if isinstance(last, ChatCompletionRequestToolMessage):
        name = _tool_name(request, last.tool_call_id) or last.tool_call_id
        content = f"The tool {name} returned: {_text_content(last.content)}"
    else:
        content = _echo(request)
    content, finish_reason = _apply_limits(request, content)
    return Reply(content, None, finish_reason, prompt_tokens, count_tokens(content))


def completion_body(reply: Reply, *, completion_id: str, model: str, created: int) -> bytes:
    """The ``ChatCompletion`` JSON of a reply."""
    message: dict[str, Any] = {
        "role": "assistant",
        "content": reply.content,
        "refusal": reply.refusal,
    }
    if reply.tool_call is not None:
        message["tool_calls"] = [_tool_call_json(reply.tool_call)]
    body = {
        "id": completion_id,
        "object": "chat.completion",
        "created": created,
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": message,
                "finish_reason": reply.finish_reason,
                "logprobs": None,
            }
        ],
        "usage": reply.usage(),
    }
    return _dumps(body)


def stream_chunks(
    reply: Reply, *, completion_id: str, model: str, created: int, include_usage: bool
) -> list[bytes]:
    """The ``ChatCompletionChunk`` JSON objects of a streamed reply (no ``[DONE]``).

    A role chunk; the text in word-sized pieces, or the tool call's id, type and name then
    its arguments in pieces; a chunk with ``finish_reason``; with ``include_usage``, a last
    chunk with ``usage`` and empty ``choices``.
    """
    base = {
        "id": completion_id,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
    }

    def chunk(delta: dict[str, Any], finish_reason: str | None = None) -> bytes:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
        return _dumps({**base, "choices": [choice]})

    call = reply.tool_call
    chunks = [chunk({"role": "assistant", "content": "" if call is None else None})]
    if call is not None:
        head = {**_tool_call_json(call), "index": 0}
        head["function"] = {"name": call.name, "arguments": ""}
        chunks.append(chunk({"tool_calls": [head]}))
        for start in range(0, len(call.arguments), ARGUMENT_PIECE):
            piece = call.arguments[start : start + ARGUMENT_PIECE]
            chunks.append(chunk({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]}))
    else:
        chunks.extend(chunk({"content": piece}) for piece in PIECE.findall(reply.content or ""))
        chunks.extend(chunk({"refusal": piece}) for piece in PIECE.findall(reply.refusal or ""))
    chunks.append(chunk({}, reply.finish_reason))
    if include_usage:
        chunks.append(_dumps({**base, "choices": [], "usage": reply.usage()}))
    return chunks


def shape_reply(reply: Reply, fault: OutputFault) -> Reply:
    """``reply`` as an output fault changes it (a tool call is left as it is)."""
    if reply.tool_call is not None:
        return reply
    content = reply.content or ""
    if isinstance(fault, RefusalFault):
        return replace(reply, content=None, refusal=fault.message, finish_reason="stop")
    if isinstance(fault, ProseFault):
        return replace(reply, content=prose_answer(content), finish_reason="stop")
    half = content[: len(content) // 2]
    finish_reason = fault.finish_reason if isinstance(fault, CutOutputFault) else "stop"
    return replace(reply, content=half, finish_reason=finish_reason)


def prose_answer(text: str) -> str:
    """What :func:`~poe_sdk.testing.faults.prose` answers instead of ``text``."""
    return f"Sure! Here is what you asked for: {text}"


def _dumps(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def _tool_call_json(call: ToolCall) -> dict[str, Any]:
    return {
        "id": call.id,
        "type": "function",
        "function": {"name": call.name, "arguments": call.arguments},
    }


def refuse_choice_without_tools(choice: object, tools: Sequence[object]) -> None:
    """The API's 400 for a ``tool_choice`` sent without ``tools`` (both endpoints)."""
    if choice is not None and not tools:
        raise InvalidRequestError(
            "Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' "
            "are specified.",
            "tool_choice",
        )


def _chosen_tool(request: CreateChatCompletionRequest) -> ChatCompletionTool | None:
    tools = request.tools or []
    choice = request.tool_choice
    refuse_choice_without_tools(choice, tools)
    if isinstance(choice, ChatCompletionNamedToolChoice):
        for tool in tools:
            if tool.function.name == choice.function.name:
                return tool
        raise InvalidRequestError(
            f"Invalid value for 'tool_choice': no function named {choice.function.name!r} "
            "was specified in 'tools'.",
            "tool_choice",
        )
    if not tools or choice == "none":
        return None
    return tools[0]


def _tool_name(request: CreateChatCompletionRequest, call_id: str) -> str | None:
    for message in reversed(request.messages):
        if isinstance(message, ChatCompletionRequestAssistantMessage):
            for call in message.tool_calls or []:
                if call.id == call_id:
                    return call.function.name
    return None


def _echo(request: CreateChatCompletionRequest) -> str:
    user = next(
        (m for m in reversed(request.messages) if isinstance(m, ChatCompletionRequestUserMessage)),
        None,
    )
    received: list[str] = []
    if user is None:
        text = "(no user message)"
    else:
        text, received = _user_text(user)
    response_format = request.response_format
    if isinstance(response_format, ResponseFormatJsonObject):
        return json.dumps({"echo": text}, ensure_ascii=False)
    if isinstance(response_format, ResponseFormatJsonSchema):
        schema = response_format.json_schema.schema_ or {}
        return json.dumps(fill_schema(schema, text, 0), ensure_ascii=False)
    echo = f"Echo: {text}" if text else "Echo:"
    if received:
        echo += f" [received: {'; '.join(received)}]"
    return echo


def _user_text(message: ChatCompletionRequestUserMessage) -> tuple[str, list[str]]:
    """The text of a user message and a description of each attachment."""
    content = message.content
    if isinstance(content, str):
        return content, []
    texts: list[str] = []
    received: list[str] = []
    for part in content:
        if isinstance(part, ChatCompletionRequestMessageContentPartText):
            texts.append(part.text)
        elif isinstance(part, ChatCompletionRequestMessageContentPartImage):
            received.append(describe_image(part.image_url.url))
        elif isinstance(part, ChatCompletionRequestMessageContentPartFile):
            file = part.file
            name = f"file {file.filename!r}" if file.filename else "file"
            if file.file_data:
                mime, size = data_url(file.file_data)
                received.append(f"{name} ({mime}, {size} bytes)")
            else:
                received.append(f"{name} (id {file.file_id})")
        else:
            audio = part.input_audio
            received.append(f"audio ({audio.format}, {_base64_size(audio.data)} bytes)")
    return " ".join(texts), received


def describe_image(url: str) -> str:
    """How the echo names an image: its media type and size, or its URL (shortened)."""
    if url.startswith("data:"):
        mime, size = data_url(url)
        return f"image ({mime}, {size} bytes)"
    shown = url if len(url) <= _MAX_URL_SHOWN else url[: _MAX_URL_SHOWN - 3] + "..."
    return f"image {shown}"


def data_url(url: str) -> tuple[str, int]:
    """The media type of a ``data:`` URL and the size of its decoded payload."""
    header, _, payload = url[5:].partition(",")
    params = header.split(";")
    mime = params[0] or "text/plain"
    if "base64" in params[1:]:
        return mime, _base64_size(payload)
    return mime, len(payload.encode())


def _base64_size(data: str) -> int:
    try:
        return len(base64.b64decode(data, validate=False))
    except (binascii.Error, ValueError):
        return len(data)


def _text_content(content: str | Sequence[ChatCompletionRequestMessageContentPartText]) -> str:
    if isinstance(content, str):
        return content
    return " ".join(part.text for part in content)


def _conversation_texts(request: CreateChatCompletionRequest) -> list[str]:
    texts: list[str] = []
    for message in request.messages:
        if isinstance(message, ChatCompletionRequestUserMessage):
            texts.append(_user_text(message)[0])
        elif isinstance(message, ChatCompletionRequestAssistantMessage):
            content = message.content
            if isinstance(content, str):
                texts.append(content)
            elif content is not None:
                for part in content:
                    if isinstance(part, ChatCompletionRequestMessageContentPartRefusal):
                        texts.append(part.refusal)
                    else:
                        texts.append(part.text)
            texts.extend(call.function.arguments for call in message.tool_calls or [])
        else:
            texts.append(_text_content(message.content))
    return texts


def _apply_limits(request: CreateChatCompletionRequest, content: str) -> tuple[str, str]:
    stop = request.stop
    sequences = [stop] if isinstance(stop, str) else list(stop or [])
    cuts = [content.find(s) for s in sequences if s and s in content]
    if cuts:
        content = content[: min(cuts)]
    content, cut = cut_to_tokens(content, request.max_completion_tokens or request.max_tokens)
    return content, "length" if cut else "stop"


def cut_to_tokens(text: str, limit: int | None) -> tuple[str, bool]:
    """``text`` cut to ``limit`` tokens (word by word), and whether it was cut."""
    if limit is None or count_tokens(text) <= limit:
        return text, False
    kept: list[str] = []
    used = 0
    for piece in PIECE.findall(text):
        used += count_tokens(piece)
        if used > limit:
            break
        kept.append(piece)
    return "".join(kept).rstrip(), True


def fill_schema(
    schema: Mapping[str, Any], text: str, depth: int, root: Mapping[str, Any] | None = None
) -> object:
    """A value that matches the JSON schema ``schema``: strings get ``text``, arrays get
    ``minItems`` items, a union its first member that is not null; ``$ref`` is looked up in
    the ``$defs`` of ``root`` (the whole schema, by default ``schema`` itself)."""
    root = schema if root is None else root
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/") and depth < _MAX_SCHEMA_DEPTH:
        target = cast("dict[str, Any]", root.get("$defs") or {}).get(ref[len("#/$defs/") :])
        if isinstance(target, dict):
            return fill_schema(cast("dict[str, Any]", target), text, depth + 1, root)
    for combinator in ("anyOf", "oneOf"):
        members = schema.get(combinator)
        if isinstance(members, list) and members:
            options = [
                cast("dict[str, Any]", m)
                for m in cast("list[object]", members)
                if isinstance(m, dict)
            ]
            chosen = next((m for m in options if m.get("type") != "null"), options[0])
            return fill_schema(chosen, text, depth + 1, root)
    if "const" in schema:
        return schema["const"]
    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        return cast("list[object]", enum)[0]
    if "default" in schema:
        return schema["default"]
    kind: object = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in cast("list[object]", kind) if k != "null"]
        kind = kinds[0] if kinds else "null"
    properties = schema.get("properties")
    if kind == "object" or (kind is None and isinstance(properties, dict)):
        if depth >= _MAX_SCHEMA_DEPTH or not isinstance(properties, dict):
            return {}
        props = cast("dict[str, object]", properties)
        required = schema.get("required")
        names = (
            [n for n in cast("list[object]", required) if isinstance(n, str)]
            if isinstance(required, list)
            else list(props)
        )
        result: dict[str, object] = {}
        for name in names:
            sub = props.get(name)
            sub_schema = cast("dict[str, Any]", sub) if isinstance(sub, dict) else {}
            result[name] = fill_schema(sub_schema, text, depth + 1, root)
        return result
    minimum = schema.get("minimum")
    number = minimum if isinstance(minimum, (int, float)) else 0
    if kind == "integer":
        return int(number)
    if kind == "number":
        return number
    if kind == "boolean":
        return False
    if kind == "array":
        count = schema.get("minItems")
        items = schema.get("items")
        if not isinstance(count, int) or not isinstance(items, dict) or depth >= _MAX_SCHEMA_DEPTH:
            return []
        item_schema = cast("dict[str, Any]", items)
        return [fill_schema(item_schema, text, depth + 1, root) for _ in range(min(count, 3))]
    if kind == "null":
        return None
    return text
