"""Table tests for the rate-limit header parsers in ``poe_sdk._replies.ratelimit``."""

from __future__ import annotations

import dataclasses
import importlib
import math

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from poe_sdk._replies.ratelimit import RateLimit, parse_duration, parse_number, parse_rate_limit


def test_module_exports() -> None:
    assert importlib.import_module("poe_sdk._replies.ratelimit").__all__ == [
        "RateLimit",
        "parse_duration",
        "parse_rate_limit",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("20", 20.0), ("1.5", 1.5), (".5", 0.5), ("2.", 2.0), ("1e3", 1000.0), ("1e999", math.inf)],
)
def test_parse_number_reads_plain_numbers(text: str, expected: float) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["", "-1", "+1", "nan", "inf", "1_0", "\u0661", " 1", "1s"])
def test_parse_number_rejects_anything_else(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # Plain seconds.
        ("0", 0.0),
        ("1", 1.0),
        ("1.5", 1.5),
        (".5", 0.5),
        ("2.", 2.0),
        ("20", 20.0),
        (" 20 ", 20.0),
        ("\t20\r\n", 20.0),
        ("007", 7.0),
        ("1e3", 1000.0),
        # Go durations, as OpenAI sends them.
        ("0s", 0.0),
        ("20s", 20.0),
        ("1.5s", 1.5),
        (" 20s ", 20.0),
        ("1m", 60.0),
        ("6m0s", 360.0),
        ("1m30.5s", 90.5),
        ("1h", 3600.0),
        ("1h2m3.5s", 3723.5),
        ("24h", 86400.0),
        ("120ms", 0.12),
        ("1.5ms", 0.0015),
        ("500us", 0.0005),
        ("500\u00b5s", 0.0005),  # micro sign
        ("500\u03bcs", 0.0005),  # Greek mu
        ("1000000ns", 0.001),
        ("1m0.001s", 60.001),
        ("1s500ms", 1.5),
        ("1h1h", 7200.0),  # Go accepts repeated units
        ("8760h", 8760 * 3600.0),  # a year: the largest sensible value
    ],
)
def test_parse_duration_valid(value: str, expected: float) -> None:
    assert parse_duration(value) == pytest.approx(expected, rel=1e-12, abs=1e-15)


@pytest.mark.parametrize(
    "value",
    [
        "",
        " ",
        "abc",
        "-1",
        "-1s",
        "-0",
        "+1",
        "nan",
        "NaN",
        "inf",
        "-inf",
        "Infinity",
        "1e400",
        "1" * 400,
        "1" * 400 + "s",
        "1" * 400 + ".5",
        "1e400ms",
        "1_000",  # float() accepts underscores; a header must not
        "\u0661\u0662",  # Arabic-Indic digits, which float() accepts
        "1x",
        "s",
        "1.2.3",
        ".",
        ".s",
        "1 s",
        "1m 30s",
        "1d",
        "1H",
        "1S",
        "ms",
        "0x10",
        "1e",
        "10000h",  # more than a year
        "1700000000",  # a Unix timestamp, not a duration
        "Mon, 01 Jan 2024 00:00:00 GMT",
    ],
)
def test_parse_duration_invalid(value: str) -> None:
    assert parse_duration(value) is None


@given(st.text())
def test_parse_duration_never_raises(value: str) -> None:
    result = parse_duration(value)
    assert result is None or 0.0 <= result <= 366 * 24 * 3600


@given(st.from_regex(r"\A[0-9 .eEhmsnuµμ+-]{0,20}\Z"))
def test_parse_duration_near_misses_never_raise(value: str) -> None:
    result = parse_duration(value)
    assert result is None or 0.0 <= result <= 366 * 24 * 3600


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        # No rate-limit headers at all.
        ({}, None),
        ({"content-type": "application/json", "x-request-id": "abc"}, None),
        # Other x-ratelimit-* headers only: none of ours is present.
        ({"x-ratelimit-limit-tokens": "1000", "x-ratelimit-remaining-tokens": "5"}, None),
        # The OpenAI set.
        (
            {
                "x-ratelimit-limit-requests": "60",
                "x-ratelimit-remaining-requests": "59",
                "x-ratelimit-reset-requests": "1s",
                "x-ratelimit-limit-tokens": "150000",
            },
            RateLimit(limit=60, remaining=59, reset_after=1.0),
        ),
        # The generic set (the Poe docs tell users to monitor x-ratelimit-remaining).
        (
            {"x-ratelimit-limit": "500", "x-ratelimit-remaining": "499", "x-ratelimit-reset": "60"},
            RateLimit(limit=500, remaining=499, reset_after=60.0),
        ),
        # Partial headers.
        ({"x-ratelimit-remaining": "3"}, RateLimit(limit=None, remaining=3, reset_after=None)),
        ({"x-ratelimit-limit": "10"}, RateLimit(limit=10, remaining=None, reset_after=None)),
        ({"x-ratelimit-reset": "6m0s"}, RateLimit(limit=None, remaining=None, reset_after=360.0)),
        ({"x-ratelimit-reset-requests": "0s"}, RateLimit(None, None, 0.0)),
        ({"x-ratelimit-remaining-requests": "0"}, RateLimit(None, 0, None)),
        # The -requests header wins over the generic one ...
        (
            {
                "x-ratelimit-limit-requests": "60",
                "x-ratelimit-limit": "500",
                "x-ratelimit-remaining-requests": "1",
                "x-ratelimit-remaining": "2",
                "x-ratelimit-reset-requests": "2s",
                "x-ratelimit-reset": "9",
            },
            RateLimit(limit=60, remaining=1, reset_after=2.0),
        ),
        # ... unless it is invalid.
        (
            {
                "x-ratelimit-limit-requests": "lots",
                "x-ratelimit-limit": "500",
                "x-ratelimit-remaining-requests": "-1",
                "x-ratelimit-remaining": "2",
                "x-ratelimit-reset-requests": "soon",
                "x-ratelimit-reset": "9",
            },
            RateLimit(limit=500, remaining=2, reset_after=9.0),
        ),
        # Invalid values: present, so a RateLimit, with None fields.
        (
            {
                "x-ratelimit-limit": "-5",
                "x-ratelimit-remaining": "1.5",
                "x-ratelimit-reset": "-1",
            },
            RateLimit(limit=None, remaining=None, reset_after=None),
        ),
        ({"x-ratelimit-remaining": ""}, RateLimit(None, None, None)),
        ({"x-ratelimit-remaining": "abc"}, RateLimit(None, None, None)),
        ({"x-ratelimit-remaining": "+3"}, RateLimit(None, None, None)),
        ({"x-ratelimit-remaining": "1e3"}, RateLimit(None, None, None)),
        ({"x-ratelimit-remaining": "3, 3"}, RateLimit(None, None, None)),
        ({"x-ratelimit-remaining": "\u0663"}, RateLimit(None, None, None)),
        ({"x-ratelimit-remaining": "9" * 400}, RateLimit(None, None, None)),
        ({"x-ratelimit-remaining": "9" * 5000}, RateLimit(None, None, None)),
        ({"x-ratelimit-reset": "nan"}, RateLimit(None, None, None)),
        ({"x-ratelimit-reset": "1e400"}, RateLimit(None, None, None)),
        ({"x-ratelimit-reset": "1700000000"}, RateLimit(None, None, None)),  # epoch, not a delay
        # Whitespace around integers is tolerated; a leading zero is still a number.
        ({"x-ratelimit-remaining": " 42 "}, RateLimit(None, 42, None)),
        ({"x-ratelimit-remaining": "007"}, RateLimit(None, 7, None)),
    ],
)
def test_parse_rate_limit(headers: dict[str, str], expected: RateLimit | None) -> None:
    assert parse_rate_limit(headers) == expected
    raw = [(name.encode(), value.encode()) for name, value in headers.items()]
    assert parse_rate_limit(httpx.Headers(raw)) == expected


@pytest.mark.parametrize(
    "name",
    [
        "X-RateLimit-Remaining",
        "X-RATELIMIT-REMAINING",
        "x-ratelimit-remaining",
        "x-RateLimit-rEmAiNiNg",
    ],
)
def test_parse_rate_limit_is_case_insensitive_through_httpx_headers(name: str) -> None:
    headers = httpx.Headers({name: "7", "Content-Type": "application/json"})
    assert parse_rate_limit(headers) == RateLimit(limit=None, remaining=7, reset_after=None)


def test_parse_rate_limit_from_a_response() -> None:
    response = httpx.Response(
        429,
        headers=[
            ("X-Ratelimit-Limit-Requests", "500"),
            ("X-Ratelimit-Remaining-Requests", "0"),
            ("X-Ratelimit-Reset-Requests", "1m30.5s"),
        ],
    )
    assert parse_rate_limit(response.headers) == RateLimit(500, 0, 90.5)


def test_rate_limit_is_frozen() -> None:
    rate_limit = RateLimit(1, 2, 3.0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        rate_limit.limit = 5  # type: ignore[misc]


_NAMES = [
    "x-ratelimit-limit-requests",
    "x-ratelimit-limit",
    "x-ratelimit-remaining-requests",
    "x-ratelimit-remaining",
    "x-ratelimit-reset-requests",
    "x-ratelimit-reset",
]


@given(st.dictionaries(st.sampled_from([*_NAMES, "x-ratelimit-other", "other"]), st.text()))
def test_parse_rate_limit_never_raises(headers: dict[str, str]) -> None:
    result = parse_rate_limit(headers)
    if not any(name in headers for name in _NAMES):
        assert result is None
    else:
        assert result is not None
        assert result.limit is None or result.limit >= 0
        assert result.remaining is None or result.remaining >= 0
        assert result.reset_after is None or result.reset_after >= 0
