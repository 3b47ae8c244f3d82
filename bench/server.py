"""A minimal OpenAI-compatible chat-completions server for benchmarks (127.0.0.1 only).

Built on a raw :class:`asyncio.Protocol` (on uvloop when it is installed) with precomputed
replies and as little parsing as possible, so that the client under test dominates the
cost of every request:

- ``POST .../chat/completions`` without ``"stream": true`` answers one fixed
  ``chat.completion`` JSON body (``Content-Length``, HTTP/1.1 keep-alive).
- With ``"stream": true`` it answers ``text/event-stream`` with ``max_tokens`` chunks
  (default 16), each event in its own HTTP chunk of a ``Transfer-Encoding: chunked`` body, as
  real servers flush them, then ``data: [DONE]``. Replies are built once per chunk count.
- Anything else gets a 404 JSON error.

Run it as ``python bench/server.py [--port 0] [--max-seconds 3600]``: it prints
``PORT <n>`` on stdout once it listens, and stops when its standard input closes (the
parent exited), on SIGTERM/SIGINT, or after ``--max-seconds``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import re
import signal
import sys
from functools import lru_cache

from loops import run_async, uvloop_available

HOST = "127.0.0.1"
DEFAULT_CHUNKS = 16
MAX_CHUNKS = 200_000
MODEL = "bench-model"
CREATED = 1_700_000_000

_MAX_TOKENS = re.compile(rb'"max_tokens"\s*:\s*(\d+)')
_STREAM_TRUE = re.compile(rb'"stream"\s*:\s*true')
_CONTENT_LENGTH = b"\r\ncontent-length:"


def completion_body() -> bytes:
    """The one ``chat.completion`` reply every non-streaming request gets."""
    return json.dumps(
        {
            "id": "chatcmpl-bench-0001",
            "object": "chat.completion",
            "created": CREATED,
            "model": MODEL,
            "choices": [
                {
                    "index": 0,
                    "message": {
                        "role": "assistant",
                        "content": "Hello! This is a precomputed reply from the bench server.",
                        "refusal": None,
                    },
                    "logprobs": None,
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 12, "completion_tokens": 11, "total_tokens": 23},
            "system_fingerprint": None,
        },
        separators=(",", ":"),
    ).encode()


def _chunk_event(delta: dict[str, object], finish_reason: str | None) -> bytes:
    payload = {
        "id": "chatcmpl-bench-0001",
        "object": "chat.completion.chunk",
        "created": CREATED,
        "model": MODEL,
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}],
    }
    return b"data: " + json.dumps(payload, separators=(",", ":")).encode() + b"\n\n"


def _http_chunk(data: bytes) -> bytes:
    return b"%x\r\n%b\r\n" % (len(data), data)


JSON_REPLY = (
    b"HTTP/1.1 200 OK\r\n"
    b"content-type: application/json\r\n"
    b"x-request-id: req-bench\r\n"
    b"content-length: %d\r\n\r\n%b"
) % (len(completion_body()), completion_body())

NOT_FOUND_BODY = b'{"error":{"message":"not found","type":"invalid_request_error","code":null}}'
NOT_FOUND_REPLY = (
    b"HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%b"
) % (len(NOT_FOUND_BODY), NOT_FOUND_BODY)

BAD_REQUEST_REPLY = b"HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n"

_SSE_HEAD = (
    b"HTTP/1.1 200 OK\r\n"
    b"content-type: text/event-stream\r\n"
    b"cache-control: no-cache\r\n"
    b"x-request-id: req-bench\r\n"
    b"transfer-encoding: chunked\r\n\r\n"
)


@lru_cache(maxsize=64)
def sse_reply(chunks: int) -> bytes:
    """The whole HTTP reply of a stream of ``chunks`` chunks (the first carries the role, the
    last the finish reason), one event per HTTP chunk, ending with ``[DONE]``."""
    first = _http_chunk(_chunk_event({"role": "assistant", "content": ""}, None))
    token = _http_chunk(_chunk_event({"content": " token"}, None))
    last = _http_chunk(_chunk_event({}, "stop"))
    middle = max(chunks - 2, 0)
    parts = [_SSE_HEAD, first, token * middle]
    if chunks >= 2:
        parts.append(last)
    parts.append(_http_chunk(b"data: [DONE]\n\n"))
    parts.append(b"0\r\n\r\n")
    return b"".join(parts)


def reply_for(head: bytes, body: bytes) -> bytes:
    """Pick the precomputed reply for one request (``head`` is the request line and headers)."""
    line_end = head.find(b"\r\n")
    request_line = head if line_end < 0 else head[:line_end]
    if not (request_line.startswith(b"POST ") and b"/chat/completions" in request_line):
        return NOT_FOUND_REPLY
    if _STREAM_TRUE.search(body) is None:
        return JSON_REPLY
    match = _MAX_TOKENS.search(body)
    chunks = int(match.group(1)) if match else DEFAULT_CHUNKS
    return sse_reply(min(max(chunks, 1), MAX_CHUNKS))


class BenchProtocol(asyncio.Protocol):
    """One HTTP/1.1 keep-alive connection: split requests by ``Content-Length`` and answer."""

    __slots__ = ("_buffer", "_transport")

    def __init__(self) -> None:
        self._transport: asyncio.Transport | None = None
        self._buffer = b""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        buffer = self._buffer + data if self._buffer else data
        transport = self._transport
        assert transport is not None
        while True:
            head_end = buffer.find(b"\r\n\r\n")
            if head_end < 0:
                break
            head = buffer[:head_end]
            lowered = head.lower()
            length = 0
            at = lowered.find(_CONTENT_LENGTH)
            if at >= 0:
                value_end = lowered.find(b"\r\n", at + 2)
                length = int(
                    lowered[at + len(_CONTENT_LENGTH) : value_end if value_end > 0 else None]
                )
            elif b"\r\ntransfer-encoding:" in lowered:
                transport.write(BAD_REQUEST_REPLY)  # clients here always send Content-Length
                transport.close()
                return
            total = head_end + 4 + length
            if len(buffer) < total:
                break
            transport.write(reply_for(head, buffer[head_end + 4 : total]))
            buffer = buffer[total:]
        self._buffer = buffer


async def serve(port: int, max_seconds: float) -> None:
    """Listen on 127.0.0.1:``port`` until stdin closes, a signal arrives or time runs out."""
    loop = asyncio.get_running_loop()
    server = await loop.create_server(BenchProtocol, HOST, port, backlog=4096, reuse_address=True)
    bound = server.sockets[0].getsockname()[1]
    sys.stdout.write(f"PORT {bound}\n")
    sys.stdout.flush()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    reader = asyncio.StreamReader()
    with contextlib.suppress(OSError, ValueError):
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)

    async def watch_stdin() -> None:
        while await reader.read(4096):
            pass
        stop.set()

    watcher = asyncio.ensure_future(watch_stdin())
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(stop.wait(), max_seconds)
    watcher.cancel()
    server.close()


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--max-seconds", type=float, default=3600.0)
    args = parser.parse_args(argv)
    run_async(serve(args.port, args.max_seconds), "uvloop" if uvloop_available() else "asyncio")


if __name__ == "__main__":
    main()
