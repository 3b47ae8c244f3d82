"""``PoeClient``: the synchronous facade. It runs the one async core on an event loop: driven
by the calling thread itself when it can (:mod:`._caller_loop`), else on a loop thread."""

from __future__ import annotations

import atexit
import weakref
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, cast

import httpx

from ._binary import AsyncBinaryResponse, BinaryResponse
from ._caller_loop import CallerLoop, LoopBusyError
from ._client import AsyncPoeClient
from ._client_options import (
    CHANGE_DEFAULTS,
    OPTION_DEFAULTS,
    ClientOptions,
    OptionChanges,
    signature_of_options,
)
from ._generated.resources import SyncRootResources
from ._http.limits import ResponseLimits
from ._loop_thread import LoopThread
from ._operation import Operation, RequestOptions
from ._ratelimit import RateLimit
from ._raw_response import APIResponse, AsyncAPIResponse
from ._retry import RetryPolicy
from ._signatures import arguments_documented_by
from ._streamed_response import StreamedAPIResponse
from ._streaming import AsyncStream
from ._sync_stream import Stream

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["PoeClient"]

T = TypeVar("T")


_SYNC_NOT_ASYNC = (
    "{name} is the sync client: use `with {name}() as client:`, or `async with "
    "AsyncPoeClient() as client:` in async code"
)


class PoeClient(SyncRootResources):
    """Sync client for the Poe API and any OpenAI-compatible server.

    Same arguments, surface and errors as :class:`AsyncPoeClient`, whose single
    implementation it drives on the client's own event loops: a call runs the loop in the
    calling thread while no other thread does, so sequential calls pay no thread hand-off;
    streams, calls made while another thread's call runs, and calls from inside a running
    event loop (a notebook cell) run on a private loop thread (started on first need). Each
    loop keeps its own connection pool; :meth:`close` or ``with PoeClient() as client:``
    closes them all. It is safe to share between threads. ``http_client`` is an
    ``httpx.AsyncClient``: it is used, and closed by :meth:`close`, on the loop thread only.
    """

    @arguments_documented_by(AsyncPoeClient.__init__)
    @signature_of_options(ClientOptions, OPTION_DEFAULTS)
    def __init__(self, api_key: str | None = None, **options: Unpack[ClientOptions]) -> None:
        """A sync client; it opens no connection and starts no thread until the first call.

        It takes the arguments of :class:`AsyncPoeClient`; its ``http_client`` is used on the
        loop thread only.
        """
        self._async = AsyncPoeClient(api_key, **options)
        self._runner = LoopThread()
        # A passed http_client belongs to one loop, so only an owned pool gets a second one.
        self._caller_loop = (
            # until the _sync package
            CallerLoop(self._async._http.aclose) if self._async._http.owned else None  # pyright: ignore[reportPrivateUsage]
        )
        # until the _sync package
        self._lifetime = _Lifetime(self._runner, self._caller_loop, self._async._http.aclose)  # pyright: ignore[reportPrivateUsage]
        self._close = weakref.finalize(
            self._lifetime, _close, self._runner, self._caller_loop, self._async
        )
        self._close.atexit = False  # See _suspend_at_exit.

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
        """A copy with some options changed that shares this client's loops and pools."""
        clone = type(self).__new__(type(self))
        clone._async = self._async.with_options(api_key=api_key, **changes)
        clone._runner = self._runner
        clone._caller_loop = self._caller_loop
        clone._lifetime = self._lifetime
        clone._close = self._close
        return clone

    copy = with_options

    def close(self) -> None:
        """Close the connection pools, the event loops and the loop thread (for every
        ``with_options`` copy).

        A client that is garbage collected is closed the same way. A client still open at
        interpreter exit has its connections closed then (waiting at most 5 s for its calls to
        end and 5 s for its loop thread to stop), and stays usable from ``atexit`` handlers.
        Calls made after ``close()``, or still running when it is called, raise
        :class:`ClientClosedError`.
        """
        # Detached rather than called: once the interpreter has run its finalizers at exit,
        # a finalizer called by an atexit handler would do nothing.
        detached = self._close.detach()
        if detached is not None:
            _, close, args, _ = detached
            close(*args)

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
        # until the _sync package
        call = self._async._request  # pyright: ignore[reportPrivateUsage]
        caller_loop = self._caller_loop
        if streamed:  # Its body is read later, on the loop its connection belongs to.
            response = self._runner.run(
                call, operation, body=body, params=params, options=options, raw=raw, streamed=True
            )
            sync = StreamedAPIResponse[Any](response, self._runner, self._to_sync)
            # until the _sync package
            sync._keep_alive = self._lifetime  # pyright: ignore[reportPrivateUsage]
            return sync
        # A stream's later reads must run on its loop while other calls may run too, so
        # streams go to the loop thread; so do calls while it is busy with other threads'
        # calls (one loop serving them all costs less than two loops taking turns).
        later_reads = operation.streams(body) or operation.binary_reply
        if caller_loop is not None and not later_reads and not self._runner.busy:
            try:
                result = caller_loop.run(
                    call, operation, body=body, params=params, options=options, raw=raw
                )
            except LoopBusyError:
                pass
            else:
                return self._to_sync(result)
        result = self._runner.run(
            call, operation, body=body, params=params, options=options, raw=raw
        )
        return self._to_sync(result)

    def _run_async(self, func: Callable[[AsyncPoeClient], Coroutine[Any, Any, T]]) -> T:
        """``func(async_client)`` run on this client's event loop, as :meth:`_request` runs a
        call: the sync helpers that wait between calls (``videos.poll``) run the async code."""
        caller_loop = self._caller_loop
        if caller_loop is not None and not self._runner.busy:
            try:
                return caller_loop.run(func, self._async)
            except LoopBusyError:
                pass
        return self._runner.run(func, self._async)

    def _to_sync(self, result: Any) -> Any:
        if isinstance(result, AsyncBinaryResponse):
            return BinaryResponse(result, self._runner, keep_alive=self._lifetime)
        if isinstance(result, AsyncStream):
            stream = cast("AsyncStream[Any]", result)  # type: ignore[redundant-cast]
            return Stream(stream, self._runner, keep_alive=self._lifetime)
        if isinstance(result, AsyncAPIResponse):
            raw = cast("AsyncAPIResponse[Any]", result)  # type: ignore[redundant-cast]
            response = APIResponse(
                raw.http_response,
                lambda: self._to_sync(raw.parse()),
                retries_taken=raw.retries_taken,
                elapsed=raw.elapsed.total_seconds(),
            )
            # until the _sync package
            response._keep_alive = self._lifetime  # pyright: ignore[reportPrivateUsage]
            return response
        return result


class _Lifetime:
    """Shared by a client, its ``with_options`` copies and their open streams and raw
    responses; when the last of them is gone, the loops are closed."""

    def __init__(
        self,
        runner: LoopThread,
        caller_loop: CallerLoop | None,
        close_pool: Callable[[], Awaitable[None]],
    ) -> None:
        self.runner = runner
        self.caller_loop = caller_loop
        self.close_pool = close_pool
        _OPEN.add(self)


def _close(runner: LoopThread, caller_loop: CallerLoop | None, client: AsyncPoeClient) -> None:
    """Close a client: mark it closed, then close its caller-driven loop and its loop thread."""
    # until the _sync package
    client._state.closed = True  # No retry of a call in flight opens a new connection.  # pyright: ignore[reportPrivateUsage]
    if caller_loop is not None:
        caller_loop.close()
    runner.close(client.close)


_OPEN: weakref.WeakSet[_Lifetime] = weakref.WeakSet()


@atexit.register
def _suspend_at_exit() -> None:
    """Close every open client's connections and loop thread at interpreter exit, without
    marking it closed: an ``atexit`` handler registered earlier (so run later) may still use
    it, which starts a fresh loop thread (a daemon, so it never blocks the exit). Closing
    waits at most 5 s for each client's calls and 5 s for its loop thread."""
    for lifetime in list(_OPEN):
        if lifetime.caller_loop is not None:
            lifetime.caller_loop.close(final=False)
        lifetime.runner.close(_as_coroutine(lifetime.close_pool), final=False)


def _as_coroutine(func: Callable[[], Awaitable[None]]) -> Callable[[], Coroutine[Any, Any, None]]:
    async def run() -> None:
        await func()

    return run
