"""What a type checker tells a user who misspells an argument: the argument's name."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

SNIPPET = """
from poe_sdk import AsyncPoeClient, PoeClient


async def main(client: AsyncPoeClient, sync: PoeClient) -> None:
    await client.chat.completions.create(model="m", messages=[], temprature=1.0)
    sync.chat.completions.create(model="m", messages=[], stream=True, temprature=1.0)
    await client.responses.create(model="m", input="hi", max_output_token=5)
"""


def test_pyright_names_a_misspelled_keyword(tmp_path: Path) -> None:
    source = tmp_path / "misspelled.py"
    source.write_text(SNIPPET)
    result = subprocess.run(
        [sys.executable, "-m", "pyright", "--outputjson", str(source)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    report = json.loads(result.stdout)
    diagnostics = report["generalDiagnostics"]
    messages = [d["message"] for d in diagnostics]
    for name in ("temprature", "max_output_token"):
        assert any(f'parameter "{name}" of type "UnknownArgument"' in m for m in messages), messages
    lines = {d["range"]["start"]["line"] for d in diagnostics if "UnknownArgument" in d["message"]}
    assert len(lines) == 3, messages  # each of the three calls names its misspelled keyword
    first_call = min(lines)
    assert not any(
        "No overloads" in d["message"]
        for d in diagnostics
        if d["range"]["start"]["line"] == first_call
    ), messages
