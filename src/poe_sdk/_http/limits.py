"""How much of a reply the client holds in memory: limits no real reply reaches.

A reply over a limit raises :class:`ResponseTooLargeError`, naming the limit, instead of
growing memory without bound (a body without end, a line without a newline, a gzip bomb).
"""

from __future__ import annotations

from dataclasses import dataclass

from .._exceptions import RequestValidationError

__all__ = ["DEFAULT_LIMITS", "ERROR_BODY_KEPT", "ResponseLimits", "bound_error_body"]

ERROR_BODY_KEPT = 64 * 1024
"""Bytes of an error reply's body that are read and kept (``exc.body``, the message)."""


@dataclass(frozen=True, slots=True)
class ResponseLimits:
    """Per-client caps on what one reply may make the client hold in memory.

    Attributes:
        max_body_bytes: A whole (non-streamed) reply body, counted after decompression, so a
            gzip bomb stops here. Default 64 MiB.
        max_event_bytes: One server-sent event of a stream (a line without a newline, or the
            data lines of one event), after decompression. Default 16 MiB. A stream as a whole
            is not capped: it may run for as long as the model writes.

    Error replies keep only their first 64 KiB (``exc.body`` and the message).
    """

    max_body_bytes: int = 64 * 1024 * 1024
    max_event_bytes: int = 16 * 1024 * 1024

    def __post_init__(self) -> None:
        for name in ("max_body_bytes", "max_event_bytes"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1024:
                raise RequestValidationError(
                    f"Invalid argument {name}: an integer number of bytes >= 1024 is required "
                    f"(got {value!r})",
                    param=name,
                    rule="integer >= 1024",
                )


DEFAULT_LIMITS = ResponseLimits()


def bound_error_body(exc: BaseException) -> None:
    """Keep only the first ``ERROR_BODY_KEPT`` bytes of the body an error holds (a 2xx reply
    that failed validation was read whole), in ``exc.body`` and its response's content."""
    response: object = vars(exc).get("response")
    content: object = vars(response).get("_content") if response is not None else None
    if isinstance(content, bytes) and len(content) > ERROR_BODY_KEPT:
        prefix = content[:ERROR_BODY_KEPT]
        setattr(response, "_content", prefix)  # noqa: B010
        if "body" in vars(exc):
            setattr(exc, "body", prefix.decode("utf-8", "replace") + "...")  # noqa: B010
