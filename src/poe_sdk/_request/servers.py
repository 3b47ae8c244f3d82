"""Where an operation is sent when the spec gives it a server other than the client's base URL.

The rule (no I/O): with ``base_url`` at the spec's default server plus its base path (Poe:
``https://api.poe.com`` + ``/v1``), the spec's server URL is used as written. For any other
``base_url``, the server's URL is re-rooted: ``base_url`` without the base path (or, if it
does not end with it, its origin) stands for the default server, so
``http://127.0.0.1:8080/v1`` sends ``https://api.poe.com/usage/...`` to
``http://127.0.0.1:8080/usage/...``; a server on another host keeps only its path, under the
origin of ``base_url``. ``server_urls={spec_url: url}`` on the client overrides the rule.
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from .operation import Server

__all__ = ["server_url"]


def server_url(base_url: httpx.URL, server: Server, overrides: Mapping[str, str]) -> str:
    """The URL (without a trailing slash) that ``server``'s paths are appended to."""
    override = overrides.get(server.url)
    if override is not None:
        return override.rstrip("/")
    base = str(base_url).rstrip("/")
    url, default = server.url.rstrip("/"), server.default.rstrip("/")
    if base == default + server.base_path:
        return url
    origin = str(base_url.copy_with(path="/", query=None, fragment=None)).rstrip("/")
    if server.base_path and base.endswith(server.base_path):
        root = base[: -len(server.base_path)]
    else:
        root = origin
    if url == default or url.startswith(default + "/"):
        return root + url[len(default) :]
    return origin + httpx.URL(url).path.rstrip("/")
