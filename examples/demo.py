"""Offline demo: the async client against an in-process mock of the API (no key, no network)."""

from __future__ import annotations

import json

import anyio
import httpx

from poe_sdk import AsyncPoeClient


def answer(request: httpx.Request) -> httpx.Response:
    """A stand-in for the API: echoes the last user message."""
    body = json.loads(request.content)
    text = f"Echo: {body['messages'][-1]['content']}"
    return httpx.Response(
        200,
        json={
            "id": "chatcmpl-demo",
            "object": "chat.completion",
            "created": 0,
            "model": body["model"],
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": text},
                    "finish_reason": "stop",
                }
            ],
        },
    )


async def main() -> None:
    """Send one chat completion and print the reply."""
    transport = httpx.MockTransport(answer)
    async with (
        httpx.AsyncClient(transport=transport) as http,
        AsyncPoeClient(api_key="demo-key", http_client=http) as client,
    ):
        resp = await client.chat.completions.create(
            model="Claude-Sonnet-4",
            messages=[{"role": "user", "content": "Top 3 things to do in NYC?"}],
        )
        print(resp.choices[0].message.content)


if __name__ == "__main__":
    anyio.run(main)
