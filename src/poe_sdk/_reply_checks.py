"""Replies that are not what was asked for, decided without I/O: impossible statuses, and a
stream request answered with something other than a stream (redirects: ``_http.redirects``)."""

from __future__ import annotations

import httpx

from ._exceptions import APIError, APIResponseValidationError
from ._response_parser import decode_error_body, quote_start, stream_error

__all__ = ["invalid_status", "not_a_stream"]


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
    if _is_error_object(body):
        return stream_error(body, response)
    return APIResponseValidationError(
        f"A stream was asked for, but the server's {response.status_code} reply is "
        f"{kind.split(';')[0] or 'not a stream'}, not text/event-stream; the body starts with "
        f"{quote_start(content)}",
        response,
        body=body,
    )


def _is_error_object(body: object) -> bool:
    return isinstance(body, dict) and "error" in body
