"""Endpoint helpers (as ``openai.lib``): structured outputs, tools, stream accumulators.

``client.chat.completions.parse`` / ``stream`` / ``run_tools``, ``client.responses.parse`` /
``stream``, ``client.messages.stream`` and ``client.videos.poll`` / ``create_and_poll`` come
from the mixins here, which the generated resources inherit (the spec's ``x-sdk-helpers``). See
the README's "Structured outputs and tools" and "Videos".
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
from ._message_accumulator import MessageAccumulator
from ._messages import (
    AsyncMessagesHelpers,
    AsyncMessageStreamManager,
    MessagesHelpers,
    MessageStreamManager,
)
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
from ._video_polling import VideoFailedError, VideoPollTimeoutError
from ._videos import AsyncVideosHelpers, VideosHelpers

__all__ = [
    "AsyncChatCompletionStream",
    "AsyncChatCompletionStreamManager",
    "AsyncChatCompletionsHelpers",
    "AsyncMessageStreamManager",
    "AsyncMessagesHelpers",
    "AsyncResponseStream",
    "AsyncResponseStreamManager",
    "AsyncResponsesHelpers",
    "AsyncVideosHelpers",
    "ChatCompletionStream",
    "ChatCompletionStreamEvent",
    "ChatCompletionAccumulator",
    "MessageAccumulator",
    "ChatCompletionStreamManager",
    "ChatCompletionsHelpers",
    "ChunkEvent",
    "ContentDeltaEvent",
    "ContentDoneEvent",
    "ContentFilterFinishReasonError",
    "FunctionToolCallArgumentsDeltaEvent",
    "FunctionToolCallArgumentsDoneEvent",
    "LengthFinishReasonError",
    "MessageStreamManager",
    "MessagesHelpers",
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
    "VideoFailedError",
    "VideoPollTimeoutError",
    "VideosHelpers",
    "pydantic_function_tool",
    "to_strict_json_schema",
]
