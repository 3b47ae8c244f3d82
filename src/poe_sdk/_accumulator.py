"""Assemble a ``ChatCompletion`` from streamed ``ChatCompletionChunk`` objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._generated.models import ChatCompletion, ChatCompletionChunk, ChoiceLogprobs

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


class ChatCompletionAccumulator:
    """Merges chunks into one completion, at a constant cost per chunk.

    Content and refusal are concatenated; tool calls are merged by ``index`` (id, type and
    name from the first delta that has them, ``arguments`` concatenated); choices are kept
    apart by their index; string fields the spec does not name (``reasoning_content``) are
    concatenated too. ``id``, ``model``, ``created`` and ``usage`` come from the chunks.

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

    def add(self, chunk: ChatCompletionChunk) -> None:
        """Merge one chunk."""
        self.chunk_count += 1
        if not self._id and chunk.id:
            self._id = chunk.id
        if not self._model and chunk.model:
            self._model = chunk.model
        if not self._created and chunk.created:
            self._created = chunk.created
        if chunk.usage is not None:
            self._usage = chunk.usage
        if chunk.system_fingerprint:
            self._system_fingerprint = chunk.system_fingerprint
        if chunk.service_tier:
            self._service_tier = chunk.service_tier
        for choice in chunk.choices:
            state = self._choices.get(choice.index)
            if state is None:
                state = self._choices[choice.index] = _ChoiceState()
            delta = choice.delta
            if delta.role:
                state.role = delta.role
            if delta.content:
                state.content.append(delta.content)
            if delta.refusal:
                state.refusal.append(delta.refusal)
            if delta.tool_calls:
                _merge_tool_calls(state, delta.tool_calls)
            extra = delta.__pydantic_extra__
            if extra:
                _merge_extra_text(state, extra)
            if choice.finish_reason:
                state.finish_reason = choice.finish_reason
            if choice.logprobs is not None:
                _merge_logprobs(state, choice.logprobs)

    def completion(self) -> ChatCompletion:
        """The completion assembled from the chunks merged so far."""
        data: dict[str, Any] = {
            "id": self._id or "",
            "object": "chat.completion",
            "created": self._created or 0,
            "model": self._model or "",
            "choices": [_choice_dict(i, self._choices[i]) for i in sorted(self._choices)],
        }
        if self._usage is not None:
            data["usage"] = self._usage
        if self._system_fingerprint is not None:
            data["system_fingerprint"] = self._system_fingerprint
        if self._service_tier is not None:
            data["service_tier"] = self._service_tier
        return ChatCompletion.model_validate(data)


def _merge_tool_calls(state: _ChoiceState, tool_calls: list[Any]) -> None:
    for call in tool_calls:
        target = state.tool_calls.get(call.index)
        if target is None:
            target = state.tool_calls[call.index] = _ToolCallState()
        if call.id and target.id is None:
            target.id = call.id
        if call.type and target.type is None:
            target.type = call.type
        function = call.function
        if function is not None:
            if function.name and target.name is None:
                target.name = function.name
            if function.arguments:
                target.arguments.append(function.arguments)


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
                "id": call.id or "",
                "type": call.type or "function",
                "function": {"name": call.name or "", "arguments": "".join(call.arguments)},
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
