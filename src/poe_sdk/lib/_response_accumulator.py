"""Assemble a Responses API ``Response`` from its streamed events.

The final event (``response.completed``, ``failed`` or ``incomplete``) carries the whole
response, which is then the result; before it (a truncated stream) the response is assembled
from the events seen so far: the ``response`` of ``response.created``/``in_progress``, the
output items as added or done, their text, refusal, argument and reasoning-summary deltas.
Events read tolerantly may hold values of the wrong type; merging skips what it cannot use.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

from pydantic import BaseModel, ValidationError

from .._generated.models import Response
from .._replies.parse import Reading, read_model

__all__ = ["ResponseAccumulator"]

_RESPONSE_EVENTS = frozenset(
    {
        "response.created",
        "response.in_progress",
        "response.queued",
        "response.completed",
        "response.failed",
        "response.incomplete",
    }
)
_FINAL_EVENTS = frozenset({"response.completed", "response.failed", "response.incomplete"})
_TEXT_DELTA = "response.output_text.delta"


@dataclass(slots=True)
class _ItemState:
    added: dict[str, Any] = field(default_factory=dict[str, Any])
    done: dict[str, Any] | None = None
    parts: dict[int, dict[str, Any]] = field(default_factory=dict[int, dict[str, Any]])
    texts: dict[int, list[str]] = field(default_factory=dict[int, list[str]])
    refusals: dict[int, list[str]] = field(default_factory=dict[int, list[str]])
    arguments: list[str] = field(default_factory=list[str])
    summaries: dict[int, list[str]] = field(default_factory=dict[int, list[str]])


class ResponseAccumulator:
    """Merges Responses API stream events into one :class:`Response`, at a constant cost per
    event; :meth:`add` returns the error a ``response.failed`` or ``error`` event reports,
    which the stream raises as its typed :class:`~poe_sdk.APIError`.

    Use it on events you iterate yourself::

        acc = ResponseAccumulator()
        async for event in stream:
            acc.add(event)
        response = acc.completion()
    """

    def __init__(self) -> None:
        self.chunk_count = 0
        self._base: BaseModel | None = None
        self._final: BaseModel | None = None
        self._items: dict[int, _ItemState] = {}

    @staticmethod
    def text_delta(event: Any) -> str | None:
        """The output text an event adds (``response.output_text.delta``), else ``None``."""
        if getattr(event, "type", None) == _TEXT_DELTA:
            delta: object = event.delta
            return delta if isinstance(delta, str) else None
        return None

    def add(self, event: Any) -> dict[str, Any] | None:
        """Merge one event; returns the ``{"error": ...}`` a failure event reports."""
        self.chunk_count += 1
        kind: object = getattr(event, "type", None)
        if kind == _TEXT_DELTA:
            state = self._item(event, "message")
            _append(state.texts, _index(getattr(event, "content_index", 0)), event.delta)
        elif kind in _RESPONSE_EVENTS:
            response: object = getattr(event, "response", None)
            if isinstance(response, BaseModel):
                if kind in _FINAL_EVENTS:
                    self._final = response
                else:
                    self._base = response
            if kind == "response.failed":
                return {"error": _failure(response)}
        elif kind == "response.output_item.added" or kind == "response.output_item.done":
            item = _dump(getattr(event, "item", None))
            if item is not None:
                kind_of_item = str(item.get("type") or "message")
                state = self._item(event, kind_of_item, starts=kind == "response.output_item.added")
                if kind == "response.output_item.added":
                    state.added = item
                else:
                    state.done = item
        elif kind == "response.content_part.added":
            part = _dump(getattr(event, "part", None))
            if part is not None:
                state = self._item(event, "message")
                state.parts[_index(getattr(event, "content_index", 0))] = part
        elif kind == "response.refusal.delta":
            state = self._item(event, "message")
            delta_of = getattr(event, "delta", None)
            _append(state.refusals, _index(getattr(event, "content_index", 0)), delta_of)
        elif kind == "response.function_call_arguments.delta":
            delta: object = getattr(event, "delta", None)
            if isinstance(delta, str):
                self._item(event, "function_call").arguments.append(delta)
        elif kind == "response.reasoning_summary_text.delta":
            state = self._item(event, "reasoning")
            _append(state.summaries, _index(getattr(event, "summary_index", 0)), event.delta)
        elif kind == "error":
            return {
                "error": {
                    "code": getattr(event, "code", None),
                    "message": getattr(event, "message", None),
                    "param": getattr(event, "param", None),
                }
            }
        return None

    def _item(self, event: Any, kind: str, *, starts: bool = False) -> _ItemState:
        """The state of the event's output item; without ``output_index``, a new item for an
        event that starts one, else the latest item."""
        latest = max(self._items, default=0)
        position = _index(getattr(event, "output_index", None), latest + 1 if starts else latest)
        state = self._items.get(position)
        if state is None:
            state = self._items[position] = _ItemState(added={"type": kind})
        return state

    def completion(self) -> Response:
        """The final event's response; before one arrived, the response assembled so far."""
        output = [_item_dict(self._items[i]) for i in sorted(self._items)]
        final = self._final
        if isinstance(final, Response):
            if output and not final.output:  # a server that leaves the final output empty
                return final.model_copy(update={"output": _build(output)})
            return final
        data: dict[str, Any] = {"object": "response", "status": "in_progress"}
        if self._base is not None:
            data.update(self._base.model_dump(mode="json", by_alias=True, exclude_unset=True))
            data["status"] = "in_progress"
        data["output"] = output
        try:
            return Response.model_validate(data)
        except ValidationError:  # something was kept as sent, or no response event came
            return read_model(Response, data, Reading())


def _index(value: object, default: int = 0) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _append(texts: dict[int, list[str]], position: int, delta: object) -> None:
    if isinstance(delta, str):
        texts.setdefault(position, []).append(delta)


def _dump(value: object) -> dict[str, Any] | None:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return cast(dict[str, Any], value) if isinstance(value, dict) else None


def _failure(response: object) -> dict[str, Any]:
    error = _dump(getattr(response, "error", None)) or {}
    return {
        "code": error.get("code") or "server_error",
        "message": error.get("message") or "The response failed.",
    }


def _item_dict(state: _ItemState) -> dict[str, Any]:
    if state.done is not None:
        return state.done
    item = dict(state.added)
    kind = item.get("type")
    if kind == "message":
        positions = sorted({*state.parts, *state.texts, *state.refusals})
        if positions:
            item["content"] = [_part_dict(state, i) for i in positions]
        else:
            item.setdefault("content", [])
    elif kind == "function_call" and state.arguments:
        item["arguments"] = "".join(state.arguments)
    elif kind == "reasoning" and state.summaries:
        item["summary"] = [
            {"type": "summary_text", "text": "".join(state.summaries[i])}
            for i in sorted(state.summaries)
        ]
    return item


def _part_dict(state: _ItemState, position: int) -> dict[str, Any]:
    if position in state.refusals:
        return {"type": "refusal", "refusal": "".join(state.refusals[position])}
    part = dict(state.parts.get(position) or {"type": "output_text", "annotations": []})
    if position in state.texts:
        part["text"] = "".join(state.texts[position])
    part.setdefault("text", "")
    return part


def _build(output: list[dict[str, Any]]) -> list[Any]:
    return read_model(Response, {"output": output}, Reading()).output
