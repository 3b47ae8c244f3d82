"""The offline demo (``make demo``): every example against the embedded local server.

No API key and no network: a ``poe_sdk.testing.LocalServer`` on 127.0.0.1 stands in for
api.poe.com, and ``POE_API_KEY`` / ``POE_BASE_URL`` point the examples at it.
"""

import asyncio
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).parent))

import account
import anthropic_messages
import api_bots
import async_streaming
import catalog_and_media
import multimodal
import responses_api
import retries
import structured_outputs
import sync_quickstart
import tool_call
import videos

from poe_sdk.testing import LocalServer, faults

DEMO_KEY = "sk-demo-local-only"
EXAMPLES = Path(__file__).resolve().parent


def shown(path: Path) -> str:
    """``path`` as the reader can type it: relative to the working directory when below it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def section(title: str, example: ModuleType, run: Callable[[], None]) -> None:
    """Print a heading naming the example's file, then run it."""
    print(f"\n=== {title} ({shown(Path(example.__file__ or ''))}) ===")
    run()


def summary(base_url: str) -> None:
    """Say what the demo showed, where its code is, and what to try next."""
    examples = shown(EXAMPLES)
    print(f"""
=== What this showed ===
An echo server stood in for Poe: every call above went to poe_sdk.testing.LocalServer on
this machine ({base_url}). It answers "Echo: <your last message>", calls the tools it is
offered, fills JSON schemas, and was told to refuse one request with a 429; so no API key or
network was needed. The same code runs against Poe (https://api.poe.com/v1).

The code: {examples}/ (one file per section above; this script is {examples}/demo.py).

Try next:
  - against Poe: export POE_API_KEY=... (https://poe.com/api_key), then
    .venv/bin/python {examples}/sync_quickstart.py
  - the command line, installed in .venv/bin: .venv/bin/poe-sdk chat -m Claude-Sonnet-4 "Hi"
    (or offline: .venv/bin/poe-sdk serve, then --base-url with the URL it prints)
  - your own tests against the local server: "Testing your code" in README.md
  - the guides and the API reference: docs/ (make docs builds the site into site/)""")


def main() -> None:
    """Start the server, point the environment at it, and run each example."""
    with LocalServer(api_key=DEMO_KEY) as server:
        os.environ["POE_API_KEY"] = DEMO_KEY
        os.environ["POE_BASE_URL"] = server.base_url
        print(f"Local server on {server.base_url} (no API key or network needed)")

        section("Poe's quickstart example", sync_quickstart, sync_quickstart.main)
        section(
            "Async, streaming tokens as they arrive",
            async_streaming,
            lambda: asyncio.run(async_streaming.main()),
        )
        section("A tool call", tool_call, tool_call.main)
        section("A multimodal message built with the file helpers", multimodal, multimodal.main)
        section(
            "The Responses API (sync): previous_response_id, tools, JSON",
            responses_api,
            responses_api.main,
        )
        section(
            "The Responses API (async), streamed",
            responses_api,
            lambda: asyncio.run(responses_api.streaming()),
        )
        section(
            "Anthropic Messages (Claude): a message, a stream and a tool call",
            anthropic_messages,
            anthropic_messages.both,
        )
        section("Models, balance and points history (sync)", account, account.main)
        section(
            "Points history, page by page (async)",
            account,
            lambda: asyncio.run(account.async_main()),
        )
        section(
            "Structured outputs: a pydantic model, parsed and streamed",
            structured_outputs,
            structured_outputs.main,
        )
        section(
            "Tools run for you (async)",
            structured_outputs,
            lambda: asyncio.run(structured_outputs.run_tools()),
        )
        section(
            "The model catalog (no key) and a video bot's attachment",
            catalog_and_media,
            catalog_and_media.main,
        )

        section("API bots: create, update, retrieve, delete (sync)", api_bots, api_bots.main)
        section("A video: created, polled with progress, downloaded", videos, videos.main)
        section(
            "A video remixed, its thumbnail read (async)",
            videos,
            lambda: asyncio.run(videos.async_main()),
        )

        server.inject(faults.status(429, retry_after=0.5))
        section("A 429 that is retried (the server was told to refuse once)", retries, retries.main)
        summary(server.base_url)
    print("\nDone.")


if __name__ == "__main__":
    main()
