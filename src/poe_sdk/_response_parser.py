"""Response parsing without I/O: 2xx bodies into models, error replies into typed exceptions.

A reply is validated fast first; only when that fails is it read tolerantly (:mod:`._tolerant`)
into the same model type. With ``strict`` every deviation from the spec is an error instead.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar, cast

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

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
from ._tolerant import Reading, is_usable, read_model, read_value

__all__ = [
    "decode_error_body",
    "json_or_text",
    "check_event",
    "checked_reply",
    "error_class_for_status",
    "is_error_object",
    "parse_model",
    "parse_union",
    "read_event_reply",
    "read_reply",
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


def parse_model(
    model: type[ModelT], content: bytes, response: httpx.Response, *, strict: bool = False
) -> ModelT:
    """A 2xx body as ``model``: validated straight from its bytes when it conforms, else read
    tolerantly; an error object raises its typed :class:`APIError`, and a body with nothing
    usable (or, when ``strict``, any deviation) raises :class:`APIResponseValidationError`."""
    try:
        parsed = model.model_validate_json(content)
    except ValidationError as exc:
        return read_reply(model, content, response, exc, strict=strict)
    return checked_reply(parsed, content, response, strict=strict)


def parse_union(
    adapter: TypeAdapter[Any], content: bytes, response: httpx.Response, *, strict: bool, name: str
) -> Any:
    """A 2xx body of a union of models (``name``): validated by ``adapter``, else read
    tolerantly along the union (its discriminator selects the member)."""
    try:
        return adapter.validate_json(content)
    except ValidationError as exc:
        union: Any = getattr(adapter, "_type", None)
        text = content.decode("utf-8", "replace")
        what = f"{_reply_name(response)} is not a valid {name}"
        return read_event_reply(
            union, text, response, exc, strict=strict, what=what, quote=quote_start(content)
        )


def checked_reply(
    parsed: ModelT,
    content: bytes | str,
    response: httpx.Response,
    *,
    strict: bool,
    what: str | None = None,
    quote: str | None = None,
) -> ModelT:
    """``parsed`` after the checks a validated reply still needs: an ``error`` object the
    model does not declare raises, and ``strict`` refuses what only lenient models accept."""
    extra = parsed.__pydantic_extra__
    if extra and is_error_object(extra):
        raise stream_error({"error": extra["error"]}, response, where=_error_where(what, response))
    if strict:
        reading = Reading()
        try:
            data = cast(dict[str, Any], json.loads(content))
        except (ValueError, RecursionError):  # what pydantic's parser takes and json's does not
            reading.note("", "JSON that only a lenient parser reads")
        else:
            read_model(type(parsed), data, reading)
        if reading.problems:
            name = f"{what} is not a valid {type(parsed).__name__}" if what else None
            raise _deviation_error(type(parsed), reading.problems, content, response, name, quote)
    return parsed


def read_reply(
    model: type[ModelT],
    content: bytes | str,
    response: httpx.Response,
    cause: ValidationError,
    *,
    strict: bool,
    what: str | None = None,
    quote: str | None = None,
) -> ModelT:
    """A reply (or stream event: ``what``, quoted as ``quote``) that failed validation
    (``cause``), read tolerantly when it is usable."""
    where = _error_where(what, response)
    what = f"{what or _reply_name(response)} is not a valid {model.__name__}"
    quote = quote or quote_start(content)
    try:
        data: object = json.loads(content)
    except (ValueError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
        raise APIResponseValidationError(
            f"{what}: it is not JSON: {quote}", response, body=_text(content)
        ) from exc
    if not isinstance(data, dict):
        raise APIResponseValidationError(
            f"{what}: it is JSON but not an object: {quote}", response, body=data
        ) from cause
    body = cast(dict[str, Any], data)
    if is_error_object(body) and "error" not in _declared_keys(model):
        raise stream_error(body, response, where=where) from cause
    if strict:
        problems = [_first_problem(cause)]
        raise _deviation_error(model, problems, content, response, what, quote) from cause
    if not is_usable(model, body):
        wanted = " or ".join(repr(k) for k in getattr(model, "essential", ())) or "known field"
        raise APIResponseValidationError(
            f"{what}: it has no usable {wanted}: {quote}", response, body=body
        ) from cause
    return read_model(model, body, Reading())


def read_event_reply(
    tp: Any,
    content: str,
    response: httpx.Response,
    cause: ValidationError,
    *,
    strict: bool,
    what: str,
    quote: str,
) -> Any:
    """A stream event of the union type ``tp`` that failed validation (``cause``), read
    tolerantly along the union: its discriminator selects the member (an unknown tag keeps
    the data as an :class:`UnknownVariant`). An error object raises its :class:`APIError`; a
    value that is not a JSON object, or any deviation when ``strict``, is an error."""
    try:
        data: object = json.loads(content)
    except (ValueError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
        raise APIResponseValidationError(
            f"{what}: it is not JSON: {quote}", response, body=content
        ) from exc
    if not isinstance(data, dict):
        raise APIResponseValidationError(
            f"{what}: it is JSON but not an object: {quote}", response, body=data
        ) from cause
    body = cast(dict[str, Any], data)
    if is_error_object(body):
        raise stream_error(body, response) from cause
    if strict:
        raise _deviation_error(
            BaseModel, [_first_problem(cause)], content, response, what, quote
        ) from cause
    return read_value(tp, body, Reading())


def check_event(tp: Any, content: str, response: httpx.Response, *, what: str, quote: str) -> None:
    """``strict_replies`` for a stream event of the union type ``tp`` that validated: a tag the
    spec does not list (read as an :class:`UnknownVariant`), or an enum value it does not list,
    is a deviation."""
    reading = Reading()
    try:
        read_value(tp, json.loads(content), reading)
    except (ValueError, RecursionError):  # what pydantic's parser takes and json's does not
        reading.note("", "JSON that only a lenient parser reads")
    if reading.problems:
        raise _deviation_error(BaseModel, reading.problems, content, response, what, quote)


def is_error_object(data: dict[str, Any]) -> bool:
    """Whether a reply or event is an OpenAI-style error: a non-empty ``error`` object or text."""
    error = data.get("error")
    return bool(error) and isinstance(error, dict | str)


def _error_where(what: str | None, response: httpx.Response) -> str:
    return "Error in stream" if what else f"Error in a {response.status_code} reply"


def _reply_name(response: httpx.Response) -> str:
    return f"The server's {response.status_code} reply"


def _text(content: bytes | str) -> str:
    return content.decode("utf-8", "replace") if isinstance(content, bytes) else content


def _declared_keys(model: type[BaseModel]) -> set[str]:
    return {info.alias or name for name, info in model.model_fields.items()}


def _deviation_error(
    model: type[BaseModel],
    problems: list[str],
    content: bytes | str,
    response: httpx.Response,
    what: str | None,
    quote: str | None,
) -> APIResponseValidationError:
    what = what or f"{_reply_name(response)} is not a valid {model.__name__}"
    return APIResponseValidationError(
        f"{what} (strict_replies): {'; '.join(problems[:5])}: {quote or quote_start(content)}",
        response,
        body=decode_error_body(content.encode() if isinstance(content, str) else content),
    )


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
