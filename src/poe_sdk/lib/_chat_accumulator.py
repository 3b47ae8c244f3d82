"""Assemble a ``ChatCompletion`` from streamed ``ChatCompletionChunk`` objects.

Chunks read tolerantly may hold values of the wrong type (kept as sent); merging skips what it
cannot use instead of failing, so a deviating stream still gives its final completion.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, cast

from pydantic import ValidationError

from .._generated.models import (
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionChunkChoice,
    ChoiceDelta,
    ChoiceDeltaToolCall,
    ChoiceDeltaToolCallFunction,
    ChoiceLogprobs,
)
from .._replies.parse import Reading, read_model

__all__ = ["ChatCompletionAccumulator"]


@dataclass(slots=True)
class _ToolCallState:
    id: str | None = None
    type: str | None = None
    name: str | None = None
    arguments: list[str] = field(default_factory=list[str])


@dataclass(slots=True)
class _ChoiceState:
    role: str | None = None
    content: list[str] = field(default_factory=list[str])
    refusal: list[str] = field(default_factory=list[str])
    tool_calls: dict[int, _ToolCallState] = field(default_factory=dict[int, _ToolCallState])
    finish_reason: str | None = None
    logprobs_content: list[Any] = field(default_factory=list[Any])
    logprobs_refusal: list[Any] = field(default_factory=list[Any])
    has_logprobs: bool = False
    extra_text: dict[str, list[str]] = field(default_factory=dict[str, list[str]])
    latest_call: int | None = None  # the call an index-less delta without an id continues
    call_ids: dict[str, int] = field(default_factory=dict[str, int])


class ChatCompletionAccumulator:
    """Merges chunks into one completion, at a constant cost per chunk.

    Content and refusal are concatenated; tool calls are merged by ``index`` (id, type and
    name from the first delta that has them, ``arguments`` concatenated); choices are kept
    apart by their index; string fields the spec does not name (``reasoning_content``,
    ``reasoning``) are concatenated too. ``id``, ``model``, ``created`` and ``usage`` come from
    the chunks (the last ``usage`` wins; fields no chunk had are ``None``).

    Tool-call deltas without ``index`` (Ollama, Gemini, sglang and several proxies send them)
    are assembled too: a delta with a new ``id`` starts a new call, one without ``id``
    continues the latest call, and several index-less calls in one chunk are separate calls
    in order. A delta without ``function`` adds nothing.

    Use it on chunks you iterate yourself::

        acc = ChatCompletionAccumulator()
        async for chunk in stream:
            acc.add(chunk)
        completion = acc.completion()
    """

    def __init__(self) -> None:
        self.chunk_count = 0
        self._id: str | None = None
        self._model: str | None = None
        self._created: int | None = None
        self._system_fingerprint: str | None = None
        self._service_tier: str | None = None
        self._usage: Any = None
        self._choices: dict[int, _ChoiceState] = {}

    @staticmethod
    def text_delta(chunk: ChatCompletionChunk) -> str | None:
        """The text delta of choice 0 (``None`` on the usage chunk, which has no choices)."""
        return chunk.choices[0].delta.content if chunk.choices else None

    def add(self, chunk: ChatCompletionChunk) -> None:
        """Merge one chunk."""
        self.chunk_count += 1
        sent: Any = chunk  # a tolerantly read chunk may hold any value: check what is used
        if not self._id:
            self._id = _text(sent.id)
        if not self._model:
            self._model = _text(sent.model)
        if not self._created:
            created = sent.created
            if type(created) is int:
                self._created = created
        usage = sent.usage
        if usage is not None:
            self._usage = usage
        fingerprint = sent.system_fingerprint
        if fingerprint and isinstance(fingerprint, str):
            self._system_fingerprint = fingerprint
        tier = sent.service_tier
        if tier and isinstance(tier, str):
            self._service_tier = tier
        choices = sent.choices
        if type(choices) is list:
            for choice in cast(list[object], choices):
                if isinstance(choice, ChatCompletionChunkChoice):
                    self._add_choice(choice)

    def _add_choice(self, choice: ChatCompletionChunkChoice) -> None:
        sent: Any = choice
        index = sent.index
        position: int = index if type(index) is int else 0
        state = self._choices.get(position)
        if state is None:
            state = self._choices[position] = _ChoiceState()
        delta = sent.delta
        if not isinstance(delta, ChoiceDelta):
            return
        fields: Any = delta
        role = fields.role
        if role and isinstance(role, str):
            state.role = role
        content = fields.content
        if content:
            _append_text(state.content, content)
        refusal = fields.refusal
        if refusal:
            _append_text(state.refusal, refusal)
        tool_calls = fields.tool_calls
        if tool_calls and type(tool_calls) is list:
            _merge_tool_calls(state, cast(list[object], tool_calls))
        extra = delta.__pydantic_extra__
        if extra:
            _merge_extra_text(state, extra)
        finish_reason = sent.finish_reason
        if finish_reason and isinstance(finish_reason, str):
            state.finish_reason = finish_reason
        logprobs = sent.logprobs
        if logprobs is not None and isinstance(logprobs, ChoiceLogprobs):
            _merge_logprobs(state, logprobs)

    def completion(self) -> ChatCompletion:
        """The completion assembled from the chunks merged so far."""
        data: dict[str, Any] = {
            "id": self._id,
            "object": "chat.completion",
            "created": self._created,
            "model": self._model,
            "choices": [_choice_dict(i, self._choices[i]) for i in sorted(self._choices)],
        }
        if self._usage is not None:
            data["usage"] = self._usage
        if self._system_fingerprint is not None:
            data["system_fingerprint"] = self._system_fingerprint
        if self._service_tier is not None:
            data["service_tier"] = self._service_tier
        try:
            return ChatCompletion.model_validate(data)
        except ValidationError:  # something was kept as sent: read it as the chunks were
            return read_model(ChatCompletion, data, Reading())


def _text(value: object) -> str | None:
    """A non-empty string as sent, else ``None`` (a tolerantly read field may hold anything)."""
    return value if isinstance(value, str) and value else None


def _integer(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _items(value: object) -> list[object]:
    return cast(list[object], value) if isinstance(value, list) else []


def _append_text(parts: list[str], value: object) -> None:
    """Add a text delta; a list of content parts (Mistral) adds the text of its parts."""
    if isinstance(value, str):
        parts.append(value)
        return
    for part in _items(value):
        if isinstance(part, dict):
            text = _text(cast(dict[str, object], part).get("text"))
            if text is not None:
                parts.append(text)


def _merge_tool_calls(state: _ChoiceState, tool_calls: list[object]) -> None:
    without_index = 0
    for call in tool_calls:
        if not isinstance(call, ChoiceDeltaToolCall):
            continue
        position = _integer(call.index)
        if position is None:
            position = _position_without_index(state, call, without_index)
            without_index += 1
            if position is None:
                continue
        state.latest_call = position
        target = state.tool_calls.get(position)
        if target is None:
            target = state.tool_calls[position] = _ToolCallState()
        call_id = _text(call.id)
        if call_id is not None:
            state.call_ids.setdefault(call_id, position)
            target.id = target.id or call_id
        target.type = target.type or _text(call.type)
        function: object = call.function
        if not isinstance(function, ChoiceDeltaToolCallFunction):
            continue
        target.name = target.name or _text(function.name)
        arguments: object = function.arguments
        if isinstance(arguments, dict | list):
            arguments = json.dumps(arguments, ensure_ascii=False)
        if isinstance(arguments, str) and arguments:
            target.arguments.append(arguments)


def _position_without_index(
    state: _ChoiceState, call: ChoiceDeltaToolCall, nth_in_chunk: int
) -> int | None:
    """Where an index-less delta goes: the call with its ``id``, a new call for a new ``id``
    or for a second id-less delta in one chunk, else the latest call (``None``: nothing to
    continue and nothing to start)."""
    new = max(state.tool_calls, default=-1) + 1
    call_id = _text(call.id)
    if call_id is not None:
        return state.call_ids.get(call_id, new)
    if nth_in_chunk == 0 and state.latest_call is not None:
        return state.latest_call
    function: object = call.function
    return new if isinstance(function, ChoiceDeltaToolCallFunction) else None


def _merge_extra_text(state: _ChoiceState, extra: dict[str, Any]) -> None:
    for key, value in extra.items():
        if isinstance(value, str):
            state.extra_text.setdefault(key, []).append(value)


def _merge_logprobs(state: _ChoiceState, logprobs: ChoiceLogprobs) -> None:
    state.has_logprobs = True
    if logprobs.content:
        state.logprobs_content.extend(logprobs.content)
    if logprobs.refusal:
        state.logprobs_refusal.extend(logprobs.refusal)


def _choice_dict(index: int, state: _ChoiceState) -> dict[str, Any]:
    message: dict[str, Any] = {
        "role": state.role or "assistant",
        "content": "".join(state.content) if state.content else None,
        "refusal": "".join(state.refusal) if state.refusal else None,
    }
    if state.tool_calls:
        message["tool_calls"] = [
            {
                "id": call.id,
                "type": call.type or "function",
                "function": {"name": call.name, "arguments": "".join(call.arguments)},
            }
            for _, call in sorted(state.tool_calls.items())
        ]
    for key, parts in state.extra_text.items():
        message[key] = "".join(parts)
    choice: dict[str, Any] = {
        "index": index,
        "message": message,
        "finish_reason": state.finish_reason,
    }
    if state.has_logprobs:
        choice["logprobs"] = {
            "content": state.logprobs_content or None,
            "refusal": state.logprobs_refusal or None,
        }
    return choice
