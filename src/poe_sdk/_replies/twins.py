"""The methods of ``with_raw_response`` / ``with_streaming_response``, made from the plain ones.

A generated ``...WithRawResponse`` class holds, for each method of its resource, the plain
method wrapped by :class:`Twin` (openai's ``to_raw_response_wrapper``): the same arguments,
signature and docstring, asking the core for the HTTP response instead of the parsed result.
The wrappers' types carry the plain method's parameters (its overloads too) over to the twin
and wrap its return type, so the twins declare no types of their own.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any, Concatenate, Literal, ParamSpec, TypeVar, cast

from .._request.operation import Operation, call_arguments
from .streamed_response import AsyncResponseContextManager, ResponseContextManager

if TYPE_CHECKING:
    from .pagination import AsyncPaginator, SyncPage
    from .raw_response import APIResponse, AsyncAPIResponse

__all__ = ["Twin"]

_P = ParamSpec("_P")
_R = TypeVar("_R")
_PageT = TypeVar("_PageT")

_WRAPPERS = {
    ("raw", True): "AsyncAPIResponse",
    ("raw", False): "APIResponse",
    ("streaming", True): "AsyncResponseContextManager",
    ("streaming", False): "ResponseContextManager",
}


def _twin(
    plain: Callable[..., Any],
    operation: Operation,
    dotted: str,
    mode: Literal["raw", "streaming"],
    *,
    is_async: bool,
) -> Callable[..., Any]:
    """The ``mode`` twin of ``plain``, a generated resource's method (of ``operation``, called
    ``dotted`` in messages): a method of the twin class (an ``AsyncAPIResource`` holding the
    client) returning a raw response (awaited, for an async client), or a context manager
    giving the streamed response."""
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
        for name in named.keys() & kwargs.keys():
            raise TypeError(f"{dotted}() got multiple values for argument {name!r}")
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


class Twin:
    """Makes the twins of one generated method (of ``operation``, called ``dotted`` in
    messages) from the plain method, as methods of the twin class.

    Each method takes the plain method as its only argument, which lets mypy and pyright
    carry its overloads over to the twin."""

    def __init__(self, operation: Operation, dotted: str) -> None:
        self._operation = operation
        self._dotted = dotted

    def raw(
        self, plain: Callable[Concatenate[Any, _P], _R], /
    ) -> Callable[Concatenate[Any, _P], APIResponse[_R]]:
        """The ``with_raw_response`` twin of a sync client's method."""
        return _twin(plain, self._operation, self._dotted, "raw", is_async=False)

    def async_raw(
        self, plain: Callable[Concatenate[Any, _P], Coroutine[Any, Any, _R]], /
    ) -> Callable[Concatenate[Any, _P], Coroutine[Any, Any, AsyncAPIResponse[_R]]]:
        """The ``with_raw_response`` twin of an async client's method."""
        return _twin(plain, self._operation, self._dotted, "raw", is_async=True)

    def streamed(
        self, plain: Callable[Concatenate[Any, _P], _R], /
    ) -> Callable[Concatenate[Any, _P], ResponseContextManager[_R]]:
        """The ``with_streaming_response`` twin of a sync client's method."""
        return _twin(plain, self._operation, self._dotted, "streaming", is_async=False)

    def async_streamed(
        self, plain: Callable[Concatenate[Any, _P], Coroutine[Any, Any, _R]], /
    ) -> Callable[Concatenate[Any, _P], AsyncResponseContextManager[_R]]:
        """The ``with_streaming_response`` twin of an async client's method."""
        return _twin(plain, self._operation, self._dotted, "streaming", is_async=True)

    def raw_page(
        self, plain: Callable[Concatenate[Any, _P], SyncPage[Any, _PageT]], /
    ) -> Callable[Concatenate[Any, _P], APIResponse[_PageT]]:
        """The ``with_raw_response`` twin of a sync client's paginated method: the first
        page's reply."""
        return _twin(plain, self._operation, self._dotted, "raw", is_async=False)

    def async_raw_page(
        self, plain: Callable[Concatenate[Any, _P], AsyncPaginator[Any, _PageT]], /
    ) -> Callable[Concatenate[Any, _P], Coroutine[Any, Any, AsyncAPIResponse[_PageT]]]:
        """The ``with_raw_response`` twin of an async client's paginated method: the first
        page's reply."""
        return _twin(plain, self._operation, self._dotted, "raw", is_async=True)

    def streamed_page(
        self, plain: Callable[Concatenate[Any, _P], SyncPage[Any, _PageT]], /
    ) -> Callable[Concatenate[Any, _P], ResponseContextManager[_PageT]]:
        """The ``with_streaming_response`` twin of a sync client's paginated method: the
        first page's reply."""
        return _twin(plain, self._operation, self._dotted, "streaming", is_async=False)

    def async_streamed_page(
        self, plain: Callable[Concatenate[Any, _P], AsyncPaginator[Any, _PageT]], /
    ) -> Callable[Concatenate[Any, _P], AsyncResponseContextManager[_PageT]]:
        """The ``with_streaming_response`` twin of an async client's paginated method: the
        first page's reply."""
        return _twin(plain, self._operation, self._dotted, "streaming", is_async=True)
