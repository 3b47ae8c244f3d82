"""client.videos on both clients against respx (issue 24, item 1): the wire form of each call,
the binary download, and poll / create_and_poll (the wait, progress, failure, deadline);
the poll rules themselves without an event loop."""

from __future__ import annotations

import inspect
import io
import math
import pickle
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
import respx

import poe_sdk
from poe_sdk import AsyncPoeClient, PoeClient, RequestValidationError
from poe_sdk.lib._video_polling import (
    DEFAULT_POLL_INTERVAL,
    MAX_POLL_INTERVAL,
    PollSettings,
    finished,
    poll_settings,
    poll_wait,
)
from poe_sdk.types import Video
from support import API_KEY, BASE_URL

MP4 = b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 16


def job(status: str, progress: int, **extra: Any) -> dict[str, Any]:
    return {
        "id": "video_1",
        "object": "video",
        "status": status,
        "progress": progress,
        "model": "Sora-2",
        "seconds": 8,
        **extra,
    }


def form_parts(request: httpx.Request) -> dict[str, tuple[str | None, bytes]]:
    """The parts of a multipart body: name -> (file name, content)."""
    boundary = request.headers["content-type"].split("boundary=")[1].encode()
    parts: dict[str, tuple[str | None, bytes]] = {}
    for chunk in request.content.split(b"--" + boundary)[1:-1]:
        head, _, body = chunk.strip(b"\r\n").partition(b"\r\n\r\n")
        disposition = head.split(b"\r\n")[0].decode()
        name = disposition.split('name="')[1].split('"')[0]
        filename = (
            disposition.split('filename="')[1].split('"')[0] if "filename=" in disposition else None
        )
        parts[name] = (filename, body)
    return parts


def jobs(*states: dict[str, Any], hint_ms: int | None = 1) -> Any:
    """A side effect answering ``GET /videos/video_1`` with ``states`` in turn."""
    replies = iter(states)
    headers = {} if hint_ms is None else {"openai-poll-after-ms": str(hint_ms)}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=next(replies), headers=headers)

    return answer


def content(request: httpx.Request) -> httpx.Response:
    """The video, or with ``variant=thumbnail`` its thumbnail."""
    if request.url.params.get("variant") == "thumbnail":
        return httpx.Response(200, content=b"RIFF....WEBP", headers={"content-type": "image/webp"})
    return httpx.Response(200, content=MP4, headers={"content-type": "video/mp4"})


RUNNING = (job("in_progress", 40), job("in_progress", 80), job("completed", 100))


@pytest.fixture
def videos(router: respx.MockRouter) -> respx.MockRouter:
    router.post("/videos").respond(json=job("queued", 0))
    router.get("/videos/video_1/content").mock(side_effect=content)
    return router


# ---------------------------------------------------------------- the rules, without I/O


def settings(interval: float | None = None, timeout: float | None = None) -> PollSettings:
    return PollSettings(interval, timeout, None)


def test_the_wait_follows_the_caller_then_the_server_then_the_default() -> None:
    hinted = {"openai-poll-after-ms": "250", "retry-after": "9"}
    assert poll_wait(hinted, settings(interval=2.0), None) == 2.0
    assert poll_wait(hinted, settings(), None) == 0.25
    assert poll_wait({"retry-after": "3"}, settings(), None) == 3.0
    assert poll_wait({"retry-after-ms": "1500"}, settings(), None) == 1.5
    assert poll_wait({}, settings(), None) == DEFAULT_POLL_INTERVAL
    assert poll_wait({"openai-poll-after-ms": "junk"}, settings(), None) == DEFAULT_POLL_INTERVAL


def test_a_server_hint_is_capped_and_the_wait_is_cut_to_the_deadline() -> None:
    assert poll_wait({"retry-after": "86400"}, settings(), None) == MAX_POLL_INTERVAL
    assert poll_wait({}, settings(), remaining=1.5) == 1.5
    assert poll_wait({}, settings(), remaining=0.0) is None
    assert poll_wait({}, settings(), remaining=-3.0) is None


def test_a_job_is_finished_when_completed_and_fails_loudly_otherwise() -> None:
    assert finished(Video.model_validate(job("completed", 100)))
    assert not finished(Video.model_validate(job("queued", 0)))
    assert not finished(Video.model_validate(job("in_progress", 10)))
    assert not finished(Video.model_validate({"id": "video_1"}))  # no status yet: keep polling
    failed = Video.model_validate(
        job("failed", 50, error={"code": "moderation_blocked", "message": "Not allowed."})
    )
    with pytest.raises(poe_sdk.VideoFailedError, match="Not allowed") as caught:
        finished(failed)
    assert caught.value.error is not None and caught.value.error.code == "moderation_blocked"
    assert caught.value.video is failed
    with pytest.raises(poe_sdk.VideoFailedError, match="'cancelled'"):
        finished(Video.model_validate(job("cancelled", 50)))


def test_a_failed_job_error_pickles_with_its_video() -> None:
    failed = Video.model_validate(job("failed", 50, error={"message": "boom"}))
    error = pickle.loads(pickle.dumps(poe_sdk.VideoFailedError(failed)))
    assert str(error) == "Video job 'video_1' failed: boom"
    assert error.video.status == "failed"


@pytest.mark.parametrize(
    ("interval", "timeout", "callback", "param"),
    [
        (True, None, None, "poll_interval_ms"),
        (-1, None, None, "poll_interval_ms"),
        (1.5, None, None, "poll_interval_ms"),
        (None, -1, None, "poll_timeout"),
        (None, math.nan, None, "poll_timeout"),
        (None, "10", None, "poll_timeout"),
        (None, None, "print", "on_progress"),
    ],
)
def test_bad_poll_options_are_named(
    interval: object, timeout: object, callback: object, param: str
) -> None:
    with pytest.raises(RequestValidationError) as caught:
        poll_settings(interval, timeout, callback)
    assert caught.value.param == param


# ---------------------------------------------------------------- the calls, async


@pytest.mark.anyio
async def test_create_sends_a_multipart_form_with_the_reference_image(
    videos: respx.MockRouter,
) -> None:
    async with AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        video = await client.videos.create(
            model="Sora-2",
            prompt="A fox",
            seconds=8,
            size="1280x720",
            input_reference=("fox.png", io.BytesIO(b"\x89PNG..."), "image/png"),
        )
        await client.videos.create(model="Veo-3", prompt="Waves")
    assert (video.id, video.status, video.progress) == ("video_1", "queued", 0)
    first, second = (call.request for call in videos.calls)
    assert first.headers["content-type"].startswith("multipart/form-data")
    assert form_parts(first) == {
        "model": (None, b"Sora-2"),
        "prompt": (None, b"A fox"),
        "seconds": (None, b"8"),
        "size": (None, b"1280x720"),
        "input_reference": ("fox.png", b"\x89PNG..."),
    }
    # Without a file it is still the form Poe (and openai's SDK) use, not url-encoded.
    assert second.headers["content-type"].startswith("multipart/form-data")
    assert form_parts(second) == {"model": (None, b"Veo-3"), "prompt": (None, b"Waves")}


@pytest.mark.anyio
async def test_bad_arguments_are_refused_before_any_request(router: respx.MockRouter) -> None:
    async with AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        with pytest.raises(RequestValidationError) as size:
            await client.videos.create(model="Sora-2", prompt="x", size="wide")
        with pytest.raises(RequestValidationError) as variant:
            await client.videos.download_content("video_1", variant="poster")  # type: ignore[arg-type]
        with pytest.raises(RequestValidationError) as empty:
            await client.videos.retrieve("")
        with pytest.raises(RequestValidationError) as interval:
            await client.videos.create_and_poll(model="Sora-2", prompt="x", poll_interval_ms=-5)
    assert (size.value.param, variant.value.param) == ("size", "variant")
    assert (empty.value.param, interval.value.param) == ("video_id", "poll_interval_ms")
    assert not router.calls


@pytest.mark.anyio
async def test_remix_extend_and_retrieve_use_their_paths_and_json(
    router: respx.MockRouter,
) -> None:
    remix = router.post("/videos/video_1/remix").respond(
        json=job("queued", 0, id="video_2", remixed_from_video_id="video_1")
    )
    extend = router.post("/videos/extensions").respond(json=job("queued", 0, id="video_3"))
    router.get("/videos/video_3").respond(json=job("in_progress", 30, id="video_3"))
    async with AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        remixed = await client.videos.remix("video_1", prompt="In watercolour")
        extended = await client.videos.extend(video={"id": "video_1"}, prompt="Then", seconds=4)
        state = await client.videos.retrieve(video_id="video_3")
    assert remixed.remixed_from_video_id == "video_1"
    assert remix.calls.last.request.read() == b'{"prompt":"In watercolour"}'
    assert extend.calls.last.request.read() == (
        b'{"video":{"id":"video_1"},"prompt":"Then","seconds":4}'
    )
    assert (extended.id, state.progress) == ("video_3", 30)


@pytest.mark.anyio
async def test_download_content_streams_the_binary_reply(
    videos: respx.MockRouter, tmp_path: Path
) -> None:
    async with AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        reply = await client.videos.download_content("video_1")
        assert reply.content_type == "video/mp4"
        await reply.write_to_file(tmp_path / "out.mp4")
        chunks = [c async for c in (await client.videos.download_content("video_1")).iter_bytes()]
        whole = await (await client.videos.download_content(video_id="video_1")).read()
        preview = await client.videos.download_content("video_1", variant="thumbnail")
        assert (preview.content_type, await preview.read()) == ("image/webp", b"RIFF....WEBP")
    assert (tmp_path / "out.mp4").read_bytes() == MP4
    assert b"".join(chunks) == MP4 and whole == MP4
    assert videos.calls.last.request.url.params["variant"] == "thumbnail"


@pytest.mark.anyio
async def test_create_and_poll_reports_rising_progress_until_completed(
    videos: respx.MockRouter,
) -> None:
    polls = videos.get("/videos/video_1").mock(side_effect=jobs(*RUNNING))
    seen: list[tuple[str | None, int]] = []

    async def on_progress(video: Video) -> None:  # a coroutine function is awaited
        seen.append((video.status, video.progress))

    async with AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        video = await client.videos.create_and_poll(
            model="Sora-2", prompt="A fox", on_progress=on_progress
        )
    assert (video.status, video.progress) == ("completed", 100)
    assert seen == [("queued", 0), ("in_progress", 40), ("in_progress", 80), ("completed", 100)]
    assert polls.call_count == 3


@pytest.mark.anyio
async def test_poll_raises_the_job_error_when_it_fails(videos: respx.MockRouter) -> None:
    failed = job("failed", 60, error={"code": "generation_failed", "message": "GPU on fire"})
    videos.get("/videos/video_1").mock(side_effect=jobs(job("in_progress", 30), failed))
    async with AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        with pytest.raises(poe_sdk.VideoFailedError, match="GPU on fire") as caught:
            await client.videos.poll("video_1", poll_interval_ms=0)
    assert caught.value.error is not None and caught.value.error.code == "generation_failed"
    assert caught.value.video.progress == 60


@pytest.mark.anyio
async def test_a_deadline_of_zero_ends_the_wait_at_once(videos: respx.MockRouter) -> None:
    polls = videos.get("/videos/video_1").mock(side_effect=jobs(job("in_progress", 10)))
    async with AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        with pytest.raises(poe_sdk.VideoPollTimeoutError, match="poll_timeout") as caught:
            await client.videos.poll("video_1", poll_timeout=0)
    assert isinstance(caught.value, TimeoutError)
    assert caught.value.video.id == "video_1"
    assert polls.call_count <= 1  # cancelled before or during the first request, never more


@pytest.mark.anyio
async def test_the_deadline_also_ends_a_poll_that_hangs(videos: respx.MockRouter) -> None:
    answered = False

    async def hang(request: httpx.Request) -> httpx.Response:
        nonlocal answered
        if not answered:
            answered = True
            return httpx.Response(200, json=job("in_progress", 20))
        await anyio.sleep(3600)  # a server that never answers the second poll
        raise AssertionError("unreachable")

    videos.get("/videos/video_1").mock(side_effect=hang)
    async with AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        with pytest.raises(poe_sdk.VideoPollTimeoutError) as caught:
            await client.videos.create_and_poll(
                model="Sora-2", prompt="x", poll_interval_ms=0, poll_timeout=1
            )
    assert caught.value.video.progress == 20  # the last state seen
    assert "still 'in_progress' (20%)" in str(caught.value)


# ---------------------------------------------------------------- the sync facade


def test_the_sync_client_creates_polls_and_downloads(
    videos: respx.MockRouter, tmp_path: Path
) -> None:
    videos.get("/videos/video_1").mock(side_effect=jobs(job("queued", 0), *RUNNING))
    seen: list[int] = []
    reference = tmp_path / "start.png"
    reference.write_bytes(b"\x89PNG-start")
    with PoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        video = client.videos.create_and_poll(
            model="Sora-2",
            prompt="A fox",
            input_reference=reference,
            on_progress=lambda v: seen.append(v.progress),
        )
        download = client.videos.download_content(video_id=video.id)
        content = download.content
        client.videos.download_content(video.id).write_to_file(tmp_path / "out.mp4")
        size = sum(len(chunk) for chunk in client.videos.download_content(video.id).iter_bytes())
    assert video.status == "completed"
    assert seen == [0, 0, 40, 80, 100]
    assert content == MP4 and size == len(MP4)
    assert (tmp_path / "out.mp4").read_bytes() == MP4
    upload = form_parts(videos.calls[0].request)
    assert upload["input_reference"] == ("start.png", b"\x89PNG-start")


def test_the_sync_poll_raises_the_same_typed_errors(videos: respx.MockRouter) -> None:
    failed = job("failed", 50, error={"message": "Rejected by moderation"})
    videos.get("/videos/video_1").mock(side_effect=jobs(failed))
    with PoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        with pytest.raises(poe_sdk.VideoFailedError, match="Rejected by moderation"):
            client.videos.poll("video_1")
        with pytest.raises(RequestValidationError, match="on_progress"):
            client.videos.poll("video_1", on_progress=42)  # type: ignore[arg-type]
    assert len(videos.calls) == 1


def test_create_and_poll_shows_every_argument_on_both_clients() -> None:
    clients = (AsyncPoeClient(api_key=API_KEY), PoeClient(api_key=API_KEY))
    signatures = [inspect.signature(c.videos.create_and_poll).parameters for c in clients]
    for parameters in signatures:
        assert list(parameters)[:5] == [
            "model",
            "prompt",
            "poll_interval_ms",
            "poll_timeout",
            "on_progress",
        ]
        assert {"seconds", "size", "input_reference", "timeout", "max_retries"} <= set(parameters)
        assert parameters["model"].default is inspect.Parameter.empty
        assert not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values())
    assert list(signatures[0].values()) == list(signatures[1].values())
    polls = [inspect.signature(c.videos.poll).parameters for c in clients]
    assert list(polls[0].values()) == list(polls[1].values())
    assert polls[0]["poll_timeout"].default == 3600.0
