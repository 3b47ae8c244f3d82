"""client.videos through the sync facade against the local server over loopback sockets
(issue 24, item 1); and Poe's own examples, written for openai's SDK, run as they are
published after renaming the import and the client class."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import poe_sdk
from poe_sdk import PoeClient
from poe_sdk.testing import LocalServer
from poe_sdk.testing.pytest_plugin import TEST_API_KEY
from support import loop_threads

# Poe's "OpenAI Videos API" page (creator.poe.com/docs/external-applications/videos-api),
# quick start and convenience helper, verbatim.
POE_QUICK_START = """
# pip install openai
import os, time, openai

client = openai.OpenAI(
    api_key=os.getenv("POE_API_KEY"),  # https://poe.com/api/keys
    base_url="https://api.poe.com/v1",
)

# Submit video generation request
video = client.videos.create(
    model="Sora-2",  # Poe bot name
    prompt="A golden retriever running through a sunflower field at sunset",
    seconds=8,
    size="1280x720",
)

# Poll until complete
while video.status in ("queued", "in_progress"):
    time.sleep(5)
    video = client.videos.retrieve(video_id=video.id)

print(f"Video completed: {video.id}")

# Download the video
content = client.videos.download_content(video_id=video.id)
with open("output.mp4", "wb") as f:
    f.write(content.content)

print("Saved to output.mp4")
"""

POE_CREATE_AND_POLL = """
# Blocks until video is complete
video = client.videos.create_and_poll(
    model="Sora-2",
    prompt="A golden retriever running through a sunflower field at sunset",
    seconds=8,
    size="1280x720",
)

print(f"Video completed: {video.id}")

content = client.videos.download_content(video_id=video.id)
with open("output.mp4", "wb") as f:
    f.write(content.content)
"""


def test_poe_examples_run_unchanged_after_renaming_the_import_and_the_class(
    poe_server: LocalServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    renamed = POE_QUICK_START.replace("import os, time, openai", "import os, time, poe_sdk")
    renamed = renamed.replace("openai.OpenAI(", "poe_sdk.PoeClient(")
    assert renamed.count("poe_sdk") == 2 and "openai." not in renamed
    # Offline, api.poe.com is the local server; the example's 5 s sleeps are skipped.
    renamed = renamed.replace("https://api.poe.com/v1", poe_server.base_url)
    monkeypatch.setenv("POE_API_KEY", TEST_API_KEY)
    monkeypatch.chdir(tmp_path)
    sleeps: list[float] = []
    monkeypatch.setattr("time.sleep", sleeps.append)
    namespace: dict[str, object] = {}
    exec(compile(renamed, "poe-quick-start", "exec"), namespace)
    quick = (tmp_path / "output.mp4").read_bytes()
    exec(compile(POE_CREATE_AND_POLL, "poe-create-and-poll", "exec"), namespace)
    helper = (tmp_path / "output.mp4").read_bytes()
    client = namespace["client"]
    assert isinstance(client, PoeClient)
    client.close()
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "Video completed: video_local_000001",
        "Saved to output.mp4",
        "Video completed: video_local_000002",
    ]
    assert sleeps == [5, 5, 5, 5]  # queued, 25, 50, 75 %: four waits, then completed
    assert quick.startswith(b"\x00\x00\x00\x18ftypmp4") and helper.startswith(b"\x00\x00\x00")
    assert quick != helper  # two videos


def test_the_sync_client_polls_on_its_own_loop_and_leaves_no_thread(
    poe_server: LocalServer, tmp_path: Path
) -> None:
    reports: list[tuple[int, str]] = []
    before = set(threading.enumerate())
    with PoeClient(api_key=TEST_API_KEY, base_url=poe_server.base_url) as client:
        video = client.videos.create_and_poll(
            model="Veo-3.1",
            prompt="Clouds",
            on_progress=lambda v: reports.append((v.progress, threading.current_thread().name)),
        )
        client.videos.download_content(video.id, variant="spritesheet").write_to_file(
            tmp_path / "sheet.jpg"
        )
        with pytest.raises(poe_sdk.VideoFailedError, match="asked the local server to fail"):
            client.videos.create_and_poll(model="Veo-3.1", prompt="[fail]")
        with pytest.raises(poe_sdk.VideoPollTimeoutError):
            running = client.videos.create(model="Veo-3.1", prompt="Slow")
            client.videos.poll(running.id, poll_timeout=0)
    assert [p for p, _ in reports] == [0, 25, 50, 75, 100]
    # Run by the calling thread itself (no loop thread was needed).
    assert {name for _, name in reports} == {threading.current_thread().name}
    assert (tmp_path / "sheet.jpg").read_bytes().startswith(b"\xff\xd8\xff")
    assert not loop_threads() or set(threading.enumerate()) <= before
