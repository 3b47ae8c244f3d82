"""README's first command: the offline demo runs every example against the local server."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parent.parent / "examples" / "demo.py"


@pytest.fixture(scope="module")
def demo() -> subprocess.CompletedProcess[str]:
    """One run of the demo, as ``make demo`` runs it (from the repository's root)."""
    env = {k: v for k, v in os.environ.items() if k not in ("POE_API_KEY", "POE_BASE_URL")}
    return subprocess.run(
        [sys.executable, "-W", "error", str(DEMO)],
        cwd=DEMO.parent.parent,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def test_the_offline_demo_runs_every_example(demo: subprocess.CompletedProcess[str]) -> None:
    result = demo
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Echo: Top 3 things to do in NYC?" in out
    assert "Echo: Tell me about San Francisco" in out
    assert "model called get_weather({'location': 'Paris'})" in out
    assert "file 'doc.pdf' (application/pdf" in out
    assert "balance: 1,000,000 points" in out
    assert "Claude-Sonnet-4: 2.6 USD per million input tokens" in out
    assert "video: video-" in out
    assert "video_local_000001: in_progress 50%\n" in out
    assert "saved 4,096 bytes to lighthouse.mp4" in out
    assert "failed as the local server was told: code='video_generation_failed'" in out
    assert "image/webp, 4096 bytes" in out
    assert "Echo: And who runs it? (turn 2)" in out
    assert 'The tool get_weather returned: {"location": "Paris", "temperature": 22}' in out
    assert "structured: {'name': 'Lyon'}" in out
    assert "Echo: What are the top 3 things to do in NYC?\nstop_reason end_turn" in out
    assert "Echo: Stream a haiku\nClaude called get_weather({'city': 'Paris'})" in out
    assert "Echo: Stream this, please\nstatus completed, " in out
    assert "parsed: City(name='Lyon', country='Lyon', population=0)" in out
    assert "fields received while streaming: [] ... ['country', 'name', 'population']" in out
    assert 'get_weather returned: {"city": "Paris", "temperature": 22} (2 model calls)' in out
    assert "first page: 20 entries, more: True" in out
    assert "45 entries in 5 pages of up to 10" in out
    assert "bot DemoBot: my-model, 128,000\nits endpoint key: never read back" in out
    assert "create again: 409, the handle is taken\nbots left: []" in out
    assert "Retrying POST /v1/chat/completions (attempt 2 of 3)" in out
    assert "=== Poe's quickstart example (examples/sync_quickstart.py) ===" in out
    assert "status 200 after 1 retry, request id req_" in out
    assert out.rstrip().endswith("Done.")
    assert result.stderr == ""


def test_the_demo_ends_saying_what_it_showed_where_its_code_is_and_what_next(
    demo: subprocess.CompletedProcess[str],
) -> None:
    result = demo
    assert result.returncode == 0, result.stderr
    summary = result.stdout.split("=== What this showed ===", 1)[1]
    assert "An echo server stood in for Poe" in summary
    assert "poe_sdk.testing.LocalServer on\nthis machine (http://127.0.0.1:" in summary
    # Where the code is: every section's heading names its file, and the summary the folder.
    headings = re.findall(r"^=== .* \((examples/\w+\.py)\) ===$", result.stdout, re.MULTILINE)
    assert len(headings) == len(re.findall(r"^ +section\(", DEMO.read_text(), re.MULTILINE)) >= 9
    assert all((DEMO.parent.parent / path).is_file() for path in headings)
    assert (
        "The code: examples/ (one file per section above; this script is examples/demo.py)"
        in summary
    )
    # What to try next: commands that exist after `make demo`.
    assert ".venv/bin/python examples/sync_quickstart.py" in summary
    assert '.venv/bin/poe-sdk chat -m Claude-Sonnet-4 "Hi"' in summary
    assert ".venv/bin/poe-sdk serve" in summary
    assert '"Testing your code" in README.md' in summary
    assert "## Testing your code" in (DEMO.parent.parent / "README.md").read_text()
    assert "make docs builds the site into site/" in summary


def test_make_demo_installs_only_the_package_and_its_testing_extra() -> None:
    # A dry run (-n) of every step (-B) in a fresh state: nothing is executed.
    result = subprocess.run(
        ["make", "-n", "-B", "-C", str(DEMO.parent.parent), "demo"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    installs = [line for line in result.stdout.splitlines() if " install " in line]
    assert installs == [installs[0]]
    assert installs[0].endswith("install -e '.[testing]'")
    assert "--group" not in result.stdout
    assert "--upgrade" not in result.stdout
