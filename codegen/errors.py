"""How the generator reports problems: ``GenerationError`` fails the run, ``warn`` does not.

A run reports every problem of a document at once: each step that can fail runs inside
``Report.attempt`` (one schema, one operation), which records its error and lets the run go on;
``Report.check`` then raises one ``GenerationError`` listing them all.
"""

from __future__ import annotations

import sys
from collections.abc import Generator
from contextlib import contextmanager
from typing import Any


class GenerationError(Exception):
    """The document cannot be turned into code; each message says where and why."""

    def __init__(self, *messages: str) -> None:
        super().__init__(*messages)
        self.messages = list(messages)

    def __str__(self) -> str:
        if len(self.messages) == 1:
            return self.messages[0]
        listed = "\n".join(f"  {m}" for m in self.messages)
        return f"{len(self.messages)} problems:\n{listed}"


def warn(message: str) -> None:
    """Print ``warning: <message>`` to stderr."""
    print(f"warning: {message}", file=sys.stderr)


class Report:
    """The errors of a run so far; ``check`` fails with all of them."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def error(self, message: str) -> None:
        """Record a problem (once)."""
        if message not in self.messages:
            self.messages.append(message)

    @contextmanager
    def attempt(self) -> Generator[None]:
        """Run a step; its ``GenerationError`` is recorded and the run goes on."""
        try:
            yield
        except GenerationError as exc:
            for message in exc.messages:
                self.error(message)

    def check(self) -> None:
        """Raise one ``GenerationError`` with every problem recorded."""
        if self.messages:
            raise GenerationError(*self.messages)


def pointer(token: str) -> str:
    """A JSON pointer token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def json_pointer(parts: Any) -> str:
    """The JSON pointer of a path of keys and indexes (``/`` for the document)."""
    return "".join(f"/{pointer(str(p))}" for p in parts) or "/"
