"""``AsyncPoeClient``: the async core every call goes through (the sync facade included).

A request goes resource → :meth:`AsyncPoeClient._request` (validate, encode) → retry loop
(:mod:`._retry` decides) → :mod:`._http.exchange` (httpx) → :mod:`._response_parser` or
:class:`AsyncStream`.
"""

from __future__ import annotations

import logging
import random
import sys
import time
from collections.abc import Awaitable, Callable, Mapping
from contextlib import nullcontext
from dataclasses import dataclass
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, TypeVar, cast

import anyio
import httpx
from pydantic import BaseModel

from ._auth import check_api_key
from ._base_models import ResponseModel, set_request_id
from ._binary import AsyncBinaryResponse
from ._client_options import (
    CHANGE_DEFAULTS,
    OPTION_DEFAULTS,
    ClientConfig,
    ClientOptions,
    OptionChanges,
    check_fallbacks,
    check_headers,
    check_seconds,
    check_timeout,
    check_trust_env,
    not_found_hint,
    read_at_most,
    signature_of_options,
    warn_if_cleartext,
)
from ._client_options import Timeout as Timeout
from ._deadline import TotalDeadline, deadline_after
from ._exceptions import (
    AllModelsFailedError,
    APIConnectionError,
    APIError,
    APIStatusError,
    ClientClosedError,
    NotFoundError,
    PoeError,
    RequestValidationError,
)
from ._generated import resources as _resources
from ._generated.resources import AsyncRootResources
from ._http.decoding import accept_encoding
from ._http.exchange import read_body
from ._http.exchange import read_error_body as _read_error_body
from ._http.limits import bound_error_body
from ._http.pools import HTTPClientSlot
from ._http.redirects import send_following_redirects
from ._http.requests import build_request
from ._lifecycle import ClientState
from ._logs import configure_from_env
from ._multipart import dict_of_lists, multipart_parts
from ._not_given import NotGiven, Omit
from ._operation import Operation, RequestOptions
from ._ratelimit import RateLimit, parse_rate_limit
from ._raw_response import AsyncAPIResponse
from ._redaction import redact_error, secret_values, write_only_values
from ._reply_checks import invalid_status, not_a_stream
from ._request_builder import build_path, encode_body, validate_body, validate_params
from ._response_parser import parse_model, parse_union, status_error
from ._retry import RetryPolicy, decide_retry, is_retryable_status
from ._servers import server_url
from ._streamed_response import AsyncStreamedAPIResponse
from ._streaming import AsyncStream, reader_of
from ._version import __version__
from ._warm_up import warm_up

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["AsyncPoeClient"]

logger = logging.getLogger("poe_sdk")

_USER_AGENT = f"poe-sdk/{__version__} python/{sys.version_info[0]}.{sys.version_info[1]}"
_NEVER_FALL_BACK = frozenset({400, 401, 402, 403})
_OPERATION_PATHS = frozenset(
    op.path for op in vars(_resources).values() if isinstance(op, Operation) and op.server is None
)
"""The paths calls add to the base URL: one the base URL already ends with explains a 404."""


_ASYNC_NOT_SYNC = (
    "{name} is the async client: use `async with {name}() as client:` (or PoeClient, the "
    "sync client, with a plain `with`)"
)


@dataclass(frozen=True)
class Clock:
    """The time and randomness the retry loop and ``pace_requests`` use: a client holds one,
    shared by its ``with_options`` copies; tests give a client a fake one."""

    sleep: Callable[[float], Awaitable[None]] = anyio.sleep
    monotonic: Callable[[], float] = time.monotonic
    wall_clock: Callable[[], float] = time.time
    random: Callable[[], float] = random.random


@dataclass(frozen=True, slots=True)
class _PreparedCall:
    """A call's checked arguments: what its request (one per fallback model) is built from."""

    method: str
    url: str
    headers: dict[str, str]
    query: dict[str, Any] | None
    timeout: float | httpx.Timeout | None
    idle_timeout: float | None
    policy: RetryPolicy
    streaming: bool
    validated: BaseModel | None
    fallbacks: list[str]
    multipart: bool = False

    def content(
        self, extra_body: Mapping[str, object] | None, model: str | None = None
    ) -> bytes | None:
        """The encoded body; with ``model`` (a fallback), that model instead of the caller's."""
        if self.validated is None:
            return None
        overrides = None if model is None else {"model": model}
        return encode_body(self.validated, extra_body, overrides=overrides)

    def multipart_request(
        self, http: httpx.AsyncClient, extra_body: Mapping[str, object] | None
    ) -> tuple[httpx.Request, list[IO[bytes]]]:
        """The ``multipart/form-data`` request, and the files it opened (closed by the caller
        after the call); httpx streams the file parts."""
        assert self.validated is not None
        fields, files, opened = multipart_parts(self.validated, extra_body)
        try:
            request = build_request(
                http,
                self.method,
                self.url,
                data=dict_of_lists(fields),
                files=files,
                headers=self.headers,
                params=self.query,
                timeout=self.timeout,
            )
        except BaseException:
            for file in opened:
                file.close()
            raise
        return request, opened

    def request(self, http: httpx.AsyncClient, content: bytes | None) -> httpx.Request:
        return build_request(
            http,
            self.method,
            self.url,
            content=content,
            headers=self.headers,
            params=self.query,
            timeout=self.timeout,
        )


class _RateLimitState:
    """The most recent reply's rate-limit headers, shared by ``with_options`` copies."""

    def __init__(self) -> None:
        self.headers: httpx.Headers | None = None
        self.received_at = 0.0

    def record(self, headers: httpx.Headers, now: float) -> None:
        self.headers = headers
        self.received_at = now

    def current(self) -> RateLimit | None:
        return None if self.headers is None else parse_rate_limit(self.headers)

    def wait_time(self, now: float) -> float:
        """Seconds to wait when the last reply said no requests remain until its reset."""
        limit = self.current()
        if limit is None or limit.remaining != 0 or limit.reset_after is None:
            return 0.0
        return max(0.0, self.received_at + limit.reset_after - now)


class AsyncPoeClient(AsyncRootResources):
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
    :mod:`poe_sdk._servers`); ``server_urls={spec_server_url: url}`` overrides it.
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
        self._rate_limits = _RateLimitState()
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
            clone._rate_limits = _RateLimitState()
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

    async def _request(
        self,
        operation: Operation,
        *,
        body: Mapping[str, object] | None,
        params: Mapping[str, object] | None,
        options: RequestOptions,
        raw: bool,
        streamed: bool = False,
    ) -> Any:
        """Validate, send with retries (and fallbacks), and parse one operation call; with
        ``streamed`` (``with_streaming_response``), return the reply with its body unread."""
        await warm_up(operation, certs=self._http.certs, streaming=operation.streams(body))
        call = self._prepare(operation, body, params, options)
        http = await self._http.get()
        if streamed:
            return await self._streamed(operation, call, http, options)
        if call.multipart:
            request, opened = call.multipart_request(http, options.extra_body)
            try:
                return await self._call(
                    operation,
                    request,
                    call.policy,
                    call.streaming,
                    raw,
                    prime=False,
                    idle=call.idle_timeout,
                )
            finally:
                for file in opened:
                    file.close()
        if call.fallbacks:
            return await self._call_with_fallbacks(operation, call, http, body, options, raw)
        request = call.request(http, call.content(options.extra_body))
        policy, streaming, idle = call.policy, call.streaming, call.idle_timeout
        del call  # In flight (1,000 calls may be), a call needs only its request.
        return await self._call(operation, request, policy, streaming, raw, prime=False, idle=idle)

    def _prepare(
        self,
        operation: Operation,
        body: Mapping[str, object] | None,
        params: Mapping[str, object] | None,
        options: RequestOptions,
    ) -> _PreparedCall:
        """Check the call's arguments and options (before any I/O)."""
        self._state.check_open()
        validated = None
        if operation.body_model is not None and body is not None:
            validated = validate_body(operation.body_model, body, operation.nullable)
        placed = validate_params(operation.params_model, operation.parameters, params)
        sse = operation.streams(body)
        streaming = sse or operation.binary_reply  # either way the body is read later
        timeout = (
            self.timeout
            if isinstance(options.timeout, NotGiven)
            else check_timeout(options.timeout, "timeout")
        )
        idle = options.stream_idle_timeout
        idle = (
            self.stream_idle_timeout
            if isinstance(idle, NotGiven)
            else check_seconds(idle, "stream_idle_timeout")
        )
        if streaming and idle is not None:
            timeout = read_at_most(timeout, idle)
        policy = self.retry_policy
        if options.max_retries is not None:
            policy = policy.with_max_retries(options.max_retries)
        if options.total_timeout is not None:
            policy = policy.with_total_timeout(options.total_timeout)
        prefix = self._url_prefix
        if operation.server is not None:
            prefix = server_url(self.base_url, operation.server, self.server_urls)
        url = prefix + build_path(operation.path, placed.path)
        query = self._query_params(placed.query, options.extra_query)
        headers = self._request_headers(sse, placed.headers, options.extra_headers)
        check_api_key(operation, self._config.api_key, headers)
        if validated is not None and not operation.multipart:
            headers["Content-Type"] = "application/json"
        return _PreparedCall(
            method=operation.method,
            url=url,
            headers=headers,
            query=query,
            timeout=timeout,
            idle_timeout=idle,
            policy=policy,
            streaming=streaming,
            validated=validated,
            fallbacks=check_fallbacks(options.fallback_models),
            multipart=operation.multipart,
        )

    async def _call_with_fallbacks(
        self,
        operation: Operation,
        call: _PreparedCall,
        http: httpx.AsyncClient,
        body: Mapping[str, object] | None,
        options: RequestOptions,
        raw: bool,
    ) -> Any:
        """The call with its model, then each fallback model in turn (see
        :func:`_should_fall_back`)."""
        assert call.validated is not None
        assert body is not None
        errors: dict[str, APIError] = {}
        for model in [str(body.get("model")), *call.fallbacks]:
            content = call.content(options.extra_body, model=model)
            try:
                return await self._call(
                    operation,
                    call.request(http, content),
                    call.policy,
                    call.streaming,
                    raw,
                    prime=call.streaming,
                    idle=call.idle_timeout,
                )
            except APIError as exc:
                if not _should_fall_back(exc, call.policy):
                    raise
                errors[model] = exc
                logger.info("Model %s failed (%s); trying the next fallback model", model, exc)
        raise AllModelsFailedError(errors) from list(errors.values())[-1]

    async def _call(
        self,
        operation: Operation,
        request: httpx.Request,
        policy: RetryPolicy,
        streaming: bool,
        raw: bool,
        *,
        prime: bool,
        idle: float | None,
    ) -> Any:
        """Send ``request`` with retries and read the reply. One coroutine, without closures,
        from the request's start until its reply: 1,000 requests in flight hold 1,000 of it."""
        try:
            deadline = deadline_after(policy.total_timeout)
            total = policy.total_timeout
            with nullcontext() if deadline is None else TotalDeadline(deadline, total):
                response, retries_taken, elapsed = await self._attempts(request, policy, streaming)
            result = await self._reply(
                operation, request, response, streaming, policy, deadline, prime=prime, idle=idle
            )
            if not raw:
                return result()
        except PoeError as exc:
            self._scrub(exc, request, operation)
            raise
        return self._raw_response(operation, request, response, result, retries_taken, elapsed)

    def _raw_response(
        self,
        operation: Operation,
        request: httpx.Request,
        response: httpx.Response,
        result: Callable[[], Any],
        retries_taken: int,
        elapsed: float,
    ) -> AsyncAPIResponse[Any]:
        def parse() -> Any:  # Parsed later, by the caller: scrub its errors too.
            try:
                return result()
            except PoeError as exc:
                self._scrub(exc, request, operation)
                raise

        raw_response = AsyncAPIResponse(
            response, parse, retries_taken=retries_taken, elapsed=elapsed
        )
        raw_response._keep_alive = self
        return raw_response

    async def _streamed(
        self,
        operation: Operation,
        call: _PreparedCall,
        http: httpx.AsyncClient,
        options: RequestOptions,
    ) -> AsyncStreamedAPIResponse[Any]:
        """Send with retries, and hand over the 2xx reply with its body unread."""
        if call.fallbacks:
            raise RequestValidationError(
                "fallback_models does not apply to with_streaming_response: call without it, "
                "or without with_streaming_response",
                param="fallback_models",
                rule="not with with_streaming_response",
            )
        if call.multipart:
            request, opened = call.multipart_request(http, options.extra_body)
        else:
            request, opened = call.request(http, call.content(options.extra_body)), []
        policy, streaming = call.policy, call.streaming
        try:
            deadline = deadline_after(policy.total_timeout)
            total = policy.total_timeout
            with nullcontext() if deadline is None else TotalDeadline(deadline, total):
                response, retries_taken, elapsed = await self._attempts(request, policy, True)
        except PoeError as exc:
            self._scrub(exc, request, operation)
            raise
        finally:
            for file in opened:  # The request was sent whole (or failed): its files are done.
                file.close()

        async def parse() -> Any:  # After the body is read (unless it is an event stream).
            try:
                result = await self._reply(
                    operation,
                    request,
                    response,
                    streaming,
                    policy,
                    None,
                    prime=False,
                    idle=call.idle_timeout,
                )
                return result()
            except PoeError as exc:
                self._scrub(exc, request, operation)
                raise

        streamed = AsyncStreamedAPIResponse(
            response,
            parse,
            retries_taken=retries_taken,
            elapsed=elapsed,
            max_body_bytes=self.limits.max_body_bytes,
            parse_reads_body=not streaming,
        )
        streamed._keep_alive = self
        return streamed

    def _scrub(self, exc: PoeError, request: httpx.Request, operation: Operation) -> None:
        """Before an error reaches the caller: no credential a server echoed back ("Invalid
        key sk-...", or a ``writeOnly`` body field's value), and no more of a reply's body
        than a bounded prefix."""
        written = write_only_values(operation, request)
        api_key = self._config.api_key or ""
        redact_error(exc, secret_values(request.headers.items(), api_key, *written))
        bound_error_body(exc)

    async def _reply(
        self,
        operation: Operation,
        request: httpx.Request,
        response: httpx.Response,
        streaming: bool,
        policy: RetryPolicy,
        deadline: float | None,
        *,
        prime: bool,
        idle: float | None,
    ) -> Callable[[], Any]:
        """What the call returns, as a function: a stream, the parsed reply, or ``None``."""
        events = response.headers.get("content-type", "").startswith("text/event-stream")
        if operation.binary_reply and not (events and operation.stream_model is not None):
            binary = AsyncBinaryResponse(response, self.limits.max_body_bytes)
            return lambda: binary
        if streaming and operation.stream_model is not None:
            wrong = not_a_stream(response, b"")
            if wrong is not None:  # JSON or HTML where a stream was asked for.
                wrong = not_a_stream(response, await _read_error_body(response))
                assert wrong is not None
                raise wrong
            stream: AsyncStream[Any] = AsyncStream(
                response,
                operation.stream_model,
                accumulator=operation.accumulator() if operation.accumulator else None,
                strict=self.strict_replies,
                end=operation.stream_end,
                name=operation.stream_name,
                max_event_bytes=self.limits.max_event_bytes,
            )
            reader = reader_of(stream)
            reader.keep_alive = self  # The stream outlives a client object nobody else holds.
            reader.secrets = (request.headers, self._config.api_key or "")
            if deadline is not None:
                reader.deadline = (deadline, policy.total_timeout)
            reader.idle_timeout = idle
            if prime:
                await reader.prime()
            return lambda: stream
        if isinstance(operation.response_model, type):
            model, content = operation.response_model, response.content
            strict = self.strict_replies
            request_id: str | None = response.headers.get("x-request-id")
            return lambda: _with_request_id(
                parse_model(model, content, response, strict=strict), request_id
            )
        if operation.response_model is not None:
            adapter, content, name = (
                operation.response_model,
                response.content,
                operation.response_name,
            )
            strict = self.strict_replies
            union_request_id: str | None = response.headers.get("x-request-id")
            return lambda: _with_request_id(
                parse_union(adapter, content, response, strict=strict, name=name),
                union_request_id,
            )
        return lambda: None

    async def _attempts(
        self, request: httpx.Request, policy: RetryPolicy, streaming: bool
    ) -> tuple[httpx.Response, int, float]:
        http = await self._http.get()
        start = self._clock.monotonic()
        retries_taken = 0
        while True:
            self._state.check_open()
            if self.pace_requests:
                await self._pace(policy)
            attempt_start = self._clock.monotonic()
            try:
                response = await send_following_redirects(http, request)
                error = invalid_status(response)
                if error is not None:
                    await _read_error_body(response)
                    raise error
                if not streaming and 200 <= response.status_code < 300:
                    await read_body(response, self.limits.max_body_bytes)
                    # Read and closed: httpx's stream refers back to the response, a cycle that
                    # only the garbage collector would free (with the request, ~28 objects).
                    response.stream = httpx.ByteStream(response.content)
            except APIConnectionError as exc:
                if self._state.closed:
                    raise ClientClosedError(
                        "The client was closed while the call was running."
                    ) from exc
                if not await self._wait_to_retry(request, policy, retries_taken, start, exc):
                    _note_attempts(exc, retries_taken + 1)
                    raise
                retries_taken += 1
                continue
            self._rate_limits.record(response.headers, self._clock.monotonic())
            status = response.status_code
            if logger.isEnabledFor(logging.DEBUG):
                elapsed = self._clock.monotonic() - attempt_start
                _log_response(request, response, elapsed, retries_taken, policy.max_retries + 1)
            if 200 <= status < 300:
                return response, retries_taken, self._clock.monotonic() - start
            content = await _read_error_body(response)
            if not await self._wait_to_retry(request, policy, retries_taken, start, response):
                hint = self._not_found_hint if status == 404 else None
                raise status_error(response, content, hint=hint)
            retries_taken += 1

    async def _wait_to_retry(
        self,
        request: httpx.Request,
        policy: RetryPolicy,
        retries_taken: int,
        start: float,
        failure: httpx.Response | APIConnectionError,
    ) -> bool:
        """Decide whether a failed attempt (an error reply or a connection error) is retried;
        if so, log it and sleep the decided delay. ``False`` when it is not retried."""
        reply = failure if isinstance(failure, httpx.Response) else None
        decision = decide_retry(
            policy,
            retries_taken=retries_taken,
            status=None if reply is None else reply.status_code,
            headers=None if reply is None else reply.headers,
            elapsed=self._clock.monotonic() - start,
            now=self._clock.wall_clock(),
            rand=self._clock.random(),
        )
        if not decision.retry:
            return False
        _log_retry(
            request,
            retries_taken,
            policy.max_retries + 1,
            decision.delay,
            str(failure) if reply is None else f"status {reply.status_code}",
            None if reply is None else reply.headers.get("x-request-id"),
        )
        await self._clock.sleep(decision.delay)
        return True

    async def _pace(self, policy: RetryPolicy) -> None:
        wait = min(self._rate_limits.wait_time(self._clock.monotonic()), policy.max_server_delay)
        if wait > 0:
            logger.info("Rate limit reached; waiting %.2fs for the window to reset", wait)
            await self._clock.sleep(wait)

    def _request_headers(
        self,
        streaming: bool,
        params: Mapping[str, str],
        extra: Mapping[str, str | Omit] | None,
    ) -> dict[str, str]:
        headers = {**self._headers, **params}
        if streaming:
            headers["Accept"] = "text/event-stream"
        if params:  # The operation's header parameters are checked like extra_headers.
            check_headers(params, "headers")
        if extra:
            sent = {name: value for name, value in extra.items() if not isinstance(value, Omit)}
            check_headers(sent, "extra_headers")
        for name, value in (extra or {}).items():
            if isinstance(value, Omit):
                for key in [k for k in headers if k.lower() == name.lower()]:
                    del headers[key]
            else:
                headers[name] = value
        return headers

    def _query_params(
        self, query: Mapping[str, object] | None, extra: Mapping[str, object] | None
    ) -> dict[str, Any] | None:
        default_query = self._config.default_query
        if not (self._base_query or default_query or query or extra):
            return None
        params: dict[str, Any] = {**self._base_query, **default_query}
        if query:
            params.update({k: v for k, v in query.items() if v is not None})
        if extra:
            params.update(extra)
        return params


_ResultT = TypeVar("_ResultT")


def _with_request_id(result: _ResultT, request_id: str | None) -> _ResultT:
    if isinstance(result, ResponseModel):
        set_request_id(result, request_id)
    return result


def _should_fall_back(exc: APIError, policy: RetryPolicy) -> bool:
    """Fall back after retries are exhausted on a retryable error, or on a missing model."""
    if isinstance(exc, APIConnectionError):
        return True
    if isinstance(exc, APIStatusError):
        if exc.status_code in _NEVER_FALL_BACK:
            return False
        return isinstance(exc, NotFoundError) or is_retryable_status(
            policy, exc.status_code, exc.response.headers
        )
    return False


def _log_retry(
    request: httpx.Request,
    retries_taken: int,
    attempts: int,
    delay: float,
    why: str,
    request_id: str | None,
) -> None:
    logger.info(
        "Retrying %s %s (attempt %d of %d) in %.2fs after %s (request id %s)",
        request.method,
        request.url.path,
        retries_taken + 2,
        attempts,
        delay,
        why,
        request_id,
        extra={"retry_delay": delay, "retry_reason": why},
    )


def _note_attempts(exc: APIConnectionError, attempts: int) -> None:
    """Add to the error of a call's last attempt how many were made ("... after 3 attempts")."""
    plural = "attempt" if attempts == 1 else "attempts"
    exc.message = f"{exc.message.removesuffix('.')} after {attempts} {plural}"
    exc.args = (exc.message,)


def _log_response(
    request: httpx.Request,
    response: httpx.Response,
    elapsed: float,
    retries_taken: int,
    attempts: int,
) -> None:
    """One line per reply: its status, how long this attempt took (retry waits excluded) and,
    after a retry, which attempt it was."""
    logger.debug(
        "%s %s -> %d in %.1fms%s (request id %s)",
        request.method,
        request.url.path,
        response.status_code,
        elapsed * 1000,
        f" (attempt {retries_taken + 1} of {attempts})" if retries_taken else "",
        response.headers.get("x-request-id"),
    )
