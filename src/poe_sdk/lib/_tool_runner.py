"""``chat.completions.run_tools``: call the model, run the tools it calls, send the results
back, until it answers without tools or ``max_turns`` calls were made.

:class:`ToolConversation` holds the exchange and decides each step without I/O; the clients
drive it: the async one runs a turn's async tools concurrently, the sync one runs its
functions in the calling thread.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, cast

import pydantic
from pydantic_core import to_json

from .._exceptions import RequestValidationError
from ._tools import RunnableTool, runnable_tools
from ._types import ParsedChatCompletion, ParsedFunctionToolCall

__all__ = ["PendingCall", "ToolConversation", "ToolRun"]

T = TypeVar("T")

logger = logging.getLogger("poe_sdk")


@dataclass(frozen=True, slots=True)
class PendingCall:
    """A tool call to run: the call, its tool (``None``: the model named no offered tool)
    and its arguments, or the error that reading them raised."""

    call: ParsedFunctionToolCall
    tool: RunnableTool | None
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict[str, Any])
    error: str | None = None


@dataclass
class ToolRun(Generic[T]):
    """What ``run_tools`` returns: the ``completion`` that ended the run (its message has no
    tool calls, unless ``max_turns`` ended it), every completion in order, and ``messages``,
    the whole exchange (your messages, the assistant's and the tool results) to continue it."""

    completion: ParsedChatCompletion[T]
    completions: list[ParsedChatCompletion[T]]
    messages: list[dict[str, Any]]

    @property
    def turns(self) -> int:
        """How many times the model was called."""
        return len(self.completions)


class ToolConversation:
    """The exchange of one ``run_tools`` call: checked tools, messages so far, turns left."""

    def __init__(self, messages: Iterable[object], tools: Iterable[object], max_turns: int) -> None:
        if (
            isinstance(max_turns, bool)
            or not isinstance(cast(object, max_turns), int)
            or max_turns < 1
        ):
            raise RequestValidationError(
                f"Invalid argument max_turns: a positive integer is required (got {max_turns!r})",
                param="max_turns",
                rule="integer >= 1",
            )
        self.tools = runnable_tools(tools)
        if not self.tools:
            raise RequestValidationError(
                "Invalid argument tools: run_tools needs at least one tool",
                param="tools",
                rule="non-empty",
            )
        self.messages: list[Any] = list(messages)
        self.completions: list[Any] = []
        self.max_turns = max_turns
        self._by_name = {tool.name: tool for tool in self.tools}

    @property
    def definitions(self) -> list[dict[str, Any]]:
        """The ``tools`` argument of each model call."""
        return [tool.definition for tool in self.tools]

    def check_sync(self) -> None:
        """Refuse async tools (before any I/O), which the sync client cannot run."""
        for position, tool in enumerate(self.tools):
            if tool.is_async:
                raise RequestValidationError(
                    f"Invalid argument tools[{position}]: {tool.name} is an async function; "
                    "the sync client runs sync functions (use AsyncPoeClient for async tools)",
                    param=f"tools[{position}]",
                    rule="sync function",
                )

    def record(self, completion: ParsedChatCompletion[Any]) -> list[PendingCall]:
        """Add the model's reply; the calls to run now (``[]``: the run is over)."""
        self.completions.append(completion)
        message = completion.choices[0].message if completion.choices else None
        if message is None:
            return []
        calls = message.tool_calls or []
        self.messages.append(_assistant_message(message.content, calls))
        if not calls or len(self.completions) >= self.max_turns:
            return []
        return [self._pending(call) for call in calls]

    def _pending(self, call: ParsedFunctionToolCall) -> PendingCall:
        tool = self._by_name.get(call.function.name)
        if tool is None:
            return PendingCall(call, None, error=f"Error: there is no tool {call.function.name!r}")
        try:
            args, kwargs = tool.arguments(call.function.arguments)
        except pydantic.ValidationError as exc:
            return PendingCall(call, tool, error=f"Error: invalid arguments: {exc}")
        return PendingCall(call, tool, args, kwargs)

    def add_result(self, pending: PendingCall, result: object) -> None:
        """Send a tool's result (or the error it raised) back to the model."""
        if isinstance(result, BaseException):
            logger.info(
                "Tool %s raised %r; sent back to the model", pending.call.function.name, result
            )
            content = f"Error: {type(result).__name__}: {result}"
        else:
            content = _as_text(result)
        self.messages.append({"role": "tool", "tool_call_id": pending.call.id, "content": content})

    def result(self) -> ToolRun[Any]:
        """The run's result."""
        return ToolRun(self.completions[-1], list(self.completions), self.messages)


def _assistant_message(content: str | None, calls: list[ParsedFunctionToolCall]) -> dict[str, Any]:
    """The assistant's reply as a message to send back (without the parsed values)."""
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if calls:
        message["tool_calls"] = [
            {
                "id": call.id,
                "type": "function",
                "function": {"name": call.function.name, "arguments": call.function.arguments},
            }
            for call in calls
        ]
    return message


def _as_text(result: object) -> str:
    if isinstance(result, str):
        return result
    if isinstance(result, Mapping | list | tuple | int | float | bool) or result is None:
        return json.dumps(result, default=str, ensure_ascii=False)
    return to_json(result, fallback=str).decode()
