"""httpx defaults shared by the async client and the sync facade."""

from __future__ import annotations

import functools
import os
import ssl

import httpx

__all__ = [
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_TIMEOUT",
    "CertEnvironment",
    "cert_environment",
    "default_ssl_context",
]

DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
"""Connect 5 s; read, write and pool 600 s. The read timeout is the longest silence allowed
between two reads of the reply, not a limit on the whole request."""

DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)

CertEnvironment = tuple[str | None, str | None]
"""``($SSL_CERT_FILE, $SSL_CERT_DIR)`` as a client read them (``None`` when unset, empty, or
not trusted)."""


def cert_environment(trust_env: bool) -> CertEnvironment:
    """The CA variables httpx reads when it makes a client (none with ``trust_env=False``)."""
    if not trust_env:
        return (None, None)
    return (os.environ.get("SSL_CERT_FILE") or None, os.environ.get("SSL_CERT_DIR") or None)


def default_ssl_context(certs: CertEnvironment = (None, None)) -> ssl.SSLContext:
    """httpx's default TLS context for these CA variables, built once per value: loading a CA
    bundle takes tens of ms, and a client makes a new connection pool for each event loop it
    is used from. As ``httpx.create_ssl_context()``: ``$SSL_CERT_FILE``, else
    ``$SSL_CERT_DIR``, else certifi's bundle; built from the values a client read when it
    was made, so that a client made after they change uses the new ones."""
    return _ssl_context(*certs)


@functools.lru_cache(maxsize=8)
def _ssl_context(cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    if cert_file:
        return ssl.create_default_context(cafile=cert_file)
    if cert_dir:
        return ssl.create_default_context(capath=cert_dir)
    return httpx.create_ssl_context(trust_env=False)
