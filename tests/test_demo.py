"""README's first command: the offline demo runs every example against the local server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DEMO = Path(__file__).parent.parent / "examples" / "demo.py"


def test_the_offline_demo_runs_every_example() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("POE_API_KEY", "POE_BASE_URL")}
    result = subprocess.run(
        [sys.executable, "-W", "error", str(DEMO)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Echo: Top 3 things to do in NYC?" in out
    assert "Echo: Tell me about San Francisco" in out
    assert "model called get_weather({'location': 'Paris'})" in out
    assert "file 'doc.pdf' (application/pdf" in out
    assert "balance: 1,000,000 points" in out
    assert "Claude-Sonnet-4: 2.6 USD per million input tokens" in out
    assert "video: video-" in out
    assert "Echo: And who runs it? (turn 2)" in out
    assert 'The tool get_weather returned: {"location": "Paris", "temperature": 22}' in out
    assert "structured: {'name': 'Lyon'}" in out
    assert "Echo: Stream this, please\nstatus completed, " in out
    assert "parsed: City(name='Lyon', country='Lyon', population=0)" in out
    assert "fields received while streaming: [] ... ['country', 'name', 'population']" in out
    assert 'get_weather returned: {"city": "Paris", "temperature": 22} (2 model calls)' in out
    assert "first page: 20 entries, more: True" in out
    assert "45 entries in 5 pages of up to 10" in out
    assert "Retrying POST /v1/chat/completions (attempt 2 of 3)" in out
    assert "=== Poe's quickstart example ===" in out
    assert "status 200 after 1 retry, request id req_" in out
    assert out.rstrip().endswith("Done.")
    assert result.stderr == ""


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
