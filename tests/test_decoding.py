"""The bounded decoders of compressed bodies, without an event loop (issue 21, item 3)."""

from __future__ import annotations

import gzip
import importlib
import tracemalloc
import zlib
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

from poe_sdk import AsyncPoeClient
from poe_sdk._http.decoding import PIECE_BYTES, accept_encoding, body_decoder
from support import API_KEY, BASE_URL, USER_MESSAGES, completion_json

DATA = b"The quick brown fox. " * 20_000 + bytes(range(256)) * 300


def _module(*names: str) -> Any:
    for name in names:
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    return None


brotli = _module("brotli")
zstd = _module("compression.zstd", "backports.zstd")

COMPRESSORS: dict[str, Callable[[bytes], bytes]] = {
    "gzip": lambda data: gzip.compress(data, compresslevel=6),
    "deflate": zlib.compress,
}
if brotli is not None:
    COMPRESSORS["br"] = lambda data: bytes(brotli.compress(data, quality=5))
if zstd is not None:
    COMPRESSORS["zstd"] = lambda data: bytes(zstd.compress(data))


def _decode(encoding: str, body: bytes, step: int) -> list[bytes]:
    decoder = body_decoder(encoding)
    assert decoder is not None
    pieces: list[bytes] = []
    for at in range(0, len(body), step):
        pieces += decoder.decode(body[at : at + step])
    pieces += decoder.flush()
    return pieces


@pytest.mark.parametrize("step", [1, 7, 4096, 1 << 30], ids=["1", "7", "4096", "whole"])
@pytest.mark.parametrize("encoding", sorted(COMPRESSORS))
def test_every_encoding_round_trips_however_the_body_is_split(encoding: str, step: int) -> None:
    if step == 1 and encoding in ("gzip", "deflate"):
        step = 3  # byte by byte is slow for no more coverage
    pieces = _decode(encoding, COMPRESSORS[encoding](DATA), step)
    assert b"".join(pieces) == DATA
    assert all(0 < len(piece) <= PIECE_BYTES for piece in pieces)


def test_the_advertised_encodings_are_the_decoded_ones() -> None:
    advertised = [name.strip() for name in accept_encoding().split(",")]
    assert advertised == sorted(COMPRESSORS, key=["gzip", "deflate", "br", "zstd"].index)
    for name in advertised:
        assert body_decoder(name) is not None


@pytest.mark.parametrize("encoding", sorted(COMPRESSORS))
def test_a_bomb_is_inflated_only_as_its_pieces_are_asked_for(encoding: str) -> None:
    bomb = COMPRESSORS[encoding](bytes(16 * 1024 * 1024))
    decoder = body_decoder(encoding)
    assert decoder is not None
    tracemalloc.start()
    try:
        pieces = decoder.decode(bomb)
        taken = sum(len(next(pieces)) for _ in range(16))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert taken <= 16 * PIECE_BYTES
    assert peak < 4 * (PIECE_BYTES + len(bomb)), f"traced peak {peak} bytes"  # not 16 MiB


def test_raw_deflate_is_read_too() -> None:
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    body = raw.compress(DATA) + raw.flush()
    assert b"".join(_decode("deflate", body, 1000)) == DATA


def test_encodings_are_undone_last_first_and_unknown_ones_skipped() -> None:
    body = zlib.compress(gzip.compress(DATA))
    assert b"".join(_decode("gzip, deflate", body, 5000)) == DATA
    assert b"".join(_decode("GZIP , x-unknown", gzip.compress(DATA), 5000)) == DATA
    assert body_decoder("identity") is None
    assert body_decoder("x-unknown, compress") is None


@pytest.mark.parametrize("encoding", sorted(COMPRESSORS))
def test_a_corrupt_body_is_a_decoding_error(encoding: str) -> None:
    with pytest.raises(httpx.DecodingError):
        _decode(encoding, b"\xff\xfe not compressed " * 100, 4096)


@pytest.mark.skipif(zstd is None, reason="no zstd package installed")
def test_zstd_frames_follow_each_other_and_a_cut_frame_is_an_error() -> None:
    body = zstd.compress(DATA) + zstd.compress(b"tail")
    assert b"".join(_decode("zstd", body, 999)) == DATA + b"tail"
    with pytest.raises(httpx.DecodingError, match="incomplete"):
        _decode("zstd", zstd.compress(DATA)[:-10], 999)


@pytest.mark.anyio
async def test_a_client_asks_for_the_decoded_encodings_unless_told_otherwise(
    router: respx.MockRouter,
) -> None:
    route = router.post("/chat/completions").respond(json=completion_json())
    for default_headers, expected in (({}, accept_encoding()), ({"accept-encoding": "br"}, "br")):
        async with AsyncPoeClient(
            api_key=API_KEY, base_url=BASE_URL, default_headers=default_headers
        ) as client:
            await client.chat.completions.create(model="m", messages=USER_MESSAGES)
        sent = route.calls.last.request.headers.get_list("accept-encoding")
        assert sent == [expected]
