"""The README's named examples, pasted as written into a fresh project, run and pass."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def named_blocks() -> dict[str, str]:
    """The README's Python blocks whose first line names their file (``# conftest.py``)."""
    blocks = re.findall(r"```python\n# ([\w.]+\.py)\n(.*?)```", README, flags=re.DOTALL)
    return {name: code for name, code in blocks}


def test_the_named_examples_are_these() -> None:
    assert sorted(named_blocks()) == ["conftest.py", "structured_outputs.py", "test_greeting.py"]


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("POE_API_KEY", "POE_BASE_URL")}


def test_the_pytest_example_collects_and_passes(tmp_path: Path) -> None:
    blocks = named_blocks()
    for name in ("conftest.py", "test_greeting.py"):
        (tmp_path / name).write_text(blocks[name])
    env = clean_env()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_the_structured_outputs_example_runs(tmp_path: Path) -> None:
    script = tmp_path / "structured_outputs.py"
    script.write_text(named_blocks()["structured_outputs.py"])
    result = subprocess.run(
        [sys.executable, "-W", "error", str(script)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env=clean_env(),
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "title='Plan a trip to Lisbon' stops=[] budget=0.0"
    assert "so far: title='Plan a '" in lines  # a partial Trip, mid-stream
    assert "city='Plan a trip to Lisbon' nights=0" in lines  # the tool's parsed arguments
    assert (
        lines[-1] == "The tool get_weather returned: Sunny in Lisbon for 0 day(s) (2 model calls)"
    )
