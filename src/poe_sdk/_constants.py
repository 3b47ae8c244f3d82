"""Defaults that need no third-party import (the CLI reads them before loading httpx)."""

from __future__ import annotations

__all__ = ["API_KEY_ENV", "BASE_URL_ENV", "DEFAULT_BASE_URL", "DEFAULT_MAX_RETRIES"]

DEFAULT_BASE_URL = "https://api.poe.com/v1"
API_KEY_ENV = "POE_API_KEY"
BASE_URL_ENV = "POE_BASE_URL"
DEFAULT_MAX_RETRIES = 2
