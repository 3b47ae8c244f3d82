"""Bounded decompression of reply bodies (no I/O, no event loop).

httpx's decoders inflate a whole network read at once: a 1.6 KB brotli body of zeros becomes
1 GiB in one call, before any limit is looked at. These decoders hand out their output in
pieces of at most :data:`PIECE_BYTES`, produced only as they are asked for, so a reader that
counts bytes against ``ResponseLimits`` stops a bomb after holding its limit plus one piece.

Every encoding the client advertises (:func:`accept_encoding`) has a bounded decoder here:
``gzip`` and ``deflate`` always (zlib), ``br`` when ``brotli`` or ``brotlicffi`` >= 1.2
(``output_buffer_limit``) is installed, ``zstd`` when ``compression.zstd`` (Python 3.14) or
``backports.zstd`` is. An encoding without one (``zstd`` with only the ``zstandard``
package, whose decoder has no output bound) is neither asked for nor decoded: like an
encoding httpx does not know, its bytes are handed over as they came.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Protocol

import httpx

__all__ = ["PIECE_BYTES", "BodyDecoder", "accept_encoding", "body_decoder"]

PIECE_BYTES = 64 * 1024
"""The most one step of a decoder hands out."""


class _Stage(Protocol):
    def decode(self, data: bytes) -> Iterator[bytes]: ...

    def flush(self) -> Iterator[bytes]: ...


class _Zlib:
    """``gzip`` (``wbits=31``) or ``deflate``: zlib-wrapped as RFC 9110 says, or raw deflate
    as some servers send it (tried when the first bytes are not a zlib header, as httpx does)."""

    def __init__(self, wbits: int) -> None:
        self._decompressor = zlib.decompressobj(wbits)
        self._raw_fallback = wbits == zlib.MAX_WBITS

    def decode(self, data: bytes) -> Iterator[bytes]:
        if not data:  # Nothing to add: what the last step left out is handed out already.
            return
        while True:
            try:
                piece = self._decompressor.decompress(data, PIECE_BYTES)
            except zlib.error as exc:
                if not self._raw_fallback:
                    raise httpx.DecodingError(str(exc)) from exc
                self._raw_fallback = False
                self._decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
                continue
            self._raw_fallback = False
            data = self._decompressor.unconsumed_tail
            if piece:
                yield piece
            if not data and len(piece) < PIECE_BYTES:
                return

    def flush(self) -> Iterator[bytes]:
        try:
            rest = self._decompressor.flush()
        except zlib.error as exc:  # pragma: no cover - flush after decompress never fails
            raise httpx.DecodingError(str(exc)) from exc
        for at in range(0, len(rest), PIECE_BYTES):
            yield rest[at : at + PIECE_BYTES]


class _Brotli:
    """``br``. The output limit is rounded up to brotli's first output block (32 KiB), so
    it is set below it: each piece is one block."""

    def __init__(self, module: Any) -> None:
        self._error: type[Exception] = module.error
        self._decompressor = module.Decompressor()

    def decode(self, data: bytes) -> Iterator[bytes]:
        if not data:
            return
        decompressor = self._decompressor
        try:
            piece: bytes = decompressor.process(data, output_buffer_limit=_BROTLI_LIMIT)
            # More output may be due (``can_accept_more_data()`` does not tell): ask until
            # none comes, before any more input is given.
            while piece:
                yield piece
                if decompressor.is_finished():
                    return
                piece = decompressor.process(b"", output_buffer_limit=_BROTLI_LIMIT)
        except self._error as exc:
            raise httpx.DecodingError(str(exc)) from exc

    def flush(self) -> Iterator[bytes]:
        return iter(())


_BROTLI_LIMIT = PIECE_BYTES // 4


class _Zstd:
    """``zstd``: one frame after another (a body may hold several, as httpx reads them)."""

    def __init__(self, module_name: str) -> None:
        self._module = module = importlib.import_module(module_name)
        self._decompressor = module.ZstdDecompressor()
        self._started = False

    def decode(self, data: bytes) -> Iterator[bytes]:
        while True:
            decompressor = self._decompressor
            if decompressor.eof:  # the next frame
                self._decompressor = decompressor = self._module.ZstdDecompressor()
                self._started = False
            if not data and decompressor.needs_input:
                return
            self._started = True
            try:
                piece: bytes = decompressor.decompress(data, PIECE_BYTES)
            except self._module.ZstdError as exc:
                raise httpx.DecodingError(str(exc)) from exc
            data = decompressor.unused_data if decompressor.eof else b""
            if piece:
                yield piece

    def flush(self) -> Iterator[bytes]:
        if self._started and not self._decompressor.eof:
            raise httpx.DecodingError("Zstandard data is incomplete")
        return iter(())


class BodyDecoder:
    """The decoders of a ``Content-Encoding`` list, last applied first; each step's output
    is fed to the next a piece at a time, so no step holds more than a piece of output."""

    def __init__(self, stages: Sequence[_Stage]) -> None:
        self._stages = stages

    def decode(self, data: bytes) -> Iterator[bytes]:
        """The decompressed pieces of ``data`` (each at most :data:`PIECE_BYTES`)."""
        return self._through(0, (data,), final=False)

    def flush(self) -> Iterator[bytes]:
        """What is left once the body ended (raises ``httpx.DecodingError`` when a format
        knows its data is incomplete)."""
        return self._through(0, (), final=True)

    def _through(self, index: int, inputs: Iterable[bytes], *, final: bool) -> Iterator[bytes]:
        if index == len(self._stages):
            yield from inputs
            return
        stage = self._stages[index]

        def outputs() -> Iterator[bytes]:
            for data in inputs:
                yield from stage.decode(data)
            if final:
                yield from stage.flush()

        yield from self._through(index + 1, outputs(), final=final)


def body_decoder(content_encoding: str) -> BodyDecoder | None:
    """The decoder for a ``Content-Encoding`` header's value, or ``None`` when there is
    nothing this client decodes in it (``identity``, or only encodings it does not know)."""
    factories = _factories()
    stages = [
        factories[name]()
        for name in reversed([part.strip().lower() for part in content_encoding.split(",")])
        if name in factories
    ]
    return BodyDecoder(stages) if stages else None


def accept_encoding() -> str:
    """The ``Accept-Encoding`` value: every encoding this client decodes with bounded output."""
    return ", ".join(_factories())


@functools.cache
def _factories() -> dict[str, Callable[[], _Stage]]:
    """The decoders available in this process (their modules imported on first use)."""
    factories: dict[str, Callable[[], _Stage]] = {
        "gzip": functools.partial(_Zlib, zlib.MAX_WBITS | 16),
        "deflate": functools.partial(_Zlib, zlib.MAX_WBITS),
    }
    brotli = _first_module("brotli", "brotlicffi", has="can_accept_more_data")  # >= 1.2
    if brotli is not None:
        factories["br"] = functools.partial(_Brotli, brotli)
    # Found, not imported (~0.6 MB) until a reply is compressed with it; both bound output.
    zstd = next(filter(_found, ("compression.zstd", "backports.zstd")), None)
    if zstd is not None:
        factories["zstd"] = functools.partial(_Zstd, zstd)
    return factories


def _found(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ImportError:  # its parent package is missing
        return False


def _first_module(*names: str, has: str) -> Any:
    """The first of ``names`` that imports and whose ``Decompressor`` has the method ``has``."""
    for name in names:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        if hasattr(getattr(module, "Decompressor", None), has):
            return module
    return None
