"""``POE_LOG=debug|info``: the SDK's logging on stderr without code (as ``OPENAI_LOG`` does).

The first client constructed reads the variable once and, when it is set, gives the
``poe_sdk`` logger a stderr handler at that level. What the SDK logs never holds the API key.
"""

from __future__ import annotations

import logging
import os
import sys
import warnings

__all__ = ["LOG_ENV", "configure_from_env", "log_level"]

LOG_ENV = "POE_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_FORMAT = "[%(asctime)s - %(name)s - %(levelname)s] %(message)s"
_configured = False


def log_level(value: str | None) -> int | None:
    """The logging level ``value`` of ``POE_LOG`` asks for (``None``: unset or unknown)."""
    if not value:
        return None
    return _LEVELS.get(value.strip().lower())


def configure_from_env() -> None:
    """Set up stderr logging as ``$POE_LOG`` says, once per process (cheap after the first)."""
    global _configured
    if _configured:
        return
    _configured = True
    value = os.environ.get(LOG_ENV)
    level = log_level(value)
    if level is None:
        if value:
            warnings.warn(
                f"{LOG_ENV}={value!r} is ignored: use {LOG_ENV}=debug or {LOG_ENV}=info",
                RuntimeWarning,
                stacklevel=3,
            )
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger = logging.getLogger("poe_sdk")
    logger.addHandler(handler)
    logger.setLevel(level)
