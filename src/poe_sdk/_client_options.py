"""Client options, defined once: their types (:class:`ClientOptions`, :class:`OptionChanges`),
their checked values (:class:`ClientConfig`) and the checks, without I/O; each bad value is a
RequestValidationError."""

from __future__ import annotations

import dataclasses
import ipaddress
import os
import re
import sys
import warnings
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from types import FrameType
from typing import Any, TypedDict, cast

import httpx

from ._call.retry import RetryPolicy
from ._constants import API_KEY_ENV, BASE_URL_ENV, DEFAULT_BASE_URL, DEFAULT_STREAM_IDLE_TIMEOUT
from ._exceptions import RequestValidationError
from ._http.defaults import DEFAULT_TIMEOUT
from ._http.limits import DEFAULT_LIMITS, ResponseLimits
from ._not_given import NOT_GIVEN, NotGiven
from ._request.signatures import signature_of_options

__all__ = [
    "CHANGE_DEFAULTS",
    "OPTION_DEFAULTS",
    "ClientConfig",
    "ClientOptions",
    "OptionChanges",
    "Timeout",
    "api_key_or_env",
    "base_url_or_env",
    "check_fallbacks",
    "check_headers",
    "check_limits",
    "check_seconds",
    "check_timeout",
    "check_trust_env",
    "is_loopback",
    "not_found_hint",
    "read_at_most",
    "resolve_api_key",
    "resolve_base_url",
    "signature_of_options",
    "warn_if_cleartext",
]

_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))

Timeout = float | httpx.Timeout | None


class _Options(TypedDict, total=False):
    """The options the constructors and ``with_options`` take with the same types."""

    base_url: str | httpx.URL | None
    max_retries: int | None
    retry_policy: RetryPolicy | None
    default_headers: Mapping[str, str] | None
    default_query: Mapping[str, object] | None
    server_urls: Mapping[str, str] | None
    limits: ResponseLimits | None


class ClientOptions(_Options, total=False):
    """The keyword arguments of ``AsyncPoeClient(...)`` and ``PoeClient(...)`` (see
    :class:`AsyncPoeClient`); defaults in :data:`OPTION_DEFAULTS`, ``None`` for the others."""

    timeout: Timeout
    stream_idle_timeout: float | None
    http_client: httpx.AsyncClient | None
    trust_env: bool
    pace_requests: bool
    strict_replies: bool


class OptionChanges(_Options, total=False):
    """The keyword arguments of ``with_options``: one left out or ``None`` keeps the current
    value (``timeout=None`` and ``stream_idle_timeout=None`` turn those timeouts off;
    ``NOT_GIVEN`` keeps them); headers, query parameters and server URLs are merged into the
    current ones."""

    timeout: Timeout | NotGiven
    stream_idle_timeout: float | NotGiven | None
    pace_requests: bool | None
    strict_replies: bool | None


# The constructors' defaults that are not None.
OPTION_DEFAULTS: dict[str, object] = {
    "timeout": DEFAULT_TIMEOUT,
    "trust_env": True,
    "stream_idle_timeout": DEFAULT_STREAM_IDLE_TIMEOUT,
    "pace_requests": False,
    "strict_replies": False,
}
# In ``with_options`` ``None`` keeps the current value, except for these options, where
# ``None`` is a value: for them the default that keeps it is given here.
CHANGE_DEFAULTS: dict[str, object] = {"timeout": NOT_GIVEN, "stream_idle_timeout": NOT_GIVEN}


@dataclass(frozen=True)
class ClientConfig:
    """A client's options, checked: what ``with_options`` starts from."""

    limits: ResponseLimits
    api_key: str | None = dataclasses.field(repr=False)
    base_url: httpx.URL
    timeout: float | httpx.Timeout | None
    stream_idle_timeout: float | None
    retry_policy: RetryPolicy
    default_headers: dict[str, str]
    default_query: dict[str, object]
    pace_requests: bool
    strict_replies: bool
    server_urls: dict[str, str]

    @classmethod
    def create(cls, api_key: str | None, options: ClientOptions) -> ClientConfig:
        """Check the constructor's options, in the order of the fields (``http_client`` is
        the client's to check)."""
        given: dict[str, Any] = {**OPTION_DEFAULTS, **options}
        limits = check_limits(given.get("limits"))
        key = resolve_api_key(api_key)
        base_url = resolve_base_url(given.get("base_url"))
        timeout = check_timeout(given["timeout"], "timeout")
        policy = given.get("retry_policy")
        policy = policy if policy is not None else RetryPolicy()
        max_retries = given.get("max_retries")
        return cls(
            limits=limits,
            api_key=key,
            base_url=base_url,
            timeout=timeout,
            stream_idle_timeout=check_seconds(given["stream_idle_timeout"], "stream_idle_timeout"),
            retry_policy=policy if max_retries is None else policy.with_max_retries(max_retries),
            default_headers=check_headers(given.get("default_headers"), "default_headers"),
            default_query=dict(given.get("default_query") or {}),
            pace_requests=given["pace_requests"],
            strict_replies=given["strict_replies"],
            server_urls=dict(given.get("server_urls") or {}),
        )

    def changed(self, api_key: str | None, changes: OptionChanges) -> ClientConfig:
        """These options with ``changes`` (see :class:`OptionChanges`), checked again."""
        options: dict[str, Any] = {
            field.name: getattr(self, field.name) for field in dataclasses.fields(self)
        }
        del options["api_key"]
        for name, value in cast("Mapping[str, Any]", changes).items():
            if isinstance(value, NotGiven) or (value is None and name not in CHANGE_DEFAULTS):
                continue
            current: object = options.get(name)
            if isinstance(current, dict):  # headers, query parameters, server URLs: merged
                merged: dict[str, object] = {
                    **cast("dict[str, object]", current),
                    **cast("Mapping[str, object]", value),
                }
                value = merged
            options[name] = value
        return ClientConfig.create(
            api_key if api_key is not None else self.api_key, cast(ClientOptions, options)
        )


def api_key_or_env(api_key: str | None) -> str | None:
    """The API key given, else ``$POE_API_KEY`` (``None`` when neither is set); unchecked."""
    return api_key if api_key is not None else os.environ.get(API_KEY_ENV)


def base_url_or_env(base_url: str | httpx.URL | None) -> str | httpx.URL:
    """The base URL given, else ``$POE_BASE_URL``, else Poe's; unchecked."""
    return base_url if base_url is not None else os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL


def resolve_api_key(api_key: str | None) -> str | None:
    """The key to send: the argument, else ``$POE_API_KEY``, else ``None`` (then only the
    operations that need no key can be called); a malformed key is an error."""
    key = api_key_or_env(api_key)
    if not key:
        return None
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
    value = base_url_or_env(base_url)
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


def not_found_hint(base_url: httpx.URL, operation_paths: Collection[str] = ()) -> str | None:
    """What to add to a 404's message when ``base_url`` ends with the path of an operation
    (``.../v1/chat/completions``: the SDK adds it), or has no version segment (``/v1``,
    ``/v1beta``, ...) while the default base URL has one: the likely cause of the 404."""
    base = str(base_url.copy_with(query=None, fragment=None)).rstrip("/")
    path = base_url.path.rstrip("/")
    for operation_path in sorted(operation_paths, key=len, reverse=True):
        if "{" not in operation_path and path.endswith(operation_path):
            trimmed = base.removesuffix(operation_path)
            return (
                f"the base URL {base} ends with {operation_path}, which each call adds itself: "
                f"did you mean {trimmed}?"
            )
    prefix = httpx.URL(DEFAULT_BASE_URL).path.rstrip("/")
    segments = [s for s in base_url.path.split("/") if s]
    if not prefix or any(_VERSION_SEGMENT.fullmatch(s) for s in segments):
        return None
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


def check_trust_env(options: Mapping[str, object]) -> bool:
    """``trust_env``: a bool, which applies to the client poe-sdk makes; with an
    ``http_client`` (whose own ``trust_env`` decides) it is an error, not ignored."""
    trust_env = options.get("trust_env", True)
    if not isinstance(trust_env, bool):
        raise RequestValidationError(
            f"Invalid argument trust_env: True or False is required (got {trust_env!r})",
            param="trust_env",
            rule="bool",
        )
    if "trust_env" in options and options.get("http_client") is not None:
        raise RequestValidationError(
            "Invalid argument trust_env: it applies to the HTTP client poe-sdk makes; with "
            "http_client=, set trust_env on your httpx.AsyncClient instead",
            param="trust_env",
            rule="not with http_client",
        )
    return trust_env


def check_seconds(seconds: object, name: str) -> float | None:
    """A positive, finite number of seconds, or ``None`` (no limit)."""
    if seconds is None:
        return None
    if (
        isinstance(seconds, (int, float))
        and not isinstance(seconds, bool)
        and 0 < seconds < float("inf")
    ):
        return float(seconds)
    raise RequestValidationError(
        f"Invalid argument {name}: a positive number of seconds or None is required "
        f"(got {seconds!r})",
        param=name,
        rule="positive seconds or None",
    )


def read_at_most(
    timeout: float | httpx.Timeout | None, seconds: float
) -> float | httpx.Timeout | None:
    """``timeout`` with its read timeout lowered to ``seconds`` if it is longer (or off).

    A stream's ``stream_idle_timeout`` bounds the silence between two reads too: with the read
    timeout at most as long, only reads that brought no progress (comments, keep-alive events)
    need the stream's own idle clock."""
    current = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    if current.read is not None and current.read <= seconds:
        return timeout
    return httpx.Timeout(
        connect=current.connect, read=seconds, write=current.write, pool=current.pool
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
    # The one cheap way to walk the caller's frames (inspect.stack() reads source files).
    frame: FrameType | None = sys._getframe(1)  # pyright: ignore[reportPrivateUsage]
    level = 1
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(_PACKAGE_DIR):
        frame = frame.f_back
        level += 1
    return level
