"""``poe-sdk video`` end to end against the local server, and its progress report (issue 24,
item 1)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from poe_sdk._cli.main import EXIT_USAGE
from poe_sdk._cli.video import ProgressReport, progress_bar
from poe_sdk.testing import LocalServer
from poe_sdk.types import Video
from test_cli import KEY, assert_one_error_line, run_cli


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(host="127.0.0.1", api_key=KEY) as local:
        yield local


def test_video_waits_with_plain_lines_and_saves_the_file(
    server: LocalServer, tmp_path: Path
) -> None:
    output = tmp_path / "out.mp4"
    result = run_cli(
        "video", "A fox", "in", "snow", "-o", str(output), "--seconds", "4",
        base_url=server.base_url,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    video_id, saved = result.stdout.strip().split(": ")
    assert saved == f"saved {output} (4,096 bytes)"
    # stderr is not a terminal here: one plain line per change, with rising progress.
    assert result.stderr.splitlines() == [
        f"{video_id}: queued 0%",
        f"{video_id}: in_progress 25%",
        f"{video_id}: in_progress 50%",
        f"{video_id}: in_progress 75%",
        f"{video_id}: completed 100%",
    ]
    assert output.read_bytes().startswith(b"\x00\x00\x00\x18ftypmp4")
    assert not (tmp_path / "out.mp4.part").exists()
    created = next(e for e in server.journal if e.method == "POST")
    assert isinstance(created.body, str) and 'name="prompt"\r\n\r\nA fox in snow' in created.body


def test_a_failed_job_is_one_error_line_after_the_progress(
    server: LocalServer, tmp_path: Path
) -> None:
    output = tmp_path / "never.mp4"
    result = run_cli("video", "[fail]", "-m", "Veo-3", "-o", str(output), base_url=server.base_url)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    *progress, error = result.stderr.splitlines()
    assert progress[-1].endswith(": failed 50%")
    assert error.startswith("poe-sdk: error: Video job ") and "asked the local server" in error
    assert not output.exists() and result.stdout == ""


def test_bad_arguments_are_usage_errors(server: LocalServer, tmp_path: Path) -> None:
    before = len(server.journal)
    missing = run_cli("video", "x", "--image", str(tmp_path / "nope.png"), base_url=server.base_url)
    assert missing.returncode == EXIT_USAGE
    assert "no such file" in assert_one_error_line(missing)
    size = run_cli("video", "x", "--size", "big", base_url=server.base_url)
    assert size.returncode == EXIT_USAGE
    assert "size" in assert_one_error_line(size)
    no_key = run_cli("video", "x", base_url=server.base_url, key=None)
    assert no_key.returncode == EXIT_USAGE
    assert len(server.journal) == before  # each refused before any request


def test_the_bar_is_redrawn_in_place_on_a_terminal() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    report = ProgressReport(terminal)
    for status, progress in [("queued", 0), ("in_progress", 50), ("in_progress", 50)]:
        report(Video(id="v", status=status, progress=progress))
    report(Video(id="v", status="completed", progress=100))
    report.end()
    frames = terminal.getvalue().split("\r")[1:]
    assert frames == [
        progress_bar(Video(status="queued", progress=0)),
        progress_bar(Video(status="in_progress", progress=50)),  # drawn once
        progress_bar(Video(status="completed", progress=100)) + "\n",
    ]
    assert progress_bar(Video(status="in_progress", progress=50), width=10) == (
        "[#####-----]  50%  in_progress"
    )
    assert progress_bar(Video(progress=250), width=4) == "[####] 100%  ?"
