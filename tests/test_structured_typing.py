"""What type checkers reject in code that uses parsed results: the parsed type is narrowed
(``ParsedChatCompletion[Answer]``), optional until checked, and not another type."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

SNIPPET = """
from pydantic import BaseModel
from poe_sdk import AsyncPoeClient, PoeClient


class Answer(BaseModel):
    score: int


class Other(BaseModel):
    name: str


async def main(client: AsyncPoeClient, sync: PoeClient) -> None:
    completion = await client.chat.completions.parse(model="m", messages=[], response_format=Answer)
    completion.choices[0].message.parsed.score  # line 16: may be None
    other: Other | None = completion.choices[0].message.parsed  # line 17: not an Other
    text: str = sync.responses.parse(model="m", input="x", text_format=Answer).output_parsed  # 18
    await client.chat.completions.parse(model="m", messages=[], respons_format=Answer)  # 19
    sync.chat.completions.parse(model="m", messages=[], response_format=Answer, stream=True)  # 20
"""

REJECTED_LINES = {16, 17, 18, 19, 20}


def diagnostics(tmp_path: Path) -> dict[int, list[str]]:
    source = tmp_path / "misused.py"
    source.write_text(SNIPPET)
    result = subprocess.run(
        [sys.executable, "-m", "pyright", "--outputjson", str(source)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    found: dict[int, list[str]] = {}
    for d in json.loads(result.stdout)["generalDiagnostics"]:
        if d["severity"] == "error":
            found.setdefault(d["range"]["start"]["line"] + 1, []).append(d["message"])
    return found


def test_pyright_rejects_misused_parsed_results(tmp_path: Path) -> None:
    found = diagnostics(tmp_path)
    assert set(found) == REJECTED_LINES, found
    assert any("None" in m for m in found[16]), found[16]
    assert any('"respons_format"' in m for m in found[19]), found[19]


def test_mypy_rejects_misused_parsed_results(tmp_path: Path) -> None:
    source = tmp_path / "misused.py"
    source.write_text(SNIPPET)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(source)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    lines = {
        int(line.split(":")[1])
        for line in result.stdout.splitlines()
        if ": error:" in line and line.startswith(str(source))
    }
    assert lines == REJECTED_LINES, result.stdout
