"""``poll`` and ``create_and_poll`` of ``client.videos``: mixins that the generated video
resources inherit (the spec's ``x-sdk-helpers``).

The loop is async code only (``anyio``, so asyncio and trio): the sync client's helpers run it
on the sync client's own event loop through its facade, never a sync copy of it. What a poll
means (the wait, the end of a job, its errors) is plain code in :mod:`._video_polling`.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Awaitable, Callable, Coroutine
from typing import TYPE_CHECKING, Any, Protocol, cast

import anyio

from ._video_polling import (
    DEFAULT_POLL_TIMEOUT,
    VideoPollTimeoutError,
    finished,
    poll_settings,
    poll_wait,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._client import AsyncPoeClient
    from .._generated.models import Video
    from .._generated.resources import VideosCreateArgs

__all__ = ["AsyncVideosHelpers", "VideosHelpers"]

ProgressCallback = Callable[["Video"], Any]
"""Called with the job after each poll (``video.status``, ``video.progress``)."""


class _RawVideo(Protocol):
    @property
    def headers(self) -> Any: ...

    def parse(self) -> Video: ...


class _AsyncVideos(Protocol):
    async def create(self, **kwargs: Any) -> Video: ...

    @property
    def with_raw_response(self) -> Any: ...


class _RunsAsync(Protocol):
    def _run_async(self, func: Callable[[AsyncPoeClient], Coroutine[Any, Any, Video]]) -> Video: ...


async def _report(on_progress: ProgressCallback | None, video: Video) -> None:
    if on_progress is not None:
        result = on_progress(video)
        if inspect.isawaitable(result):
            await cast("Awaitable[object]", result)


def _unseen(video_id: str) -> Video:
    """The job as known before any reply about it: its id alone."""
    from .._generated.models import Video

    return Video(id=video_id)


async def _poll(
    videos: _AsyncVideos,
    video_id: str,
    poll_interval_ms: int | None,
    poll_timeout: float | None,
    on_progress: ProgressCallback | None,
    last: Video | None = None,
) -> Video:
    settings = poll_settings(poll_interval_ms, poll_timeout, on_progress)
    started = anyio.current_time()
    deadline = math.inf if settings.timeout is None else started + settings.timeout
    video = last
    while True:
        # The deadline also bounds a poll in flight (a slow reply, its retries).
        with anyio.move_on_after(deadline - anyio.current_time()):
            raw: _RawVideo = await videos.with_raw_response.retrieve(video_id)
            video = raw.parse()
            await _report(settings.on_progress, video)
            if finished(video):
                return video
            remaining = None if settings.timeout is None else deadline - anyio.current_time()
            wait = poll_wait(raw.headers, settings, remaining)
            if wait is not None:
                await anyio.sleep(wait)
                continue
        elapsed = anyio.current_time() - started
        raise VideoPollTimeoutError(video or _unseen(video_id), elapsed)


async def _create_and_poll(
    videos: _AsyncVideos,
    poll_interval_ms: int | None,
    poll_timeout: float | None,
    on_progress: ProgressCallback | None,
    kwargs: dict[str, Any],
) -> Video:
    poll_settings(poll_interval_ms, poll_timeout, on_progress)  # checked before the create
    video = await videos.create(**kwargs)
    await _report(on_progress, video)
    if finished(video):
        return video
    return await _poll(videos, video.id, poll_interval_ms, poll_timeout, on_progress, video)


class AsyncVideosHelpers:
    """``poll`` and ``create_and_poll`` of ``AsyncPoeClient.videos``."""

    async def poll(
        self,
        video_id: str,
        *,
        poll_interval_ms: int | None = None,
        poll_timeout: float | None = DEFAULT_POLL_TIMEOUT,
        on_progress: ProgressCallback | None = None,
    ) -> Video:
        """Wait until the video job ``video_id`` ends, and return it ``completed``.

        Polls ``retrieve`` every ``poll_interval_ms`` milliseconds, by default as long as the
        server's ``openai-poll-after-ms`` (or ``retry-after``) says, else 5 s. ``on_progress``
        (a function, or a coroutine function) gets the job after each poll
        (``video.status``, ``video.progress``).

        Raises:
            VideoFailedError: The job ended ``failed`` (its ``error`` says why).
            VideoPollTimeoutError: It was still running after ``poll_timeout`` seconds
                (default one hour; ``None``: no deadline).
            RequestValidationError: A poll option is invalid (before any call).
        """
        return await _poll(
            cast("_AsyncVideos", self), video_id, poll_interval_ms, poll_timeout, on_progress
        )

    async def create_and_poll(
        self,
        *,
        poll_interval_ms: int | None = None,
        poll_timeout: float | None = DEFAULT_POLL_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        **kwargs: Unpack[VideosCreateArgs],
    ) -> Video:
        """``create`` a video, then :meth:`poll` it until it is ``completed``.

        Takes ``create``'s arguments and ``poll``'s options; raises as both do
        (:class:`VideoFailedError` for a job that ends ``failed``)."""
        return await _create_and_poll(
            cast("_AsyncVideos", self),
            poll_interval_ms,
            poll_timeout,
            on_progress,
            dict(kwargs),
        )


def _async_videos(client: AsyncPoeClient) -> _AsyncVideos:
    return cast("_AsyncVideos", client.videos)


class VideosHelpers:
    """``poll`` and ``create_and_poll`` of ``PoeClient.videos``: the async helpers run on the
    sync client's event loop (``on_progress`` may then be called from its loop thread)."""

    def _on_loop(self, func: Callable[[AsyncPoeClient], Coroutine[Any, Any, Video]]) -> Video:
        client = cast("_RunsAsync", cast("Any", self)._client)
        # PoeClient runs the async helper on its own loop (see _sync/client.py).
        return client._run_async(func)  # pyright: ignore[reportPrivateUsage]

    def poll(
        self,
        video_id: str,
        *,
        poll_interval_ms: int | None = None,
        poll_timeout: float | None = DEFAULT_POLL_TIMEOUT,
        on_progress: ProgressCallback | None = None,
    ) -> Video:
        """Wait until the video job ``video_id`` ends, and return it ``completed``.

        Polls ``retrieve`` every ``poll_interval_ms`` milliseconds, by default as long as the
        server's ``openai-poll-after-ms`` (or ``retry-after``) says, else 5 s. ``on_progress``
        gets the job after each poll (``video.status``, ``video.progress``).

        Raises:
            VideoFailedError: The job ended ``failed`` (its ``error`` says why).
            VideoPollTimeoutError: It was still running after ``poll_timeout`` seconds
                (default one hour; ``None``: no deadline).
            RequestValidationError: A poll option is invalid (before any call).
        """
        poll_settings(poll_interval_ms, poll_timeout, on_progress)
        return self._on_loop(
            lambda client: _poll(
                _async_videos(client), video_id, poll_interval_ms, poll_timeout, on_progress
            )
        )

    def create_and_poll(
        self,
        *,
        poll_interval_ms: int | None = None,
        poll_timeout: float | None = DEFAULT_POLL_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        **kwargs: Unpack[VideosCreateArgs],
    ) -> Video:
        """``create`` a video, then :meth:`poll` it until it is ``completed``.

        Takes ``create``'s arguments and ``poll``'s options; raises as both do
        (:class:`VideoFailedError` for a job that ends ``failed``)."""
        poll_settings(poll_interval_ms, poll_timeout, on_progress)
        arguments = dict(kwargs)
        return self._on_loop(
            lambda client: _create_and_poll(
                _async_videos(client), poll_interval_ms, poll_timeout, on_progress, arguments
            )
        )
