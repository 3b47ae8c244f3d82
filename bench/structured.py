"""What structured outputs cost: ``parse`` vs ``create``, ``stream(response_format=...)`` vs
``create(stream=True)``, on the same replies (poe-sdk, asyncio).

``make bench`` runs it after ``run.py`` and appends its rows to ``bench/results.md``; run it
alone as ``python bench/structured.py [--quick] [--no-append]``. A server subprocess on
127.0.0.1 answers ``/v1/chat/completions`` with a fixed completion whose content is the JSON
of an order of 20 lines (about 1.6 kB), or streams that content in 8-character chunks. Each
round times a batch of each kind, alternating which goes first; the best round is reported,
with the cost parsing adds per call (the schema and validator are built once, before timing).
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

from pydantic import BaseModel

HOST = "127.0.0.1"
RESULTS = Path(__file__).parent / "results.md"
_HEADING = "## Structured outputs: parse vs plain calls (poe-sdk, asyncio)"
PIECE = 8


class Line(BaseModel):
    sku: str
    quantity: int
    price: float
    note: str | None


class Order(BaseModel):
    id: str
    customer: str
    lines: list[Line]
    paid: bool


ORDER = Order(
    id="ord_1",
    customer="Ada Lovelace",
    lines=[Line(sku=f"sku-{i:04d}", quantity=i, price=i * 1.5, note=None) for i in range(20)],
    paid=True,
).model_dump_json()


def _dumps(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def _chunk(data: bytes) -> bytes:
    return b"%x\r\n%b\r\n" % (len(data), data)


def plain_reply() -> bytes:
    message = {"role": "assistant", "content": ORDER, "refusal": None}
    body = _dumps(
        {
            "id": "chatcmpl-b",
            "object": "chat.completion",
            "created": 1,
            "model": "m",
            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }
    )
    head = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n"
    return head % len(body) + body


def stream_reply() -> bytes:
    base = {"id": "chatcmpl-b", "object": "chat.completion.chunk", "created": 1, "model": "m"}

    def event(delta: dict[str, object], finish: str | None = None) -> bytes:
        choice = {"index": 0, "delta": delta, "finish_reason": finish}
        return _chunk(b"data: " + _dumps({**base, "choices": [choice]}) + b"\n\n")

    pieces = [ORDER[i : i + PIECE] for i in range(0, len(ORDER), PIECE)]
    parts = [
        b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n",
        event({"role": "assistant", "content": ""}),
        *(event({"content": piece}) for piece in pieces),
        event({}, "stop"),
        _chunk(b"data: [DONE]\n\n"),
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
            transport.write(stream_reply() if b'"stream":true' in body else plain_reply())


async def _serve() -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Protocol, HOST, 0)
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    await loop.run_in_executor(None, sys.stdin.read)  # until the parent closes stdin
    server.close()


async def _measure(base_url: str, calls: int, streams: int, rounds: int) -> dict[str, float]:
    from poe_sdk import AsyncPoeClient

    messages = [{"role": "user", "content": "an order"}]
    seconds = dict.fromkeys(["create", "parse", "create stream", "stream", "stream unread"], 1e9)
    async with AsyncPoeClient(api_key="bench", base_url=base_url) as client:
        completions = client.chat.completions

        async def create() -> None:
            for _ in range(calls):
                reply = await completions.create(model="m", messages=messages)
                Order.model_validate_json(reply.choices[0].message.content or "")

        async def parse() -> None:
            for _ in range(calls):
                reply = await completions.parse(model="m", messages=messages, response_format=Order)
                assert reply.choices[0].message.parsed is not None

        async def create_stream() -> None:
            for _ in range(streams):
                stream = await completions.create(model="m", messages=messages, stream=True)
                final = await stream.get_final_completion()
                Order.model_validate_json(final.choices[0].message.content or "")

        async def stream() -> None:
            for _ in range(streams):
                async with completions.stream(
                    model="m", messages=messages, response_format=Order
                ) as events:
                    snapshots = [e.parsed async for e in events if e.type == "content.delta"]
                    assert snapshots[-1] is not None
                    assert (await events.get_final_completion()).choices

        async def stream_unread() -> None:
            for _ in range(streams):
                async with completions.stream(
                    model="m", messages=messages, response_format=Order
                ) as events:
                    final = await events.get_final_completion()
                    assert final.choices[0].message.parsed is not None

        runs = {
            "create": create,
            "parse": parse,
            "create stream": create_stream,
            "stream": stream,
            "stream unread": stream_unread,
        }
        for run in runs.values():
            await run()  # warm up: connections, schemas, validators
        for round_ in range(rounds):
            order = list(runs) if round_ % 2 == 0 else list(reversed(runs))
            for kind in order:
                start = time.perf_counter()
                await runs[kind]()
                seconds[kind] = min(seconds[kind], time.perf_counter() - start)
    return seconds


def main(argv: list[str] | None = None) -> None:
    """Start the server, measure the four kinds of call, print (and append) the rows."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--quick", action="store_true", help="fewer calls and rounds")
    parser.add_argument("--no-append", action="store_true", help="do not touch results.md")
    parser.add_argument("--profile", action="store_true", help=argparse.SUPPRESS)
    args, _ = parser.parse_known_args(argv)  # make bench passes run.py's ARGS too
    if args.serve:
        asyncio.run(_serve())
        return
    calls, streams, rounds = (50, 10, 2) if args.quick else (300, 40, 5)
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline().split()[1])
        best = asyncio.run(_measure(f"http://{HOST}:{port}/v1", calls, streams, rounds))
    finally:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=10)
    chunks = -(-len(ORDER) // PIECE)

    def row(label: str, plain: str, parsed: str, count: int) -> str:
        a, b = best[plain] / count * 1e6, best[parsed] / count * 1e6
        return f"| {label} | {a:,.0f} | {b:,.0f} | {b - a:+,.0f} ({(b / a - 1) * 100:+.0f}%) |"

    table = "\n".join(
        [
            "",
            _HEADING,
            "",
            f"A {len(ORDER):,}-byte JSON order (20 lines), validated into the model in both "
            f"columns; best of {rounds} rounds (bench/structured.py). Per call, in µs.",
            "",
            "| call | create + model_validate_json | parse / stream(response_format=) | cost |",
            "|---|---|---|---|",
            row(f"{calls} sequential calls", "create", "parse", calls),
            row(
                f"{streams} streams of {chunks} content chunks, `.parsed` read at every chunk",
                "create stream",
                "stream",
                streams,
            ),
            row(
                f"{streams} streams of {chunks} content chunks, only the final object",
                "create stream",
                "stream unread",
                streams,
            ),
            "",
        ]
    )
    print(table)
    if not (args.no_append or args.quick or args.profile) and RESULTS.exists():
        text = RESULTS.read_text(encoding="utf-8")
        start = text.find(_HEADING)
        if start != -1:
            end = text.find("\n## ", start + len(_HEADING))
            text = text[: start - 1] + (text[end:] if end != -1 else "\n")
        RESULTS.write_text(text.rstrip("\n") + "\n" + table, encoding="utf-8")


if __name__ == "__main__":
    main()
