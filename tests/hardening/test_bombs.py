"""Decompression bombs: a small compressed body that inflates to far more than the client's
limits stops at the limit, with memory bounded as the body is inflated (issue 21, item 3).

Each bomb is 128 MiB of zeros compressed with one encoding the client advertises (gzip 130 KB,
deflate 130 KB, br 200 bytes, zstd 4 KB). Before the fix httpx's decoders inflated a whole network
read at once: up to 64 MiB per read for gzip, the whole 128 MiB (1 GiB for a 1.6 KB body) for br.
"""

from __future__ import annotations

import functools
import gzip
import importlib
import zlib
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest

import poe_sdk
from poe_sdk import ResponseLimits, ResponseTooLargeError
from poe_sdk._http.decoding import PIECE_BYTES, accept_encoding
from support import chunk_json

from . import raw_servers as raw
from .checks import MODEL, TracedPeak, async_client, sync_client, user

MB = 1024 * 1024
LIMITS = ResponseLimits(max_body_bytes=2 * MB, max_event_bytes=2 * MB)
BOMB_BYTES = 128 * MB
ENCODINGS = ["gzip", "deflate", "br", "zstd"]
# What an encoding needs: None for zlib (always there), else modules that can decode it.
NEEDS: dict[str, tuple[str, ...]] = {
    "br": ("brotli",),
    "zstd": ("compression.zstd", "backports.zstd"),
}


def _module(encoding: str) -> Any:
    """The compressor of ``encoding`` in this process, or ``None``."""
    for name in NEEDS[encoding]:
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    return None


@functools.cache
def bomb(encoding: str) -> bytes:
    zeros = bytes(BOMB_BYTES)
    if encoding == "gzip":
        return gzip.compress(zeros, compresslevel=6)
    if encoding == "deflate":
        return zlib.compress(zeros, 6)
    module = _module(encoding)
    if encoding == "br":
        return bytes(module.compress(zeros, quality=5))
    return bytes(module.compress(zeros))


def _encoding_or_skip(encoding: str) -> None:
    """Skip an encoding this process cannot decode with bounded output, after checking that
    the client does not ask for it."""
    advertised = [name.strip() for name in accept_encoding().split(",")]
    if encoding in NEEDS and _module(encoding) is None:
        assert encoding not in advertised
        pytest.skip(f"no package for {encoding} installed, and the client does not ask for it")
    assert encoding in advertised


def _bomb_reply(conn: raw.Conn, request: raw.RawRequest) -> bool:
    """Zeros compressed as the user message names; a stream when one was asked for."""
    encoding = raw.last_user_text(request)
    if encoding == "warm":
        return raw.echo(conn, request)
    content_type = "text/event-stream" if raw.wants_stream(request) else "application/json"
    return conn.send_response(
        200, bomb(encoding), headers={"content-encoding": encoding}, content_type=content_type
    )


async def _call(client: poe_sdk.AsyncPoeClient, encoding: str, *, stream: bool) -> None:
    if not stream:
        await client.chat.completions.create(model=MODEL, messages=user(encoding))
        return
    async with await client.chat.completions.create(
        model=MODEL, messages=user(encoding), stream=True
    ) as chunks:
        async for _ in chunks:
            pass


def _sync_call(client: poe_sdk.PoeClient, encoding: str, *, stream: bool) -> None:
    if not stream:
        client.chat.completions.create(model=MODEL, messages=user(encoding))
        return
    with client.chat.completions.create(model=MODEL, messages=user(encoding), stream=True) as s:
        for _ in s:
            pass


def _check(caught: pytest.ExceptionInfo[ResponseTooLargeError], peak: int, stream: bool) -> None:
    assert caught.value.limit == ("max_event_bytes" if stream else "max_body_bytes")
    assert caught.value.limit_bytes == 2 * MB
    # The limit's bytes are held once (the parts read, or the event's line), plus a piece.
    assert peak < 2 * 2 * MB, f"traced peak {peak / MB:.1f} MB for a 2 MB limit"


@pytest.mark.anyio
@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
@pytest.mark.parametrize("given", [False, True], ids=["owned-client", "given-client"])
@pytest.mark.parametrize("encoding", ENCODINGS)
async def test_a_bomb_stops_at_the_limit_with_bounded_memory(
    encoding: str, given: bool, stream: bool
) -> None:
    _encoding_or_skip(encoding)
    bomb(encoding)
    with raw.api_server(lambda index: _bomb_reply) as server:
        http_client = httpx.AsyncClient() if given else None
        client = async_client(server.base_url, limits=LIMITS, http_client=http_client)
        await client.chat.completions.create(model=MODEL, messages=user("warm"))
        with TracedPeak() as peak, anyio.fail_after(20):
            with pytest.raises(ResponseTooLargeError) as caught:
                await _call(client, encoding, stream=stream)
        _check(caught, peak.delta, stream)
        assert len(server.requests) == 2  # not retried
        assert server.requests[-1].headers["accept-encoding"] == accept_encoding()
        await client.close()


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_a_bomb_stops_at_the_limit_through_the_sync_facade(encoding: str, stream: bool) -> None:
    _encoding_or_skip(encoding)
    bomb(encoding)
    with raw.api_server(lambda index: _bomb_reply) as server:
        client = sync_client(server.base_url, limits=LIMITS)
        client.chat.completions.create(model=MODEL, messages=user("warm"))
        with TracedPeak() as peak, pytest.raises(ResponseTooLargeError) as caught:
            _sync_call(client, encoding, stream=stream)
        _check(caught, peak.delta, stream)
        client.close()


def _compressed_reply(compress: Callable[[bytes], bytes], encoding: str) -> raw.Action:
    def action(conn: raw.Conn, request: raw.RawRequest) -> bool:
        text = raw.last_user_text(request)
        if raw.wants_stream(request):
            events = [raw.sse_event(chunk_json(piece)) for piece in ("Echo: ", text)]
            body = b"".join(events) + raw.DONE
            content_type = "text/event-stream"
        else:
            body, content_type = raw.completion_bytes(f"Echo: {text}"), "application/json"
        headers = {"content-encoding": encoding}
        return conn.send_response(200, compress(body), headers=headers, content_type=content_type)

    return action


@pytest.mark.anyio
@pytest.mark.parametrize("encoding", ENCODINGS)
async def test_a_compressed_reply_within_the_limits_arrives_whole(encoding: str) -> None:
    _encoding_or_skip(encoding)
    text = "z" * (3 * PIECE_BYTES) + "end"  # several pieces, split across network reads
    if encoding in ("gzip", "deflate"):
        compress = gzip.compress if encoding == "gzip" else zlib.compress
    else:
        compress = _module(encoding).compress
    with raw.api_server(lambda index: _compressed_reply(compress, encoding)) as server:
        client = async_client(server.base_url)
        reply = await client.chat.completions.create(model=MODEL, messages=user(text))
        assert reply.choices[0].message.content == "Echo: " + text
        pieces = []
        async with await client.chat.completions.create(
            model=MODEL, messages=user(text), stream=True
        ) as chunks:
            async for chunk in chunks:
                pieces.append(chunk.choices[0].delta.content or "")
            assert chunks.completed
        assert "".join(pieces) == "Echo: " + text
        await client.close()
