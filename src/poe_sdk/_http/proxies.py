"""The proxies an owned client takes from the environment, as ``httpx.AsyncClient()`` does.

httpx reads ``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY`` and ``NO_PROXY`` (either case) when
a client is made with ``trust_env=True`` and no ``transport=``, and mounts one proxy transport
per URL pattern. poe-sdk's owned client is made with ``transport=`` (its own pool), which makes
httpx skip them, so the same patterns are read here, with httpx's own function, and mounted on
the client with ``mounts=``: httpx then picks the transport for each URL exactly as it would
(precedence and ``NO_PROXY`` matching are httpx's). No I/O here.
"""

from __future__ import annotations

import base64
import importlib.util

import httpx

# httpx 0.28-0.29 (private): httpx's reading of the environment (``getproxies()`` plus its
# NO_PROXY rules); the only use of it, so an httpx upgrade that moves it breaks here, at import,
# and in tests/test_proxies.py.
from httpx._utils import get_environment_proxies

from .._exceptions import RequestValidationError

__all__ = ["EnvironmentProxies", "environment_proxies", "proxy_authorization", "safe_proxy_url"]

EnvironmentProxies = tuple[tuple[str, httpx.Proxy | None], ...]
"""httpx's mount patterns (``"https://"``, ``"all://*example.com"``) with their proxy, or
``None`` for a ``NO_PROXY`` entry (a direct connection)."""

_SCHEMES = ("http", "https", "socks5", "socks5h")
_VARIABLES = {"http://": "HTTP_PROXY", "https://": "HTTPS_PROXY", "all://": "ALL_PROXY"}


def environment_proxies(trust_env: bool) -> EnvironmentProxies:
    """The environment's proxies as httpx would mount them (none with ``trust_env=False``).

    A proxy URL httpx would refuse (another scheme, not a URL) is a
    :class:`RequestValidationError` naming the variable, as httpx fails when a client is made;
    so is a SOCKS proxy while ``socksio`` (``httpx[socks]``) is not installed."""
    if not trust_env:
        return ()
    proxies: list[tuple[str, httpx.Proxy | None]] = []
    for pattern, url in get_environment_proxies().items():
        proxies.append((pattern, None if url is None else _proxy(pattern, url)))
    return tuple(proxies)


def _proxy(pattern: str, url: str) -> httpx.Proxy:
    variable = _VARIABLES.get(pattern, "a proxy variable")
    try:
        proxy = httpx.Proxy(url)
    except (httpx.InvalidURL, ValueError, TypeError):
        raise _invalid(
            f"{variable} ({safe_proxy_url(url)}) is not an http://, https://, socks5:// or "
            "socks5h:// URL"
        ) from None  # httpx's message may quote parts of the URL
    if proxy.url.scheme.startswith("socks") and importlib.util.find_spec("socksio") is None:
        raise _invalid(
            f"{variable} names a SOCKS proxy ({safe_proxy_url(url)}), which needs the "
            "socksio package: pip install 'httpx[socks]'"
        )
    return proxy


def _invalid(message: str) -> RequestValidationError:
    return RequestValidationError(
        f"Invalid proxy in the environment: {message}; fix it, exclude the host with NO_PROXY, "
        "or pass trust_env=False to ignore the environment",
        param="trust_env",
        rule="proxy URL",
    )


def safe_proxy_url(url: str | httpx.URL) -> str:
    """A proxy URL to show: scheme, host and port, never credentials or a path."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError):
        return "a value that is not a URL, not shown"
    if not parsed.host:
        return "a value without a host, not shown"
    port = f":{parsed.port}" if parsed.port is not None else ""
    return f"{parsed.scheme}://{parsed.host}{port}"


def proxy_authorization(proxy: httpx.Proxy) -> str | None:
    """The ``Proxy-Authorization`` value for credentials given in the proxy's URL, built as
    httpcore builds it (UTF-8, basic), or ``None`` without them."""
    raw = proxy.raw_auth
    if raw is None:
        return None
    return "Basic " + base64.b64encode(raw[0] + b":" + raw[1]).decode("ascii")
