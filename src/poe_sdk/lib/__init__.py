"""Endpoint helpers (as ``openai.lib``): structured outputs, tools, stream accumulators.

``client.chat.completions.parse`` / ``stream`` / ``run_tools`` and ``client.responses.parse``
/ ``stream`` come from the mixins here, which the generated resources inherit (the spec's
``x-sdk-helpers``). See the README's "Structured outputs and tools".
"""

from __future__ import annotations

from ._chat_accumulator import ChatCompletionAccumulator
from ._chat_stream import (
    AsyncChatCompletionStream,
    AsyncChatCompletionStreamManager,
    ChatCompletionStream,
    ChatCompletionStreamEvent,
    ChatCompletionStreamManager,
    ChunkEvent,
    ContentDeltaEvent,
    ContentDoneEvent,
    FunctionToolCallArgumentsDeltaEvent,
    FunctionToolCallArgumentsDoneEvent,
    RefusalDeltaEvent,
    RefusalDoneEvent,
)
from ._errors import ContentFilterFinishReasonError, LengthFinishReasonError, StructuredOutputError
from ._pydantic_schema import to_strict_json_schema
from ._resources import (
    AsyncChatCompletionsHelpers,
    AsyncResponsesHelpers,
    ChatCompletionsHelpers,
    ResponsesHelpers,
)
from ._response_accumulator import ResponseAccumulator
from ._responses_stream import (
    AsyncResponseStream,
    AsyncResponseStreamManager,
    ResponsesStreamEvent,
    ResponseStream,
    ResponseStreamManager,
    ResponseTextDeltaEvent,
    ResponseTextDoneEvent,
)
from ._tool_runner import ToolRun
from ._tools import pydantic_function_tool

__all__ = [
    "AsyncChatCompletionStream",
    "AsyncChatCompletionStreamManager",
    "AsyncChatCompletionsHelpers",
    "AsyncResponseStream",
    "AsyncResponseStreamManager",
    "AsyncResponsesHelpers",
    "ChatCompletionStream",
    "ChatCompletionStreamEvent",
    "ChatCompletionAccumulator",
    "ChatCompletionStreamManager",
    "ChatCompletionsHelpers",
    "ChunkEvent",
    "ContentDeltaEvent",
    "ContentDoneEvent",
    "ContentFilterFinishReasonError",
    "FunctionToolCallArgumentsDeltaEvent",
    "FunctionToolCallArgumentsDoneEvent",
    "LengthFinishReasonError",
    "RefusalDeltaEvent",
    "RefusalDoneEvent",
    "ResponseAccumulator",
    "ResponseStream",
    "ResponseStreamManager",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "ResponsesHelpers",
    "ResponsesStreamEvent",
    "StructuredOutputError",
    "ToolRun",
    "pydantic_function_tool",
    "to_strict_json_schema",
]
