"""The retry policy and the pure decisions built on it: whether, and how long, to wait.

The ``openai`` SDK's contract (retry 408, 409, 429 and 5xx; honour ``x-should-retry``,
``retry-after-ms`` and ``retry-after``; exponential backoff with jitter), with configurable
delays, a cap on server-directed waits and a total deadline across attempts. No I/O and no
event loop: the async client measures time, draws the random number and sleeps.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import timezone
from email.utils import parsedate_to_datetime
from typing import cast

from .._exceptions import RequestValidationError
from .._replies.ratelimit import parse_duration, parse_number

__all__ = [
    "RetryPolicy",
    "RetryDecision",
    "backoff_delay",
    "decide_retry",
    "is_retryable_status",
    "server_retry_delay",
]

# Client errors that a retry cannot fix; only an explicit ``x-should-retry: true`` retries them.
_NEVER_RETRIED = frozenset({400, 401, 402, 403, 404, 422})

# 2**_MAX_EXPONENT is finite, so ``initial_delay * 2**n`` never raises for any ``n``.
_MAX_EXPONENT = 1000


def _invalid(param: str, rule: str, value: object) -> RequestValidationError:
    return RequestValidationError(f"{param} must be {rule}, got {value!r}", param=param, rule=rule)


def _real(value: object) -> float | None:
    """``value`` as a float when it is a finite int or float (not a bool), else ``None``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _check_count(param: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _invalid(param, "an integer >= 0", value)


def _check_bool(param: str, value: object) -> None:
    if not isinstance(value, bool):
        raise _invalid(param, "a bool", value)


def _check_seconds(param: str, value: object) -> float:
    number = _real(value)
    if number is None or number < 0:
        raise _invalid(param, "a finite number >= 0", value)
    return number


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Every retry knob in one value.

    Attributes:
        max_retries: Retries after the first attempt (the default 2 means 3 attempts in all).
        initial_delay: The first backoff delay, in seconds; each retry doubles it.
        max_delay: The cap on a backoff delay, in seconds.
        jitter: Each backoff delay is shortened by a random fraction in ``[0, jitter]``.
        retry_statuses: Statuses retried besides the server errors. 400, 401, 402, 403, 404
            and 422 are not allowed: retrying cannot fix them.
        retry_server_errors: Whether every status >= 500 is retried.
        max_server_delay: A server-directed wait (``retry-after``) longer than this is not
            slept: the request fails at once.
        server_delay_spread: A server-directed wait is lengthened by a random fraction in
            ``[0, server_delay_spread]`` (never shortened), so many clients told to retry
            after the same ``retry-after`` do not all return at the same instant.
        total_timeout: A deadline, in seconds, on the whole call: every attempt, every wait
            (retry sleeps, ``pace_requests``), error bodies and a stream's whole body; ``None``
            for none. A retry whose wait would reach it is not made.

    Raises:
        RequestValidationError: A field is out of range; ``param`` names it and ``rule``
            says what it must be.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    retry_statuses: frozenset[int] = frozenset({408, 409, 429})
    retry_server_errors: bool = True
    max_server_delay: float = 60.0
    total_timeout: float | None = None
    server_delay_spread: float = 0.1

    def __post_init__(self) -> None:
        # Callers without a type checker can pass anything: check the types too.
        _check_count("max_retries", self.max_retries)
        initial_delay = _check_seconds("initial_delay", self.initial_delay)
        if _check_seconds("max_delay", self.max_delay) < initial_delay:
            raise _invalid(
                "max_delay", f">= initial_delay ({self.initial_delay!r})", self.max_delay
            )
        jitter = _real(self.jitter)
        if jitter is None or not 0 <= jitter <= 1:
            raise _invalid("jitter", "a number in [0, 1]", self.jitter)
        object.__setattr__(self, "retry_statuses", _check_statuses(self.retry_statuses))
        _check_bool("retry_server_errors", self.retry_server_errors)
        _check_seconds("max_server_delay", self.max_server_delay)
        spread = _real(self.server_delay_spread)
        if spread is None or not 0 <= spread <= 1:
            raise _invalid("server_delay_spread", "a number in [0, 1]", self.server_delay_spread)
        if self.total_timeout is not None:
            timeout = _real(self.total_timeout)
            if timeout is None or timeout <= 0:
                raise _invalid("total_timeout", "None or a finite number > 0", self.total_timeout)

    def with_max_retries(self, n: int) -> RetryPolicy:
        """A copy of this policy with ``max_retries`` set to ``n`` (validated)."""
        return dataclasses.replace(self, max_retries=n)

    def with_total_timeout(self, seconds: float) -> RetryPolicy:
        """A copy of this policy with ``total_timeout`` set to ``seconds`` (validated)."""
        return dataclasses.replace(self, total_timeout=seconds)


def _check_statuses(statuses: object) -> frozenset[int]:
    """``statuses`` as a frozenset of valid, retryable HTTP statuses, or raise."""
    rule = "a set of integer HTTP statuses in 100..599"
    if isinstance(statuses, (str, bytes)) or not isinstance(statuses, Iterable):
        raise _invalid("retry_statuses", rule, statuses)
    items = cast("Iterable[object]", statuses)
    result: set[int] = set()
    for status in items:
        if isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599:
            raise _invalid("retry_statuses", rule, items)
        result.add(status)
    forbidden = sorted(result & _NEVER_RETRIED)
    if forbidden:
        raise _invalid(
            "retry_statuses",
            "free of 400, 401, 402, 403, 404 and 422 (a retry cannot fix them)",
            forbidden,
        )
    return frozenset(result)


@dataclass(frozen=True, slots=True)
class RetryDecision:
    """Whether to retry a failed attempt, after how long, and why.

    Attributes:
        retry: ``True`` to sleep ``delay`` seconds and try again.
        delay: Seconds to wait before the next attempt (0.0 when not retrying).
        reason: A short explanation for logs and error messages, e.g.
            ``"status 400 is not retryable"`` or ``"retrying after 0.41s (status 503)"``.
    """

    retry: bool
    delay: float = 0.0
    reason: str = ""


def _seconds(value: float) -> str:
    """``120.0``, ``0.41``, ``0.412``: at most three decimals, at least one (``1.2e+12`` when
    huge)."""
    if not abs(value) < 1e9:
        return f"{value:.3g}"
    text = f"{value:.3f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def _should_retry_header(headers: Mapping[str, str] | None) -> bool | None:
    """The ``x-should-retry`` override: ``True``, ``False`` or ``None`` when absent or odd."""
    if headers is None:
        return None
    value = headers.get("x-should-retry")
    if value is None:
        return None
    value = value.strip().lower()
    return True if value == "true" else False if value == "false" else None


def _status_rule(policy: RetryPolicy, status: int) -> bool:
    if status in _NEVER_RETRIED:
        return False
    return status in policy.retry_statuses or (policy.retry_server_errors and status >= 500)


def is_retryable_status(
    policy: RetryPolicy, status: int, headers: Mapping[str, str] | None = None
) -> bool:
    """Whether a response with this status may be retried under ``policy``.

    A ``x-should-retry: true`` or ``false`` header (any case) decides; any other value is
    ignored. Otherwise the status must be in ``policy.retry_statuses``, or be >= 500 with
    ``policy.retry_server_errors`` set. 400, 401, 402, 403, 404 and 422 are never retried
    by the status rule.
    """
    override = _should_retry_header(headers)
    if override is not None:
        return override
    return _status_rule(policy, status)


def _positive_seconds(value: str | None, scale: float = 1.0) -> float | None:
    """A positive, finite number of seconds (``value * scale``), or ``None``."""
    if value is None:
        return None
    number = parse_number(value.strip())
    if number is None:
        return None
    seconds = number * scale
    return seconds if 0 < seconds < math.inf else None


def _http_date_delay(value: str, now: float) -> float | None:
    """Seconds from ``now`` to the HTTP date ``value``, or ``None``."""
    try:
        when = parsedate_to_datetime(value.strip())
        if when.tzinfo is None:  # "-0000": the time is UTC
            when = when.replace(tzinfo=timezone.utc)
        delay = when.timestamp() - now
    except (TypeError, ValueError, OverflowError, IndexError, OSError):
        return None
    return delay if 0 < delay < math.inf else None


def server_retry_delay(
    headers: Mapping[str, str] | None, status: int | None, now: float
) -> float | None:
    """The wait, in seconds, that the server asked for; ``None`` when it asked for none.

    The first of these that gives a positive, finite wait is used:

    1. ``retry-after-ms``: milliseconds, fractional allowed;
    2. ``retry-after``: seconds, fractional allowed, or an HTTP date (the wait is the date
       minus ``now``, in seconds since the epoch);
    3. for a 429 only, and only when ``x-ratelimit-remaining-requests`` does not say requests
       remain (another limit, such as tokens, caused it), ``x-ratelimit-reset-requests``
       (``"1s"``, ``"6m0s"``; see :func:`~poe_sdk._replies.ratelimit.parse_duration`).

    Zero, negative, NaN, infinite, overflowing or malformed values are skipped, so ``None``
    means "fall back to backoff". The wait is not capped here (see
    :attr:`RetryPolicy.max_server_delay`). Never raises.
    """
    if headers is None:
        return None
    delay = _positive_seconds(headers.get("retry-after-ms"), 0.001)
    if delay is not None:
        return delay
    retry_after = headers.get("retry-after")
    if retry_after is not None:
        delay = _positive_seconds(retry_after)
        if delay is None:
            delay = _http_date_delay(retry_after, now)
        if delay is not None:
            return delay
    if status == 429 and not _requests_remain(headers):
        reset = headers.get("x-ratelimit-reset-requests")
        if reset is not None:
            delay = parse_duration(reset)
            if delay is not None and delay > 0:
                return delay
    return None


def _requests_remain(headers: Mapping[str, str]) -> bool:
    remaining = headers.get("x-ratelimit-remaining-requests", "").strip()
    return remaining.isascii() and remaining.isdigit() and int(remaining) > 0


def backoff_delay(policy: RetryPolicy, retries_taken: int, rand: float) -> float:
    """The exponential backoff before retry number ``retries_taken + 1``.

    ``min(initial_delay * 2**retries_taken, max_delay) * (1 - jitter * rand)``, where
    ``rand`` is a uniform random number in ``[0, 1)`` drawn by the caller (clamped to
    ``[0, 1]``; NaN counts as 0). Never overflows, however large ``retries_taken``.
    """
    exponent = min(max(retries_taken, 0), _MAX_EXPONENT)
    base = min(policy.initial_delay * math.ldexp(1.0, exponent), policy.max_delay)
    rand = 0.0 if math.isnan(rand) else min(max(rand, 0.0), 1.0)
    return float(base * (1.0 - policy.jitter * rand))


def decide_retry(
    policy: RetryPolicy,
    *,
    retries_taken: int,
    status: int | None,
    headers: Mapping[str, str] | None,
    elapsed: float,
    now: float,
    rand: float,
) -> RetryDecision:
    """Decide whether to retry a failed attempt, and how long to wait first.

    Args:
        policy: The retry policy.
        retries_taken: Retries already made (0 after the first attempt fails).
        status: The response's status, or ``None`` for a connection error or timeout
            (always retryable).
        headers: The response's headers, or ``None``.
        elapsed: Seconds since the first attempt started (for ``total_timeout``).
        now: The current time, in seconds since the epoch (for ``retry-after`` dates).
        rand: A uniform random number in ``[0, 1)`` for the backoff jitter.

    No retry when the status is not retryable (see :func:`is_retryable_status`), when
    ``max_retries`` retries were made, when the server asked for a wait above
    ``max_server_delay``, or when ``elapsed`` plus the wait would reach ``total_timeout``.
    The wait is the server's (see :func:`server_retry_delay`) when it gave one, lengthened
    by up to ``server_delay_spread`` of itself (``rand`` again), else :func:`backoff_delay`.
    """
    if status is None:
        what = "connection error"
    else:
        what = f"status {status}"
        override = _should_retry_header(headers)
        if override is False:
            return RetryDecision(False, reason=f"server sent x-should-retry: false ({what})")
        if override is None and not _status_rule(policy, status):
            return RetryDecision(False, reason=f"{what} is not retryable")
    if retries_taken >= policy.max_retries:
        return RetryDecision(False, reason=f"max_retries ({policy.max_retries}) exhausted")
    delay = server_retry_delay(headers, status, now)
    if delay is not None:
        if delay > policy.max_server_delay:
            return RetryDecision(
                False,
                reason=f"server asked to wait {_seconds(delay)}s, "
                f"above the {_seconds(policy.max_server_delay)}s cap",
            )
        rand = 0.0 if math.isnan(rand) else min(max(rand, 0.0), 1.0)
        delay *= 1.0 + policy.server_delay_spread * rand
        source = ", server-directed"
    else:
        delay = backoff_delay(policy, retries_taken, rand)
        source = ""
    timeout = policy.total_timeout
    if timeout is not None and elapsed + delay >= timeout:
        return RetryDecision(
            False,
            reason=f"total_timeout ({_seconds(timeout).removesuffix('.0')}s) would be exceeded: "
            f"{_seconds(elapsed)}s elapsed + {_seconds(delay)}s wait",
        )
    return RetryDecision(True, delay, f"retrying after {_seconds(delay)}s ({what}{source})")
