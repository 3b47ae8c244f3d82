"""httpx defaults shared by the async client and the sync facade."""

from __future__ import annotations

import functools
import ssl

import httpx

__all__ = ["DEFAULT_CONNECTION_LIMITS", "DEFAULT_TIMEOUT", "default_ssl_context"]

DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
"""Connect 5 s; read, write and pool 600 s. The read timeout is the longest silence allowed
between two reads of the reply, not a limit on the whole request."""

DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)


@functools.cache
def default_ssl_context() -> ssl.SSLContext:
    """httpx's default TLS context, built once: loading the CA bundle takes tens of ms, and a
    client makes a new connection pool for each event loop it is used from."""
    return httpx.create_ssl_context()
