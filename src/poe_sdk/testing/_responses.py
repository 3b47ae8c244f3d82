"""The local server's Responses API: deterministic replies, their events, stored conversations.

Pure functions and a bounded store; :mod:`._app` routes ``POST /v1/responses`` here.
"""

from __future__ import annotations

import copy
import json
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..types import (
    CreateResponseRequest,
    ResponseFormatJsonObject,
    ResponseFunctionTool,
    ResponseInputFunctionCall,
    ResponseInputImage,
    ResponseInputMessage,
    ResponseInputOutputMessage,
    ResponseInputOutputText,
    ResponseInputText,
    ResponseTextFormatJsonSchema,
    ResponseToolChoiceBuiltIn,
    ResponseToolChoiceFunction,
    ResponseWebSearchTool,
)
from ._replies import (
    ARGUMENT_PIECE,
    PIECE,
    InvalidRequestError,
    count_tokens,
    cut_to_tokens,
    data_url,
    describe_image,
    fill_schema,
    prose_answer,
    refuse_choice_without_tools,
)
from .faults import CutOutputFault, OutputFault, ProseFault, RefusalFault

__all__ = ["ResponseStore", "Turn", "build_response", "response_events", "shape_response"]

_MAX_STORED = 1000


@dataclass(frozen=True, slots=True)
class Turn:
    """One item of a conversation: a message, a function call or a function call's result."""

    kind: str  # "message", "function_call" or "function_call_output"
    role: str = ""
    text: str = ""
    call_id: str = ""
    name: str = ""
    received: tuple[str, ...] = ()


@dataclass(slots=True)
class ResponseStore:
    """The conversations of stored responses (``previous_response_id``), the newest
    ``limit`` kept; thread-safe."""

    limit: int = _MAX_STORED
    _turns: OrderedDict[str, tuple[Turn, ...]] = field(
        default_factory=OrderedDict[str, tuple[Turn, ...]]
    )
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def get(self, response_id: str) -> tuple[Turn, ...] | None:
        with self._lock:
            return self._turns.get(response_id)

    def clear(self) -> None:
        with self._lock:
            self._turns.clear()

    def put(self, response_id: str, turns: Sequence[Turn]) -> None:
        with self._lock:
            self._turns[response_id] = tuple(turns)
            while len(self._turns) > self.limit:
                self._turns.popitem(last=False)


def input_turns(request: CreateResponseRequest) -> list[Turn]:
    """The request's ``instructions`` and ``input`` as turns."""
    turns: list[Turn] = []
    if request.instructions:
        turns.append(Turn("message", role="system", text=request.instructions))
    if isinstance(request.input, str):
        return [*turns, Turn("message", role="user", text=request.input)]
    for item in request.input:
        if isinstance(item, ResponseInputMessage):
            text, received = _message_text(item)
            turns.append(Turn("message", role=item.role, text=text, received=received))
        elif isinstance(item, ResponseInputOutputMessage):
            text = "".join(p.text for p in item.content if isinstance(p, ResponseInputOutputText))
            turns.append(Turn("message", role="assistant", text=text))
        elif isinstance(item, ResponseInputFunctionCall):
            turns.append(
                Turn("function_call", text=item.arguments, call_id=item.call_id, name=item.name)
            )
        else:
            turns.append(Turn("function_call_output", text=item.output, call_id=item.call_id))
    return turns


def build_response(
    request: CreateResponseRequest,
    history: Sequence[Turn],
    *,
    response_id: str,
    sequence: int,
    created_at: int,
) -> tuple[dict[str, Any], list[Turn]]:
    """The ``Response`` JSON answering ``request`` after ``history`` (a stored conversation),
    and the conversation including this response, to store under ``response_id``.

    * Function tools offered, ``tool_choice`` not ``"none"`` and the last input a user
      message: a ``function_call`` of the named (or first) function, its arguments filled
      from its parameters' JSON schema.
    * Last input a ``function_call_output``: ``The tool <name> returned: <output>``.
    * Otherwise ``Echo: <last user text>``, with ``(turn N)`` when the conversation (a stored
      one continued, or the input's history) holds N > 1 user messages; ``text.format``
      ``json_object`` gives ``{"echo": ...}``, ``json_schema`` an object filled from the
      schema.
    * ``reasoning`` adds a reasoning item first (a summary when one is asked for);
      ``web_search_preview`` offered adds a ``web_search_call``; ``max_output_tokens`` cuts
      the text (status ``incomplete``).

    Raises:
        InvalidRequestError: ``tool_choice`` names no offered tool, or is set without tools.
    """
    turns = [*history, *input_turns(request)]
    last = turns[-1] if turns else Turn("message", role="user")
    user = next((t for t in reversed(turns) if t.kind == "message" and t.role == "user"), None)
    user_text = user.text if user is not None else "(no user message)"
    output: list[dict[str, Any]] = []
    if request.reasoning is not None:
        summary = []
        if request.reasoning.summary is not None:
            summary = [{"type": "summary_text", "text": f"The user asked: {user_text}"}]
        output.append({"type": "reasoning", "id": f"rs_local_{sequence:06d}", "summary": summary})
    function, web_search = _chosen_tools(request)
    status, incomplete = "completed", None
    if function is not None and last.kind == "message" and last.role == "user":
        arguments = json.dumps(fill_schema(function.parameters or {}, user_text, 0))
        output.append(
            {
                "type": "function_call",
                "id": f"fc_local_{sequence:06d}",
                "call_id": f"call_local_{sequence:06d}",
                "name": function.name,
                "arguments": arguments,
                "status": "completed",
            }
        )
    else:
        if web_search:
            output.append(
                {
                    "type": "web_search_call",
                    "id": f"ws_local_{sequence:06d}",
                    "status": "completed",
                    "action": {"type": "search", "query": user_text},
                }
            )
        text = _answer(request, turns, last, user)
        text, cut = cut_to_tokens(text, request.max_output_tokens)
        if cut:
            status, incomplete = "incomplete", {"reason": "max_output_tokens"}
        output.append(
            {
                "type": "message",
                "id": f"msg_local_{sequence:06d}",
                "status": status,
                "role": "assistant",
                "content": [{"type": "output_text", "text": text, "annotations": []}],
            }
        )
    input_tokens = sum(count_tokens(t.text) for t in turns)
    output_tokens = sum(count_tokens(_item_text(item)) for item in output)
    body: dict[str, Any] = {
        "id": response_id,
        "object": "response",
        "created_at": created_at,
        "status": status,
        "error": None,
        "incomplete_details": incomplete,
        "instructions": request.instructions,
        "max_output_tokens": request.max_output_tokens,
        "model": request.model,
        "output": output,
        "parallel_tool_calls": request.parallel_tool_calls is not False,
        "previous_response_id": request.previous_response_id,
        "reasoning": _dump(request.reasoning),
        "store": request.store is not False,
        "temperature": request.temperature if request.temperature is not None else 1.0,
        "text": _dump(request.text) or {"format": {"type": "text"}},
        "tool_choice": _dump(request.tool_choice) or "auto",
        "tools": [_dump(tool) for tool in request.tools or []],
        "top_p": request.top_p if request.top_p is not None else 1.0,
        "usage": {
            "input_tokens": input_tokens,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": output_tokens,
            "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": input_tokens + output_tokens,
        },
        "user": request.user,
        "metadata": dict(request.metadata or {}),
    }
    stored = [turn for turn in map(_output_turn, output) if turn is not None]
    return body, [*turns, *stored]


def response_events(response: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The stream of ``response`` as ``(type, event)`` pairs, in the order OpenAI's server
    sends them, ending with ``response.completed`` (or ``response.incomplete``)."""
    events: list[tuple[str, dict[str, Any]]] = []

    def emit(kind: str, **fields: Any) -> None:
        events.append((kind, {"type": kind, "sequence_number": len(events), **fields}))

    start: dict[str, Any] = {**response, "status": "in_progress", "output": [], "usage": None}
    start["incomplete_details"] = None
    emit("response.created", response=start)
    emit("response.in_progress", response=start)
    for index, item in enumerate(response["output"]):
        kind = item["type"]
        item_id = item.get("id")
        where = {"item_id": item_id, "output_index": index}
        if kind == "message":
            emit("response.output_item.added", output_index=index, item={**item, "content": []})
            for part_index, part in enumerate(item["content"]):
                at = {**where, "content_index": part_index}
                if part["type"] == "refusal":
                    emit("response.content_part.added", **at, part={**part, "refusal": ""})
                    for piece in PIECE.findall(part["refusal"]):
                        emit("response.refusal.delta", **at, delta=piece)
                    emit("response.refusal.done", **at, refusal=part["refusal"])
                    emit("response.content_part.done", **at, part=part)
                    continue
                emit("response.content_part.added", **at, part={**part, "text": ""})
                for piece in PIECE.findall(part["text"]):
                    emit("response.output_text.delta", **at, delta=piece)
                emit("response.output_text.done", **at, text=part["text"])
                emit("response.content_part.done", **at, part=part)
        elif kind == "function_call":
            arguments = item["arguments"]
            added = {**item, "arguments": "", "status": "in_progress"}
            emit("response.output_item.added", output_index=index, item=added)
            for start_at in range(0, len(arguments), ARGUMENT_PIECE):
                piece = arguments[start_at : start_at + ARGUMENT_PIECE]
                emit("response.function_call_arguments.delta", **where, delta=piece)
            emit("response.function_call_arguments.done", **where, arguments=arguments)
        elif kind == "reasoning":
            emit("response.output_item.added", output_index=index, item={**item, "summary": []})
            for summary_index, summary in enumerate(item["summary"]):
                for piece in PIECE.findall(summary["text"]):
                    emit(
                        "response.reasoning_summary_text.delta",
                        **where,
                        summary_index=summary_index,
                        delta=piece,
                    )
        else:  # a web search
            searching = {**item, "status": "in_progress"}
            emit("response.output_item.added", output_index=index, item=searching)
            for step in ("in_progress", "searching", "completed"):
                emit(f"response.web_search_call.{step}", **where)
        emit("response.output_item.done", output_index=index, item=item)
    final = "response.incomplete" if response["status"] == "incomplete" else "response.completed"
    emit(final, response=response)
    return events


def shape_response(response: dict[str, Any], fault: OutputFault) -> dict[str, Any]:
    """``response`` as an output fault changes the text of its messages."""
    response = copy.deepcopy(response)
    for item in response["output"]:
        if item["type"] != "message":
            continue
        for position, part in enumerate(item["content"]):
            if part["type"] != "output_text":
                continue
            text: str = part["text"]
            if isinstance(fault, RefusalFault):
                item["content"][position] = {"type": "refusal", "refusal": fault.message}
            elif isinstance(fault, ProseFault):
                part["text"] = prose_answer(text)
            else:
                part["text"] = text[: len(text) // 2]
        if isinstance(fault, CutOutputFault):
            reason = "max_output_tokens" if fault.finish_reason == "length" else "content_filter"
            item["status"] = response["status"] = "incomplete"
            response["incomplete_details"] = {"reason": reason}
    return response


def failed_event(first: dict[str, Any], code: str, message: str) -> dict[str, Any]:
    """A ``response.failed`` event for the stream whose first event is ``first``."""
    response: dict[str, Any] = copy.deepcopy(first.get("response") or {})
    response.update(status="failed", error={"code": code, "message": message}, output=[])
    return {"type": "response.failed", "sequence_number": -1, "response": response}


def _chosen_tools(request: CreateResponseRequest) -> tuple[ResponseFunctionTool | None, bool]:
    """The function the reply calls (``None``: no call) and whether it searches the web."""
    tools = request.tools or []
    choice = request.tool_choice
    refuse_choice_without_tools(choice, tools)
    functions = [t for t in tools if isinstance(t, ResponseFunctionTool)]
    web_search = any(isinstance(t, ResponseWebSearchTool) for t in tools) and choice != "none"
    if isinstance(choice, ResponseToolChoiceFunction):
        for tool in functions:
            if tool.name == choice.name:
                return tool, web_search
        raise InvalidRequestError(
            f"Invalid value for 'tool_choice': no function named {choice.name!r} was "
            "specified in 'tools'.",
            "tool_choice",
        )
    if isinstance(choice, ResponseToolChoiceBuiltIn) or choice == "none" or not functions:
        return None, web_search
    return functions[0], web_search


def _answer(
    request: CreateResponseRequest,
    turns: Sequence[Turn],
    last: Turn,
    user: Turn | None,
) -> str:
    if last.kind == "function_call_output":
        call = next(
            (t for t in turns if t.kind == "function_call" and t.call_id == last.call_id), None
        )
        name = call.name if call is not None else last.call_id
        return f"The tool {name} returned: {last.text}"
    text = user.text if user is not None else "(no user message)"
    text_format = request.text.format if request.text is not None else None
    if isinstance(text_format, ResponseFormatJsonObject):
        return json.dumps({"echo": text}, ensure_ascii=False)
    if isinstance(text_format, ResponseTextFormatJsonSchema):
        return json.dumps(fill_schema(text_format.schema_, text, 0), ensure_ascii=False)
    echo = f"Echo: {text}" if text else "Echo:"
    if user is not None and user.received:
        echo += f" [received: {'; '.join(user.received)}]"
    turn = sum(1 for t in turns if t.kind == "message" and t.role == "user")
    return f"{echo} (turn {turn})" if turn > 1 else echo


def _message_text(message: ResponseInputMessage) -> tuple[str, tuple[str, ...]]:
    content = message.content
    if isinstance(content, str):
        return content, ()
    texts: list[str] = []
    received: list[str] = []
    for part in content:
        if isinstance(part, ResponseInputText):
            texts.append(part.text)
        elif isinstance(part, ResponseInputImage):
            url = part.image_url
            received.append(describe_image(url) if url else f"image (id {part.file_id})")
        else:
            name = f"file {part.filename!r}" if part.filename else "file"
            if part.file_data:
                mime, size = data_url(part.file_data)
                received.append(f"{name} ({mime}, {size} bytes)")
            else:
                received.append(f"{name} ({part.file_url or 'id ' + str(part.file_id)})")
    return " ".join(texts), tuple(received)


def _item_text(item: dict[str, Any]) -> str:
    if item["type"] == "message":
        return " ".join(part.get("text", "") for part in item["content"])
    if item["type"] == "function_call":
        return str(item["arguments"])
    return " ".join(s["text"] for s in item.get("summary", []))


def _output_turn(item: dict[str, Any]) -> Turn | None:
    if item["type"] == "function_call":
        return Turn(
            "function_call", text=item["arguments"], call_id=item["call_id"], name=item["name"]
        )
    if item["type"] == "message":
        return Turn("message", role="assistant", text=_item_text(item))
    return None


def _dump(value: object) -> Any:
    if value is None or isinstance(value, str):
        return value
    dump = getattr(value, "model_dump", None)
    return dump(mode="json", by_alias=True, exclude_unset=True) if dump is not None else value
