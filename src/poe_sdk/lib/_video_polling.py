"""Waiting for a video job, without I/O: the poll options checked before any call, the wait
before the next poll, what a job's status means, and the errors of a job that does not end
``completed``. :mod:`poe_sdk.lib._videos` runs the loop (async, and the sync client through
its facade)."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, cast

from .._call.retry import server_retry_delay
from .._exceptions import PoeError, RequestValidationError

if TYPE_CHECKING:
    from .._generated.models import Video, VideoError

__all__ = [
    "DEFAULT_POLL_INTERVAL",
    "DEFAULT_POLL_TIMEOUT",
    "MAX_POLL_INTERVAL",
    "PollSettings",
    "VideoFailedError",
    "VideoPollTimeoutError",
    "finished",
    "poll_settings",
    "poll_wait",
]

DEFAULT_POLL_INTERVAL = 5.0
"""Seconds between polls when neither the caller nor the server says otherwise (Poe
recommends 5 s)."""

DEFAULT_POLL_TIMEOUT = 3600.0
"""Seconds ``poll``/``create_and_poll`` wait at most for a job by default."""

MAX_POLL_INTERVAL = 60.0
"""A server's hint (``openai-poll-after-ms``, ``retry-after``) is followed up to this."""

PENDING = frozenset({"queued", "in_progress"})


class VideoFailedError(PoeError):
    """A video job ended without a video: ``status`` ``failed`` (``error`` says why, as the
    server reported it) or a status this SDK does not know. ``video`` is the job as last
    retrieved."""

    def __init__(self, video: Video) -> None:
        self.video = video
        self.error: VideoError | None = video.error
        """The job's ``error`` (``code``, ``message``), if the server sent one."""
        if video.status == "failed":
            reason = video.error.message if video.error is not None else ""
            code = video.error.code if video.error is not None else None
            detail = f": {reason}" if reason else ""
            detail += f" (code {code!r})" if code else ""
            message = f"Video job {video.id!r} failed{detail}"
        else:
            message = f"Video job {video.id!r} ended with status {video.status!r}, not 'completed'"
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class VideoPollTimeoutError(PoeError, TimeoutError):
    """A video job was still queued or in progress when ``poll_timeout`` ran out (between
    polls or during one). The job goes on on the server: ``video`` is its last state (its
    ``id`` alone if no poll answered in time); ``poll(video.id)`` waits again."""

    def __init__(self, video: Video, waited: float) -> None:
        self.video = video
        self.waited = waited
        """Seconds waited."""
        state = f"{video.status!r} ({video.progress}%)" if video.status else "not reported"
        message = (
            f"Video job {video.id!r} is still {state} after {waited:.1f}s of polling "
            f"(poll_timeout); it goes on on the server: poll({video.id!r}) waits again"
        )
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class PollSettings:
    """The checked options of one ``poll``: ``interval`` (seconds, or ``None`` to follow the
    server's hint), ``timeout`` (seconds, or ``None``: no deadline) and ``on_progress``."""

    __slots__ = ("interval", "on_progress", "timeout")

    def __init__(
        self,
        interval: float | None,
        timeout: float | None,
        on_progress: Callable[[Video], Any] | None,
    ) -> None:
        self.interval = interval
        self.timeout = timeout
        self.on_progress = on_progress


def _problem(param: str, rule: str, value: object) -> RequestValidationError:
    return RequestValidationError(
        f"Invalid argument {param}: {rule} is required (got {value!r})", param=param, rule=rule
    )


def poll_settings(
    poll_interval_ms: object, poll_timeout: object, on_progress: object
) -> PollSettings:
    """The poll options, checked before any I/O (:class:`RequestValidationError` naming the
    first bad one)."""
    interval: float | None = None
    if poll_interval_ms is not None:
        if isinstance(poll_interval_ms, bool) or not isinstance(poll_interval_ms, int):
            raise _problem("poll_interval_ms", "an int of milliseconds >= 0", poll_interval_ms)
        if poll_interval_ms < 0:
            raise _problem("poll_interval_ms", "an int of milliseconds >= 0", poll_interval_ms)
        interval = poll_interval_ms / 1000
    timeout: float | None = None
    if poll_timeout is not None:
        if isinstance(poll_timeout, bool) or not isinstance(poll_timeout, (int, float)):
            raise _problem("poll_timeout", "a number of seconds >= 0, or None", poll_timeout)
        if not poll_timeout >= 0 or math.isnan(poll_timeout):
            raise _problem("poll_timeout", "a number of seconds >= 0, or None", poll_timeout)
        timeout = float(poll_timeout)
    if on_progress is not None and not callable(on_progress):
        raise _problem("on_progress", "a callable taking the Video, or None", on_progress)
    return PollSettings(interval, timeout, cast("Callable[[Video], Any] | None", on_progress))


def finished(video: Video) -> bool:
    """Whether the job has ended: ``True`` for ``completed``; ``False`` while it is queued or
    in progress (or a reply without a status); :class:`VideoFailedError` otherwise."""
    status = video.status
    if status == "completed":
        return True
    if status is None or status in PENDING:
        return False
    raise VideoFailedError(video)


def poll_wait(
    headers: Mapping[str, str], settings: PollSettings, remaining: float | None
) -> float | None:
    """Seconds to wait before the next poll: the caller's ``poll_interval_ms``, else the
    server's hint (OpenAI's ``openai-poll-after-ms``, else ``retry-after-ms``/``retry-after``;
    at most :data:`MAX_POLL_INTERVAL`), else :data:`DEFAULT_POLL_INTERVAL`; cut to the
    ``remaining`` time before the deadline. ``None`` when the deadline has passed."""
    if remaining is not None and remaining <= 0:
        return None
    wait = settings.interval
    if wait is None:
        hint = headers.get("openai-poll-after-ms")
        hinted = server_retry_delay(
            {"retry-after-ms": hint} if hint is not None else headers, None, time.time()
        )
        wait = DEFAULT_POLL_INTERVAL if hinted is None else min(hinted, MAX_POLL_INTERVAL)
    return wait if remaining is None else min(wait, remaining)
