"""Defaults that need no third-party import (the CLI reads them before loading httpx)."""

from __future__ import annotations

__all__ = [
    "API_KEY_ENV",
    "BASE_URL_ENV",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_STREAM_IDLE_TIMEOUT",
]

DEFAULT_BASE_URL = "https://api.poe.com/v1"
API_KEY_ENV = "POE_API_KEY"
BASE_URL_ENV = "POE_BASE_URL"
DEFAULT_MAX_RETRIES = 2
DEFAULT_STREAM_IDLE_TIMEOUT = 600.0
"""Seconds a stream may go without an event that is progress (SSE comments and keep-alive
events are not) before it raises :class:`~poe_sdk.StreamTimeoutError`: as long as the default
read timeout allows complete silence, so a server that sends pings gets the time a silent one
gets (a slow reasoning model may think for minutes before its first token)."""
