"""client.videos against the local server over loopback sockets, on asyncio and trio (issue 24,
item 1): jobs that move from queued to completed with rising progress, or fail; the content
streamed to disk; remix and extend; the server's refusals as typed errors."""

from __future__ import annotations

from pathlib import Path

import anyio
import httpx
import pytest

import poe_sdk
from poe_sdk import AsyncPoeClient
from poe_sdk.testing import LocalServer
from poe_sdk.testing.pytest_plugin import TEST_API_KEY
from poe_sdk.types import Video

pytestmark = pytest.mark.anyio


async def test_a_job_is_polled_to_completion_and_downloaded(
    async_poe_client: AsyncPoeClient, poe_server: LocalServer, tmp_path: Path
) -> None:
    seen: list[tuple[str | None, int]] = []
    video = await async_poe_client.videos.create_and_poll(
        model="Sora-2",
        prompt="A golden retriever in a sunflower field",
        seconds=8,
        size="1280x720",
        on_progress=lambda v: seen.append((v.status, v.progress)),
    )
    assert (video.status, video.progress, video.seconds, video.size) == (
        "completed",
        100,
        8,
        "1280x720",
    )
    assert seen[0] == ("queued", 0) and seen[-1] == ("completed", 100)
    progress = [p for _, p in seen]
    assert progress == sorted(progress) and len(set(progress)) >= 4
    reply = await async_poe_client.videos.download_content(video.id)
    await reply.write_to_file(tmp_path / "out.mp4")
    thumbnail = await async_poe_client.videos.download_content(video.id, variant="thumbnail")
    preview = await thumbnail.read()
    written = (tmp_path / "out.mp4").read_bytes()
    assert written.startswith(b"\x00\x00\x00\x18ftypmp4") and len(written) == 4096
    assert thumbnail.content_type == "image/webp" and preview.startswith(b"RIFF")
    polls = [e for e in poe_server.journal if e.path == f"/v1/videos/{video.id}"]
    assert len(polls) == len(seen) - 1  # the first report is the created job


async def test_a_failing_job_raises_with_its_error(async_poe_client: AsyncPoeClient) -> None:
    with pytest.raises(poe_sdk.VideoFailedError) as caught:
        await async_poe_client.videos.create_and_poll(model="Veo-3", prompt="storm [fail]")
    assert caught.value.video.status == "failed"
    assert caught.value.error is not None
    assert caught.value.error.code == "video_generation_failed"


async def test_remix_and_extend_start_jobs_from_a_completed_video(
    async_poe_client: AsyncPoeClient, tmp_path: Path
) -> None:
    start = tmp_path / "start.png"
    start.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    source = await async_poe_client.videos.create_and_poll(
        model="Sora-2", prompt="A lighthouse", input_reference=start
    )
    remix = await async_poe_client.videos.remix(source.id, prompt="In watercolour")
    extension = await async_poe_client.videos.extend(
        video={"id": source.id}, prompt="The sun sets", seconds=4
    )
    remixed: Video = await async_poe_client.videos.poll(remix.id)
    extended = await async_poe_client.videos.poll(extension.id)
    assert remixed.remixed_from_video_id == source.id
    assert (extended.status, extended.seconds) == ("completed", 8)  # 4 + 4


async def test_the_server_refusals_are_typed_errors(async_poe_client: AsyncPoeClient) -> None:
    running = await async_poe_client.videos.create(model="Veo-3", prompt="Rain")
    with pytest.raises(poe_sdk.BadRequestError, match="not completed"):
        await async_poe_client.videos.download_content(running.id)
    with pytest.raises(poe_sdk.NotFoundError, match="Video not found"):
        await async_poe_client.videos.retrieve("video_missing")
    with pytest.raises(poe_sdk.NotFoundError, match="not a video model"):
        await async_poe_client.videos.create(model="GPT-5", prompt="Rain")
    veo = await async_poe_client.videos.create_and_poll(model="Veo-3", prompt="Rain")
    with pytest.raises(poe_sdk.BadRequestError, match="only Sora models"):
        await async_poe_client.videos.remix(veo.id, prompt="Snow")


async def test_the_server_also_takes_poe_s_json_form_and_checks_it(
    poe_server: LocalServer,
) -> None:
    headers = {"authorization": f"Bearer {TEST_API_KEY}"}
    async with httpx.AsyncClient(base_url=poe_server.base_url, trust_env=False) as http:
        created = await http.post(
            "/videos",
            json={"model": "Veo-3", "prompt": "Dunes", "input_image": "iVBORw0KGgo="},
            headers=headers,
        )
        bad = await http.post(
            "/videos", json={"model": "Veo-3", "prompt": "Dunes", "size": "big"}, headers=headers
        )
        missing = await http.post("/videos", json={"model": "Veo-3"}, headers=headers)
    assert created.status_code == 200 and created.json()["status"] == "queued"
    assert (created.json()["seconds"], created.json()["size"]) == (8, "720x1280")
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "size"
    assert missing.status_code == 400 and missing.json()["error"]["param"] == "prompt"


async def test_a_poll_cancelled_midway_leaves_the_client_usable(
    async_poe_client: AsyncPoeClient,
) -> None:
    with anyio.CancelScope() as scope:

        def stop_at_half(video: Video) -> None:
            if video.progress >= 50:
                scope.cancel()

        await async_poe_client.videos.create_and_poll(
            model="Sora-2", prompt="Cancelled", on_progress=stop_at_half, poll_timeout=None
        )
    assert scope.cancelled_caught
    again = await async_poe_client.videos.create_and_poll(model="Sora-2", prompt="Again")
    assert again.status == "completed"


async def test_an_error_of_the_progress_callback_is_raised_as_it_is(
    async_poe_client: AsyncPoeClient,
) -> None:
    def broken(video: Video) -> None:
        raise KeyError(video.status)

    with pytest.raises(KeyError, match="queued"):
        await async_poe_client.videos.create_and_poll(
            model="Sora-2", prompt="x", on_progress=broken
        )
