"""The clients under test, behind one small interface each (async and sync).

Every adapter sends the same request (model, two messages, ``max_tokens``) to the bench
server and does the least work its library allows to get at the result: the SDKs build their
typed objects, the bare httpx floor parses JSON with :func:`json.loads` (streams:
``aiter_lines``/``iter_lines`` + :func:`json.loads` per ``data:`` line).

Third-party libraries are imported inside the factories, so a process imports only what it
measures (the footprint children rely on this).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Protocol

MODEL = "bench-model"
MESSAGES: list[dict[str, str]] = [
    {"role": "system", "content": "You are a terse assistant used by a benchmark."},
    {"role": "user", "content": "Say hello."},
]
REPLY_TOKENS = 16
API_KEY = "sk-bench"
# Enough connections for the 1,000-request footprint run; the SDKs' own defaults are 1,000.
MAX_CONNECTIONS = 1000


class AsyncAdapter(Protocol):
    """What an async scenario drives."""

    async def complete(self) -> str | None:
        """One non-streaming request; the reply's text."""

    async def stream(self, chunks: int) -> int:
        """One streamed request of ``chunks`` chunks, read to the end; the chunks received."""

    async def aclose(self) -> None:
        """Release the client."""


class SyncAdapter(Protocol):
    """What a sync scenario drives."""

    def complete(self) -> str | None:
        """One non-streaming request; the reply's text."""

    def stream(self, chunks: int) -> int:
        """One streamed request of ``chunks`` chunks, read to the end; the chunks received."""

    def close(self) -> None:
        """Release the client."""


def _body(stream: bool, chunks: int = REPLY_TOKENS) -> dict[str, Any]:
    body: dict[str, Any] = {"model": MODEL, "messages": MESSAGES, "max_tokens": chunks}
    if stream:
        body["stream"] = True
    return body


def _httpx_limits() -> Any:
    import httpx

    return httpx.Limits(max_connections=MAX_CONNECTIONS, max_keepalive_connections=100)


# --- poe-sdk -------------------------------------------------------------------------------


class PoeAsync:
    """``poe_sdk.AsyncPoeClient``, optionally over a given ``httpx.AsyncClient``."""

    def __init__(self, base_url: str, http_client: Any = None) -> None:
        from poe_sdk import AsyncPoeClient

        self._http = http_client
        self._client = AsyncPoeClient(api_key=API_KEY, base_url=base_url, http_client=http_client)
        self._create = self._client.chat.completions.create

    async def complete(self) -> str | None:
        reply = await self._create(model=MODEL, messages=MESSAGES, max_tokens=REPLY_TOKENS)
        return reply.choices[0].message.content

    async def stream(self, chunks: int) -> int:
        count = 0
        stream = await self._create(model=MODEL, messages=MESSAGES, max_tokens=chunks, stream=True)
        async with stream:
            async for _ in stream:
                count += 1
        return count

    async def aclose(self) -> None:
        await self._client.close()
        if self._http is not None:
            await self._http.aclose()


def poe_async_httpcore(base_url: str) -> PoeAsync:
    """``AsyncPoeClient(http_client=httpx.AsyncClient(...))``: poe-sdk over httpx's own
    transport (httpcore's pool), the default before aiohttp's pool replaced it on asyncio."""
    import httpx

    from poe_sdk import DEFAULT_TIMEOUT

    http = httpx.AsyncClient(limits=_httpx_limits(), timeout=DEFAULT_TIMEOUT)
    return PoeAsync(base_url, http_client=http)


class PoeSync:
    """``poe_sdk.PoeClient`` (the sync facade over the async core on a loop thread)."""

    def __init__(self, base_url: str, http_client: Any = None) -> None:
        from poe_sdk import PoeClient

        self._client = PoeClient(api_key=API_KEY, base_url=base_url, http_client=http_client)
        self._create = self._client.chat.completions.create

    def complete(self) -> str | None:
        reply = self._create(model=MODEL, messages=MESSAGES, max_tokens=REPLY_TOKENS)
        return reply.choices[0].message.content

    def stream(self, chunks: int) -> int:
        count = 0
        with self._create(model=MODEL, messages=MESSAGES, max_tokens=chunks, stream=True) as s:
            for _ in s:
                count += 1
        return count

    def close(self) -> None:
        self._client.close()


def poe_sync_httpcore(base_url: str) -> PoeSync:
    """``PoeClient(http_client=httpx.AsyncClient(...))``: the facade over httpcore's pool."""
    import httpx

    from poe_sdk import DEFAULT_TIMEOUT

    http = httpx.AsyncClient(limits=_httpx_limits(), timeout=DEFAULT_TIMEOUT)
    return PoeSync(base_url, http_client=http)


# --- openai --------------------------------------------------------------------------------


class OpenAIAsync:
    """``openai.AsyncOpenAI`` with its defaults (retries, timeouts, connection limits)."""

    def __init__(self, base_url: str) -> None:
        from openai import AsyncOpenAI

        self._client = AsyncOpenAI(api_key=API_KEY, base_url=base_url)
        self._create = self._client.chat.completions.create

    async def complete(self) -> str | None:
        reply = await self._create(model=MODEL, messages=MESSAGES, max_tokens=REPLY_TOKENS)
        return reply.choices[0].message.content

    async def stream(self, chunks: int) -> int:
        count = 0
        stream = await self._create(model=MODEL, messages=MESSAGES, max_tokens=chunks, stream=True)
        async with stream:
            async for _ in stream:
                count += 1
        return count

    async def aclose(self) -> None:
        await self._client.close()


class OpenAISync:
    """``openai.OpenAI`` with its defaults."""

    def __init__(self, base_url: str) -> None:
        from openai import OpenAI

        self._client = OpenAI(api_key=API_KEY, base_url=base_url)
        self._create = self._client.chat.completions.create

    def complete(self) -> str | None:
        reply = self._create(model=MODEL, messages=MESSAGES, max_tokens=REPLY_TOKENS)
        return reply.choices[0].message.content

    def stream(self, chunks: int) -> int:
        count = 0
        with self._create(model=MODEL, messages=MESSAGES, max_tokens=chunks, stream=True) as s:
            for _ in s:
                count += 1
        return count

    def close(self) -> None:
        self._client.close()


# --- bare httpx (the floor) ----------------------------------------------------------------


class HttpxAsync:
    """Bare ``httpx.AsyncClient``: post JSON, ``json.loads`` the body or each ``data:`` line."""

    def __init__(self, base_url: str, http_client: Any = None) -> None:
        import httpx

        self._url = base_url.rstrip("/") + "/chat/completions"
        self._client = http_client or httpx.AsyncClient(limits=_httpx_limits())
        self._headers = {"Authorization": f"Bearer {API_KEY}"}

    async def complete(self) -> str | None:
        response = await self._client.post(self._url, json=_body(False), headers=self._headers)
        response.raise_for_status()
        content: str | None = json.loads(response.content)["choices"][0]["message"]["content"]
        return content

    async def stream(self, chunks: int) -> int:
        count = 0
        body = _body(True, chunks)
        async with self._client.stream("POST", self._url, json=body, headers=self._headers) as r:
            r.raise_for_status()
            async for line in r.aiter_lines():
                if line.startswith("data: "):
                    data = line[6:]
                    if data != "[DONE]":
                        json.loads(data)
                        count += 1
        return count

    async def aclose(self) -> None:
        await self._client.aclose()


class HttpxSync:
    """Bare ``httpx.Client``: post JSON, ``json.loads`` the body or each ``data:`` line."""

    def __init__(self, base_url: str) -> None:
        import httpx

        self._url = base_url.rstrip("/") + "/chat/completions"
        self._client = httpx.Client(limits=_httpx_limits())
        self._headers = {"Authorization": f"Bearer {API_KEY}"}

    def complete(self) -> str | None:
        response = self._client.post(self._url, json=_body(False), headers=self._headers)
        response.raise_for_status()
        content: str | None = json.loads(response.content)["choices"][0]["message"]["content"]
        return content

    def stream(self, chunks: int) -> int:
        count = 0
        body = _body(True, chunks)
        with self._client.stream("POST", self._url, json=body, headers=self._headers) as r:
            r.raise_for_status()
            for line in r.iter_lines():
                if line.startswith("data: "):
                    data = line[6:]
                    if data != "[DONE]":
                        json.loads(data)
                        count += 1
        return count

    def close(self) -> None:
        self._client.close()


# --- registry ------------------------------------------------------------------------------

POE = "poe-sdk"
POE_HTTPCORE = "poe-sdk+httpcore"
OPENAI = "openai"
HTTPX = "httpx"

ASYNC_CLIENTS: dict[str, Callable[[str], AsyncAdapter]] = {
    POE: PoeAsync,
    OPENAI: OpenAIAsync,
    HTTPX: HttpxAsync,
    POE_HTTPCORE: poe_async_httpcore,
}
"""Async adapters by name; each factory takes the server's base URL (``.../v1``)."""

SYNC_CLIENTS: dict[str, Callable[[str], SyncAdapter]] = {
    POE: PoeSync,
    POE_HTTPCORE: poe_sync_httpcore,
    OPENAI: OpenAISync,
    HTTPX: HttpxSync,
}
"""Sync adapters by name."""

FLOOR = HTTPX
"""The raw floor every ratio is taken against."""
