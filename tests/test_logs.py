"""``POE_LOG=debug|info`` turns on the SDK's logging on stderr without code (issue 26 item 8)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

from poe_sdk._logs import log_level

KEY = "sk-poe-log-secret-0123456789"
SCRIPT = f"""
from poe_sdk import PoeClient, RetryPolicy
from poe_sdk.testing import LocalServer, faults

with LocalServer(api_key={KEY!r}) as server:
    server.inject(faults.status(503), times=1)
    fast = RetryPolicy(initial_delay=0.01, jitter=0.0)
    client = PoeClient(api_key={KEY!r}, base_url=server.base_url, retry_policy=fast)
    client.chat.completions.create(model="m", messages=[{{"role": "user", "content": "hi"}}])
    client.close()
"""


def run(poe_log: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "POE_LOG"}
    if poe_log is not None:
        env["POE_LOG"] = poe_log
    return subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True
    )


def test_levels() -> None:
    assert log_level("debug") == logging.DEBUG
    assert log_level(" INFO ") == logging.INFO
    assert log_level("") is None
    assert log_level(None) is None
    assert log_level("verbose") is None


def test_poe_log_debug_logs_each_reply_on_stderr_without_the_key() -> None:
    result = run("debug")
    assert "POST /v1/chat/completions -> 503 in" in result.stderr
    assert "POST /v1/chat/completions -> 200 in" in result.stderr
    assert "(attempt 2 of 3)" in result.stderr
    assert "poe_sdk - DEBUG]" in result.stderr
    assert KEY not in result.stderr


def test_poe_log_info_logs_the_retry_only() -> None:
    result = run("info")
    assert "poe_sdk - INFO] Retrying POST /v1/chat/completions (attempt 2 of 3)" in result.stderr
    assert " -> 200 in" not in result.stderr
    assert KEY not in result.stderr


def test_without_poe_log_nothing_is_logged() -> None:
    assert "chat/completions" not in run(None).stderr


def test_an_unknown_value_is_pointed_out() -> None:
    result = run("verbose")
    assert "POE_LOG='verbose' is ignored: use POE_LOG=debug or POE_LOG=info" in result.stderr
