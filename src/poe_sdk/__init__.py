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
    from ._binary import AsyncBinaryResponse as AsyncBinaryResponse
    from ._binary import BinaryResponse as BinaryResponse
    from ._client import AsyncPoeClient as AsyncPoeClient
    from ._client import Timeout as Timeout
    from ._constants import DEFAULT_MAX_RETRIES as DEFAULT_MAX_RETRIES
    from ._constants import DEFAULT_STREAM_IDLE_TIMEOUT as DEFAULT_STREAM_IDLE_TIMEOUT
    from ._files import AudioFormat as AudioFormat
    from ._files import FileSource as FileSource
    from ._files import ImageDetail as ImageDetail
    from ._files import audio_part as audio_part
    from ._files import content_part as content_part
    from ._files import file_part as file_part
    from ._files import guess_mime_type as guess_mime_type
    from ._files import image_part as image_part
    from ._files import text_part as text_part
    from ._http.defaults import DEFAULT_TIMEOUT as DEFAULT_TIMEOUT
    from ._http.limits import ResponseLimits as ResponseLimits
    from ._multipart import FileTypes as FileTypes
    from ._not_given import NOT_GIVEN as NOT_GIVEN
    from ._not_given import NotGiven as NotGiven
    from ._not_given import Omit as Omit
    from ._operation import CallOptions as CallOptions
    from ._operation import ModelCallOptions as ModelCallOptions
    from ._pagination import AsyncPage as AsyncPage
    from ._pagination import AsyncPaginator as AsyncPaginator
    from ._pagination import PageInfo as PageInfo
    from ._pagination import SyncPage as SyncPage
    from ._ratelimit import RateLimit as RateLimit
    from ._raw_response import APIResponse as APIResponse
    from ._raw_response import AsyncAPIResponse as AsyncAPIResponse
    from ._retry import RetryPolicy as RetryPolicy
    from ._streamed_response import AsyncResponseContextManager as AsyncResponseContextManager
    from ._streamed_response import AsyncStreamedAPIResponse as AsyncStreamedAPIResponse
    from ._streamed_response import ResponseContextManager as ResponseContextManager
    from ._streamed_response import StreamedAPIResponse as StreamedAPIResponse
    from ._streaming import AsyncStream as AsyncStream
    from ._streaming import ChunkAccumulator as ChunkAccumulator
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
    "AsyncStream": "._streaming",
    "ChunkAccumulator": "._streaming",
    "APIResponse": "._raw_response",
    "AsyncAPIResponse": "._raw_response",
    "AsyncResponseContextManager": "._streamed_response",
    "AsyncStreamedAPIResponse": "._streamed_response",
    "ResponseContextManager": "._streamed_response",
    "StreamedAPIResponse": "._streamed_response",
    "AsyncBinaryResponse": "._binary",
    "BinaryResponse": "._binary",
    "FileTypes": "._multipart",
    "ChatCompletionAccumulator": ".lib",
    "MessageAccumulator": ".lib",
    "ResponseAccumulator": ".lib",
    "DEFAULT_MAX_RETRIES": "._constants",
    "DEFAULT_STREAM_IDLE_TIMEOUT": "._constants",
    "DEFAULT_TIMEOUT": "._http.defaults",
    "AudioFormat": "._files",
    "FileSource": "._files",
    "ImageDetail": "._files",
    "audio_part": "._files",
    "content_part": "._files",
    "file_part": "._files",
    "guess_mime_type": "._files",
    "image_part": "._files",
    "text_part": "._files",
    "NOT_GIVEN": "._not_given",
    "NotGiven": "._not_given",
    "Omit": "._not_given",
    "AsyncPage": "._pagination",
    "PageInfo": "._pagination",
    "AsyncPaginator": "._pagination",
    "SyncPage": "._pagination",
    "RateLimit": "._ratelimit",
    "CallOptions": "._operation",
    "ModelCallOptions": "._operation",
    "ResponseLimits": "._http.limits",
    "PoeClient": "._sync.client",
    "RetryPolicy": "._retry",
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
