"""The README's pytest example, pasted as written into a fresh project, collects and passes."""

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


def test_the_pytest_example_collects_and_passes(tmp_path: Path) -> None:
    blocks = named_blocks()
    assert sorted(blocks) == ["conftest.py", "test_greeting.py"]
    for name, code in blocks.items():
        (tmp_path / name).write_text(code)
    env = {k: v for k, v in os.environ.items() if k not in ("POE_API_KEY", "POE_BASE_URL")}
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
