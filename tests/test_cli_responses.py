"""``poe-sdk chat --responses``: the prompt through the Responses API, end to end."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from poe_sdk.testing import LocalServer, faults
from test_cli import HOST, KEY, assert_one_error_line, run_cli
from test_files import PDF, PNG


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(host=HOST, api_key=KEY) as local:
        yield local


@pytest.fixture(autouse=True)
def _clean_server(server: LocalServer) -> None:
    server.reset()


def sent(server: LocalServer) -> dict[str, Any]:
    request = server.last_request
    assert request is not None and request.json is not None
    assert request.path == "/v1/responses"
    return request.json


def test_streams_the_reply_through_v1_responses(server: LocalServer) -> None:
    result = run_cli(
        "chat", "-m", "GPT-5", "--responses", "--system", "Be brief.", "--max-tokens", "9",
        "Hello there", base_url=server.base_url,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Echo: Hello there\n"
    assert result.stderr == ""
    assert sent(server) == {
        "model": "GPT-5",
        "input": "Hello there",
        "instructions": "Be brief.",
        "max_output_tokens": 9,
        "stream": True,
    }


@pytest.mark.parametrize("stream", [True, False])
def test_json_prints_the_final_response(server: LocalServer, stream: bool) -> None:
    args = ["chat", "-m", "m", "--responses", "--json", "Hi"] + ([] if stream else ["--no-stream"])
    result = run_cli(*args, base_url=server.base_url)
    assert result.returncode == 0, result.stderr
    response = json.loads(result.stdout)
    assert response["object"] == "response"
    assert response["status"] == "completed"
    assert response["output"][0]["content"][0]["text"] == "Echo: Hi"
    assert sent(server).get("stream", False) is stream


def test_files_become_input_items(server: LocalServer, tmp_path: Path) -> None:
    png = tmp_path / "pixel.png"
    png.write_bytes(PNG)
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(PDF)
    result = run_cli(
        "chat", "-m", "m", "--responses", "--no-stream", "--file", str(png), "--file", str(pdf),
        "Describe", base_url=server.base_url,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Echo: Describe [received: image (image/png")
    [message] = sent(server)["input"]
    assert [part["type"] for part in message["content"]] == [
        "input_text",
        "input_image",
        "input_file",
    ]
    assert message["content"][2]["filename"] == "doc.pdf"


def test_a_failed_response_is_one_error_line(server: LocalServer) -> None:
    server.inject(faults.response_failed(after_chunks=5, message="The model broke"))
    result = run_cli("chat", "-m", "m", "--responses", "One two", base_url=server.base_url)
    line = assert_one_error_line(result)
    assert "The model broke" in line
    assert result.stdout == "Echo: \n"  # the first delta, and the line is ended
