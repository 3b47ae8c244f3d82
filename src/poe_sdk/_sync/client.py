"""``PoeClient``: the synchronous facade. It runs the one async core on the client's one event
loop (:mod:`.runner`): driven by the calling thread itself when it can, else by a loop thread."""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, cast

import httpx

from .._call.retry import RetryPolicy
from .._client import AsyncPoeClient, PoolSharingCopies
from .._client_options import (
    CHANGE_DEFAULTS,
    OPTION_DEFAULTS,
    ClientOptions,
    OptionChanges,
    signature_of_options,
)
from .._generated.resources import SyncRootResources
from .._http.limits import ResponseLimits
from .._replies.binary import AsyncBinaryResponse, BinaryResponse
from .._replies.ratelimit import RateLimit
from .._replies.raw_response import APIResponse, AsyncAPIResponse
from .._replies.streamed_response import StreamedAPIResponse
from .._replies.streaming import AsyncStream
from .._request.operation import Operation, RequestOptions
from .._request.signatures import arguments_documented_by
from .lifetime import Lifetime
from .stream import Stream

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["PoeClient"]

T = TypeVar("T")


_SYNC_NOT_ASYNC = (
    "{name} is the sync client: use `with {name}() as client:`, or `async with "
    "AsyncPoeClient() as client:` in async code"
)


class PoeClient(SyncRootResources, PoolSharingCopies):
    """Sync client for the Poe API and any OpenAI-compatible server.

    Same arguments, surface and errors as :class:`AsyncPoeClient`, whose single
    implementation it drives on the client's own event loop, with one connection pool: the
    calling thread runs the loop while no other thread does, so sequential calls and streams
    pay no thread hand-off; once a call is made while another thread's call runs, or from
    inside a running event loop (a notebook cell), a private loop thread (started on first
    need) runs the same loop. :meth:`close` or ``with PoeClient() as client:`` closes it.
    It is safe to share between threads. ``http_client`` is an ``httpx.AsyncClient``: it is
    used on the client's loop, and closed by :meth:`close`.
    """

    @arguments_documented_by(AsyncPoeClient.__init__)
    @signature_of_options(ClientOptions, OPTION_DEFAULTS)
    def __init__(self, api_key: str | None = None, **options: Unpack[ClientOptions]) -> None:
        """A sync client; it opens no connection and starts no thread until the first call.

        It takes the arguments of :class:`AsyncPoeClient`; its ``http_client`` is used on the
        client's loop, and closed by :meth:`close`.
        """
        self._async = AsyncPoeClient(api_key, **options)
        self._lifetime = Lifetime(self._async)
        self._runner = self._lifetime.runner

    @property
    def api_key(self) -> str | None:
        """The API key in use (never shown in ``repr`` or logs); ``None`` for a client made
        without one, which can call only the operations that need no key (``models.list``)."""
        return self._async.api_key

    @property
    def base_url(self) -> httpx.URL:
        """The URL every request path is appended to."""
        return self._async.base_url

    @property
    def timeout(self) -> float | httpx.Timeout | None:
        """The default timeout of every request."""
        return self._async.timeout

    @property
    def stream_idle_timeout(self) -> float | None:
        """A stream's longest wait for an event that is progress (``None``: no limit)."""
        return self._async.stream_idle_timeout

    @property
    def max_retries(self) -> int:
        """Retries after the first attempt (the retry policy's ``max_retries``)."""
        return self._async.max_retries

    @property
    def limits(self) -> ResponseLimits:
        """What one reply may make the client hold in memory."""
        return self._async.limits

    @property
    def retry_policy(self) -> RetryPolicy:
        """How failures are retried."""
        return self._async.retry_policy

    @property
    def strict_replies(self) -> bool:
        """Whether a reply that deviates from the spec raises instead of being read."""
        return self._async.strict_replies

    @property
    def rate_limit(self) -> RateLimit | None:
        """The rate-limit headers of the most recent reply (``None`` before any)."""
        return self._async.rate_limit

    @signature_of_options(OptionChanges, CHANGE_DEFAULTS)
    def with_options(
        self, *, api_key: str | None = None, **changes: Unpack[OptionChanges]
    ) -> PoeClient:
        """A copy with some options changed that shares this client's loop and pool."""
        clone = type(self).__new__(type(self))
        clone._async = self._async.with_options(api_key=api_key, **changes)
        clone._lifetime = self._lifetime
        clone._runner = self._runner
        return clone

    copy = with_options

    def close(self) -> None:
        """Close the connection pool, the event loop and the loop thread, if any (for every
        ``with_options`` copy).

        A client that is garbage collected is closed the same way. A client still open at
        interpreter exit has its connections closed then (waiting at most 5 s for its calls to
        end and 5 s for its loop thread to stop), and stays usable from ``atexit`` handlers.
        Calls made after ``close()``, or still running when it is called, raise
        :class:`ClientClosedError`.
        """
        self._lifetime.close()

    def __enter__(self) -> PoeClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    if not TYPE_CHECKING:  # At run time only: type checkers report ``async with`` themselves.

        def __aenter__(self):
            raise TypeError(_SYNC_NOT_ASYNC.format(name=type(self).__name__))

        def __aexit__(self, *exc_info):
            return None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={str(self.base_url)!r}>"

    def _request(
        self,
        operation: Operation,
        *,
        body: Mapping[str, object] | None,
        params: Mapping[str, object] | None,
        options: RequestOptions,
        raw: bool,
        streamed: bool = False,
    ) -> Any:
        # The generated resources' protocol with the client (see _request.operation.AsyncRequester).
        call = self._async._request  # pyright: ignore[reportPrivateUsage]
        if streamed:  # Its body is read later, by calls of the sync response.
            response = self._runner.run(
                call, operation, body=body, params=params, options=options, raw=raw, streamed=True
            )
            return StreamedAPIResponse[Any](
                response, self._runner, self._to_sync, keep_alive=self._lifetime
            )
        result = self._runner.run(
            call, operation, body=body, params=params, options=options, raw=raw
        )
        return self._to_sync(result)

    def _run_async(self, func: Callable[[AsyncPoeClient], Coroutine[Any, Any, T]]) -> T:
        """``func(async_client)`` run on this client's event loop, as :meth:`_request` runs a
        call: the sync helpers that wait between calls (``videos.poll``) run the async code."""
        return self._runner.run(func, self._async)

    def _to_sync(self, result: Any) -> Any:
        if isinstance(result, AsyncBinaryResponse):
            return BinaryResponse(result, self._runner, keep_alive=self._lifetime)
        if isinstance(result, AsyncStream):
            stream = cast("AsyncStream[Any]", result)  # type: ignore[redundant-cast]
            return Stream(stream, self._runner, keep_alive=self._lifetime)
        if isinstance(result, AsyncAPIResponse):
            raw = cast("AsyncAPIResponse[Any]", result)  # type: ignore[redundant-cast]
            return APIResponse(
                raw.http_response,
                lambda: self._to_sync(raw.parse()),
                retries_taken=raw.retries_taken,
                elapsed=raw.elapsed.total_seconds(),
                keep_alive=self._lifetime,
            )
        return result
