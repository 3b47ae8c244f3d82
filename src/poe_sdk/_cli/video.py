"""``poe-sdk video "prompt" -o out.mp4``: generate a video, wait for it, download it.

It shares the connection options of ``chat``. While the job runs, a progress bar is drawn on
stderr when stderr is a terminal, else one plain line per change of status or progress. The
file is streamed to ``OUTPUT.part`` and renamed to ``OUTPUT`` once whole, so an interrupted
download never leaves a truncated ``OUTPUT``. The video's id and the file are printed on
stdout.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from .._generated.models import Video
    from .._sync.client import PoeClient

__all__ = ["ProgressReport", "add_video_command", "progress_bar"]

DEFAULT_MODEL = "Sora-2"
_BAR_WIDTH = 30


def add_video_command(
    add_parser: Callable[..., argparse.ArgumentParser],
    positive_int: Callable[[str], int],
    positive_float: Callable[[str], float],
    add_connection_options: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Add ``video`` with ``add_parser`` (of the ``poe-sdk`` sub-commands)."""
    video = add_parser(
        "video",
        help="generate a video and download it",
        description=(
            "Generate a video from a prompt (POST /v1/videos), wait for the job with a "
            "progress bar, and download it."
        ),
    )
    video.add_argument("prompt", nargs="+", help="what the video shows")
    video.add_argument(
        "-m", "--model", default=DEFAULT_MODEL, help="the video model (default: %(default)s)"
    )
    video.add_argument(
        "-o", "--output", metavar="PATH", help="where to save it (default: <video id>.mp4)"
    )
    video.add_argument("--seconds", type=positive_int, metavar="N", help="duration in seconds")
    video.add_argument("--size", metavar="WxH", help="resolution, e.g. 1280x720")
    video.add_argument(
        "--image", metavar="PATH", help="an image the video starts from (input_reference)"
    )
    video.add_argument(
        "--poll-timeout",
        type=positive_float,
        default=3600.0,
        metavar="S",
        help="give up waiting after S seconds (default: %(default)s)",
    )
    add_connection_options(video)
    video.set_defaults(handler=_video)


def progress_bar(video: Video, width: int = _BAR_WIDTH) -> str:
    """The terminal line of a job: a bar, its percentage and status."""
    percent = min(max(video.progress, 0), 100)
    filled = round(width * percent / 100)
    return f"[{'#' * filled}{'-' * (width - filled)}] {percent:3d}%  {video.status or '?'}"


class ProgressReport:
    """Reports a job's progress on ``stream``: a bar redrawn in place on a terminal, else a
    line each time the status or the percentage changes."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._tty = stream.isatty()
        self._last: tuple[str | None, int] | None = None
        self._open = False

    def __call__(self, video: Video) -> None:
        state = (video.status, video.progress)
        if state == self._last:
            return
        self._last = state
        if self._tty:
            self._stream.write(f"\r{progress_bar(video)}")
            self._open = True
        else:
            self._stream.write(f"{video.id}: {video.status or '?'} {video.progress}%\n")
        self._stream.flush()

    def end(self) -> None:
        """End the bar's line (before any other output)."""
        if self._open:
            self._stream.write("\n")
            self._stream.flush()
            self._open = False


def _video(args: argparse.Namespace) -> int:
    from .._exceptions import PoeError
    from .main import EXIT_OK, api_failure, connection, make_client, retry_notices

    api_key, base_url = connection(args)
    report = ProgressReport(sys.stderr)
    arguments: dict[str, object] = {
        "model": args.model,
        "prompt": " ".join(args.prompt),
        "seconds": args.seconds,
        "size": args.size,
    }
    if args.image is not None:
        arguments["input_reference"] = _existing_file(args.image)
    try:
        with make_client(args, api_key, base_url) as client, retry_notices():
            video = client.videos.create_and_poll(
                **arguments,  # type: ignore[arg-type]
                poll_timeout=args.poll_timeout,
                on_progress=report,
            )
            report.end()
            output: str = args.output or f"{video.id}.mp4"
            size = _download(client, video.id, output)
    except PoeError as exc:
        report.end()
        raise _video_failure(exc, args, api_key, base_url, api_failure) from None
    except BaseException:
        report.end()
        raise
    print(f"{video.id}: saved {output} ({size:,} bytes)")
    sys.stdout.flush()
    return EXIT_OK


def _existing_file(path: str) -> str:
    from .main import EXIT_USAGE, CLIError

    if not os.path.isfile(path):
        raise CLIError(f"--image {path}: no such file", EXIT_USAGE)
    return os.path.abspath(path)


def _download(client: PoeClient, video_id: str, output: str) -> int:
    """Stream the video to ``output`` (through ``output.part``); its size."""
    from .main import EXIT_ERROR, CLIError

    partial = f"{output}.part"
    try:
        client.videos.download_content(video_id).write_to_file(partial)
        os.replace(partial, output)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.remove(partial)
        if isinstance(exc, OSError):
            raise CLIError(f"cannot write {output}: {exc.strerror or exc}", EXIT_ERROR) from None
        raise
    return os.path.getsize(output)


def _video_failure(
    exc: Exception,
    args: argparse.Namespace,
    api_key: str | None,
    base_url: str,
    api_failure: Callable[..., Exception],
) -> Exception:
    from ..lib import VideoFailedError, VideoPollTimeoutError
    from .main import EXIT_ERROR, CLIError

    if isinstance(exc, (VideoFailedError, VideoPollTimeoutError)):
        return CLIError(exc.message, EXIT_ERROR)
    return api_failure(exc, args, api_key, base_url)
