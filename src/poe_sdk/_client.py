"""``AsyncPoeClient``: the configuration and resources of the async core every call goes
through (the sync facade included); the calls themselves run in :mod:`._call.pipeline`."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, NoReturn, SupportsIndex, cast

import httpx
from typing_extensions import Self

from ._call.lifecycle import ClientState
from ._call.pipeline import CallPipeline, Clock, RateLimitState
from ._client_options import (
    CHANGE_DEFAULTS,
    OPTION_DEFAULTS,
    ClientConfig,
    ClientOptions,
    OptionChanges,
    check_trust_env,
    not_found_hint,
    signature_of_options,
    warn_if_cleartext,
)
from ._client_options import Timeout as Timeout
from ._exceptions import RequestValidationError
from ._generated import resources as _resources
from ._generated.resources import AsyncRootResources
from ._http.decoding import accept_encoding
from ._http.pools import HTTPClientSlot
from ._logs import configure_from_env
from ._replies.ratelimit import RateLimit
from ._request.operation import Operation
from ._version import __version__

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["AsyncPoeClient", "Clock"]

_USER_AGENT = f"poe-sdk/{__version__} python/{sys.version_info[0]}.{sys.version_info[1]}"
_OPERATION_PATHS = frozenset(
    op.path for op in vars(_resources).values() if isinstance(op, Operation) and op.server is None
)
"""The paths calls add to the base URL: one the base URL already ends with explains a 404."""


_NOT_PICKLED = (
    "{name} cannot be pickled: it holds connections and the API key; make a client where it "
    "is needed (with_options, copy.copy and copy.deepcopy give one sharing the pool)"
)


class PoolSharingCopies:
    """How both clients are copied: ``copy.copy`` and ``copy.deepcopy`` give
    ``with_options()``, a client sharing the connection pool (a pool cannot be duplicated);
    pickling raises ``TypeError``, naming no key."""

    def __copy__(self) -> Self:
        return cast(Self, cast(Any, self).with_options())

    def __deepcopy__(self, memo: dict[int, object]) -> Self:
        return self.__copy__()

    def __reduce_ex__(self, protocol: SupportsIndex) -> NoReturn:
        raise TypeError(_NOT_PICKLED.format(name=type(self).__name__))


_ASYNC_NOT_SYNC = (
    "{name} is the async client: use `async with {name}() as client:` (or PoeClient, the "
    "sync client, with a plain `with`)"
)


class AsyncPoeClient(CallPipeline, AsyncRootResources, PoolSharingCopies):
    """Async client for the Poe API and any OpenAI-compatible server.

    ``api_key`` defaults to ``$POE_API_KEY`` and ``base_url`` to ``$POE_BASE_URL`` or
    ``https://api.poe.com/v1``. ``limits`` (:class:`ResponseLimits`) caps what one reply may
    hold in memory. ``timeout`` is a float (seconds) or an ``httpx.Timeout``; the default allows
    5 s to connect and 600 s of silence while reading. ``stream_idle_timeout`` (default 600 s,
    ``None``: none) is a stream's longest wait for an event that is progress: SSE comments and
    keep-alive events (``ping``) are not, so a server that only sends those raises
    :class:`StreamTimeoutError` with the partial result. ``max_retries`` (default 2) and
    ``retry_policy`` set how failures are retried; ``pace_requests=True`` waits for the
    rate-limit window to reset instead of sending a request that will get a 429. Replies that
    deviate from the spec are read tolerantly; ``strict_replies=True`` raises
    :class:`APIResponseValidationError` on any deviation instead (to detect server drift). With
    ``trust_env=True`` (the default, as httpx) the client honours ``HTTP_PROXY``,
    ``HTTPS_PROXY``, ``ALL_PROXY``, ``NO_PROXY``, ``SSL_CERT_FILE`` and ``SSL_CERT_DIR`` as httpx
    does, read when the client is made; ``False`` ignores them; an ``http_client`` you pass
    keeps its own configuration. Use ``async with AsyncPoeClient() as client:`` or
    ``await client.close()``, which also closes an ``http_client`` you passed (as the ``openai``
    SDK does). Operations the spec places on another server (Poe's ``/usage/...``) go to a URL
    derived from ``base_url`` (see
    :mod:`poe_sdk._request.servers`); ``server_urls={spec_server_url: url}`` overrides it.
    """

    @signature_of_options(ClientOptions, OPTION_DEFAULTS)
    def __init__(self, api_key: str | None = None, **options: Unpack[ClientOptions]) -> None:
        """A client; it opens no connection until the first call.

        Args:
            api_key: The API key; defaults to ``$POE_API_KEY``. Never shown in reprs, logs or
                errors. Without one, only the operations that need no key (``models.list``)
                can be called; the others raise :class:`RequestValidationError` before any
                I/O.
            base_url: The server, up to its version prefix; defaults to ``$POE_BASE_URL``,
                else ``https://api.poe.com/v1``.
            timeout: Seconds (float) or an ``httpx.Timeout``; ``None`` turns it off. Default:
                5 s to connect, 600 s of silence while reading.
            max_retries: Retries after the first attempt (default 2).
            retry_policy: A :class:`RetryPolicy`: which failures are retried, the backoff and
                an optional ``total_timeout`` across attempts.
            default_headers: Headers sent with every request.
            default_query: Query parameters sent with every request.
            server_urls: ``{spec_server_url: url}``: where operations the spec places on
                another server (Poe's ``/usage/...``) go instead.
            limits: A :class:`ResponseLimits`: how much one reply may hold in memory.
            http_client: An ``httpx.AsyncClient`` to send requests with (its proxies,
                certificates, transport); :meth:`close` closes it.
            pace_requests: Wait for the rate-limit window to reset instead of sending a
                request that would get a 429 (default ``False``).
            strict_replies: Raise :class:`APIResponseValidationError` on any deviation of a
                reply from the spec instead of reading it tolerantly (default ``False``).
            stream_idle_timeout: A stream's longest wait, in seconds, for an event that is
                progress (comments and keep-alive pings are not); default 600, ``None``: none.
                Past it :class:`StreamTimeoutError` carries the partial result.
            trust_env: Honour ``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY``, ``NO_PROXY``,
                ``SSL_CERT_FILE`` and ``SSL_CERT_DIR`` as httpx does (default ``True``); not
                with ``http_client``, whose own ``trust_env`` decides.

        Raises:
            RequestValidationError: An option is invalid, or no API key is given or set.
        """
        configure_from_env()
        http_client = options.get("http_client")
        if http_client is not None and not isinstance(cast(object, http_client), httpx.AsyncClient):
            raise RequestValidationError(
                "Invalid argument http_client: an httpx.AsyncClient is required "
                f"(got {type(http_client).__name__})",
                param="http_client",
                rule="httpx.AsyncClient",
            )
        trust_env = check_trust_env(cast("Mapping[str, object]", options))
        self._configure(ClientConfig.create(api_key, options))
        self._http = HTTPClientSlot(http_client, trust_env=trust_env)
        self._state = ClientState()
        self._rate_limits = RateLimitState()
        self._clock = Clock()
        warn_if_cleartext(self.base_url)

    def _configure(self, config: ClientConfig) -> None:
        """Store the checked options and what follows from them (``__init__``,
        ``with_options``)."""
        self._config = config
        self.limits = config.limits
        self.base_url = config.base_url
        self.timeout = config.timeout
        self.stream_idle_timeout = config.stream_idle_timeout
        self.retry_policy = config.retry_policy
        self.pace_requests = config.pace_requests
        self.strict_replies = config.strict_replies
        self.server_urls = config.server_urls
        # A query in base_url stays a query, merged with each request's own parameters.
        self._url_prefix = str(self.base_url.copy_with(query=None, fragment=None)).rstrip("/")
        self._base_query = dict(self.base_url.params.multi_items())
        self._not_found_hint = not_found_hint(self.base_url, _OPERATION_PATHS)
        self._headers = {
            **({} if config.api_key is None else {"Authorization": f"Bearer {config.api_key}"}),
            "User-Agent": _USER_AGENT,
            "Accept": "application/json",
            **config.default_headers,
        }
        # Only the encodings decompressed with bounded output (httpx, a given client's too,
        # would also ask for br and zstd whenever a package for them is installed).
        if not any(name.lower() == "accept-encoding" for name in config.default_headers):
            self._headers["Accept-Encoding"] = accept_encoding()
        self._json_headers = {**self._headers, "Content-Type": "application/json"}
        self._sse_headers = {**self._json_headers, "Accept": "text/event-stream"}

    @property
    def api_key(self) -> str | None:
        """The API key in use (never shown in ``repr`` or logs); ``None`` for a client made
        without one, which can call only the operations that need no key (``models.list``)."""
        return self._config.api_key

    @property
    def max_retries(self) -> int:
        """Retries after the first attempt (the retry policy's ``max_retries``)."""
        return self.retry_policy.max_retries

    @property
    def rate_limit(self) -> RateLimit | None:
        """The rate-limit headers of the most recent reply (``None`` before any)."""
        return self._rate_limits.current()

    @signature_of_options(OptionChanges, CHANGE_DEFAULTS)
    def with_options(
        self, *, api_key: str | None = None, **changes: Unpack[OptionChanges]
    ) -> AsyncPoeClient:
        """A copy with some options changed that shares this client's connection pool.

        Given headers, query parameters and server URLs are merged into the current ones;
        ``timeout=None`` turns the timeout off (leave it out to keep the current one), and so
        does ``stream_idle_timeout=None``.
        """
        if "trust_env" in changes:
            raise RequestValidationError(
                "Invalid argument trust_env: it applies to the connection pool, which "
                "with_options copies share; create another client with trust_env=...",
                param="trust_env",
                rule="constructor only",
            )
        clone = type(self).__new__(type(self))  # Fresh: cached resources bind to their client.
        clone._configure(self._config.changed(api_key, changes))
        clone._http = self._http
        clone._state = self._state
        if api_key in (None, self._config.api_key) and clone.base_url == self.base_url:
            clone._rate_limits = self._rate_limits
        else:
            clone._rate_limits = RateLimitState()
        if clone.base_url != self.base_url:
            warn_if_cleartext(clone.base_url)
        clone._clock = self._clock
        return clone

    copy = with_options

    async def close(self) -> None:
        """Close the connection pool, including an ``http_client`` you passed.

        Later calls (on every ``with_options`` copy too) raise :class:`ClientClosedError`.
        """
        self._state.closed = True
        await self._http.aclose()

    async def __aenter__(self) -> AsyncPoeClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    if not TYPE_CHECKING:  # At run time only: type checkers report a plain ``with`` themselves.

        def __enter__(self):
            raise TypeError(_ASYNC_NOT_SYNC.format(name=type(self).__name__))

        def __exit__(self, *exc_info):
            return None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={str(self.base_url)!r}>"
