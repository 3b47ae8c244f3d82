"""What the local server logs: nothing at INFO by default, one DEBUG line per client that
hangs up mid-reply, never asyncio's send-after-close warnings."""

from __future__ import annotations

import logging

import pytest

from poe_sdk import PoeClient
from poe_sdk.testing import LocalServer

HANG_UPS = 3


def test_clients_hanging_up_mid_stream_are_one_debug_line_each(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    words = " ".join(["word"] * 5000)
    with LocalServer() as server, PoeClient(api_key="k", base_url=server.base_url) as client:
        for _ in range(HANG_UPS):
            stream = client.chat.completions.create(
                model="m", messages=[{"role": "user", "content": words}], stream=True
            )
            with stream:
                for index, _chunk in enumerate(stream):
                    if index == 3:
                        break  # the client leaves; the server was still sending
    flood = [r for r in caplog.records if r.name == "asyncio" and r.levelno >= logging.WARNING]
    assert flood == []
    hang_ups = [r for r in caplog.records if r.name == "poe_sdk.testing"]
    assert 1 <= len(hang_ups) <= HANG_UPS
    assert all(r.levelno == logging.DEBUG for r in hang_ups)
    assert "closed before the reply was sent" in hang_ups[0].getMessage()


def test_the_server_is_quiet_at_info(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)  # as under logging.basicConfig(level=logging.INFO)
    with LocalServer() as server, PoeClient(api_key="k", base_url=server.base_url) as client:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "Hi"}])
    server_lines = [r for r in caplog.records if r.name.startswith(("uvicorn", "poe_sdk.testing"))]
    assert server_lines == []
    assert any(r.name == "httpx" for r in caplog.records)  # the capture works
