"""Rate-limit headers: the durations and counters a response reports, parsed without raising.

Pure functions, no I/O: the client calls :func:`parse_rate_limit` on every response.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["RateLimit", "parse_duration", "parse_rate_limit"]

# A duration longer than this is treated as nonsense rather than a wait: it also rejects the
# Unix timestamps (seconds since 1970) some servers put in ``x-ratelimit-reset``.
_MAX_DURATION = 366 * 24 * 3600.0

# A plain number of seconds: "20", "1.5", ".5", "2.", "1e3". ASCII digits only (``\d`` would
# accept other scripts' digits, which ``float`` happily converts); no sign, no nan/inf.
_NUMBER = re.compile(r"(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")

# Go's time.Duration.String() syntax, as OpenAI sends it: "6m0s", "1h2m3.5s", "120ms", "500µs".
# Both the micro sign (U+00B5) and the Greek mu (U+03BC) are accepted, as Go does.
_UNIT_SECONDS: dict[str, float] = {
    "h": 3600.0,
    "m": 60.0,
    "s": 1.0,
    "ms": 1e-3,
    "us": 1e-6,
    "\u00b5s": 1e-6,
    "\u03bcs": 1e-6,
    "ns": 1e-9,
}
# Longer units first, so "ms" is not read as "m" followed by a stray "s".
_COMPONENT = r"([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|h|m|s)"
_GO_DURATION = re.compile(f"(?:{_COMPONENT})+")
_GO_COMPONENT = re.compile(_COMPONENT)

# Counters are small non-negative integers; more digits than this is not a count.
_INTEGER = re.compile(r"[0-9]{1,18}")

_PREFIX = "x-ratelimit-"


@dataclass(frozen=True, slots=True)
class RateLimit:
    """Rate-limit state reported by one response.

    Each field is ``None`` when its header is absent or invalid.

    Attributes:
        limit: Requests allowed per window (``x-ratelimit-limit-requests``, falling back to
            ``x-ratelimit-limit``).
        remaining: Requests left in the current window (``x-ratelimit-remaining-requests``,
            falling back to ``x-ratelimit-remaining``, the header the Poe docs tell users to
            monitor).
        reset_after: Seconds until the window resets (``x-ratelimit-reset-requests``, falling
            back to ``x-ratelimit-reset``), parsed with :func:`parse_duration`.
    """

    limit: int | None
    remaining: int | None
    reset_after: float | None


def parse_number(text: str) -> float | None:
    """``text`` as a float when it is a plain number (see ``_NUMBER``), else ``None``; it may
    be infinite when it overflows ("1e999")."""
    return float(text) if _NUMBER.fullmatch(text) else None


def parse_duration(value: str) -> float | None:
    """Parse a duration header into seconds; ``None`` when it is not a sensible duration.

    Accepts a plain number of seconds (``"20"``, ``"1.5"``, ``" 20 "``) and Go duration syntax
    as OpenAI sends it (``"20s"``, ``"6m0s"``, ``"1h2m3.5s"``, ``"120ms"``, ``"500us"``,
    ``"500µs"``). Zero gives ``0.0``. Empty, malformed, negative, NaN, infinite or overflowing
    values, and anything longer than a year, give ``None``. Never raises.
    """
    text = value.strip()
    if not text:
        return None
    seconds = parse_number(text)
    if seconds is None:
        if not _GO_DURATION.fullmatch(text):
            return None
        seconds = 0.0
        for number, unit in _GO_COMPONENT.findall(text):
            seconds += float(number) * _UNIT_SECONDS[unit]
    if not math.isfinite(seconds) or seconds > _MAX_DURATION:
        return None
    return seconds


def _parse_count(value: str | None) -> int | None:
    """A non-negative integer header value, or ``None``."""
    if value is None:
        return None
    text = value.strip()
    return int(text) if _INTEGER.fullmatch(text) else None


def _first_count(specific: str | None, generic: str | None) -> int | None:
    """The ``-requests`` header's count when valid, else the generic header's."""
    count = _parse_count(specific)
    return count if count is not None else _parse_count(generic)


def _first_duration(specific: str | None, generic: str | None) -> float | None:
    """The ``-requests`` header's duration when valid, else the generic header's."""
    seconds = None if specific is None else parse_duration(specific)
    if seconds is None and generic is not None:
        seconds = parse_duration(generic)
    return seconds


_NAMES = (
    "x-ratelimit-limit-requests",
    "x-ratelimit-limit",
    "x-ratelimit-remaining-requests",
    "x-ratelimit-remaining",
    "x-ratelimit-reset-requests",
    "x-ratelimit-reset",
)


def parse_rate_limit(headers: Mapping[str, str]) -> RateLimit | None:
    """Read the request rate-limit headers of one response.

    ``headers`` is normally an :class:`httpx.Headers` (case-insensitive); names are looked up
    in lowercase, so a plain ``dict`` must use lowercase keys. For each field the
    ``-requests`` header wins when it holds a valid value, else the generic one is used.

    Returns ``None`` when none of the six headers is present, and a :class:`RateLimit` (whose
    fields may all be ``None``) otherwise. Invalid or negative values give ``None`` for
    their field. Never raises.
    """
    # Fast exit for the common case of a response without rate-limit headers: one pass over
    # the names is cheaper than six lookups (each of which scans every header).
    for key in headers:
        if key[:12].lower() == _PREFIX:
            break
    else:
        return None
    get = headers.get
    values = [get(name) for name in _NAMES]
    if all(value is None for value in values):
        return None
    limit, limit_any, remaining, remaining_any, reset, reset_any = values
    return RateLimit(
        limit=_first_count(limit, limit_any),
        remaining=_first_count(remaining, remaining_any),
        reset_after=_first_duration(reset, reset_any),
    )
