"""Typing assertions for client.videos on both clients (issue 24, item 1); never run."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Iterator
from pathlib import Path
from typing import Literal

from typing_extensions import assert_type

from poe_sdk import (
    AsyncPoeClient,
    PoeClient,
    VideoFailedError,
    VideoPollTimeoutError,
)
from poe_sdk._replies.binary import AsyncBinaryResponse, BinaryResponse
from poe_sdk.types import Video, VideoError

Status = Literal["queued", "in_progress", "completed", "failed"] | str | None


async def async_videos(reference: Path) -> None:
    async with AsyncPoeClient() as client:
        video = await client.videos.create(
            model="Sora-2", prompt="A fox", seconds=8, size="1280x720", input_reference=reference
        )
        assert_type(video, Video)
        assert_type(video.status, Status)
        assert_type(video.progress, int)
        assert_type(video.error, VideoError | None)
        assert_type(await client.videos.retrieve(video_id=video.id), Video)
        assert_type(await client.videos.remix(video.id, prompt="Noir"), Video)
        extended = await client.videos.extend(video={"id": video.id}, prompt="Then", seconds=4)
        assert_type(extended, Video)

        async def report(job: Video) -> None:
            print(job.progress)

        done = await client.videos.create_and_poll(
            model="Sora-2", prompt="A fox", poll_interval_ms=500, on_progress=report
        )
        assert_type(done, Video)
        assert_type(await client.videos.poll(video.id, poll_timeout=None), Video)
        content = await client.videos.download_content(video.id, variant="thumbnail")
        assert_type(content, AsyncBinaryResponse)
        assert_type(content.iter_bytes(), AsyncGenerator[bytes])
        await content.write_to_file("thumb.webp")
        await client.videos.download_content(video.id, variant="poster")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
        await client.videos.create(prompt="no model")  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]


def sync_videos() -> None:
    with PoeClient() as client:
        try:
            video = client.videos.create_and_poll(
                model="Veo-3", prompt="Waves", on_progress=lambda job: print(job.progress)
            )
        except VideoFailedError as failed:
            assert_type(failed.error, VideoError | None)
            assert_type(failed.video, Video)
            return
        except VideoPollTimeoutError as late:
            assert_type(late.waited, float)
            return
        assert_type(video, Video)
        assert_type(client.videos.poll(video.id), Video)
        content = client.videos.download_content(video_id=video.id)
        assert_type(content, BinaryResponse)
        assert_type(content.content, bytes)
        assert_type(content.iter_bytes(), Iterator[bytes])
        content.write_to_file("out.mp4")
