"""The exception tree, with the names and meanings of the ``openai`` SDK's errors."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    import httpx

    from ._generated.models import ChatCompletion, Message, Response

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AllModelsFailedError",
    "ArgumentProblem",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "IncompleteStreamError",
    "InternalServerError",
    "NotFoundError",
    "PaginationCycleError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "PoeError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ServiceUnavailableError",
    "StreamTimeoutError",
    "UnprocessableEntityError",
]


class PoeError(Exception):
    """Base class of every error raised by poe-sdk.

    Every error pickles (so it crosses a ``ProcessPoolExecutor``); its ``request`` and
    ``response`` are pickled as copies without the body and with credentials redacted.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        state = dict(vars(self))
        if state.get("request") is not None or state.get("response") is not None:
            from ._redaction import redacted_request, redacted_response

            if state.get("request") is not None:
                state["request"] = redacted_request(state["request"])
            if state.get("response") is not None:
                state["response"] = redacted_response(state["response"])
        return (_restore, (type(self), self.args, state))


def _restore(cls: type[PoeError], args: tuple[Any, ...], state: dict[str, Any]) -> PoeError:
    """Rebuild a pickled error without calling its ``__init__`` (whose arguments vary)."""
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class ArgumentProblem(NamedTuple):
    """One problem of a call's arguments: the argument's dotted path, the rule it breaks, and
    the message saying so (with the value given)."""

    param: str
    rule: str
    message: str


class RequestValidationError(PoeError, ValueError):
    """An argument breaks the API's rules; raised before anything is sent.

    ``param`` is the dotted path of the offending argument (``"temperature"``,
    ``"messages[0].role"``) and ``rule`` says what it must satisfy. When the arguments have
    several problems the message names the first and ``errors`` lists every one
    (:class:`ArgumentProblem`: ``param``, ``rule``, ``message``).
    """

    def __init__(
        self,
        message: str,
        *,
        param: str | None = None,
        rule: str | None = None,
        errors: list[ArgumentProblem] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.param = param
        self.rule = rule
        if errors is None:
            errors = [] if param is None else [ArgumentProblem(param, rule or "", message)]
        self.errors = errors
        """Every problem found (one, unless the arguments had several)."""


class ClientClosedError(PoeError, RuntimeError):
    """The client (or the ``with_options`` copy it came from) was closed: a call made after
    :meth:`close`, or one still running when :meth:`close` was called, raises this."""

    def __init__(self, message: str = "The client is closed; create a new one.") -> None:
        super().__init__(message)
        self.message = message


class APIError(PoeError):
    """An error reported by, or about, the API server.

    ``body`` is the decoded JSON error body (or ``None``); ``code``, ``type`` and ``param``
    come from its ``error`` object when the server sent one.
    """

    message: str
    request: httpx.Request | None
    body: object | None
    code: str | None
    type: str | None
    param: str | None

    def __init__(
        self,
        message: str,
        request: httpx.Request | None = None,
        *,
        body: object | None = None,
        code: str | int | None = None,
        type: str | None = None,
        param: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body
        self.code = None if code is None else str(code)
        self.type = type
        self.param = param

    def __str__(self) -> str:
        return self.message


class APIResponseValidationError(APIError):
    """A successful (2xx) reply whose body is not what the API promises: an HTML page from a
    proxy, invalid JSON, or JSON that does not match the response model."""

    def __init__(
        self,
        message: str,
        response: httpx.Response | None = None,
        *,
        body: object | None = None,
    ) -> None:
        super().__init__(message, response.request if response is not None else None, body=body)
        self.response = response
        self.status_code = response.status_code if response is not None else None


class PaginationCycleError(APIResponseValidationError):
    """A list operation's server sent a page cursor it had already sent (``A``, ``B``, ``A``,
    or the same cursor again): following it would fetch the same pages forever, so paging stops
    there instead. ``cursor`` is the repeated cursor and ``page_count`` the number of pages
    received, the one that sent it included."""

    def __init__(self, message: str, *, cursor: object, page_count: int) -> None:
        super().__init__(message)
        self.cursor = cursor
        self.page_count = page_count


class APIStatusError(APIError):
    """The server answered with a 4xx or 5xx status.

    For an error reported inside a 200 stream, ``status_code`` is the status the error's
    type or code implies (429 for a rate limit), and ``response`` is the stream's response.
    """

    status_code: int
    response: httpx.Response
    request_id: str | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None = None,
        code: str | int | None = None,
        type: str | None = None,
        param: str | None = None,
        status_code: int | None = None,
    ) -> None:
        super().__init__(message, response.request, body=body, code=code, type=type, param=param)
        self.response = response
        self.status_code = response.status_code if status_code is None else status_code
        self.request_id = response.headers.get("x-request-id")


class BadRequestError(APIStatusError):
    """400: the server rejected the request."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or invalid."""


class PaymentRequiredError(APIStatusError):
    """402: the account has run out of points."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: the model or path does not exist."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the server's state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but could not be processed."""


class RateLimitError(APIStatusError):
    """429: too many requests."""


class InternalServerError(APIStatusError):
    """A 5xx status."""


class ServiceUnavailableError(InternalServerError):
    """503: the server is overloaded or down for maintenance."""


class APIConnectionError(APIError):
    """The request could not be sent, or the connection failed before the reply was complete."""

    def __init__(
        self, message: str = "Connection error.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout, or the retry policy's total deadline, expired."""

    def __init__(
        self, message: str = "Request timed out.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


class IncompleteStreamError(APIConnectionError):
    """A stream ended before ``data: [DONE]``, cleanly, by a dropped connection, or by a
    timeout (then it is a :class:`StreamTimeoutError`).

    ``partial`` is the ``ChatCompletion`` (for a Responses stream the ``Response``, for a
    Messages stream the ``Message``) assembled from the ``chunk_count`` chunks received before
    the end (``None`` when none was).
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        partial: ChatCompletion | Response | Message | None = None,
        chunk_count: int = 0,
    ) -> None:
        super().__init__(message, request=request)
        self.partial = partial
        self.chunk_count = chunk_count


class StreamTimeoutError(APITimeoutError, IncompleteStreamError):
    """A stream timed out before its end: no event that is progress for the client's
    ``stream_idle_timeout`` (SSE comments and keep-alive events such as ``ping`` are not
    progress), no byte for the read timeout, or the retry policy's ``total_timeout`` expired.

    An :class:`APITimeoutError` that keeps what arrived, as :class:`IncompleteStreamError`
    does: ``partial`` and ``chunk_count``.
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        partial: ChatCompletion | Response | Message | None = None,
        chunk_count: int = 0,
    ) -> None:
        IncompleteStreamError.__init__(
            self, message, request=request, partial=partial, chunk_count=chunk_count
        )


class ResponseTooLargeError(APIError):
    """A reply went over one of the client's ``ResponseLimits``; never retried.

    ``limit`` names the limit (``"max_body_bytes"`` or ``"max_event_bytes"``) and
    ``limit_bytes`` is its value.
    """

    def __init__(
        self, message: str, *, request: httpx.Request | None = None, limit: str, limit_bytes: int
    ) -> None:
        super().__init__(message, request)
        self.limit = limit
        self.limit_bytes = limit_bytes


class AllModelsFailedError(APIError):
    """Every model of a ``fallback_models`` chain failed; ``errors`` maps each model to its error.

    It is raised from the last model's error, so ``except`` clauses for that error's class
    do not catch it; inspect ``errors`` (or ``__cause__``) for each model's failure.
    """

    def __init__(self, errors: Mapping[str, APIError]) -> None:
        self.errors = dict(errors)
        summary = "; ".join(
            f"{model}: {type(e).__name__}: {e.message}" for model, e in errors.items()
        )
        last = next(reversed(self.errors.values()), None)
        super().__init__(
            f"All models failed ({summary})",
            last.request if last is not None else None,
        )
