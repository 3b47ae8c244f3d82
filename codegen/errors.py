"""How the generator reports problems: ``GenerationError`` fails the run, ``warn`` does not."""

from __future__ import annotations

import sys


class GenerationError(Exception):
    """The document cannot be turned into code; the message says where and why."""


def warn(message: str) -> None:
    """Print ``warning: <message>`` to stderr."""
    print(f"warning: {message}", file=sys.stderr)
