"""Defaults shared by the async client and the sync facade."""

from __future__ import annotations

import httpx

__all__ = [
    "API_KEY_ENV",
    "BASE_URL_ENV",
    "DEFAULT_BASE_URL",
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
]

DEFAULT_BASE_URL = "https://api.poe.com/v1"
API_KEY_ENV = "POE_API_KEY"
BASE_URL_ENV = "POE_BASE_URL"

DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
"""Connect 5 s; read, write and pool 600 s. The read timeout is the longest silence allowed
between two reads of the reply, not a limit on the whole request."""

DEFAULT_MAX_RETRIES = 2
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)
