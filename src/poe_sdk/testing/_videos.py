"""Video jobs of the local server (``/v1/videos``): created queued, each ``GET`` moves a job
one step (``queued`` → ``in_progress`` 25, 50, 75 % → ``completed`` 100 %), so tests poll
without timing; a prompt holding :data:`FAIL_KEYWORD` ends ``failed`` after 50 %. A completed
job's content is a few kB of bytes per variant (video, thumbnail, spritesheet); remix and
extend (Sora models only, as on Poe) start new jobs from a completed one."""

from __future__ import annotations

import hashlib
import itertools
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "FAIL_KEYWORD",
    "POLL_AFTER_MS",
    "VIDEO_MODELS",
    "VideoRequestError",
    "VideoStore",
    "create_fields",
    "video_content",
]

VIDEO_MODELS = ("Sora-2", "Sora-2-Pro", "Veo-2", "Veo-3", "Veo-3-Fast", "Veo-3.1", "Veo-3.1-Fast")
"""Poe's video models; the server accepts these (or its own ``models``) in ``POST /v1/videos``."""

FAIL_KEYWORD = "[fail]"
"""A prompt holding it makes its job end ``failed`` (with an ``error``) after 50 %."""

POLL_AFTER_MS = 10
"""The ``openai-poll-after-ms`` hint of ``GET /v1/videos/{id}``: short, so tests poll fast."""

_STEPS = (("queued", 0), ("in_progress", 25), ("in_progress", 50), ("in_progress", 75))
_CONTENT_SIZE = 4096
_VARIANTS: dict[str, tuple[str, bytes]] = {
    "video": ("video/mp4", b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"),
    "thumbnail": ("image/webp", b"RIFF\x00\x10\x00\x00WEBPVP8 "),
    "spritesheet": ("image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"),
}


class VideoRequestError(Exception):
    """A request the server refuses: its status and Poe-shaped error fields."""

    def __init__(
        self,
        status: int,
        message: str,
        code: str | None = None,
        param: str | None = None,
        type: str = "invalid_request_error",
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.param = param
        self.type = type


@dataclass
class _Job:
    id: str
    model: str
    prompt: str
    seconds: int
    size: str
    created_at: int
    step: int = 0
    completed_at: int | None = None
    remixed_from: str | None = None
    reference_bytes: int = 0
    status: str = "queued"
    progress: int = 0
    error: dict[str, Any] | None = field(default=None)

    def advance(self) -> None:
        if self.status in ("completed", "failed"):
            return
        self.step += 1
        if self.step < len(_STEPS):
            self.status, self.progress = _STEPS[self.step]
            if FAIL_KEYWORD in self.prompt and self.progress >= 50:
                self.status = "failed"
                self.error = {
                    "code": "video_generation_failed",
                    "message": "The video could not be generated (the prompt asked the local "
                    "server to fail).",
                }
        else:
            self.status, self.progress = "completed", 100
            self.completed_at = int(time.time())

    def as_json(self) -> dict[str, Any]:
        done = self.status == "completed"
        return {
            "id": self.id,
            "object": "video",
            "status": self.status,
            "progress": self.progress,
            "created_at": self.created_at,
            "completed_at": self.completed_at,
            "expires_at": self.completed_at + 86400 if self.completed_at is not None else None,
            "model": self.model,
            "prompt": self.prompt,
            "seconds": self.seconds,
            "size": self.size,
            "remixed_from_video_id": self.remixed_from,
            "error": self.error,
            "usage": {"points": 1000 * self.seconds} if done else None,
        }


def create_fields(
    form: Mapping[str, tuple[str | None, bytes]],
) -> tuple[dict[str, object], bytes | None]:
    """The text fields of a multipart ``POST /v1/videos`` (``seconds`` as an int when it is
    one), and the ``input_reference`` file's bytes."""
    fields: dict[str, object] = {}
    reference: bytes | None = None
    for name, (_, content) in form.items():
        if name == "input_reference":
            reference = content
            continue
        text = content.decode("utf-8", "replace")
        fields[name] = int(text) if name == "seconds" and text.isdigit() else text
    return fields, reference


def video_content(video_id: str, variant: str) -> tuple[str, bytes]:
    """The media type and a few kB of deterministic bytes of a video's ``variant``."""
    media_type, head = _VARIANTS[variant]
    seed = hashlib.sha256(f"{video_id}/{variant}".encode()).digest()
    body = (seed * (_CONTENT_SIZE // len(seed) + 1))[: _CONTENT_SIZE - len(head)]
    return media_type, head + body


class VideoStore:
    """The server's video jobs by id (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._jobs: dict[str, _Job] = {}
        self._ids = itertools.count(1)

    def clear(self) -> None:
        """Forget every job; ids start again from 1."""
        with self._lock:
            self._jobs.clear()
            self._ids = itertools.count(1)

    def _new(self, model: str, prompt: str, seconds: int, size: str, **extra: Any) -> _Job:
        job = _Job(
            id=f"video_local_{next(self._ids):06d}",
            model=model,
            prompt=prompt,
            seconds=seconds,
            size=size,
            created_at=int(time.time()),
            **extra,
        )
        self._jobs[job.id] = job
        return job

    def create(
        self,
        fields: Mapping[str, Any],
        reference: bytes | None,
        models: tuple[str, ...] | None,
    ) -> dict[str, Any]:
        """A new queued job from the (schema-checked) fields of ``POST /v1/videos``."""
        model = str(fields["model"])
        if model not in (models if models is not None else VIDEO_MODELS):
            raise VideoRequestError(
                404,
                f"The model `{model}` does not exist or is not a video model.",
                "model_not_found",
                "model",
            )
        default = 4 if model.startswith("Sora") else 8
        seconds = fields.get("seconds")
        with self._lock:
            job = self._new(
                model,
                str(fields["prompt"]),
                int(seconds) if isinstance(seconds, int) else default,
                str(fields.get("size") or "720x1280"),
                reference_bytes=len(reference or b""),
            )
            return job.as_json()

    def retrieve(self, video_id: str) -> dict[str, Any]:
        """The job, one step further than the last time it was asked for."""
        with self._lock:
            job = self._completed_or_any(video_id, need_completed=False)
            job.advance()
            return job.as_json()

    def content(self, video_id: str, variant: str | None) -> tuple[str, bytes]:
        """The media type and bytes of a completed job's ``variant``."""
        if variant is not None and variant not in _VARIANTS:
            raise VideoRequestError(
                400,
                f"Invalid value for 'variant': {variant!r} is not one of "
                "'video', 'thumbnail', 'spritesheet'.",
                "invalid_value",
                "variant",
            )
        with self._lock:
            self._completed_or_any(video_id, need_completed=True)
        return video_content(video_id, variant or "video")

    def remix(self, video_id: str, prompt: str) -> dict[str, Any]:
        """A new job re-styling the completed ``video_id``."""
        with self._lock:
            source = self._sora_source(video_id, "remix")
            job = self._new(
                source.model, prompt, source.seconds, source.size, remixed_from=source.id
            )
            return job.as_json()

    def extend(self, video_id: str, prompt: str, seconds: int | None) -> dict[str, Any]:
        """A new job continuing the completed ``video_id`` (its duration: both parts)."""
        with self._lock:
            source = self._sora_source(video_id, "video.id")
            added = seconds if seconds is not None else 4
            job = self._new(source.model, prompt, source.seconds + added, source.size)
            return job.as_json()

    def _completed_or_any(self, video_id: str, *, need_completed: bool) -> _Job:
        job = self._jobs.get(video_id)
        if job is None:
            raise VideoRequestError(404, f"Video not found: {video_id}", "not_found")
        if need_completed and job.status != "completed":
            raise VideoRequestError(
                400,
                f"Video {video_id} is {job.status}, not completed: its content is not ready.",
                "video_not_ready",
            )
        return job

    def _sora_source(self, video_id: str, param: str) -> _Job:
        job = self._completed_or_any(video_id, need_completed=True)
        if not job.model.startswith("Sora"):
            raise VideoRequestError(
                400,
                f"Video {video_id} was made by {job.model}: only Sora models support remix "
                "and extend.",
                "unsupported_model",
                param,
            )
        return job
