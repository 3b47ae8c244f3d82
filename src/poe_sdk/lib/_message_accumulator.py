"""Assemble an Anthropic-format ``Message`` from its streamed events.

``message_start`` gives the message without content; ``content_block_start`` opens the block at
``index``; ``content_block_delta`` adds text (``text_delta``), a piece of a tool call's input
JSON (``input_json_delta``, parsed when the message is assembled), thinking (``thinking_delta``),
a thinking block's signature (``signature_delta``) or a citation (``citations_delta``);
``message_delta`` gives ``stop_reason``, ``stop_sequence`` and the cumulative ``usage``.
Blocks and deltas of unknown types are kept as sent. Events read tolerantly may hold values of
the wrong type; merging skips what it cannot use, so a deviating stream still gives its message.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, cast

from pydantic import BaseModel, ValidationError

from .._generated.models import Message
from .._replies.parse import Reading, read_model

__all__ = ["MessageAccumulator", "tool_input"]


@dataclass(slots=True)
class _BlockState:
    block: dict[str, Any]
    texts: list[str] = field(default_factory=list[str])
    thinking: list[str] = field(default_factory=list[str])
    input_json: list[str] = field(default_factory=list[str])
    citations: list[Any] = field(default_factory=list[Any])


class MessageAccumulator:
    """Merges the events of a streamed message into one :class:`~poe_sdk.types.Message`, at a
    constant cost per event; :meth:`add` returns the error an ``error`` event reports (when it
    came without its SSE ``event: error`` line), which the stream raises as its typed
    :class:`~poe_sdk.APIError`.

    Use it on events you iterate yourself::

        acc = MessageAccumulator()
        async for event in stream:
            acc.add(event)
        message = acc.completion()
    """

    def __init__(self) -> None:
        self.chunk_count = 0
        self._message: dict[str, Any] = {}
        self._blocks: dict[int, _BlockState] = {}
        self._usage: dict[str, Any] = {}
        self._stop: dict[str, Any] = {}

    @staticmethod
    def text_delta(event: Any) -> str | None:
        """The text an event adds (a ``content_block_delta`` with a ``text_delta``), else
        ``None``."""
        if getattr(event, "type", None) != "content_block_delta":
            return None
        delta: object = getattr(event, "delta", None)
        if getattr(delta, "type", None) != "text_delta":
            return None
        text: object = getattr(delta, "text", None)
        return text if isinstance(text, str) else None

    def add(self, event: Any) -> dict[str, Any] | None:
        """Merge one event; returns the ``{"error": ...}`` an ``error`` event reports."""
        self.chunk_count += 1
        kind: object = getattr(event, "type", None)
        if kind == "content_block_delta":
            self._add_delta(event)
        elif kind == "content_block_start":
            block = _dump(getattr(event, "content_block", None))
            if block is not None:
                position = _index(getattr(event, "index", None), max(self._blocks, default=-1) + 1)
                self._blocks[position] = _BlockState(block)
        elif kind == "message_start":
            message = _dump(getattr(event, "message", None))
            if message is not None:
                self._message = message
                usage = message.get("usage")
                if isinstance(usage, dict):
                    self._merge_usage(cast(dict[str, Any], usage))
        elif kind == "message_delta":
            delta = _dump(getattr(event, "delta", None)) or {}
            for key in ("stop_reason", "stop_sequence"):
                if key in delta:
                    self._stop[key] = delta[key]
            usage = _dump(getattr(event, "usage", None))
            if usage is not None:
                self._merge_usage(usage)
        elif kind == "error":
            error = _dump(getattr(event, "error", None)) or {}
            return {"error": {"type": error.get("type"), "message": error.get("message")}}
        return None

    def _add_delta(self, event: Any) -> None:
        position = _index(getattr(event, "index", None), max(self._blocks, default=0))
        state = self._blocks.get(position)
        delta: Any = getattr(event, "delta", None)
        kind: object = getattr(delta, "type", None)
        if state is None:  # a delta without its content_block_start: a block of its kind
            start = {"input_json_delta": "tool_use", "thinking_delta": "thinking"}
            state = self._blocks[position] = _BlockState({"type": start.get(str(kind), "text")})
        if kind == "text_delta":
            _append(state.texts, getattr(delta, "text", None))
        elif kind == "input_json_delta":
            _append(state.input_json, getattr(delta, "partial_json", None))
        elif kind == "thinking_delta":
            _append(state.thinking, getattr(delta, "thinking", None))
        elif kind == "signature_delta":
            signature: object = getattr(delta, "signature", None)
            if isinstance(signature, str):
                state.block["signature"] = signature
        elif kind == "citations_delta":
            citation = _dump(getattr(delta, "citation", None))
            if citation is not None:
                state.citations.append(citation)

    def _merge_usage(self, usage: dict[str, Any]) -> None:
        for key, value in usage.items():
            if value is not None:
                self._usage[key] = value

    def completion(self) -> Message:
        """The message assembled from the events merged so far."""
        data: dict[str, Any] = {"type": "message", "role": "assistant", **self._message}
        data["content"] = [_block_dict(self._blocks[i]) for i in sorted(self._blocks)]
        data.update(self._stop)
        if self._usage:
            data["usage"] = self._usage
        try:
            return Message.model_validate(data)
        except ValidationError:  # something was kept as sent, or no message_start came
            return read_model(Message, data, Reading())


def tool_input(text: str) -> object:
    """A ``tool_use`` block's input from its streamed JSON: the object; for JSON cut short (a
    stream that ended early), the object of its complete prefix; else the text as sent."""
    if not text.strip():
        return {}
    try:
        value: object = json.loads(text)
    except (ValueError, RecursionError):
        from ._partial import parse_partial_json

        partial = parse_partial_json(text)
        return cast(dict[str, Any], partial) if isinstance(partial, dict) else text
    return value


def _block_dict(state: _BlockState) -> dict[str, Any]:
    block = dict(state.block)
    kind = block.get("type")
    if state.texts or kind == "text":
        block["text"] = str(block.get("text") or "") + "".join(state.texts)
    if state.thinking or kind == "thinking":
        block["thinking"] = str(block.get("thinking") or "") + "".join(state.thinking)
    if state.input_json:
        block["input"] = tool_input("".join(state.input_json))
    elif kind == "tool_use":
        block.setdefault("input", {})
    if state.citations:
        earlier = block.get("citations")
        block["citations"] = [*(earlier if isinstance(earlier, list) else []), *state.citations]
    return block


def _index(value: object, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _append(parts: list[str], value: object) -> None:
    if isinstance(value, str):
        parts.append(value)


def _dump(value: object) -> dict[str, Any] | None:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return cast(dict[str, Any], value) if isinstance(value, dict) else None
