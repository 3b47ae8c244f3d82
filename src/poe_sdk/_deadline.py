"""The retry policy's ``total_timeout`` as an absolute deadline on the event loop's clock.

One deadline is fixed when a call starts; it bounds every attempt, every wait (retry sleeps
and ``pace_requests``), error bodies, and the whole body of a stream.
"""

from __future__ import annotations

from types import TracebackType

import anyio

from ._exceptions import APITimeoutError

__all__ = ["TotalDeadline", "deadline_after"]


def deadline_after(total_timeout: float | None) -> float | None:
    """The absolute deadline ``total_timeout`` seconds from now (``None`` for none)."""
    return None if total_timeout is None else anyio.current_time() + total_timeout


class TotalDeadline:
    """A cancel scope that turns the deadline's expiry into :class:`APITimeoutError`."""

    __slots__ = ("_scope", "_total", "_what")

    def __init__(self, deadline: float, total: float | None, what: str = "") -> None:
        self._scope = anyio.CancelScope(deadline=deadline)
        self._total = total
        self._what = what

    def __enter__(self) -> None:
        self._scope.__enter__()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # The scope swallows only its own cancellation, which is then raised as a timeout.
        self._scope.__exit__(exc_type, exc, tb)
        if self._scope.cancelled_caught:
            raise APITimeoutError(
                f"Request timed out: the retry policy's total_timeout ({self._total}s) "
                f"expired{self._what}."
            ) from exc
