"""The helper methods of ``client.chat.completions`` and ``client.responses``: mixins that
the generated resources inherit (the spec's ``x-sdk-helpers``).

Each helper checks its types before any I/O, then calls the generated ``create`` of its
resource, so the sync client's helpers run the async core through the sync facade like every
other call; what they add (parsing, events, the tool loop) is plain code shared by both.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from types import FunctionType
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias, TypeVar, cast, overload

import anyio

from .._not_given import NOT_GIVEN
from .._request.signatures import signature_of_options
from ._chat_stream import (
    AsyncChatCompletionStreamManager,
    ChatCompletionStreamManager,
    ChatStreamState,
)
from ._parsing import chat_response_format, parse_chat_completion, parse_response, responses_text
from ._pydantic_schema import output_type
from ._responses_stream import (
    AsyncResponseStreamManager,
    ResponseStreamManager,
    ResponseStreamState,
)
from ._tool_runner import PendingCall, ToolConversation, ToolRun
from ._tools import responses_tools
from ._types import ParsedChatCompletion, ParsedResponse

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._generated.params import ChatCompletionToolParam, ResponseToolParam
    from .._generated.resources import (
        ChatCompletionsCreateHelperArgs,
        ResponsesCreateHelperArgs,
    )

    ResponsesToolArg: TypeAlias = "ResponseToolParam | ChatCompletionToolParam"

__all__ = [
    "AsyncChatCompletionsHelpers",
    "AsyncResponsesHelpers",
    "ChatCompletionsHelpers",
    "ResponsesHelpers",
    "describe_helpers",
]

_HELPER_NAMES = ("parse", "stream", "run_tools", "create_and_poll")


def describe_helpers(*mixins: type, arguments: type, last: type) -> None:
    """Give the helpers of ``mixins`` the signature ``help()``, Jupyter and IDEs show: their
    own keyword parameters, then every key of the TypedDict ``arguments`` (the generated
    ``<Stem>HelperArgs``), the per-call options (``last``) at the end. The generated
    resources call it once, after defining ``arguments``."""
    describe = signature_of_options(arguments, missing=NOT_GIVEN, last=last)
    for mixin in mixins:
        for name in _HELPER_NAMES:
            method: object = vars(mixin).get(name)
            if isinstance(method, FunctionType):
                # From the method's own parameters, not a signature given before (the
                # generated module imported again, e.g. from another spec, calls this again).
                method.__dict__.pop("__signature__", None)
                describe(method)


T = TypeVar("T")

RunnableToolArg: TypeAlias = "Callable[..., Any] | ChatCompletionToolParam"
"""A tool ``run_tools`` runs: a Python function, or a ``pydantic_function_tool(...,
function=...)``."""


class _Creates(Protocol):
    def create(self, **kwargs: Any) -> Any: ...


def _create(resource: object) -> Callable[..., Any]:
    return cast("_Creates", resource).create


def _chat_arguments(
    kwargs: dict[str, Any], response_format: type[Any] | None, tools: object
) -> dict[str, Any]:
    """``create``'s arguments: the type as a strict ``json_schema``, the tools as a list."""
    arguments = dict(kwargs)
    if response_format is not None:
        arguments["response_format"] = chat_response_format(response_format)
    if tools is not None:
        arguments["tools"] = tools
    return arguments


def _responses_arguments(
    kwargs: Any, text_format: type[Any], tools: Iterable[object] | None
) -> tuple[dict[str, Any], list[object] | None]:
    """``create``'s arguments: the type as a strict ``text.format``, the tools flattened to
    the Responses shape (see :func:`responses_tools`); and those tools."""
    arguments: dict[str, Any] = dict(kwargs)
    arguments["text"] = responses_text(text_format, arguments.get("text"))
    listed = responses_tools(tools)
    if listed is not None:
        arguments["tools"] = listed
    return arguments, listed


def _tool_list(tools: Iterable[object] | None) -> list[object] | None:
    return None if tools is None else list(tools)


class AsyncChatCompletionsHelpers:
    """``parse``, ``stream`` and ``run_tools`` of ``AsyncPoeClient.chat.completions``."""

    @overload
    async def parse(
        self,
        *,
        response_format: type[T],
        tools: Iterable[ChatCompletionToolParam] | None = None,
        **kwargs: Unpack[ChatCompletionsCreateHelperArgs],
    ) -> ParsedChatCompletion[T]: ...

    @overload
    async def parse(
        self,
        *,
        response_format: None = None,
        tools: Iterable[ChatCompletionToolParam] | None = None,
        **kwargs: Unpack[ChatCompletionsCreateHelperArgs],
    ) -> ParsedChatCompletion[None]: ...

    async def parse(
        self,
        *,
        response_format: type[Any] | None = None,
        tools: Iterable[ChatCompletionToolParam] | None = None,
        **kwargs: Any,
    ) -> ParsedChatCompletion[Any]:
        """Create a chat completion whose reply is parsed: ``choices[i].message.parsed`` is a
        ``response_format`` (a pydantic model, dataclass or TypedDict, sent as a strict JSON
        schema), and each call of a ``pydantic_function_tool`` has ``parsed_arguments``.

        Raises :class:`~poe_sdk.LengthFinishReasonError` or
        :class:`~poe_sdk.ContentFilterFinishReasonError` for a reply cut short, and
        :class:`~poe_sdk.StructuredOutputError` for one that is not the type."""
        listed = _tool_list(tools)
        arguments = _chat_arguments(kwargs, response_format, listed)
        completion = await _create(self)(**arguments)
        return parse_chat_completion(completion, response_format, listed)

    @overload
    def stream(
        self,
        *,
        response_format: type[T],
        tools: Iterable[ChatCompletionToolParam] | None = None,
        **kwargs: Unpack[ChatCompletionsCreateHelperArgs],
    ) -> AsyncChatCompletionStreamManager[T]: ...

    @overload
    def stream(
        self,
        *,
        response_format: None = None,
        tools: Iterable[ChatCompletionToolParam] | None = None,
        **kwargs: Unpack[ChatCompletionsCreateHelperArgs],
    ) -> AsyncChatCompletionStreamManager[None]: ...

    def stream(
        self,
        *,
        response_format: type[Any] | None = None,
        tools: Iterable[ChatCompletionToolParam] | None = None,
        **kwargs: Any,
    ) -> AsyncChatCompletionStreamManager[Any]:
        """Stream a chat completion as typed events (``async with ... as stream:``): content,
        refusal and tool-call argument deltas and dones, content events carrying ``parsed``,
        the object parsed so far; ``get_final_completion()`` returns the parsed completion."""
        listed = _tool_list(tools)
        arguments = _chat_arguments(kwargs, response_format, listed)
        output = None if response_format is None else output_type(response_format)
        create = _create(self)

        def open_stream() -> Awaitable[Any]:
            return cast("Awaitable[Any]", create(stream=True, **arguments))

        return AsyncChatCompletionStreamManager(open_stream, ChatStreamState(output, listed))

    @overload
    async def run_tools(
        self,
        *,
        tools: Iterable[RunnableToolArg],
        response_format: type[T],
        max_turns: int = 10,
        **kwargs: Unpack[ChatCompletionsCreateHelperArgs],
    ) -> ToolRun[T]: ...

    @overload
    async def run_tools(
        self,
        *,
        tools: Iterable[RunnableToolArg],
        response_format: None = None,
        max_turns: int = 10,
        **kwargs: Unpack[ChatCompletionsCreateHelperArgs],
    ) -> ToolRun[None]: ...

    async def run_tools(
        self,
        *,
        tools: Iterable[RunnableToolArg],
        response_format: type[Any] | None = None,
        max_turns: int = 10,
        **kwargs: Any,
    ) -> ToolRun[Any]:
        """Call the model with ``tools`` (Python functions, whose signatures are their
        schemas, or ``pydantic_function_tool(..., function=...)``), run the calls it makes
        (a turn's async functions concurrently; sync ones are called in the event loop's
        thread, so keep them quick), send the results back, and repeat until it answers
        without calling tools or ``max_turns`` calls were made. A tool's exception is sent
        back to the model as an error result."""
        conversation = ToolConversation(kwargs.pop("messages", ()), tools, max_turns)
        if response_format is not None:
            output_type(response_format)
        definitions = conversation.definitions
        parse = self.parse
        while True:
            completion = await parse(
                messages=list(conversation.messages),
                tools=cast("list[ChatCompletionToolParam]", definitions),
                response_format=response_format,
                **kwargs,
            )
            pending = conversation.record(completion)
            if not pending:
                return conversation.result()
            results: list[object] = [None] * len(pending)
            async with anyio.create_task_group() as group:
                for position, call in enumerate(pending):
                    group.start_soon(_run_async, call, results, position)
            for call, result in zip(pending, results, strict=True):
                conversation.add_result(call, result)


async def _run_async(call: PendingCall, results: list[object], position: int) -> None:
    """Run one tool call (an async function awaited, a sync one called) into ``results``."""
    if call.error is not None or call.tool is None:
        results[position] = call.error
        return
    try:
        result = call.tool.function(*call.args, **call.kwargs)
        if call.tool.is_async:
            result = await result
    except Exception as exc:
        result = exc
    results[position] = result


def _run_sync(call: PendingCall) -> object:
    if call.error is not None or call.tool is None:
        return call.error
    try:
        return call.tool.function(*call.args, **call.kwargs)
    except Exception as exc:
        return exc


class ChatCompletionsHelpers:
    """``parse``, ``stream`` and ``run_tools`` of ``PoeClient.chat.completions``."""

    @overload
    def parse(
        self,
        *,
        response_format: type[T],
        tools: Iterable[ChatCompletionToolParam] | None = None,
        **kwargs: Unpack[ChatCompletionsCreateHelperArgs],
    ) -> ParsedChatCompletion[T]: ...

    @overload
    def parse(
        self,
        *,
        response_format: None = None,
        tools: Iterable[ChatCompletionToolParam] | None = None,
        **kwargs: Unpack[ChatCompletionsCreateHelperArgs],
    ) -> ParsedChatCompletion[None]: ...

    def parse(
        self,
        *,
        response_format: type[Any] | None = None,
        tools: Iterable[ChatCompletionToolParam] | None = None,
        **kwargs: Any,
    ) -> ParsedChatCompletion[Any]:
        """Create a chat completion whose reply is parsed (see ``AsyncPoeClient``'s)."""
        listed = _tool_list(tools)
        arguments = _chat_arguments(kwargs, response_format, listed)
        completion = _create(self)(**arguments)
        return parse_chat_completion(completion, response_format, listed)

    @overload
    def stream(
        self,
        *,
        response_format: type[T],
        tools: Iterable[ChatCompletionToolParam] | None = None,
        **kwargs: Unpack[ChatCompletionsCreateHelperArgs],
    ) -> ChatCompletionStreamManager[T]: ...

    @overload
    def stream(
        self,
        *,
        response_format: None = None,
        tools: Iterable[ChatCompletionToolParam] | None = None,
        **kwargs: Unpack[ChatCompletionsCreateHelperArgs],
    ) -> ChatCompletionStreamManager[None]: ...

    def stream(
        self,
        *,
        response_format: type[Any] | None = None,
        tools: Iterable[ChatCompletionToolParam] | None = None,
        **kwargs: Any,
    ) -> ChatCompletionStreamManager[Any]:
        """Stream a chat completion as typed events (``with ... as stream:``)."""
        listed = _tool_list(tools)
        arguments = _chat_arguments(kwargs, response_format, listed)
        output = None if response_format is None else output_type(response_format)
        create = _create(self)

        def open_stream() -> Any:
            return create(stream=True, **arguments)

        return ChatCompletionStreamManager(open_stream, ChatStreamState(output, listed))

    @overload
    def run_tools(
        self,
        *,
        tools: Iterable[RunnableToolArg],
        response_format: type[T],
        max_turns: int = 10,
        **kwargs: Unpack[ChatCompletionsCreateHelperArgs],
    ) -> ToolRun[T]: ...

    @overload
    def run_tools(
        self,
        *,
        tools: Iterable[RunnableToolArg],
        response_format: None = None,
        max_turns: int = 10,
        **kwargs: Unpack[ChatCompletionsCreateHelperArgs],
    ) -> ToolRun[None]: ...

    def run_tools(
        self,
        *,
        tools: Iterable[RunnableToolArg],
        response_format: type[Any] | None = None,
        max_turns: int = 10,
        **kwargs: Any,
    ) -> ToolRun[Any]:
        """Call the model with ``tools`` (sync Python functions or
        ``pydantic_function_tool(..., function=...)``), run the calls it makes in this thread,
        send the results back, until it answers without tools or after ``max_turns`` calls."""
        conversation = ToolConversation(kwargs.pop("messages", ()), tools, max_turns)
        conversation.check_sync()
        if response_format is not None:
            output_type(response_format)
        definitions = conversation.definitions
        parse = self.parse
        while True:
            completion = parse(
                messages=list(conversation.messages),
                tools=cast("list[ChatCompletionToolParam]", definitions),
                response_format=response_format,
                **kwargs,
            )
            pending = conversation.record(completion)
            if not pending:
                return conversation.result()
            for call in pending:
                conversation.add_result(call, _run_sync(call))


class AsyncResponsesHelpers:
    """``parse`` and ``stream`` of ``AsyncPoeClient.responses``."""

    async def parse(
        self,
        *,
        text_format: type[T],
        tools: Iterable[ResponsesToolArg] | None = None,
        **kwargs: Unpack[ResponsesCreateHelperArgs],
    ) -> ParsedResponse[T]:
        """Create a response whose output text is parsed: ``output_parsed`` is a
        ``text_format`` (sent as a strict JSON schema in ``text.format``). ``tools`` may hold
        :func:`~poe_sdk.pydantic_function_tool` tools: their ``function_call`` items carry
        ``parsed_arguments``."""
        arguments, listed = _responses_arguments(kwargs, text_format, tools)
        response = await _create(self)(**arguments)
        return parse_response(response, text_format, listed)

    def stream(
        self,
        *,
        text_format: type[T],
        tools: Iterable[ResponsesToolArg] | None = None,
        **kwargs: Unpack[ResponsesCreateHelperArgs],
    ) -> AsyncResponseStreamManager[T]:
        """Stream a response (``async with ... as stream:``); text events carry ``parsed``,
        ``get_final_response()`` returns the parsed response."""
        arguments, _ = _responses_arguments(kwargs, text_format, tools)
        state = ResponseStreamState(output_type(text_format, "text_format"))
        create = _create(self)

        def open_stream() -> Awaitable[Any]:
            return cast("Awaitable[Any]", create(stream=True, **arguments))

        return AsyncResponseStreamManager(open_stream, state)


class ResponsesHelpers:
    """``parse`` and ``stream`` of ``PoeClient.responses``."""

    def parse(
        self,
        *,
        text_format: type[T],
        tools: Iterable[ResponsesToolArg] | None = None,
        **kwargs: Unpack[ResponsesCreateHelperArgs],
    ) -> ParsedResponse[T]:
        """Create a response whose output text is parsed (see ``AsyncPoeClient``'s)."""
        arguments, listed = _responses_arguments(kwargs, text_format, tools)
        return parse_response(_create(self)(**arguments), text_format, listed)

    def stream(
        self,
        *,
        text_format: type[T],
        tools: Iterable[ResponsesToolArg] | None = None,
        **kwargs: Unpack[ResponsesCreateHelperArgs],
    ) -> ResponseStreamManager[T]:
        """Stream a response (``with ... as stream:``)."""
        arguments, _ = _responses_arguments(kwargs, text_format, tools)
        state = ResponseStreamState(output_type(text_format, "text_format"))
        create = _create(self)

        def open_stream() -> Any:
            return create(stream=True, **arguments)

        return ResponseStreamManager(open_stream, state)
