"""The local server's account: a point balance and 30 days of points history to page through."""

from __future__ import annotations

from typing import Any

__all__ = ["CURRENT_BALANCE", "HISTORY", "UsageQueryError", "points_history_page"]

CURRENT_BALANCE = 1_000_000
"""The balance ``GET /usage/current_balance`` reports."""

_NEWEST = 1_700_000_000_000_000  # microseconds since the epoch
_BOTS = ("Claude-Sonnet-4", "GPT-4o", "Gemini-2.5-Flash")
_TYPES = ("API", "Chat", "Canvas App")

HISTORY: tuple[dict[str, Any], ...] = tuple(
    {
        "creation_time": _NEWEST - index * 3_600_000_000,
        "bot_name": _BOTS[index % len(_BOTS)],
        "query_id": f"q_local_{index:04d}",
        "usage_type": _TYPES[index % len(_TYPES)] if index % 5 == 0 else "API",
        "cost_points": 10 + (index * 37) % 300,
    }
    for index in range(45)
)
"""45 entries, newest first: three pages at the default ``limit`` of 20."""

DEFAULT_LIMIT = 20
MAX_LIMIT = 100


class UsageQueryError(ValueError):
    """A query parameter the server refuses; ``param`` names it."""

    def __init__(self, message: str, param: str) -> None:
        super().__init__(message)
        self.message = message
        self.param = param


def points_history_page(limit: str | None, starting_after: str | None) -> dict[str, Any]:
    """The reply of ``GET /usage/points_history`` for these query parameters."""
    size = DEFAULT_LIMIT
    if limit is not None:
        if not limit.isdigit() or not 1 <= int(limit) <= MAX_LIMIT:
            raise UsageQueryError(f"limit must be an integer from 1 to {MAX_LIMIT}", "limit")
        size = int(limit)
    start = 0
    if starting_after is not None:
        ids = [entry["query_id"] for entry in HISTORY]
        if starting_after not in ids:
            raise UsageQueryError(f"unknown query_id {starting_after!r}", "starting_after")
        start = ids.index(starting_after) + 1
    data = list(HISTORY[start : start + size])
    return {"has_more": start + size < len(HISTORY), "length": len(data), "data": data}
