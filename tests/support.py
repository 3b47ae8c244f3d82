"""Helpers shared by the tests (unit, hardening, integration): canned replies, SSE bodies,
messages, the sync facade's loop threads."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from typing import Any

import httpx

BASE_URL = "http://127.0.0.1:8765/v1"
CHAT_URL = f"{BASE_URL}/chat/completions"
API_KEY = "sk-test-secret-key-0123456789"
MODEL = "Claude-Sonnet-4"


def user(text: str) -> list[dict[str, Any]]:
    """A conversation of one user message."""
    return [{"role": "user", "content": text}]


def loop_threads() -> list[threading.Thread]:
    """The sync facade's event-loop threads alive now."""
    return [t for t in threading.enumerate() if t.name.startswith("poe-sdk-loop")]


def in_forked_child(check: Callable[[], bool]) -> bool:
    """Run ``check`` in a child made by ``os.fork()``; whether it returned ``True``."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        ok = False
        try:
            ok = check()
        finally:
            os.write(write, b"1" if ok else b"0")
            os._exit(0)
    os.close(write)
    verdict = os.read(read, 1)
    os.waitpid(pid, 0)
    os.close(read)
    return verdict == b"1"


def completion_json(content: str = "Hello!", **extra: Any) -> dict[str, Any]:
    """A minimal valid ChatCompletion body."""
    body: dict[str, Any] = {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1700000000,
        "model": MODEL,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 5, "completion_tokens": 2, "total_tokens": 7},
    }
    body.update(extra)
    return body


def chunk_json(content: str | None = None, **extra: Any) -> dict[str, Any]:
    """A ChatCompletionChunk body with one text delta."""
    delta: dict[str, Any] = {} if content is None else {"content": content}
    body: dict[str, Any] = {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1700000000,
        "model": MODEL,
        "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
    }
    body.update(extra)
    return body


def sse(*events: object, done: bool = True) -> bytes:
    """An SSE body: one ``data:`` event per item (dicts as JSON), then ``[DONE]``."""
    parts = [f"data: {e if isinstance(e, str) else json.dumps(e)}\n\n" for e in events]
    if done:
        parts.append("data: [DONE]\n\n")
    return "".join(parts).encode()


def sse_response(body: bytes, status: int = 200, **headers: str) -> httpx.Response:
    """A streamed ``text/event-stream`` reply."""
    return httpx.Response(
        status, headers={"content-type": "text/event-stream", **headers}, content=body
    )


USER_MESSAGES = [{"role": "user", "content": "Top 3 things to do in NYC?"}]
