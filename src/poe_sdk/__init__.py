"""poe-sdk: an async-first, typed client for the Poe API and OpenAI-compatible servers.

Public names are imported on first use, so ``import poe_sdk`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import _exceptions
from ._exceptions import *  # noqa: F403 (cheap: no third-party imports at runtime)
from ._version import __version__

if TYPE_CHECKING:
    from . import types as types
    from ._attachments import Attachment as Attachment
    from ._attachments import AttachmentKind as AttachmentKind
    from ._attachments import find_attachments as find_attachments
    from ._base_models import UnknownVariant as UnknownVariant
    from ._call.retry import RetryPolicy as RetryPolicy
    from ._client import AsyncPoeClient as AsyncPoeClient
    from ._client import Timeout as Timeout
    from ._constants import DEFAULT_MAX_RETRIES as DEFAULT_MAX_RETRIES
    from ._constants import DEFAULT_STREAM_IDLE_TIMEOUT as DEFAULT_STREAM_IDLE_TIMEOUT
    from ._http.defaults import DEFAULT_TIMEOUT as DEFAULT_TIMEOUT
    from ._http.limits import ResponseLimits as ResponseLimits
    from ._not_given import NOT_GIVEN as NOT_GIVEN
    from ._not_given import NotGiven as NotGiven
    from ._not_given import Omit as Omit
    from ._replies.binary import AsyncBinaryResponse as AsyncBinaryResponse
    from ._replies.binary import BinaryResponse as BinaryResponse
    from ._replies.pagination import AsyncPage as AsyncPage
    from ._replies.pagination import AsyncPaginator as AsyncPaginator
    from ._replies.pagination import PageInfo as PageInfo
    from ._replies.pagination import SyncPage as SyncPage
    from ._replies.ratelimit import RateLimit as RateLimit
    from ._replies.raw_response import APIResponse as APIResponse
    from ._replies.raw_response import AsyncAPIResponse as AsyncAPIResponse
    from ._replies.streamed_response import (
        AsyncResponseContextManager as AsyncResponseContextManager,
    )
    from ._replies.streamed_response import AsyncStreamedAPIResponse as AsyncStreamedAPIResponse
    from ._replies.streamed_response import ResponseContextManager as ResponseContextManager
    from ._replies.streamed_response import StreamedAPIResponse as StreamedAPIResponse
    from ._replies.streaming import AsyncStream as AsyncStream
    from ._replies.streaming import ChunkAccumulator as ChunkAccumulator
    from ._request.files import AudioFormat as AudioFormat
    from ._request.files import FileSource as FileSource
    from ._request.files import ImageDetail as ImageDetail
    from ._request.files import audio_part as audio_part
    from ._request.files import content_part as content_part
    from ._request.files import file_part as file_part
    from ._request.files import guess_mime_type as guess_mime_type
    from ._request.files import image_part as image_part
    from ._request.files import text_part as text_part
    from ._request.multipart import FileTypes as FileTypes
    from ._request.operation import CallOptions as CallOptions
    from ._request.operation import ModelCallOptions as ModelCallOptions
    from ._sync.client import PoeClient as PoeClient
    from ._sync.stream import Stream as Stream
    from .lib import ChatCompletionAccumulator as ChatCompletionAccumulator
    from .lib import ContentFilterFinishReasonError as ContentFilterFinishReasonError
    from .lib import LengthFinishReasonError as LengthFinishReasonError
    from .lib import MessageAccumulator as MessageAccumulator
    from .lib import ResponseAccumulator as ResponseAccumulator
    from .lib import StructuredOutputError as StructuredOutputError
    from .lib import VideoFailedError as VideoFailedError
    from .lib import VideoPollTimeoutError as VideoPollTimeoutError
    from .lib import pydantic_function_tool as pydantic_function_tool

# The public names (besides the exceptions), each with the module it is imported from on first
# use; ``__all__`` is derived from it, and the imports above, which type checkers read, are
# checked against it by tests/test_public_api.py.
_LAZY: dict[str, str] = {
    "AsyncPoeClient": "._client",
    "Timeout": "._client",
    "AsyncStream": "._replies.streaming",
    "ChunkAccumulator": "._replies.streaming",
    "APIResponse": "._replies.raw_response",
    "AsyncAPIResponse": "._replies.raw_response",
    "AsyncResponseContextManager": "._replies.streamed_response",
    "AsyncStreamedAPIResponse": "._replies.streamed_response",
    "ResponseContextManager": "._replies.streamed_response",
    "StreamedAPIResponse": "._replies.streamed_response",
    "AsyncBinaryResponse": "._replies.binary",
    "BinaryResponse": "._replies.binary",
    "FileTypes": "._request.multipart",
    "ChatCompletionAccumulator": ".lib",
    "MessageAccumulator": ".lib",
    "ResponseAccumulator": ".lib",
    "DEFAULT_MAX_RETRIES": "._constants",
    "DEFAULT_STREAM_IDLE_TIMEOUT": "._constants",
    "DEFAULT_TIMEOUT": "._http.defaults",
    "AudioFormat": "._request.files",
    "FileSource": "._request.files",
    "ImageDetail": "._request.files",
    "audio_part": "._request.files",
    "content_part": "._request.files",
    "file_part": "._request.files",
    "guess_mime_type": "._request.files",
    "image_part": "._request.files",
    "text_part": "._request.files",
    "NOT_GIVEN": "._not_given",
    "NotGiven": "._not_given",
    "Omit": "._not_given",
    "AsyncPage": "._replies.pagination",
    "PageInfo": "._replies.pagination",
    "AsyncPaginator": "._replies.pagination",
    "SyncPage": "._replies.pagination",
    "RateLimit": "._replies.ratelimit",
    "CallOptions": "._request.operation",
    "ModelCallOptions": "._request.operation",
    "ResponseLimits": "._http.limits",
    "PoeClient": "._sync.client",
    "RetryPolicy": "._call.retry",
    "Stream": "._sync.stream",
    "UnknownVariant": "._base_models",
    "Attachment": "._attachments",
    "AttachmentKind": "._attachments",
    "find_attachments": "._attachments",
    "ContentFilterFinishReasonError": ".lib",
    "LengthFinishReasonError": ".lib",
    "StructuredOutputError": ".lib",
    "VideoFailedError": ".lib",
    "VideoPollTimeoutError": ".lib",
    "pydantic_function_tool": ".lib",
}

__all__ = [  # pyright: ignore[reportUnsupportedDunderAll]
    "__version__",
    "types",
    *_LAZY,
    *_exceptions.__all__,
]


def __getattr__(name: str) -> Any:
    if name == "types":
        return importlib.import_module(".types", __name__)
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
