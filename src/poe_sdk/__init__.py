"""poe-sdk: an async-first, typed client for the Poe API and OpenAI-compatible servers.

Public names are imported on first use, so ``import poe_sdk`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from . import types as types
    from ._accumulator import ChatCompletionAccumulator as ChatCompletionAccumulator
    from ._client import AsyncPoeClient as AsyncPoeClient
    from ._constants import DEFAULT_MAX_RETRIES as DEFAULT_MAX_RETRIES
    from ._constants import DEFAULT_TIMEOUT as DEFAULT_TIMEOUT
    from ._exceptions import AllModelsFailedError as AllModelsFailedError
    from ._exceptions import APIConnectionError as APIConnectionError
    from ._exceptions import APIError as APIError
    from ._exceptions import APIResponseValidationError as APIResponseValidationError
    from ._exceptions import APIStatusError as APIStatusError
    from ._exceptions import APITimeoutError as APITimeoutError
    from ._exceptions import AuthenticationError as AuthenticationError
    from ._exceptions import BadRequestError as BadRequestError
    from ._exceptions import ConflictError as ConflictError
    from ._exceptions import IncompleteStreamError as IncompleteStreamError
    from ._exceptions import InternalServerError as InternalServerError
    from ._exceptions import NotFoundError as NotFoundError
    from ._exceptions import PaymentRequiredError as PaymentRequiredError
    from ._exceptions import PermissionDeniedError as PermissionDeniedError
    from ._exceptions import PoeError as PoeError
    from ._exceptions import RateLimitError as RateLimitError
    from ._exceptions import RequestValidationError as RequestValidationError
    from ._exceptions import ServiceUnavailableError as ServiceUnavailableError
    from ._exceptions import UnprocessableEntityError as UnprocessableEntityError
    from ._ratelimit import RateLimit as RateLimit
    from ._raw_response import APIResponse as APIResponse
    from ._raw_response import AsyncAPIResponse as AsyncAPIResponse
    from ._retry import RetryPolicy as RetryPolicy
    from ._streaming import AsyncStream as AsyncStream
    from ._sync_client import PoeClient as PoeClient
    from ._sync_stream import Stream as Stream

_EXCEPTIONS = (
    "AllModelsFailedError",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "IncompleteStreamError",
    "InternalServerError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "PoeError",
    "RateLimitError",
    "RequestValidationError",
    "ServiceUnavailableError",
    "UnprocessableEntityError",
)

_LAZY: dict[str, str] = {
    "AsyncPoeClient": "._client",
    "AsyncStream": "._streaming",
    "APIResponse": "._raw_response",
    "AsyncAPIResponse": "._raw_response",
    "ChatCompletionAccumulator": "._accumulator",
    "DEFAULT_MAX_RETRIES": "._constants",
    "DEFAULT_TIMEOUT": "._constants",
    "RateLimit": "._ratelimit",
    "PoeClient": "._sync_client",
    "RetryPolicy": "._retry",
    "Stream": "._sync_stream",
    **dict.fromkeys(_EXCEPTIONS, "._exceptions"),
}

__all__ = [
    "__version__",
    "types",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AllModelsFailedError",
    "AsyncAPIResponse",
    "AsyncPoeClient",
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "ChatCompletionAccumulator",
    "ConflictError",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "IncompleteStreamError",
    "InternalServerError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "PoeClient",
    "PoeError",
    "RateLimit",
    "RateLimitError",
    "RequestValidationError",
    "RetryPolicy",
    "ServiceUnavailableError",
    "Stream",
    "UnprocessableEntityError",
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
