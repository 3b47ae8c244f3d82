"""The call pipeline every operation call runs: prepare, attempt (retry, pace), parse.

A generated resource calls ``client._request(OPERATION, ...)``: :meth:`CallPipeline._request`
checks the arguments before any I/O (:meth:`~CallPipeline._prepare`, into a
:class:`PreparedCall` that carries all the call needs), builds the request, sends it with
retries (:meth:`~CallPipeline._attempts`; :mod:`.retry` decides, :mod:`poe_sdk._http` sends) and
turns the reply into the result (:meth:`~CallPipeline._reply`: :mod:`._replies.parse`, or an
:class:`AsyncStream` given its keep-alive, secrets and deadline as it is built).
:class:`AsyncPoeClient` is a ``CallPipeline`` that holds the configuration.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from contextlib import nullcontext
from dataclasses import dataclass
from functools import partial
from typing import IO, Any

import anyio
import httpx
from pydantic import BaseModel

from .._client_options import (
    ClientConfig,
    check_fallbacks,
    check_headers,
    check_seconds,
    check_timeout,
    read_at_most,
)
from .._deadline import TotalDeadline
from .._exceptions import (
    AllModelsFailedError,
    APIConnectionError,
    APIError,
    APIStatusError,
    ClientClosedError,
    NotFoundError,
    PoeError,
    RequestValidationError,
)
from .._http.exchange import read_body, read_error_body, send
from .._http.limits import ResponseLimits, bound_error_body
from .._http.pools import HTTPClientSlot
from .._http.redirects import follow_redirects
from .._http.requests import build_request
from .._not_given import NotGiven, Omit
from .._redaction import redact_error, secret_values, write_only_values
from .._replies.binary import AsyncBinaryResponse
from .._replies.errors import invalid_status, not_a_stream, status_error
from .._replies.parse import parse_model, parse_reply
from .._replies.ratelimit import RateLimit, parse_rate_limit
from .._replies.raw_response import AsyncAPIResponse
from .._replies.streamed_response import AsyncStreamedAPIResponse
from .._replies.streaming import AsyncStream, reader_of
from .._request.auth import check_api_key
from .._request.builder import (
    RequestParams,
    build_path,
    encode_body,
    validate_body,
    validate_params,
)
from .._request.multipart import dict_of_lists, multipart_parts
from .._request.operation import Operation, RequestOptions
from .._request.servers import server_url
from .lifecycle import ClientState
from .retry import RetryPolicy, decide_retry, is_retryable_status
from .warm_up import warm_up

__all__ = ["CallPipeline", "Clock", "PreparedCall", "RateLimitState", "RequestParts"]

logger = logging.getLogger("poe_sdk")

_NEVER_FALL_BACK = frozenset({400, 401, 402, 403})
_NO_PARAMS = RequestParams()
"""The placed parameters of a call without any (never changed)."""


@dataclass(frozen=True)
class Clock:
    """The time and randomness the retry loop and ``pace_requests`` use: a client holds one,
    shared by its ``with_options`` copies; tests give a client a fake one."""

    sleep: Callable[[float], Awaitable[None]] = anyio.sleep
    monotonic: Callable[[], float] = time.monotonic
    wall_clock: Callable[[], float] = time.time
    random: Callable[[], float] = random.random


class RateLimitState:
    """The most recent reply's rate-limit headers, shared by ``with_options`` copies."""

    __slots__ = ("headers", "received_at")

    def __init__(self) -> None:
        self.headers: httpx.Headers | None = None
        self.received_at = 0.0

    def current(self) -> RateLimit | None:
        return None if self.headers is None else parse_rate_limit(self.headers)

    def wait_time(self, now: float) -> float:
        """Seconds to wait when the last reply said no requests remain until its reset."""
        limit = self.current()
        if limit is None or limit.remaining != 0 or limit.reset_after is None:
            return 0.0
        return max(0.0, self.received_at + limit.reset_after - now)


@dataclass(frozen=True, slots=True)
class PreparedCall:
    """A checked call: what sending it and reading its reply need, looked up once. In flight
    (1,000 calls may be) a call holds this and its request, not the arguments."""

    operation: Operation
    policy: RetryPolicy
    streaming: bool
    """The body is read later: an event stream or a binary reply."""
    idle_timeout: float | None
    fallbacks: list[str]


@dataclass(frozen=True, slots=True)
class RequestParts:
    """What a call's requests (one per fallback model) are built from."""

    method: str
    url: str
    headers: dict[str, str]
    query: dict[str, Any] | None
    timeout: float | httpx.Timeout | None
    validated: BaseModel | None
    multipart: bool

    def request(
        self,
        http: httpx.AsyncClient,
        extra_body: Mapping[str, object] | None,
        model: str | None = None,
    ) -> httpx.Request:
        """The JSON request; with ``model`` (a fallback), that model instead of the caller's."""
        content = None
        if self.validated is not None:
            overrides = None if model is None else {"model": model}
            content = encode_body(self.validated, extra_body, overrides=overrides)
        return build_request(
            http,
            self.method,
            self.url,
            content=content,
            headers=self.headers,
            params=self.query,
            timeout=self.timeout,
        )

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


class CallPipeline:
    """The calls of :class:`AsyncPoeClient`, which sets what they read (its configuration,
    connection pool, state, rate limits and clock)."""

    _config: ClientConfig
    _http: HTTPClientSlot
    _state: ClientState
    _rate_limits: RateLimitState
    _clock: Clock
    _headers: dict[str, str]
    _json_headers: dict[str, str]
    _sse_headers: dict[str, str]
    _url_prefix: str
    _base_query: dict[str, str]
    _not_found_hint: str | None
    base_url: httpx.URL
    limits: ResponseLimits
    timeout: float | httpx.Timeout | None
    stream_idle_timeout: float | None
    retry_policy: RetryPolicy
    pace_requests: bool
    strict_replies: bool
    server_urls: Mapping[str, str]

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
        sse = operation.streams(body)
        await warm_up(operation, certs=self._http.certs, streaming=sse)
        call, parts = self._prepare(operation, sse, body, params, options)
        http = await self._http.get()
        if streamed:
            return await self._streamed(call, parts, http, options)
        if parts.multipart:
            request, opened = parts.multipart_request(http, options.extra_body)
            try:
                return await self._call(call, request, http, raw, prime=False)
            finally:
                for file in opened:
                    file.close()
        if call.fallbacks:
            return await self._call_with_fallbacks(call, parts, http, body, options, raw)
        request = parts.request(http, options.extra_body)
        del parts  # In flight, a call needs only its request.
        return await self._call(call, request, http, raw, prime=False)

    def _prepare(
        self,
        operation: Operation,
        sse: bool,
        body: Mapping[str, object] | None,
        params: Mapping[str, object] | None,
        options: RequestOptions,
    ) -> tuple[PreparedCall, RequestParts]:
        """Check the call's arguments and options (before any I/O); ``sse``: the call asks
        for an event stream."""
        if self._state.closed:
            raise ClientClosedError()
        validated = None
        if operation.body_model is not None and body is not None:
            validated = validate_body(
                operation.body_model, body, operation.nullable, operation.typed_arguments
            )
        placed = (
            validate_params(operation.params_model, operation.parameters, params)
            if params or operation.parameters  # their defaults are sent when not given
            else _NO_PARAMS
        )
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
        path = build_path(operation.path, placed.path) if placed.path else operation.path
        query = None
        if self._base_query or self._config.default_query or placed.query or options.extra_query:
            query = self._query_params(placed.query, options.extra_query)
        json_body = validated is not None and not operation.multipart
        if placed.headers or options.extra_headers or (sse and not json_body):
            headers = self._request_headers(sse, placed.headers, options.extra_headers)
            if json_body:
                headers["Content-Type"] = "application/json"
        elif sse:  # Shared, never changed: the request copies them.
            headers = self._sse_headers
        else:
            headers = self._json_headers if json_body else self._headers
        if self._config.api_key is None:
            check_api_key(operation, None, headers)
        fallbacks = options.fallback_models
        call = PreparedCall(
            operation=operation,
            policy=policy,
            streaming=streaming,
            idle_timeout=idle,
            fallbacks=[] if fallbacks is None else check_fallbacks(fallbacks),
        )
        parts = RequestParts(
            method=operation.method,
            url=prefix + path,
            headers=headers,
            query=query,
            timeout=timeout,
            validated=validated,
            multipart=operation.multipart,
        )
        return call, parts

    async def _call_with_fallbacks(
        self,
        call: PreparedCall,
        parts: RequestParts,
        http: httpx.AsyncClient,
        body: Mapping[str, object] | None,
        options: RequestOptions,
        raw: bool,
    ) -> Any:
        """The call with its model, then each fallback model in turn (see
        :func:`_should_fall_back`)."""
        assert parts.validated is not None
        assert body is not None
        errors: dict[str, APIError] = {}
        for model in [str(body.get("model")), *call.fallbacks]:
            request = parts.request(http, options.extra_body, model=model)
            try:
                return await self._call(call, request, http, raw, prime=call.streaming)
            except APIError as exc:
                if not _should_fall_back(exc, call.policy):
                    raise
                errors[model] = exc
                logger.info("Model %s failed (%s); trying the next fallback model", model, exc)
        raise AllModelsFailedError(errors) from list(errors.values())[-1]

    async def _call(
        self,
        call: PreparedCall,
        request: httpx.Request,
        http: httpx.AsyncClient,
        raw: bool,
        *,
        prime: bool,
    ) -> Any:
        """Send ``request`` with retries and read the reply. One coroutine, without closures,
        from the request's start until its reply: 1,000 requests in flight hold 1,000 of it."""
        try:
            total = call.policy.total_timeout
            if total is None:
                deadline = None
                response, retries_taken, elapsed = await self._attempts(call, request, http)
            else:
                deadline = anyio.current_time() + total
                with TotalDeadline(deadline, total):
                    response, retries_taken, elapsed = await self._attempts(call, request, http)
            model = call.operation.response_model
            if isinstance(model, type) and not (raw or call.streaming):  # the common case
                return parse_model(model, response.content, response, strict=self.strict_replies)
            result = await self._reply(call, request, response, deadline, prime=prime, raw=raw)
            if not raw:
                return result
        except PoeError as exc:
            self._scrub(exc, request, call.operation)
            raise
        return self._raw_response(call.operation, request, response, result, retries_taken, elapsed)

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

        return AsyncAPIResponse(
            response, parse, retries_taken=retries_taken, elapsed=elapsed, keep_alive=self
        )

    async def _streamed(
        self,
        call: PreparedCall,
        parts: RequestParts,
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
        if parts.multipart:
            request, opened = parts.multipart_request(http, options.extra_body)
        else:
            request, opened = parts.request(http, options.extra_body), []
        operation, total = call.operation, call.policy.total_timeout
        try:
            deadline = None if total is None else anyio.current_time() + total
            with nullcontext() if deadline is None else TotalDeadline(deadline, total):
                response, retries_taken, elapsed = await self._attempts(
                    call, request, http, read=False
                )
        except PoeError as exc:
            self._scrub(exc, request, operation)
            raise
        finally:
            for file in opened:  # The request was sent whole (or failed): its files are done.
                file.close()

        async def parse() -> Any:  # After the body is read (unless it is an event stream).
            try:
                return await self._reply(call, request, response, None, prime=False, raw=False)
            except PoeError as exc:
                self._scrub(exc, request, operation)
                raise

        return AsyncStreamedAPIResponse(
            response,
            parse,
            retries_taken=retries_taken,
            elapsed=elapsed,
            max_body_bytes=self.limits.max_body_bytes,
            parse_reads_body=not call.streaming,
            keep_alive=self,
        )

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
        call: PreparedCall,
        request: httpx.Request,
        response: httpx.Response,
        deadline: float | None,
        *,
        prime: bool,
        raw: bool,
    ) -> Any:
        """What the call returns (a stream, the parsed reply, or ``None``); with ``raw``, a
        function that returns it (a JSON reply is parsed when it is called)."""
        operation = call.operation
        if operation.response_model is not None and not call.streaming:
            if raw:
                return partial(parse_reply, operation, response, self.strict_replies)
            return parse_reply(operation, response, self.strict_replies)
        result: object = None
        events = response.headers.get("content-type", "").startswith("text/event-stream")
        if operation.binary_reply and not (events and operation.stream_model is not None):
            result = AsyncBinaryResponse(response, self.limits.max_body_bytes)
        elif call.streaming and operation.stream_model is not None:
            wrong = not_a_stream(response, b"")
            if wrong is not None:  # JSON or HTML where a stream was asked for.
                wrong = not_a_stream(response, await read_error_body(response))
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
                keep_alive=self,  # The stream outlives a client object nobody else holds.
                secrets=(request.headers, self._config.api_key or ""),
                deadline=None if deadline is None else (deadline, call.policy.total_timeout),
                idle_timeout=call.idle_timeout,
            )
            if prime:
                await reader_of(stream).prime()
            result = stream
        elif operation.response_model is not None:  # streaming was not asked for after all
            if raw:
                return partial(parse_reply, operation, response, self.strict_replies)
            return parse_reply(operation, response, self.strict_replies)
        return partial(_same, result) if raw else result

    async def _attempts(
        self,
        call: PreparedCall,
        request: httpx.Request,
        http: httpx.AsyncClient,
        *,
        read: bool = True,
    ) -> tuple[httpx.Response, int, float]:
        """Send ``request`` until a 2xx reply (its body read, unless the call streams or not
        ``read``), retrying as the call's policy says; raise the last failure's error."""
        policy = call.policy
        read = read and not call.streaming
        clock = self._clock
        start = clock.monotonic()
        retries_taken = 0
        while True:
            if self._state.closed:  # close() stops the retries too
                raise ClientClosedError()
            if self.pace_requests:
                await self._pace(policy)
            attempt_start = clock.monotonic()
            try:
                response = await send(http, request, stream=True)
                status = response.status_code
                if not 200 <= status < 300:
                    response = await follow_redirects(http, request, response)
                    status = response.status_code
                    error = invalid_status(response)
                    if error is not None:
                        await read_error_body(response)
                        raise error
                if read and 200 <= status < 300:
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
            rate_limits = self._rate_limits
            rate_limits.headers, rate_limits.received_at = response.headers, clock.monotonic()
            if logger.isEnabledFor(logging.DEBUG):
                elapsed = clock.monotonic() - attempt_start
                _log_response(request, response, elapsed, retries_taken, policy.max_retries + 1)
            if 200 <= status < 300:
                return response, retries_taken, clock.monotonic() - start
            content = await read_error_body(response)
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
    ) -> dict[str, Any]:
        params: dict[str, Any] = {**self._base_query, **self._config.default_query}
        if query:
            params.update({k: v for k, v in query.items() if v is not None})
        if extra:
            params.update(extra)
        return params


def _same(result: object) -> object:
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
