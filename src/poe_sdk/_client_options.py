"""Checks of client options, without I/O: each bad value is a RequestValidationError."""

from __future__ import annotations

import ipaddress
import os
import re
import sys
import warnings
from collections.abc import Mapping, Sequence
from types import FrameType
from typing import cast

import httpx

from ._constants import API_KEY_ENV, BASE_URL_ENV, DEFAULT_BASE_URL
from ._exceptions import RequestValidationError
from ._limits import DEFAULT_LIMITS, ResponseLimits

__all__ = [
    "check_fallbacks",
    "check_headers",
    "check_limits",
    "check_timeout",
    "is_loopback",
    "not_found_hint",
    "resolve_api_key",
    "resolve_base_url",
    "warn_if_cleartext",
]

_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def resolve_api_key(api_key: str | None) -> str:
    """The key to send: the argument, else ``$POE_API_KEY``; missing or malformed is an error."""
    key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    if not key:
        raise RequestValidationError(
            "The api_key client option must be set, either by passing api_key to the client "
            f"or by setting the {API_KEY_ENV} environment variable",
            param="api_key",
            rule="required",
        )
    if (
        not isinstance(cast(object, key), str)
        or not (key.isascii() and key.isprintable())
        or key != key.strip()
    ):
        raise RequestValidationError(
            "Invalid argument api_key: printable ASCII without surrounding whitespace is "
            "required, as an HTTP header value must be (the key is not shown)",
            param="api_key",
            rule="printable ASCII",
        )
    return key


def resolve_base_url(base_url: str | httpx.URL | None) -> httpx.URL:
    """The base URL: the argument, else ``$POE_BASE_URL``, else Poe's; it must be http(s)."""
    value = base_url if base_url is not None else os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, TypeError) as exc:
        raise RequestValidationError(
            f"Invalid argument base_url: {exc}", param="base_url", rule="http(s) URL"
        ) from exc
    if url.userinfo:
        raise RequestValidationError(
            "Invalid argument base_url: credentials in the URL (user:password@host) are not "
            "allowed; the API key is sent as a header (the URL is not shown)",
            param="base_url",
            rule="no userinfo",
        )
    if url.scheme not in ("http", "https") or not url.host:
        raise RequestValidationError(
            f"Invalid argument base_url: an http:// or https:// URL is required (got {value!r})",
            param="base_url",
            rule="http(s) URL",
        )
    return url


_VERSION_SEGMENT = re.compile(r"v\d+\w*")


def not_found_hint(base_url: httpx.URL) -> str | None:
    """What to add to a 404's message when ``base_url`` has no version segment (``/v1``,
    ``/v1beta``, ...) while the default base URL has one: the likely cause of the 404."""
    prefix = httpx.URL(DEFAULT_BASE_URL).path.rstrip("/")
    segments = [s for s in base_url.path.split("/") if s]
    if not prefix or any(_VERSION_SEGMENT.fullmatch(s) for s in segments):
        return None
    base = str(base_url.copy_with(query=None, fragment=None)).rstrip("/")
    return f"the base URL {base} has no {prefix} prefix: did you mean {base}{prefix}?"


_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def check_headers(headers: Mapping[str, str] | None, param: str) -> dict[str, str]:
    """Header names must be HTTP tokens and values printable ASCII strings (tabs allowed);
    anything else is an error naming the header, never showing its value."""
    if not headers:
        return {}
    if not isinstance(cast(object, headers), Mapping):
        raise RequestValidationError(
            f"Invalid argument {param}: a mapping of header names to values is required",
            param=param,
            rule="mapping",
        )
    for name, value in headers.items():
        if not isinstance(cast(object, name), str) or not _TOKEN.fullmatch(name):
            raise RequestValidationError(
                f"Invalid argument {param}: header name {name!r} is not a valid HTTP token",
                param=f"{param}[{name!r}]",
                rule="HTTP token",
            )
        if not isinstance(cast(object, value), str) or not _is_header_text(value):
            got = type(value).__name__ if not isinstance(cast(object, value), str) else "str"
            raise RequestValidationError(
                f"Invalid argument {param}[{name!r}]: a string of printable ASCII is required, "
                f"without CR, LF or NUL (got a {got} that is not; the value is not shown)",
                param=f"{param}[{name!r}]",
                rule="printable ASCII",
            )
    return dict(headers)


def _is_header_text(value: str) -> bool:
    return value.isascii() and all(c == "\t" or " " <= c <= "~" for c in value)


def check_timeout(timeout: object, name: str) -> float | httpx.Timeout | None:
    """A positive number of seconds, an ``httpx.Timeout``, or ``None`` (no timeout)."""
    if timeout is None or isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, (int, float)) and not isinstance(timeout, bool) and timeout > 0:
        return float(timeout)
    raise RequestValidationError(
        f"Invalid argument {name}: a positive number of seconds or an httpx.Timeout is required "
        f"(got {timeout!r})",
        param=name,
        rule="positive seconds or httpx.Timeout",
    )


def check_limits(limits: object) -> ResponseLimits:
    """The client's response limits: the defaults for ``None``, else a ``ResponseLimits``."""
    if limits is None:
        return DEFAULT_LIMITS
    if not isinstance(limits, ResponseLimits):
        raise RequestValidationError(
            f"Invalid argument limits: a poe_sdk.ResponseLimits is required "
            f"(got {type(limits).__name__})",
            param="limits",
            rule="ResponseLimits",
        )
    return limits


def check_fallbacks(models: Sequence[str] | None) -> list[str]:
    """The fallback model names as a list; anything but non-empty strings is an error."""
    if not models:
        return []
    names = cast("Sequence[object]", models)
    if isinstance(names, str) or not all(isinstance(m, str) and m for m in names):
        raise RequestValidationError(
            "Invalid argument fallback_models: a list of non-empty model names is required "
            f"(got {models!r})",
            param="fallback_models",
            rule="list of model names",
        )
    return list(models)


def warn_if_cleartext(url: httpx.URL) -> None:
    """Warn when the key would travel unencrypted to a host other than this machine.

    The warning points at the caller's line (the first frame outside poe_sdk), so warning
    filters by module work.
    """
    if url.scheme == "http" and not is_loopback(url.host):
        warnings.warn(
            f"The API key will be sent unencrypted to {url.host} (base_url uses http://)",
            RuntimeWarning,
            stacklevel=_caller_stacklevel(),
        )


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and any loopback address (127.0.0.0/8, ::1)."""
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _caller_stacklevel() -> int:
    """The ``stacklevel`` that makes a warning point at the first frame outside poe_sdk."""
    frame: FrameType | None = sys._getframe(1)
    level = 1
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(_PACKAGE_DIR):
        frame = frame.f_back
        level += 1
    return level
