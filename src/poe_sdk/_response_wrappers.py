"""The methods of ``with_raw_response`` / ``with_streaming_response``, made from the plain ones.

A generated ``...WithRawResponse`` class declares its methods' types only (for type checkers);
at run time each method is :func:`to_raw_response_wrapper` (and its kin, openai's names)
of the plain one: the same arguments, signature and docstring, asking the core for
the HTTP response instead of the parsed result.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from typing import Any, Literal, cast

from ._operation import Operation, call_arguments
from ._streamed_response import AsyncResponseContextManager, ResponseContextManager

__all__ = [
    "async_to_raw_response_wrapper",
    "async_to_streamed_response_wrapper",
    "response_method",
    "to_raw_response_wrapper",
    "to_streamed_response_wrapper",
]

_WRAPPERS = {
    ("raw", True): "AsyncAPIResponse",
    ("raw", False): "APIResponse",
    ("streaming", True): "AsyncResponseContextManager",
    ("streaming", False): "ResponseContextManager",
}


def response_method(
    plain: Callable[..., Any],
    operation: Operation,
    dotted: str,
    mode: Literal["raw", "streaming"],
    *,
    is_async: bool,
) -> Callable[..., Any]:
    """The ``mode`` twin of the generated method ``plain`` (of ``operation``, called
    ``dotted`` in messages): a raw response (awaited, for an async client), or a context
    manager giving the streamed response."""
    signature = inspect.signature(plain)
    positional = [
        name
        for name, parameter in list(signature.parameters.items())[1:]
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    ]

    def arguments(args: tuple[object, ...], kwargs: Mapping[str, object]) -> dict[str, object]:
        if len(args) > len(positional):
            given = len(args)
            raise TypeError(
                f"{dotted}() takes {len(positional)} positional arguments, {given} given"
            )
        named = dict(zip(positional, args, strict=False))
        for name in positional[len(args) :]:
            if name not in kwargs:
                raise TypeError(f"{dotted}() missing required argument {name!r}")
        return {**named, **kwargs}

    # Each calls call_arguments itself: its DeprecationWarning points at the caller's line.
    async def async_raw(self: Any, *args: object, **kwargs: object) -> Any:
        body, params, options = call_arguments(operation, arguments(args, kwargs), dotted)
        return await self._client._request(
            operation, body=body, params=params, options=options, raw=True
        )

    def sync_raw(self: Any, *args: object, **kwargs: object) -> Any:
        body, params, options = call_arguments(operation, arguments(args, kwargs), dotted)
        return self._client._request(operation, body=body, params=params, options=options, raw=True)

    def async_streaming(self: Any, *args: object, **kwargs: object) -> Any:
        body, params, options = call_arguments(operation, arguments(args, kwargs), dotted)
        return AsyncResponseContextManager(
            self._client._request(
                operation, body=body, params=params, options=options, raw=True, streamed=True
            )
        )

    def sync_streaming(self: Any, *args: object, **kwargs: object) -> Any:
        body, params, options = call_arguments(operation, arguments(args, kwargs), dotted)
        return ResponseContextManager(
            lambda: self._client._request(
                operation, body=body, params=params, options=options, raw=True, streamed=True
            )
        )

    method = {
        ("raw", True): async_raw,
        ("raw", False): sync_raw,
        ("streaming", True): async_streaming,
        ("streaming", False): sync_streaming,
    }[mode, is_async]
    returned = signature.return_annotation
    if operation.pagination is not None:  # the twins return the first page's reply
        returned = inspect.Signature.empty
    elif isinstance(returned, str):  # the generated modules' annotations are strings
        returned = f"{_WRAPPERS[mode, is_async]}[{returned}]"
    cast(Any, method).__signature__ = signature.replace(return_annotation=returned)
    method.__module__ = plain.__module__
    method.__name__ = plain.__name__
    method.__qualname__ = plain.__qualname__
    method.__doc__ = plain.__doc__
    return method


def to_raw_response_wrapper(
    plain: Callable[..., Any], operation: Operation, dotted: str
) -> Callable[..., Any]:
    """The ``with_raw_response`` twin of a sync client's method."""
    return response_method(plain, operation, dotted, "raw", is_async=False)


def async_to_raw_response_wrapper(
    plain: Callable[..., Any], operation: Operation, dotted: str
) -> Callable[..., Any]:
    """The ``with_raw_response`` twin of an async client's method."""
    return response_method(plain, operation, dotted, "raw", is_async=True)


def to_streamed_response_wrapper(
    plain: Callable[..., Any], operation: Operation, dotted: str
) -> Callable[..., Any]:
    """The ``with_streaming_response`` twin of a sync client's method."""
    return response_method(plain, operation, dotted, "streaming", is_async=False)


def async_to_streamed_response_wrapper(
    plain: Callable[..., Any], operation: Operation, dotted: str
) -> Callable[..., Any]:
    """The ``with_streaming_response`` twin of an async client's method."""
    return response_method(plain, operation, dotted, "streaming", is_async=True)
