"""Table tests for the retry policy and decisions in ``poe_sdk._call.retry``."""

from __future__ import annotations

import dataclasses
import importlib
import math
from collections.abc import Mapping
from email.utils import formatdate
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from poe_sdk._call.retry import (
    RetryDecision,
    RetryPolicy,
    backoff_delay,
    decide_retry,
    is_retryable_status,
    server_retry_delay,
)
from poe_sdk._exceptions import PoeError, RequestValidationError

NOW = 1_700_000_000.0  # a fixed "current time", seconds since the epoch
DEFAULT = RetryPolicy()
NO_JITTER = RetryPolicy(jitter=0.0)


def http_date(epoch: float) -> str:
    return formatdate(epoch, usegmt=True)


def decide(
    policy: RetryPolicy = NO_JITTER,
    *,
    retries_taken: int = 0,
    status: int | None = 503,
    headers: Mapping[str, str] | None = None,
    elapsed: float = 0.0,
    now: float = NOW,
    rand: float = 0.0,
) -> RetryDecision:
    return decide_retry(
        policy,
        retries_taken=retries_taken,
        status=status,
        headers=headers,
        elapsed=elapsed,
        now=now,
        rand=rand,
    )


def test_module_exports() -> None:
    assert importlib.import_module("poe_sdk._call.retry").__all__ == [
        "RetryPolicy",
        "RetryDecision",
        "backoff_delay",
        "decide_retry",
        "is_retryable_status",
        "server_retry_delay",
    ]


# --- RetryPolicy --------------------------------------------------------------------------


def test_policy_defaults() -> None:
    policy = RetryPolicy()
    assert policy.max_retries == 2
    assert policy.initial_delay == 0.5
    assert policy.max_delay == 8.0
    assert policy.jitter == 0.25
    assert policy.retry_statuses == frozenset({408, 409, 429})
    assert policy.retry_server_errors is True
    assert policy.max_server_delay == 60.0
    assert policy.total_timeout is None


def test_policy_is_frozen_and_hashable() -> None:
    policy = RetryPolicy()
    with pytest.raises(dataclasses.FrozenInstanceError):
        policy.max_retries = 5  # type: ignore[misc]
    assert hash(policy) == hash(RetryPolicy())
    assert policy == RetryPolicy()


def test_policy_accepts_any_iterable_of_statuses_as_a_frozenset() -> None:
    policy = RetryPolicy(retry_statuses={429, 503})  # type: ignore[arg-type]
    assert policy.retry_statuses == frozenset({429, 503})
    assert isinstance(policy.retry_statuses, frozenset)
    hash(policy)
    assert RetryPolicy(retry_statuses=[429]).retry_statuses == frozenset({429})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_retries": 0},
        {"max_retries": 100},
        {"initial_delay": 0.0, "max_delay": 0.0},
        {"initial_delay": 2, "max_delay": 2},
        {"jitter": 0},
        {"jitter": 1},
        {"retry_statuses": frozenset[int]()},
        {"retry_statuses": frozenset({100, 599})},
        {"retry_server_errors": False},
        {"max_server_delay": 0},
        {"total_timeout": 0.001},
        {"total_timeout": 30},
    ],
)
def test_policy_valid(kwargs: dict[str, Any]) -> None:
    RetryPolicy(**kwargs)


@pytest.mark.parametrize(
    ("kwargs", "param", "message"),
    [
        ({"max_retries": -1}, "max_retries", "max_retries must be an integer >= 0, got -1"),
        ({"max_retries": True}, "max_retries", "max_retries must be an integer >= 0, got True"),
        ({"max_retries": 1.0}, "max_retries", "max_retries must be an integer >= 0, got 1.0"),
        ({"max_retries": "2"}, "max_retries", "max_retries must be an integer >= 0, got '2'"),
        ({"initial_delay": -0.1}, "initial_delay", "initial_delay must be a finite number >= 0"),
        ({"initial_delay": math.nan}, "initial_delay", "initial_delay must be a finite number"),
        ({"initial_delay": math.inf}, "initial_delay", "initial_delay must be a finite number"),
        ({"initial_delay": "1"}, "initial_delay", "initial_delay must be a finite number"),
        ({"max_delay": -1}, "max_delay", "max_delay must be a finite number >= 0"),
        ({"max_delay": math.inf}, "max_delay", "max_delay must be a finite number >= 0"),
        ({"max_delay": 0.25}, "max_delay", "max_delay must be >= initial_delay (0.5), got 0.25"),
        ({"jitter": -0.01}, "jitter", "jitter must be a number in [0, 1], got -0.01"),
        ({"jitter": 1.5}, "jitter", "jitter must be a number in [0, 1], got 1.5"),
        ({"jitter": math.nan}, "jitter", "jitter must be a number in [0, 1]"),
        ({"jitter": True}, "jitter", "jitter must be a number in [0, 1]"),
        ({"retry_statuses": frozenset({99})}, "retry_statuses", "HTTP statuses in 100..599"),
        ({"retry_statuses": frozenset({600})}, "retry_statuses", "HTTP statuses in 100..599"),
        ({"retry_statuses": frozenset({"429"})}, "retry_statuses", "HTTP statuses in 100..599"),
        ({"retry_statuses": frozenset({True})}, "retry_statuses", "HTTP statuses in 100..599"),
        ({"retry_statuses": "429"}, "retry_statuses", "HTTP statuses in 100..599"),
        ({"retry_statuses": 429}, "retry_statuses", "HTTP statuses in 100..599"),
        ({"retry_statuses": frozenset({429, 404})}, "retry_statuses", "got [404]"),
        ({"retry_statuses": frozenset({400, 422})}, "retry_statuses", "got [400, 422]"),
        ({"retry_server_errors": 1}, "retry_server_errors", "must be a bool, got 1"),
        ({"max_server_delay": -1}, "max_server_delay", "max_server_delay must be a finite"),
        ({"max_server_delay": math.inf}, "max_server_delay", "max_server_delay must be a finite"),
        (
            {"total_timeout": 0},
            "total_timeout",
            "total_timeout must be None or a finite number > 0",
        ),
        ({"total_timeout": -5}, "total_timeout", "total_timeout must be None or a finite number"),
        ({"total_timeout": math.inf}, "total_timeout", "total_timeout must be None or a finite"),
        ({"total_timeout": math.nan}, "total_timeout", "total_timeout must be None or a finite"),
    ],
)
def test_policy_invalid(kwargs: dict[str, Any], param: str, message: str) -> None:
    with pytest.raises(RequestValidationError) as info:
        RetryPolicy(**kwargs)
    error = info.value
    assert isinstance(error, ValueError)
    assert isinstance(error, PoeError)
    assert error.param == param
    assert error.rule
    assert error.rule in str(error)
    assert str(error).startswith(f"{param} must be ")
    assert message in str(error)


def test_with_max_retries() -> None:
    policy = RetryPolicy(initial_delay=1.0, total_timeout=10)
    copy = policy.with_max_retries(5)
    assert copy.max_retries == 5
    assert copy == dataclasses.replace(policy, max_retries=5)
    assert policy.max_retries == 2  # the original is unchanged
    assert policy.with_max_retries(0).max_retries == 0
    with pytest.raises(RequestValidationError, match="max_retries must be an integer >= 0"):
        policy.with_max_retries(-1)


# --- is_retryable_status ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (408, True),
        (409, True),
        (429, True),
        (500, True),
        (502, True),
        (503, True),
        (504, True),
        (599, True),
        (400, False),
        (401, False),
        (402, False),
        (403, False),
        (404, False),
        (405, False),
        (410, False),
        (413, False),
        (422, False),
        (499, False),
        (200, False),
        (301, False),
    ],
)
def test_status_rule(status: int, expected: bool) -> None:
    assert is_retryable_status(DEFAULT, status, None) is expected
    assert is_retryable_status(DEFAULT, status, {}) is expected
    assert is_retryable_status(DEFAULT, status, httpx.Headers()) is expected


@pytest.mark.parametrize(
    ("policy", "status", "expected"),
    [
        (RetryPolicy(retry_server_errors=False), 503, False),
        (RetryPolicy(retry_server_errors=False), 429, True),
        (RetryPolicy(retry_server_errors=False, retry_statuses=frozenset({503})), 503, True),
        (RetryPolicy(retry_server_errors=False, retry_statuses=frozenset({503})), 500, False),
        (RetryPolicy(retry_statuses=frozenset()), 429, False),
        (RetryPolicy(retry_statuses=frozenset()), 500, True),
        (RetryPolicy(retry_statuses=frozenset({425})), 425, True),
    ],
)
def test_status_rule_follows_the_policy(policy: RetryPolicy, status: int, expected: bool) -> None:
    assert is_retryable_status(policy, status, None) is expected


@pytest.mark.parametrize(
    ("status", "value", "expected"),
    [
        # The header overrides the status rule both ways.
        (400, "true", True),
        (401, "true", True),
        (404, "TRUE", True),
        (422, " True ", True),
        (200, "true", True),
        (503, "false", False),
        (429, "False", False),
        (500, "FALSE", False),
        (408, "false", False),
        # Any other value is ignored.
        (400, "yes", False),
        (400, "1", False),
        (400, "", False),
        (400, "truthy", False),
        (503, "no", True),
        (503, "0", True),
        (503, "", True),
        (503, "false-ish", True),
        (503, "true, false", True),
    ],
)
def test_x_should_retry_overrides(status: int, value: str, expected: bool) -> None:
    assert is_retryable_status(DEFAULT, status, {"x-should-retry": value}) is expected
    assert (
        is_retryable_status(DEFAULT, status, httpx.Headers({"X-Should-Retry": value})) is expected
    )


# --- server_retry_delay -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "status", "expected"),
    [
        ({}, 429, None),
        ({"content-type": "application/json"}, 503, None),
        # retry-after-ms: float milliseconds.
        ({"retry-after-ms": "1500"}, 503, 1.5),
        ({"retry-after-ms": "1500.5"}, 503, 1.5005),
        ({"retry-after-ms": " 250 "}, 503, 0.25),
        ({"retry-after-ms": "0"}, 503, None),
        ({"retry-after-ms": "-5"}, 503, None),
        ({"retry-after-ms": "nan"}, 503, None),
        ({"retry-after-ms": "inf"}, 503, None),
        ({"retry-after-ms": "1e400"}, 503, None),
        ({"retry-after-ms": "9" * 400}, 503, None),
        ({"retry-after-ms": "abc"}, 503, None),
        ({"retry-after-ms": ""}, 503, None),
        ({"retry-after-ms": "1_500"}, 503, None),
        # retry-after: seconds, fractional allowed.
        ({"retry-after": "2"}, 503, 2.0),
        ({"retry-after": "0.5"}, 503, 0.5),
        ({"retry-after": " 3 "}, 429, 3.0),
        ({"retry-after": "120"}, 503, 120.0),  # not capped here
        ({"retry-after": "0"}, 503, None),
        ({"retry-after": "-1"}, 503, None),
        ({"retry-after": "nan"}, 503, None),
        ({"retry-after": "inf"}, 503, None),
        ({"retry-after": "1e400"}, 503, None),
        ({"retry-after": "garbage"}, 503, None),
        ({"retry-after": ""}, 503, None),
        # retry-after: an HTTP date.
        ({"retry-after": http_date(NOW + 3)}, 503, 3.0),
        ({"retry-after": http_date(NOW + 3600)}, 503, 3600.0),
        ({"retry-after": "Tue, 14 Nov 2023 22:13:23 GMT"}, 503, 3.0),  # NOW + 3
        ({"retry-after": "Tue, 14 Nov 2023 22:13:23 -0000"}, 503, 3.0),  # naive: UTC
        ({"retry-after": "Tue, 14 Nov 2023 23:13:23 +0100"}, 503, 3.0),
        ({"retry-after": http_date(NOW - 3)}, 503, None),  # in the past
        ({"retry-after": http_date(NOW)}, 503, None),  # now
        ({"retry-after": "Tue, 14 Nov 2023 25:13:23 GMT"}, 503, None),  # hour 25
        ({"retry-after": "Tue, 31 Feb 2023 22:13:23 GMT"}, 503, None),
        ({"retry-after": "Tue, 14 Nov 99999 22:13:23 GMT"}, 503, None),
        ({"retry-after": "Mon, 01 Jan 0001 00:00:00 +2359"}, 503, None),
        ({"retry-after": "Tue, 14 Nov"}, 503, None),
        # Precedence: ms > seconds > x-ratelimit-reset-requests.
        ({"retry-after-ms": "1500", "retry-after": "2"}, 503, 1.5),
        (
            {"retry-after-ms": "1500", "retry-after": "2", "x-ratelimit-reset-requests": "7s"},
            429,
            1.5,
        ),
        ({"retry-after": "2", "x-ratelimit-reset-requests": "7s"}, 429, 2.0),
        # An invalid or non-positive source falls through to the next one.
        ({"retry-after-ms": "abc", "retry-after": "2"}, 503, 2.0),
        ({"retry-after-ms": "0", "retry-after": "2"}, 503, 2.0),
        (
            {"retry-after-ms": "abc", "retry-after": "junk", "x-ratelimit-reset-requests": "7s"},
            429,
            7.0,
        ),
        ({"retry-after": http_date(NOW - 3), "x-ratelimit-reset-requests": "7s"}, 429, 7.0),
        # x-ratelimit-reset-requests: only for a 429.
        ({"x-ratelimit-reset-requests": "7s"}, 429, 7.0),
        ({"x-ratelimit-reset-requests": "6m0s"}, 429, 360.0),
        ({"x-ratelimit-reset-requests": "120ms"}, 429, 0.12),
        ({"x-ratelimit-reset-requests": "2"}, 429, 2.0),
        ({"x-ratelimit-reset-requests": "7s"}, 503, None),
        ({"x-ratelimit-reset-requests": "7s"}, 408, None),
        ({"x-ratelimit-reset-requests": "7s"}, None, None),
        ({"x-ratelimit-reset-requests": "0s"}, 429, None),
        ({"x-ratelimit-reset-requests": "-1s"}, 429, None),
        ({"x-ratelimit-reset-requests": "soon"}, 429, None),
        ({"x-ratelimit-reset-requests": "1e400"}, 429, None),
        # The generic x-ratelimit-reset is not a server-directed wait.
        ({"x-ratelimit-reset": "7"}, 429, None),
        # Headers apply to a connection error too, when the caller has some.
        ({"retry-after": "2"}, None, 2.0),
    ],
)
def test_server_retry_delay(
    headers: dict[str, str], status: int | None, expected: float | None
) -> None:
    for mapping in (headers, httpx.Headers(headers)):
        result = server_retry_delay(mapping, status, NOW)
        if expected is None:
            assert result is None
        else:
            assert result == pytest.approx(expected)


def test_server_retry_delay_without_headers() -> None:
    assert server_retry_delay(None, 429, NOW) is None


def test_server_retry_delay_headers_are_case_insensitive_through_httpx() -> None:
    headers = httpx.Headers({"Retry-After-Ms": "1500", "RETRY-AFTER": "9"})
    assert server_retry_delay(headers, 503, NOW) == 1.5
    headers = httpx.Headers({"X-RateLimit-Reset-Requests": "1m"})
    assert server_retry_delay(headers, 429, NOW) == 60.0


_DELAY_HEADERS = ["retry-after-ms", "retry-after", "x-ratelimit-reset-requests", "x-should-retry"]


@given(
    headers=st.dictionaries(st.sampled_from(_DELAY_HEADERS), st.text()),
    status=st.one_of(st.none(), st.integers(100, 599)),
    now=st.floats(allow_nan=True, allow_infinity=True),
)
def test_server_retry_delay_never_raises(
    headers: dict[str, str], status: int | None, now: float
) -> None:
    result = server_retry_delay(headers, status, now)
    assert result is None or 0 < result < math.inf


@given(
    value=st.one_of(
        st.text(),
        st.from_regex(
            r"\A[A-Za-z]{3}, [0-9]{1,6} [A-Za-z]{3} [0-9]{1,6} [0-9:]{1,9} [-+A-Z0-9]{0,6}\Z"
        ),
    ),
    status=st.one_of(st.none(), st.integers(100, 599)),
)
def test_retry_after_dates_never_raise(value: str, status: int | None) -> None:
    result = server_retry_delay({"retry-after": value}, status, NOW)
    assert result is None or 0 < result < math.inf


@given(
    headers=st.dictionaries(st.sampled_from(_DELAY_HEADERS), st.text()),
    status=st.one_of(st.none(), st.integers(100, 599)),
    retries_taken=st.integers(0, 10_000),
    elapsed=st.floats(0, 1e6),
    rand=st.floats(0, 1, exclude_max=True),
)
def test_decide_retry_never_raises(
    headers: dict[str, str], status: int | None, retries_taken: int, elapsed: float, rand: float
) -> None:
    policy = RetryPolicy(max_retries=5, total_timeout=100.0)
    decision = decide(
        policy,
        retries_taken=retries_taken,
        status=status,
        headers=headers,
        elapsed=elapsed,
        rand=rand,
    )
    assert decision.reason
    if decision.retry:
        assert 0 <= decision.delay <= policy.max_server_delay
        assert elapsed + decision.delay < 100.0
    else:
        assert decision.delay == 0.0


# --- backoff_delay ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("retries_taken", "expected"),
    [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (5, 8.0), (6, 8.0), (100, 8.0)],
)
def test_backoff_growth(retries_taken: int, expected: float) -> None:
    assert backoff_delay(DEFAULT, retries_taken, 0.0) == expected
    assert backoff_delay(NO_JITTER, retries_taken, 0.999) == expected


@pytest.mark.parametrize("retries_taken", [1024, 1025, 10_000, 10**100])
def test_backoff_does_not_overflow(retries_taken: int) -> None:
    assert backoff_delay(DEFAULT, retries_taken, 0.0) == 8.0
    policy = RetryPolicy(initial_delay=1e300, max_delay=1e300)
    assert backoff_delay(policy, retries_taken, 0.0) == 1e300
    assert backoff_delay(RetryPolicy(initial_delay=0, max_delay=0), retries_taken, 0.5) == 0.0


@pytest.mark.parametrize(
    ("policy", "retries_taken", "rand", "expected"),
    [
        # Each delay is shortened by a random fraction in [0, jitter].
        (DEFAULT, 0, 0.0, 0.5),
        (DEFAULT, 0, 0.5, 0.5 * (1 - 0.125)),
        (DEFAULT, 0, 0.999999, 0.5 * (1 - 0.25 * 0.999999)),
        (DEFAULT, 4, 0.999999, 8.0 * (1 - 0.25 * 0.999999)),
        (RetryPolicy(jitter=1.0), 1, 0.5, 0.5),
        (RetryPolicy(jitter=0.0), 3, 0.7, 4.0),
        (RetryPolicy(initial_delay=1.0, max_delay=3.0), 5, 0.0, 3.0),
        (RetryPolicy(initial_delay=0.0, max_delay=0.0), 3, 0.0, 0.0),
        # Out-of-range rand is clamped; NaN counts as 0.
        (DEFAULT, 0, -1.0, 0.5),
        (DEFAULT, 0, 2.0, 0.375),
        (DEFAULT, 0, math.nan, 0.5),
        # A negative count counts as 0.
        (DEFAULT, -3, 0.0, 0.5),
    ],
)
def test_backoff_jitter(
    policy: RetryPolicy, retries_taken: int, rand: float, expected: float
) -> None:
    assert backoff_delay(policy, retries_taken, rand) == pytest.approx(expected)


@given(
    retries_taken=st.integers(0, 2000),
    rand=st.floats(0, 1, exclude_max=True),
    jitter=st.floats(0, 1),
)
def test_backoff_jitter_bounds(retries_taken: int, rand: float, jitter: float) -> None:
    policy = RetryPolicy(jitter=jitter)
    full = min(0.5 * 2.0 ** min(retries_taken, 10), 8.0)
    delay = backoff_delay(policy, retries_taken, rand)
    assert full * (1 - jitter) <= delay <= full
    assert isinstance(delay, float)


# --- decide_retry -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "retry"),
    [
        (408, True),
        (409, True),
        (429, True),
        (500, True),
        (502, True),
        (503, True),
        (504, True),
        (599, True),
        (None, True),
        (400, False),
        (401, False),
        (402, False),
        (403, False),
        (404, False),
        (422, False),
    ],
)
def test_decide_retry_by_status(status: int | None, retry: bool) -> None:
    decision = decide(DEFAULT, status=status, rand=0.5)
    assert decision.retry is retry
    if retry:
        assert decision.delay == pytest.approx(0.5 * (1 - 0.25 * 0.5))
        what = "connection error" if status is None else f"status {status}"
        assert decision.reason == f"retrying after 0.438s ({what})"
    else:
        assert decision == RetryDecision(False, 0.0, f"status {status} is not retryable")


def test_decide_retry_x_should_retry() -> None:
    assert decide(status=400, headers={"x-should-retry": "true"}) == RetryDecision(
        True, 0.5, "retrying after 0.5s (status 400)"
    )
    assert decide(status=503, headers={"x-should-retry": "false"}) == RetryDecision(
        False, 0.0, "server sent x-should-retry: false (status 503)"
    )
    assert decide(status=503, headers={"x-should-retry": "maybe"}).retry is True
    assert decide(status=400, headers={"x-should-retry": "maybe"}).retry is False


@pytest.mark.parametrize(
    ("max_retries", "retries_taken", "retry"),
    [(2, 0, True), (2, 1, True), (2, 2, False), (2, 3, False), (0, 0, False), (5, 4, True)],
)
def test_decide_retry_max_retries(max_retries: int, retries_taken: int, retry: bool) -> None:
    decision = decide(NO_JITTER.with_max_retries(max_retries), retries_taken=retries_taken)
    assert decision.retry is retry
    if not retry:
        assert decision == RetryDecision(False, 0.0, f"max_retries ({max_retries}) exhausted")


def test_decide_retry_not_retryable_wins_over_exhaustion() -> None:
    decision = decide(retries_taken=5, status=400)
    assert decision.reason == "status 400 is not retryable"


def test_decide_retry_backoff_sequence() -> None:
    policy = RetryPolicy(max_retries=10, jitter=0.0)
    delays = [decide(policy, retries_taken=n).delay for n in range(6)]
    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


@pytest.mark.parametrize(
    ("headers", "status", "retry", "delay", "reason"),
    [
        # A server-directed wait replaces the backoff, without jitter.
        (
            {"retry-after": "2"},
            429,
            True,
            2.0,
            "retrying after 2.0s (status 429, server-directed)",
        ),
        (
            {"retry-after-ms": "1500"},
            503,
            True,
            1.5,
            "retrying after 1.5s (status 503, server-directed)",
        ),
        (
            {"x-ratelimit-reset-requests": "6s"},
            429,
            True,
            6.0,
            "retrying after 6.0s (status 429, server-directed)",
        ),
        # Zero or invalid: back off instead.
        ({"retry-after": "0"}, 429, True, 0.5 * 0.875, "retrying after 0.438s (status 429)"),
        ({"retry-after": "soon"}, 503, True, 0.5 * 0.875, "retrying after 0.438s (status 503)"),
        # The cap: a wait of exactly max_server_delay is slept, above it is not.
        (
            {"retry-after": "60"},
            429,
            True,
            60.0,
            "retrying after 60.0s (status 429, server-directed)",
        ),
        (
            {"retry-after-ms": "60000"},
            503,
            True,
            60.0,
            "retrying after 60.0s (status 503, server-directed)",
        ),
        (
            {"retry-after": "61"},
            429,
            False,
            0.0,
            "server asked to wait 61.0s, above the 60.0s cap",
        ),
        (
            {"retry-after": "120"},
            503,
            False,
            0.0,
            "server asked to wait 120.0s, above the 60.0s cap",
        ),
        (
            {"retry-after": http_date(NOW + 3600)},
            429,
            False,
            0.0,
            "server asked to wait 3600.0s, above the 60.0s cap",
        ),
        (
            {"x-ratelimit-reset-requests": "6m0s"},
            429,
            False,
            0.0,
            "server asked to wait 360.0s, above the 60.0s cap",
        ),
        (
            {"retry-after-ms": "1e300"},
            429,
            False,
            0.0,
            "server asked to wait 1e+297s, above the 60.0s cap",
        ),
    ],
)
def test_decide_retry_server_delay(
    headers: dict[str, str], status: int, retry: bool, delay: float, reason: str
) -> None:
    unspread = dataclasses.replace(DEFAULT, server_delay_spread=0.0)  # spread: tested below
    decision = decide(unspread, status=status, headers=headers, rand=0.5)
    assert decision.retry is retry
    assert decision.delay == pytest.approx(delay)
    assert decision.reason == reason


@pytest.mark.parametrize("rand", [0.0, 0.25, 0.5, 0.999, 1.5, -1.0, math.nan])
def test_server_directed_waits_are_spread_never_shortened(rand: float) -> None:
    decision = decide(DEFAULT, status=429, headers={"retry-after": "2"}, rand=rand)
    assert 2.0 <= decision.delay <= 2.0 * (1 + DEFAULT.server_delay_spread)
    none = RetryPolicy(server_delay_spread=0.0)
    assert decide(none, status=429, headers={"retry-after": "2"}, rand=rand).delay == 2.0


@pytest.mark.parametrize("bad", [-0.1, 1.5, math.nan, True, "0.1"])
def test_server_delay_spread_is_checked(bad: object) -> None:
    with pytest.raises(RequestValidationError, match="server_delay_spread"):
        RetryPolicy(server_delay_spread=bad)  # type: ignore[arg-type]


def test_decide_retry_custom_server_cap() -> None:
    policy = RetryPolicy(max_server_delay=5.0)
    assert decide(policy, status=429, headers={"retry-after": "5"}).retry is True
    decision = decide(policy, status=429, headers={"retry-after": "5.5"})
    assert decision == RetryDecision(False, 0.0, "server asked to wait 5.5s, above the 5.0s cap")
    # A cap of 0 never sleeps a server-directed wait, but backoff still applies.
    policy = RetryPolicy(max_server_delay=0.0, jitter=0.0)
    assert decide(policy, status=429, headers={"retry-after": "1"}).retry is False
    assert decide(policy, status=429, headers={}) == RetryDecision(
        True, 0.5, "retrying after 0.5s (status 429)"
    )


@pytest.mark.parametrize(
    ("elapsed", "headers", "retry", "reason"),
    [
        (0.0, None, True, "retrying after 0.5s (status 503)"),
        (29.0, None, True, "retrying after 0.5s (status 503)"),
        (29.49, None, True, "retrying after 0.5s (status 503)"),
        (29.5, None, False, "total_timeout (30s) would be exceeded: 29.5s elapsed + 0.5s wait"),
        (29.8, None, False, "total_timeout (30s) would be exceeded: 29.8s elapsed + 0.5s wait"),
        (30.0, None, False, "total_timeout (30s) would be exceeded: 30.0s elapsed + 0.5s wait"),
        (45.0, None, False, "total_timeout (30s) would be exceeded: 45.0s elapsed + 0.5s wait"),
        (
            25.0,
            {"retry-after": "5"},
            False,
            "total_timeout (30s) would be exceeded: 25.0s elapsed + 5.0s wait",
        ),
        (24.9, {"retry-after": "5"}, True, "retrying after 5.0s (status 503, server-directed)"),
    ],
)
def test_decide_retry_total_timeout(
    elapsed: float, headers: dict[str, str] | None, retry: bool, reason: str
) -> None:
    policy = RetryPolicy(jitter=0.0, total_timeout=30)
    decision = decide(policy, elapsed=elapsed, headers=headers)
    assert decision.retry is retry
    assert decision.reason == reason
    if not retry:
        assert decision.delay == 0.0


def test_decide_retry_fractional_total_timeout() -> None:
    policy = RetryPolicy(jitter=0.0, total_timeout=2.5)
    assert decide(policy, elapsed=2.0).reason == (
        "total_timeout (2.5s) would be exceeded: 2.0s elapsed + 0.5s wait"
    )


def test_decide_retry_with_httpx_headers() -> None:
    response = httpx.Response(429, headers={"Retry-After": "3", "X-Should-Retry": "True"})
    decision = decide(DEFAULT, status=response.status_code, headers=response.headers)
    assert decision == RetryDecision(True, 3.0, "retrying after 3.0s (status 429, server-directed)")
