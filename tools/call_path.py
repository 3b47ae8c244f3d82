"""Count poe-sdk's own functions on the path of one plain call (issue 22).

``python tools/call_path.py`` makes one warm-up call, then profiles a second
``await client.chat.completions.create(...)`` on the same client and prints each distinct
function of ``poe_sdk`` it called (``poe_sdk.testing`` and comprehensions excluded), by
module, with the totals. ``--server`` sends the call to
:class:`poe_sdk.testing.LocalServer` on 127.0.0.1 (the owned aiohttp transport);
by default respx answers it (httpx's transport, no socket).
``--stream`` profiles ``stream=True`` read to its end instead.

tests/test_call_path.py pins a ceiling on the count, so the path cannot grow silently.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

import poe_sdk
from poe_sdk.types.chat import ChatCompletionMessageParam

__all__ = ["CallPath", "measure", "main"]

_PACKAGE = Path(poe_sdk.__file__).resolve().parent
_EXCLUDED = (_PACKAGE / "testing",)
_INLINED = frozenset({"<listcomp>", "<dictcomp>", "<setcomp>"})
"""Comprehensions: functions of their own before Python 3.12, inlined since (PEP 709); not
counted, so that every Python counts the same."""
_MESSAGES: list[ChatCompletionMessageParam] = [{"role": "user", "content": "Hi"}]
_COMPLETION = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "Claude-Sonnet-4",
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "Echo: Hi"},
            "finish_reason": "stop",
        }
    ],
    "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3},
}
_CHUNK = (
    b'{"id":"c","object":"chat.completion.chunk","created":1,"model":"m",'
    b'"choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}'
)
_STREAM = b"data: " + _CHUNK + b"\n\ndata: " + _CHUNK + b"\n\ndata: [DONE]\n\n"


@dataclass(frozen=True)
class CallPath:
    """The distinct ``poe_sdk`` functions one call ran, as ``(module path, qualified name)``."""

    functions: frozenset[tuple[str, str]]

    @property
    def files(self) -> frozenset[str]:
        """The modules those functions are in."""
        return frozenset(path for path, _ in self.functions)

    def report(self) -> str:
        """The functions by module, then the totals."""
        lines: list[str] = []
        for path in sorted(self.files):
            names = sorted(name for where, name in self.functions if where == path)
            lines.append(f"{path} ({len(names)})")
            lines.extend(f"    {name}" for name in names)
        lines.append(f"{len(self.functions)} functions in {len(self.files)} files")
        return "\n".join(lines)


async def _profiled(call: Callable[[], Awaitable[object]]) -> CallPath:
    """Run ``call`` with a profiler that records each ``poe_sdk`` function entered (in this
    thread: a server thread is not counted)."""
    seen: set[tuple[str, str]] = set()
    package = str(_PACKAGE)
    excluded = tuple(str(path) for path in _EXCLUDED)

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        if event != "call":
            return
        filename = frame.f_code.co_filename
        name = frame.f_code.co_name
        if (
            filename.startswith(package)
            and not filename.startswith(excluded)
            and name not in _INLINED
        ):
            code = frame.f_code  # co_qualname: Python 3.11+
            qualname = getattr(code, "co_qualname", f"{name} (line {code.co_firstlineno})")
            seen.add((str(Path(filename).relative_to(package)), qualname))

    sys.setprofile(profile)
    try:
        await call()
    finally:
        sys.setprofile(None)
    return CallPath(frozenset(seen))


async def _one_call(client: poe_sdk.AsyncPoeClient, *, stream: bool) -> None:
    if stream:
        chunks = await client.chat.completions.create(
            model="Claude-Sonnet-4", messages=_MESSAGES, stream=True
        )
        async for _ in chunks:
            pass
    else:
        await client.chat.completions.create(model="Claude-Sonnet-4", messages=_MESSAGES)


async def _measure(base_url: str, *, stream: bool) -> CallPath:
    async with poe_sdk.AsyncPoeClient(api_key="sk-test", base_url=base_url) as client:
        await _one_call(client, stream=stream)  # warm-up: the first call's one-time work
        return await _profiled(lambda: _one_call(client, stream=stream))


def measure(*, server: bool = False, stream: bool = False) -> CallPath:
    """The path of one warm plain call (``stream``: a stream read to its end) on asyncio,
    answered by respx or, with ``server``, by a :class:`~poe_sdk.testing.LocalServer`."""
    if server:
        from poe_sdk.testing import LocalServer

        with LocalServer(api_key="sk-test") as local:
            return asyncio.run(_measure(local.base_url, stream=stream))
    import respx

    base_url = "http://127.0.0.1:9/v1"
    with respx.mock(base_url=base_url) as router:
        if stream:
            router.post("/chat/completions").respond(
                content=_STREAM, headers={"content-type": "text/event-stream"}
            )
        else:
            router.post("/chat/completions").respond(json=_COMPLETION)
        return asyncio.run(_measure(base_url, stream=stream))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="poe-sdk's functions on one call's path")
    parser.add_argument("--server", action="store_true", help="call a LocalServer on loopback")
    parser.add_argument("--stream", action="store_true", help="a stream read to its end")
    parser.add_argument("--total", action="store_true", help="print the totals only")
    args = parser.parse_args(argv)
    path = measure(server=args.server, stream=args.stream)
    print(path.report().rpartition("\n")[2] if args.total else path.report())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
