"""The local server's Anthropic Messages API (``POST /v1/messages``): deterministic messages
and their named stream events.

Pure functions; :mod:`._app` routes the endpoint here.
"""

from __future__ import annotations

import json
from typing import Any

from ..types import (
    CreateMessageRequest,
    MessageInput,
    MessageInputImage,
    MessageInputText,
    MessageInputToolResult,
    MessageThinkingEnabled,
    MessageTool,
    MessageToolChoiceNone,
    MessageToolChoiceTool,
)
from ._replies import (
    ARGUMENT_PIECE,
    PIECE,
    InvalidRequestError,
    count_tokens,
    cut_to_tokens,
    fill_schema,
)

__all__ = [
    "ANTHROPIC_VERSION_HEADER",
    "anthropic_error",
    "build_message",
    "is_claude",
    "message_events",
]

ANTHROPIC_VERSION_HEADER = "anthropic-version"
_SIGNATURE = "local-signature"


def is_claude(model: str) -> bool:
    """Whether ``model`` names a Claude model (Poe's endpoint serves no other bot)."""
    return model.lower().startswith("claude")


def anthropic_error(message: str, type: str) -> dict[str, Any]:
    """An error body in Anthropic's format (also the data of an ``error`` event)."""
    return {"type": "error", "error": {"type": type, "message": message}}


def build_message(request: CreateMessageRequest, *, message_id: str) -> dict[str, Any]:
    """The ``Message`` JSON answering ``request``.

    * Tools offered, ``tool_choice`` not ``none`` and the last turn a user's text: a
      ``tool_use`` block calling the named (or first) tool, its ``input`` filled from its
      ``input_schema`` (strings get the user's text); ``stop_reason`` ``tool_use``.
    * Last turn holding ``tool_result`` blocks: ``The tool returned: <result>``.
    * Otherwise ``Echo: <last user text>`` (``[received: N image(s)]`` added when the turn
      holds images); a ``stop_sequences`` entry in it cuts it there (``stop_sequence``),
      ``max_tokens`` cuts it to that many tokens (``max_tokens``).
    * ``thinking`` enabled adds a signed ``thinking`` block first.

    Raises:
        InvalidRequestError: ``tool_choice`` names no offered tool, or is set without tools.
    """
    last = request.messages[-1] if request.messages else None
    user_text, images, results = _turn(last)
    content: list[dict[str, Any]] = []
    if isinstance(request.thinking, MessageThinkingEnabled):
        thinking = f"The user wrote: {user_text}"
        content.append({"type": "thinking", "thinking": thinking, "signature": _SIGNATURE})
    tool = _chosen_tool(request)
    stop_reason, stop_sequence = "end_turn", None
    if tool is not None and last is not None and last.role == "user" and not results:
        arguments = fill_schema(tool.input_schema, user_text, 0)
        call = {"type": "tool_use", "id": f"toolu_{message_id}", "name": tool.name}
        content.append({**call, "input": arguments})
        stop_reason = "tool_use"
    else:
        text = f"The tool returned: {' '.join(results)}" if results else f"Echo: {user_text}"
        if images:
            text += f" [received: {images} image(s)]"
        for sequence in request.stop_sequences or ():
            if sequence and sequence in text:
                text, stop_reason, stop_sequence = (
                    text.split(sequence, 1)[0],
                    "stop_sequence",
                    sequence,
                )
                break
        text, cut = cut_to_tokens(text, request.max_tokens)
        if cut:
            stop_reason, stop_sequence = "max_tokens", None
        content.append({"type": "text", "text": text})
    prompt = " ".join(_texts(request))
    output = sum(count_tokens(_block_text(block)) for block in content)
    return {
        "id": message_id,
        "type": "message",
        "role": "assistant",
        "model": request.model,
        "content": content,
        "stop_reason": stop_reason,
        "stop_sequence": stop_sequence,
        "usage": {"input_tokens": count_tokens(prompt), "output_tokens": max(output, 1)},
    }


def message_events(message: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The stream of ``message`` as ``(event name, data)`` pairs, in the order Anthropic's
    server sends them: ``message_start``, a ``ping``, each block's start, deltas and stop,
    ``message_delta`` (stop reason, output usage), ``message_stop``."""
    usage = message["usage"]
    start: dict[str, Any] = {**message, "content": [], "stop_reason": None, "stop_sequence": None}
    start["usage"] = {"input_tokens": usage["input_tokens"], "output_tokens": 1}
    events: list[tuple[str, dict[str, Any]]] = [
        ("message_start", {"type": "message_start", "message": start}),
        ("ping", {"type": "ping"}),
    ]

    def emit(kind: str, **fields: Any) -> None:
        events.append((kind, {"type": kind, **fields}))

    for index, block in enumerate(message["content"]):
        kind = block["type"]
        if kind == "text":
            emit("content_block_start", index=index, content_block={"type": "text", "text": ""})
            for piece in PIECE.findall(block["text"]):
                emit(
                    "content_block_delta", index=index, delta={"type": "text_delta", "text": piece}
                )
        elif kind == "thinking":
            opened = {"type": "thinking", "thinking": "", "signature": ""}
            emit("content_block_start", index=index, content_block=opened)
            for piece in PIECE.findall(block["thinking"]):
                delta = {"type": "thinking_delta", "thinking": piece}
                emit("content_block_delta", index=index, delta=delta)
            delta = {"type": "signature_delta", "signature": block["signature"]}
            emit("content_block_delta", index=index, delta=delta)
        elif kind == "tool_use":
            emit("content_block_start", index=index, content_block={**block, "input": {}})
            arguments = json.dumps(block["input"], ensure_ascii=False)
            for at in range(0, len(arguments), ARGUMENT_PIECE):
                delta = {
                    "type": "input_json_delta",
                    "partial_json": arguments[at : at + ARGUMENT_PIECE],
                }
                emit("content_block_delta", index=index, delta=delta)
        emit("content_block_stop", index=index)
        if index == 0:
            emit("ping")
    stop = {"stop_reason": message["stop_reason"], "stop_sequence": message["stop_sequence"]}
    emit("message_delta", delta=stop, usage={"output_tokens": usage["output_tokens"]})
    emit("message_stop")
    return events


def _turn(turn: MessageInput | None) -> tuple[str, int, list[str]]:
    """The text of a turn, its image count and the text of its tool results."""
    if turn is None:
        return "(no user message)", 0, []
    if isinstance(turn.content, str):
        return turn.content, 0, []
    texts: list[str] = []
    results: list[str] = []
    images = 0
    for block in turn.content:
        if isinstance(block, MessageInputText):
            texts.append(block.text)
        elif isinstance(block, MessageInputImage):
            images += 1
        elif isinstance(block, MessageInputToolResult):
            content = block.content
            if isinstance(content, str):
                results.append(content)
            else:
                results += [
                    part.text for part in content or () if isinstance(part, MessageInputText)
                ]
    return " ".join(texts), images, results


def _texts(request: CreateMessageRequest) -> list[str]:
    system = request.system
    texts = [system] if isinstance(system, str) else [block.text for block in system or ()]
    for turn in request.messages:
        texts.append(_turn(turn)[0])
    return texts


def _block_text(block: dict[str, Any]) -> str:
    if block["type"] == "tool_use":
        return json.dumps(block["input"])
    return str(block.get("text") or block.get("thinking") or "")


def _chosen_tool(request: CreateMessageRequest) -> MessageTool | None:
    """The tool the message calls (``None``: no call)."""
    tools = request.tools or []
    choice = request.tool_choice
    if choice is not None and not tools:
        raise InvalidRequestError(
            "tool_choice may only be specified while providing tools.", "tool_choice"
        )
    if isinstance(choice, MessageToolChoiceNone) or not tools:
        return None
    if isinstance(choice, MessageToolChoiceTool):
        for tool in tools:
            if tool.name == choice.name:
                return tool
        raise InvalidRequestError(f"Tool '{choice.name}' not found in tools.", "tool_choice.name")
    return tools[0]
