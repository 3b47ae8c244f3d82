"""Reply errors, decided without I/O: the typed exception of an error reply, of an error
object inside a 2xx reply or a stream, and of a reply that is not what was asked for.

One rule says what an error object is (:func:`is_error_object`): a JSON object whose
``error`` is a non-empty object or text.
"""

from __future__ import annotations

import json
from typing import Any, TypeGuard, cast

import httpx

from .._exceptions import (
    APIError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ServiceUnavailableError,
    UnprocessableEntityError,
)

__all__ = [
    "decode_error_body",
    "error_class_for_status",
    "invalid_status",
    "is_error_object",
    "json_or_text",
    "not_a_stream",
    "quote_start",
    "status_error",
    "stream_error",
]

_QUOTE_LIMIT = 200

_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    503: ServiceUnavailableError,
}

# Statuses implied by the ``type`` or ``code`` of an error reported inside a 200 stream.
_PAYLOAD_STATUSES: dict[str, int] = {
    "invalid_request_error": 400,
    "bad_request": 400,
    "authentication_error": 401,
    "invalid_api_key": 401,
    "insufficient_credits": 402,
    "insufficient_points": 402,
    "payment_required": 402,
    "permission_error": 403,
    "permission_denied": 403,
    "not_found_error": 404,
    "model_not_found": 404,
    "rate_limit_error": 429,
    "rate_limit_exceeded": 429,
    "rate_limited": 429,
    "overloaded_error": 503,
    "service_unavailable": 503,
    "server_error": 500,
    "api_error": 500,
    "internal_error": 500,
}


def error_class_for_status(status: int) -> type[APIStatusError]:
    """The exception class for an HTTP status (any 5xx without its own class is a 500)."""
    cls = _STATUS_ERRORS.get(status)
    if cls is not None:
        return cls
    return InternalServerError if status >= 500 else APIStatusError


def is_error_object(value: object) -> TypeGuard[dict[str, Any]]:
    """Whether a reply, an event or a value in one is an OpenAI-style error object: a JSON
    object whose ``error`` is a non-empty object or text. The one rule for every reply."""
    if not isinstance(value, dict):
        return False
    error = cast(dict[str, object], value).get("error")
    return bool(error) and isinstance(error, dict | str)


def status_error(
    response: httpx.Response, content: bytes, *, hint: str | None = None
) -> APIStatusError:
    """The typed exception for a non-2xx reply, from its status and (JSON or not) body;
    ``hint`` (the client's guess at the cause) ends the message."""
    body = decode_error_body(content)
    info = _error_info(body)
    detail = info.get("message") or _describe(body, content)
    if hint:
        detail = f"{detail} ({hint})"
    return error_class_for_status(response.status_code)(
        f"Error code: {response.status_code} - {detail}",
        response=response,
        body=body,
        code=_as_code(info.get("code")),
        type=_as_str(info.get("type")),
        param=_as_str(info.get("param")),
    )


def stream_error(
    payload: object, response: httpx.Response, *, where: str = "Error in stream"
) -> APIError:
    """The typed exception for an error event inside a 200 stream.

    The status is implied by the error's ``status``, numeric ``code``, ``type`` or ``code``
    (a rate-limit code gives :class:`RateLimitError`); unknown errors count as server errors.
    """
    info = _error_info(payload)
    status = _implied_status(info)
    message = _as_str(info.get("message")) or _describe(payload, b"")
    return error_class_for_status(status)(
        f"{where}: {message}",
        response=response,
        body=payload,
        code=_as_code(info.get("code")),
        type=_as_str(info.get("type")),
        param=_as_str(info.get("param")),
        status_code=status,
    )


def decode_error_body(content: bytes) -> object:
    """The JSON value of a body, its text when it is not JSON, or ``None`` when it is empty."""
    return json_or_text(content) if content else None


def json_or_text(content: bytes | str) -> object:
    """The JSON value of ``content`` (a body or an event's data), or its text when it is not
    JSON."""
    try:
        value: object = json.loads(content)
    except (ValueError, RecursionError):  # RecursionError: absurdly deep nesting
        return content.decode("utf-8", "replace") if isinstance(content, bytes) else content
    return value


def quote_start(content: bytes | str) -> str:
    """The first characters of a body or line, quoted, for error messages."""
    text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
    if len(text) > _QUOTE_LIMIT:
        text = text[:_QUOTE_LIMIT] + "..."
    return repr(text)


def _error_info(body: object) -> dict[str, Any]:
    if isinstance(body, dict):
        data = cast(dict[str, Any], body)
        error: object = data.get("error", data)
        if isinstance(error, dict):
            return cast(dict[str, Any], error)
        if isinstance(error, str):
            return {"message": error}
    return {}


def _describe(body: object, content: bytes) -> str:
    if isinstance(body, str):
        title = _html_title(body)
        return title if title is not None else quote_start(body)
    if body is None:
        return "(empty body)"
    return quote_start(content or json.dumps(body))


def _html_title(text: str) -> str | None:
    lower = text.lower()
    start = lower.find("<title>")
    end = lower.find("</title>", start)
    if start == -1 or end == -1:
        return None
    return f"HTML page: {text[start + 7 : end].strip()!r}"


def _implied_status(info: dict[str, Any]) -> int:
    for key in ("status", "status_code", "code"):
        value = info.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and 400 <= value <= 599:
            return value
    for key in ("code", "type"):
        value = info.get(key)
        if isinstance(value, str) and value.lower() in _PAYLOAD_STATUSES:
            return _PAYLOAD_STATUSES[value.lower()]
    return 500


def _as_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _as_code(value: object) -> str | int | None:
    if isinstance(value, bool):
        return None
    return value if isinstance(value, (str, int)) else None


def invalid_status(response: httpx.Response) -> APIResponseValidationError | None:
    """The error for a status outside 100-599 (which HTTP does not define), else ``None``."""
    status = response.status_code
    if 100 <= status <= 599:
        return None
    return APIResponseValidationError(
        f"The server answered with HTTP status {status}, which does not exist (100-599).",
        response,
    )


def not_a_stream(response: httpx.Response, content: bytes) -> APIError | None:
    """The error for a stream request answered with JSON or HTML instead of
    ``text/event-stream`` (an error object gives the error it describes); else ``None``."""
    kind = response.headers.get("content-type", "").lower()
    if "json" not in kind and "html" not in kind:
        return None
    body = decode_error_body(content)
    if is_error_object(body):
        return stream_error(body, response)
    return APIResponseValidationError(
        f"A stream was asked for, but the server's {response.status_code} reply is "
        f"{kind.split(';')[0] or 'not a stream'}, not text/event-stream; the body starts with "
        f"{quote_start(content)}",
        response,
        body=body,
    )
