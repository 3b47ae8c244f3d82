"""Every Python example of README.md and docs/*.md runs, against the local server.

The blocks of one page run in order in one namespace, as a reader would paste them, with
``POE_API_KEY`` and ``POE_BASE_URL`` pointing at a ``LocalServer`` (so examples that read the
key from the environment reach it) and the working directory holding the files the examples
attach (``doc.pdf``, ``chart.png``, ``speech.wav``, ``company-ca.pem``). A block that uses
``await`` at top level runs in an event loop and finds ``client`` bound to an
``AsyncPoeClient``; any other block finds it bound to a ``PoeClient`` (a block that creates its
own ``client`` uses that).
Blocks whose first line names a file (``# conftest.py``) are project files, run by
tests/test_readme.py as pytest runs them.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import gc
import inspect
import io
import re
import shutil
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import certifi
import pytest

from poe_sdk import AsyncPoeClient, PoeClient
from poe_sdk.testing import LocalServer

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("**/*.md"))]
KEY = "sk-docs-examples"
FENCE = re.compile(r"^( *)```python\n(.*?)^\1```", re.DOTALL | re.MULTILINE)


@dataclass
class Example:
    """One ``python`` block: its code and the line of the page it starts on."""

    page: Path
    line: int
    code: str

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def examples(page: Path) -> list[Example]:
    """The runnable Python blocks of ``page`` (dedented; project files left out)."""
    text = page.read_text()
    found = []
    for match in FENCE.finditer(text):
        indent, body = match.group(1), match.group(2)
        code = "\n".join(line.removeprefix(indent) for line in body.splitlines())
        if re.match(r"# [\w/.]+\.py\n", code):
            continue
        found.append(Example(page, text.count("\n", 0, match.start()) + 2, code))
    return found


def png() -> bytes:
    """A 1x1 PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def wav() -> bytes:
    """A silent WAV file of 10 samples."""
    data = b"\x00\x00" * 10
    fmt = struct.pack("<HHIIHH", 1, 1, 8000, 16000, 2, 16)
    return (
        b"RIFF"
        + struct.pack("<I", 36 + len(data))
        + b"WAVEfmt "
        + struct.pack("<I", 16)
        + fmt
        + b"data"
        + struct.pack("<I", len(data))
        + data
    )


def awaits(tree: ast.Module) -> bool:
    """Whether a block uses ``await``, ``async for`` or ``async with`` at top level."""
    top_level = (ast.Await, ast.AsyncFor, ast.AsyncWith)
    scopes = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)

    def visit(node: ast.AST) -> bool:
        if isinstance(node, top_level):
            return True
        return any(
            visit(child) for child in ast.iter_child_nodes(node) if not isinstance(child, scopes)
        )

    return visit(tree)


def run(example: Example, namespace: dict[str, Any], clients: dict[str, Any]) -> None:
    """Run one block in ``namespace``, with ``client`` bound as the module docstring says."""
    tree = ast.parse(example.code, filename=example.where)
    asynchronous = awaits(tree)
    namespace["client"] = clients["async" if asynchronous else "sync"]
    flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT if asynchronous else 0
    # dont_inherit: this module's ``from __future__ import annotations`` would make a pasted
    # pydantic model's annotations strings that pydantic cannot resolve in ``namespace``.
    code = compile(tree, example.where, "exec", flags=flags, dont_inherit=True)
    if asynchronous:
        result = eval(code, namespace)
        if inspect.iscoroutine(result):
            asyncio.run(result)
    else:
        exec(code, namespace)


WITH_EXAMPLES = [page for page in PAGES if examples(page)]


def test_the_guides_have_examples() -> None:
    counts = {page.name: len(examples(page)) for page in PAGES}
    assert counts["README.md"] >= 10
    assert sum(counts.values()) >= 40, counts


@pytest.mark.parametrize(
    "page", WITH_EXAMPLES, ids=[str(p.relative_to(ROOT)) for p in WITH_EXAMPLES]
)
def test_every_example_runs(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = examples(page)
    (tmp_path / "doc.pdf").write_bytes(
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    )
    (tmp_path / "chart.png").write_bytes(png())
    (tmp_path / "speech.wav").write_bytes(wav())
    shutil.copy(certifi.where(), tmp_path / "company-ca.pem")  # README: Proxies and TLS
    monkeypatch.chdir(tmp_path)
    with LocalServer(api_key=KEY) as server:
        monkeypatch.setenv("POE_API_KEY", KEY)
        monkeypatch.setenv("POE_BASE_URL", server.base_url)
        clients: dict[str, Any] = {"sync": PoeClient(), "async": AsyncPoeClient()}
        namespace: dict[str, Any] = {"__name__": "__docs__"}
        try:
            for example in blocks:
                try:
                    with contextlib.redirect_stdout(io.StringIO()):
                        run(example, namespace, clients)
                except Exception as exc:
                    pytest.fail(f"the example at {example.where} raised {exc!r}\n{example.code}")
        finally:
            clients["sync"].close()
            asyncio.run(clients["async"].close())
            namespace.clear()
            gc.collect()  # what the examples left open warns here, not in a later test
