"""The offline demo (``make demo``): every example against the embedded local server.

No API key and no network: a ``poe_sdk.testing.LocalServer`` on 127.0.0.1 stands in for
api.poe.com, and ``POE_API_KEY`` / ``POE_BASE_URL`` point the examples at it.
"""

import asyncio
import os
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import account
import async_streaming
import catalog_and_media
import multimodal
import responses_api
import retries
import structured_outputs
import sync_quickstart
import tool_call

from poe_sdk.testing import LocalServer, faults

DEMO_KEY = "sk-demo-local-only"


def section(title: str, run: Callable[[], None]) -> None:
    """Print a heading, then run one example."""
    print(f"\n=== {title} ===")
    run()


def main() -> None:
    """Start the server, point the environment at it, and run each example."""
    with LocalServer(api_key=DEMO_KEY) as server:
        os.environ["POE_API_KEY"] = DEMO_KEY
        os.environ["POE_BASE_URL"] = server.base_url
        print(f"Local server on {server.base_url} (no API key or network needed)")

        section("Poe's quickstart example", sync_quickstart.main)
        section(
            "Async, streaming tokens as they arrive", lambda: asyncio.run(async_streaming.main())
        )
        section("A tool call", tool_call.main)
        section("A multimodal message built with the file helpers", multimodal.main)
        section("The Responses API (sync): previous_response_id, tools, JSON", responses_api.main)
        section(
            "The Responses API (async), streamed", lambda: asyncio.run(responses_api.streaming())
        )
        section(
            "Structured outputs: a pydantic model, parsed and streamed", structured_outputs.main
        )
        section("Tools run for you (async)", lambda: asyncio.run(structured_outputs.run_tools()))
        section("Models, balance and points history (sync)", account.main)
        section("Points history, page by page (async)", lambda: asyncio.run(account.async_main()))
        section("The model catalog (no key) and a video bot's attachment", catalog_and_media.main)

        server.inject(faults.status(429, retry_after=0.5))
        section("A 429 that is retried (the server was told to refuse once)", retries.main)
    print("\nDone.")


if __name__ == "__main__":
    main()
