"""Responses stream vs chat-completions stream of the same text: poe-sdk's events per second.

``make bench`` runs it after ``run.py`` and appends its row to ``bench/results.md``; run it
alone as ``python bench/responses_stream.py [--quick] [--no-append]``. A server subprocess on
127.0.0.1 answers ``/v1/chat/completions`` with N ``" token"`` chunks (then ``[DONE]``) and
``/v1/responses`` with the Responses event sequence carrying the same N ``" token"`` deltas
(``event:`` lines, ``response.created`` ... ``response.completed``), one event per HTTP chunk.
The client (``AsyncPoeClient``, asyncio) reads every event; each round times one stream of
each kind, alternating which goes first; the best round of each is reported.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import subprocess
import sys
import time
from pathlib import Path

HOST = "127.0.0.1"
RESULTS = Path(__file__).parent / "results.md"
_HEADING = "## Responses stream vs chat-completions stream (poe-sdk, asyncio, events/s)"
_N = re.compile(rb'"(?:max_tokens|max_output_tokens)"\s*:\s*(\d+)')
_HEAD = (
    b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nx-request-id: req-bench\r\n"
    b"transfer-encoding: chunked\r\n\r\n"
)


def _chunk(data: bytes) -> bytes:
    return b"%x\r\n%b\r\n" % (len(data), data)


def _dumps(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def chat_reply(n: int) -> bytes:
    """N chat-completion chunks of ``" token"`` and ``[DONE]``."""
    base = {"id": "chatcmpl-b", "object": "chat.completion.chunk", "created": 1, "model": "m"}

    def event(delta: dict[str, object], finish: str | None) -> bytes:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
        return _chunk(b"data: " + _dumps({**base, "choices": [choice]}) + b"\n\n")

    token = event({"content": " token"}, None)
    parts = [_HEAD, event({"role": "assistant", "content": ""}, None), token * n]
    parts += [event({}, "stop"), _chunk(b"data: [DONE]\n\n"), b"0\r\n\r\n"]
    return b"".join(parts)


def responses_reply(n: int) -> bytes:
    """The Responses events of a message of N ``" token"`` deltas."""
    text = " token" * n
    part = {"type": "output_text", "text": text, "annotations": []}
    item = {"type": "message", "id": "msg_b", "status": "completed", "role": "assistant"}
    done_item = {**item, "content": [part]}
    response = {"id": "resp_b", "object": "response", "created_at": 1, "model": "m"}
    final = {**response, "status": "completed", "output": [done_item]}
    start = {**response, "status": "in_progress", "output": []}
    at = {"item_id": "msg_b", "output_index": 0, "content_index": 0}

    def event(kind: str, **fields: object) -> bytes:
        data = _dumps({"type": kind, "sequence_number": 0, **fields})
        return _chunk(b"event: " + kind.encode() + b"\ndata: " + data + b"\n\n")

    parts = [
        _HEAD,
        event("response.created", response=start),
        event("response.in_progress", response=start),
        event("response.output_item.added", output_index=0, item={**item, "content": []}),
        event("response.content_part.added", **at, part={**part, "text": ""}),
        event("response.output_text.delta", **at, delta=" token") * n,
        event("response.output_text.done", **at, text=text),
        event("response.content_part.done", **at, part=part),
        event("response.output_item.done", output_index=0, item=done_item),
        event("response.completed", response=final),
        b"0\r\n\r\n",
    ]
    return b"".join(parts)


class _Protocol(asyncio.Protocol):
    def __init__(self) -> None:
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        transport = self._transport
        assert transport is not None
        while (end := self._buffer.find(b"\r\n\r\n")) >= 0:
            head = self._buffer[:end].lower()
            length = int(re.search(rb"content-length:\s*(\d+)", head).group(1))  # type: ignore[union-attr]
            if len(self._buffer) < end + 4 + length:
                return
            body = self._buffer[end + 4 : end + 4 + length]
            self._buffer = self._buffer[end + 4 + length :]
            match = _N.search(body)
            n = int(match.group(1)) if match else 16
            responses = b"/responses" in head.split(b"\r\n", 1)[0]
            transport.write(responses_reply(n) if responses else chat_reply(n))


async def _serve() -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Protocol, HOST, 0)
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    await loop.run_in_executor(None, sys.stdin.read)  # until the parent closes stdin
    server.close()


async def _measure(base_url: str, n: int, rounds: int) -> dict[str, float]:
    from poe_sdk import AsyncPoeClient

    best = {"chat": 0.0, "responses": 0.0}
    async with AsyncPoeClient(api_key="bench", base_url=base_url) as client:

        async def chat() -> int:
            stream = await client.chat.completions.create(
                model="m", messages=[{"role": "user", "content": "hi"}], max_tokens=n, stream=True
            )
            return len([_ async for _ in stream])

        async def responses() -> int:
            stream = await client.responses.create(
                model="m", input="hi", max_output_tokens=n, stream=True
            )
            count = len([_ async for _ in stream])
            assert stream.completed
            return count

        runs = {"chat": chat, "responses": responses}
        await chat()
        await responses()
        for round_ in range(rounds):
            order = ["chat", "responses"] if round_ % 2 == 0 else ["responses", "chat"]
            for kind in order:
                start = time.perf_counter()
                events = await runs[kind]()
                rate = events / (time.perf_counter() - start)
                best[kind] = max(best[kind], rate)
    return best


def main(argv: list[str] | None = None) -> None:
    """Start the server, measure both streams, print (and append) the row."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--quick", action="store_true", help="fewer, shorter streams")
    parser.add_argument("--no-append", action="store_true", help="do not touch results.md")
    parser.add_argument("--profile", action="store_true", help=argparse.SUPPRESS)
    args, _ = parser.parse_known_args(argv)  # make bench passes run.py's ARGS too
    if args.serve:
        asyncio.run(_serve())
        return
    n, rounds = (1000, 3) if args.quick else (5000, 7)
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline().split()[1])
        best = asyncio.run(_measure(f"http://{HOST}:{port}/v1", n, rounds))
    finally:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=10)
    ratio = best["responses"] / best["chat"]
    row = (
        f"| async 1 stream x {n:,} text deltas | {best['chat']:,.0f} | {best['responses']:,.0f} "
        f"| {ratio:.2f} |"
    )
    table = "\n".join(
        [
            "",
            _HEADING,
            "",
            "Same text, one event per HTTP chunk; best of "
            f"{rounds} rounds (bench/responses_stream.py).",
            "",
            "| stream | chat completions | Responses API | Responses / chat |",
            "|---|---|---|---|",
            row,
            "",
        ]
    )
    print(table)
    # Like run.py, only a full run writes results.md; its section replaces an earlier one.
    if not (args.no_append or args.quick or args.profile) and RESULTS.exists():
        text = RESULTS.read_text(encoding="utf-8")
        start = text.find(_HEADING)
        if start != -1:
            end = text.find("\n## ", start + len(_HEADING))
            text = text[: start - 1] + (text[end:] if end != -1 else "\n")
        RESULTS.write_text(text.rstrip("\n") + "\n" + table, encoding="utf-8")


if __name__ == "__main__":
    main()
