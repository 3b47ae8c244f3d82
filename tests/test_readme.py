"""The pytest examples of README.md and docs/testing.md, pasted as written into a fresh project,
collect and pass."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = {
    "README.md": (["conftest.py", "test_greeting.py"], "1 passed"),
    "docs/testing.md": (["conftest.py", "test_chat.py"], "2 passed"),
}


def named_blocks(page: str) -> dict[str, str]:
    """The page's Python blocks whose first line names their file (``# conftest.py``)."""
    text = (ROOT / page).read_text()
    blocks = re.findall(r"```python\n# ([\w.]+\.py)\n(.*?)```", text, flags=re.DOTALL)
    return {name: code for name, code in blocks}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_the_pytest_example_collects_and_passes(page: str, tmp_path: Path) -> None:
    files, outcome = PAGES[page]
    blocks = named_blocks(page)
    assert sorted(blocks) == files
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
    assert outcome in result.stdout
