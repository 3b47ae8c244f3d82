"""Secrets out of everything the SDK builds: error messages, bodies, pickles.

The secrets of a call are the client's API key and the value of every header whose name
looks like a credential (``Authorization``, ``X-Api-Key``, ``Cookie``, ...). A server that
echoes one back ("Invalid key sk-...") gets it replaced by ``[REDACTED]``; a pickled error
carries a copy of its request and response with those headers (and query parameters)
redacted, and without the request body.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

import httpx

if TYPE_CHECKING:
    from ._request.operation import Operation

__all__ = [
    "REDACTED",
    "is_secret_name",
    "redact",
    "redact_error",
    "redacted_request",
    "redacted_response",
    "secret_values",
    "write_only_values",
]

REDACTED = "[REDACTED]"

_SECRET_NAME = re.compile(
    r"auth|key|token|secret|cookie|passw|session|credential|signature", re.IGNORECASE
)
_SCHEMES = ("bearer ", "basic ", "token ")
_MIN_SECRET = 6  # shorter values would redact ordinary words


def is_secret_name(name: str) -> bool:
    """Whether a header or query parameter of this name holds a credential."""
    return bool(_SECRET_NAME.search(name))


def secret_values(headers: Iterable[tuple[str, str]], *extra: str) -> tuple[str, ...]:
    """The secret strings of a call: credential header values (and the token after a
    ``Bearer``/``Basic`` scheme), plus ``extra``; longest first."""
    found = {value for value in extra if len(value) >= _MIN_SECRET}
    for name, value in headers:
        if not is_secret_name(name):
            continue
        found.add(value)
        lower = value.lower()
        for scheme in _SCHEMES:
            if lower.startswith(scheme):
                found.add(value[len(scheme) :].strip())
    return tuple(sorted((v for v in found if len(v) >= _MIN_SECRET), key=len, reverse=True))


def write_only_values(operation: Operation, request: httpx.Request) -> tuple[str, ...]:
    """The string values a JSON request sent in the operation's ``writeOnly`` body fields
    (an API key it creates, a bot's ``api_bot_settings.api_key``): secrets of the call like
    the client's own key."""
    if not operation.write_only or operation.multipart:
        return ()
    try:
        body: object = json.loads(request.content)
    except (ValueError, httpx.RequestNotRead):
        return ()
    # A dotted path: ``api_bot_settings.api_key``.
    found = (_at(body, path.split(".")) for path in operation.write_only)
    return tuple(value for value in found if isinstance(value, str))


def _at(body: object, keys: list[str]) -> object:
    """The value at ``keys`` inside nested JSON objects, or ``None``."""
    value: object = body
    for key in keys:
        if not isinstance(value, dict):
            return None
        value = cast(dict[str, object], value).get(key)
    return value


def redact(value: Any, secrets: tuple[str, ...]) -> Any:
    """``value`` with every secret replaced, inside strings, lists and dicts (a copy)."""
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret in value:
                value = value.replace(secret, REDACTED)
        return value
    if isinstance(value, dict):
        items = cast(dict[Any, Any], value).items()  # type: ignore[redundant-cast]
        return {redact(k, secrets): redact(v, secrets) for k, v in items}
    if isinstance(value, list):
        return [redact(v, secrets) for v in cast(list[Any], value)]  # type: ignore[redundant-cast]
    return value


def redact_error(exc: BaseException, secrets: tuple[str, ...]) -> None:
    """Remove the secrets from an error's message, ``args``, ``body`` and its response's
    body, in place (and from the errors an ``AllModelsFailedError`` holds)."""
    if not secrets:
        return
    exc.args = tuple(redact(arg, secrets) for arg in exc.args)
    for name in ("message", "body"):
        if name in vars(exc):
            setattr(exc, name, redact(getattr(exc, name), secrets))
    response: object = vars(exc).get("response")
    content: object = vars(response).get("_content") if response is not None else None
    if isinstance(content, bytes):  # The body the server echoed the secret in.
        for secret in secrets:
            content = content.replace(secret.encode(), REDACTED.encode())
        setattr(response, "_content", content)  # noqa: B010
    errors = getattr(exc, "errors", None)
    if isinstance(errors, dict):
        for error in cast(dict[str, BaseException], errors).values():
            redact_error(error, secrets)


def _redact_headers(headers: httpx.Headers) -> list[tuple[str, str]]:
    return [(k, REDACTED if is_secret_name(k) else v) for k, v in headers.multi_items()]


def redacted_request(request: httpx.Request) -> httpx.Request:
    """A body-less copy of ``request`` whose credential headers and query values are hidden."""
    url = request.url
    if url.query:
        params = [(k, REDACTED if is_secret_name(k) else v) for k, v in url.params.multi_items()]
        url = url.copy_with(params=params)
    return httpx.Request(request.method, url, headers=_redact_headers(request.headers))


def redacted_response(response: httpx.Response) -> httpx.Response:
    """A copy of ``response`` (its body if it was read) whose request is redacted."""
    content = cast(bytes, vars(response).get("_content", b""))
    request = vars(response).get("_request")
    return httpx.Response(
        response.status_code,
        headers=_redact_headers(response.headers),
        content=content,
        request=None if request is None else redacted_request(request),
    )
