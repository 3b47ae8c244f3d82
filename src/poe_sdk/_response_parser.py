"""Response parsing without I/O: 2xx bodies into models, error replies into typed exceptions.

pydantic and json exceptions are translated here and nowhere else.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar, cast

import httpx
from pydantic import BaseModel, ValidationError

from ._exceptions import (
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
    "parse_model",
    "quote_start",
    "status_error",
    "stream_error",
]

ModelT = TypeVar("ModelT", bound=BaseModel)

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


def parse_model(model: type[ModelT], content: bytes, response: httpx.Response) -> ModelT:
    """Validate a 2xx body straight from its bytes; anything else is a typed error."""
    try:
        return model.model_validate_json(content)
    except ValidationError as exc:
        raise APIResponseValidationError(
            f"The server's {response.status_code} reply is not a valid {model.__name__}: "
            f"{_first_problem(exc)}; the body starts with {quote_start(content)}",
            response,
            body=_json_or_text(content),
        ) from exc


def status_error(response: httpx.Response, content: bytes) -> APIStatusError:
    """The typed exception for a non-2xx reply, from its status and (JSON or not) body."""
    body = _json_or_text(content)
    info = _error_info(body)
    detail = info.get("message") or _describe(body, content)
    return error_class_for_status(response.status_code)(
        f"Error code: {response.status_code} - {detail}",
        response=response,
        body=body,
        code=_as_code(info.get("code")),
        type=_as_str(info.get("type")),
        param=_as_str(info.get("param")),
    )


def stream_error(payload: object, response: httpx.Response) -> APIError:
    """The typed exception for an error event inside a 200 stream.

    The status is implied by the error's ``status``, numeric ``code``, ``type`` or ``code``
    (a rate-limit code gives :class:`RateLimitError`); unknown errors count as server errors.
    """
    info = _error_info(payload)
    status = _implied_status(info)
    message = _as_str(info.get("message")) or _describe(payload, b"")
    return error_class_for_status(status)(
        f"Error in stream: {message}",
        response=response,
        body=payload,
        code=_as_code(info.get("code")),
        type=_as_str(info.get("type")),
        param=_as_str(info.get("param")),
        status_code=status,
    )


def decode_error_body(content: bytes) -> object:
    """The JSON value of an error body, or its text when it is not JSON."""
    return _json_or_text(content)


def quote_start(content: bytes | str) -> str:
    """The first characters of a body or line, quoted, for error messages."""
    text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
    if len(text) > _QUOTE_LIMIT:
        text = text[:_QUOTE_LIMIT] + "..."
    return repr(text)


def _json_or_text(content: bytes) -> object:
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError):  # RecursionError: absurdly deep nesting
        return content.decode("utf-8", "replace")


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


def _first_problem(exc: ValidationError) -> str:
    error = exc.errors(include_url=False)[0]
    where = ".".join(str(part) for part in error["loc"])
    return f"{where}: {error['msg']}" if where else error["msg"]


def _as_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _as_code(value: object) -> str | int | None:
    if isinstance(value, bool):
        return None
    return value if isinstance(value, (str, int)) else None
