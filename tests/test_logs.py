"""``POE_LOG=debug|info`` turns on the SDK's logging on stderr without code (issue 26 item 8)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest

from poe_sdk._logs import log_level

KEY = "sk-poe-log-secret-0123456789"
SCRIPT = f"""
from poe_sdk import PoeClient
from poe_sdk.testing import LocalServer

with LocalServer(api_key={KEY!r}) as server:
    client = PoeClient(api_key={KEY!r}, base_url=server.base_url)
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


def test_poe_log_debug_logs_each_request_on_stderr_without_the_key() -> None:
    result = run("debug")
    assert "POST /v1/chat/completions -> 200 in" in result.stderr
    assert "poe_sdk - DEBUG]" in result.stderr
    assert KEY not in result.stderr


@pytest.mark.parametrize("value", [None, "info"])
def test_without_poe_log_debug_the_request_is_not_logged(value: str | None) -> None:
    assert "chat/completions" not in run(value).stderr


def test_an_unknown_value_is_pointed_out() -> None:
    result = run("verbose")
    assert "POE_LOG='verbose' is ignored: use POE_LOG=debug or POE_LOG=info" in result.stderr
