"""``poe-sdk bots list|show|create|update|delete`` end to end against the local server
(issue 24 item 3), and the settings the flags and the file describe (no I/O)."""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from poe_sdk._cli.bots import settings_body
from poe_sdk._cli.main import EXIT_USAGE, CLIError, build_parser
from poe_sdk.testing import LocalServer
from test_cli import KEY, assert_one_error_line, run_cli

ENDPOINT_KEY = "sk-my-endpoint-7c3e9a01bd"


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(host="127.0.0.1", api_key=KEY) as local:
        yield local


@pytest.fixture(autouse=True)
def _fresh(server: LocalServer) -> None:
    server.reset()


def bots(*args: str, server: LocalServer, env_key: bool = False) -> tuple[int, str, str]:
    if env_key:
        os.environ["MY_ENDPOINT_KEY"] = ENDPOINT_KEY  # inherited by the subprocess
    try:
        result = run_cli("bots", *args, base_url=server.base_url)
    finally:
        os.environ.pop("MY_ENDPOINT_KEY", None)
    assert ENDPOINT_KEY not in result.stdout + result.stderr
    return result.returncode, result.stdout, result.stderr


def test_create_list_show_update_delete(server: LocalServer, tmp_path: Path) -> None:
    settings = tmp_path / "bot.json"
    settings.write_text(
        json.dumps(
            {
                "description": "From a file",
                "api_bot_settings": {
                    "model_name": "my-model",
                    "base_url": "https://api.example.com/v1",
                    "pricing": {"prompt": "0.000001"},
                },
            }
        )
    )
    code, out, err = bots(
        "create", "MyBot", "--from-file", str(settings), "--endpoint-key-env",
        "MY_ENDPOINT_KEY", "--completion-price", "0.000004", "--public",
        server=server, env_key=True,
    )  # fmt: skip
    assert (code, out) == (0, "created MyBot\n"), err
    sent = server.journal[-1].json
    assert sent["api_bot_settings"]["api_key"] == ENDPOINT_KEY  # sent, from the environment
    assert sent["api_bot_settings"]["pricing"] == {"prompt": "0.000001", "completion": "0.000004"}
    assert (sent["description"], sent["is_private"]) == ("From a file", False)

    code, out, _ = bots("list", server=server)
    header, row = out.splitlines()
    assert header.split() == ["HANDLE", "PRIVATE", "MODEL", "API", "ENDPOINT"]
    assert row.split() == ["MyBot", "no", "my-model", "-", "https://api.example.com/v1"]

    code, out, _ = bots("update", "MyBot", "--max-input-tokens", "4096", server=server)
    assert (code, out) == (0, "updated MyBot\n")
    code, out, _ = bots("show", "MyBot", server=server)
    assert "api_bot_settings.max_input_tokens: 4096" in out.splitlines()
    assert "api_bot_settings.model_name: my-model" in out.splitlines()
    assert "api_key" not in out
    code, out, _ = bots("show", "MyBot", "--json", server=server)
    shown = json.loads(out)
    assert shown["api_bot_settings"]["pricing"]["completion"] == "0.000004"
    assert "api_key" not in shown["api_bot_settings"]

    code, out, _ = bots("update", "MyBot", "--replace", "--description", "Bare", server=server)
    assert (code, out) == (0, "replaced MyBot\n")
    assert json.loads(bots("list", "--json", server=server)[1])["bots"] == [
        {"handle": "MyBot", "description": "Bare", "is_private": True}
    ]
    assert bots("delete", "MyBot", server=server)[:2] == (0, "deleted MyBot\n")
    assert bots("list", server=server)[1].splitlines() == ["HANDLE  PRIVATE  MODEL  API  ENDPOINT"]


def test_errors_are_one_line(server: LocalServer) -> None:
    assert bots("create", "Taken", server=server)[0] == 0
    taken = run_cli("bots", "create", "Taken", base_url=server.base_url)
    assert "already exists" in assert_one_error_line(taken)
    missing = run_cli("bots", "show", "Nobody", base_url=server.base_url)
    assert "Nobody" in assert_one_error_line(missing)
    nothing = run_cli("bots", "update", "Taken", base_url=server.base_url)
    assert "nothing to update" in assert_one_error_line(nothing)
    assert nothing.returncode == EXIT_USAGE
    unset = run_cli(
        "bots", "create", "X", "--endpoint-key-env", "NO_SUCH_VAR_HERE", base_url=server.base_url
    )
    assert "NO_SUCH_VAR_HERE" in assert_one_error_line(unset)


def parsed(*args: str) -> argparse.Namespace:
    return build_parser().parse_args(["bots", "update", "B", *args])


def test_flags_win_over_the_file_and_settings_merge() -> None:
    text = json.dumps(
        {
            "handle": "ignored",
            "is_private": False,
            "api_bot_settings": {"model_name": "a", "api_key": "from-file", "context_size": 9},
            "parameter_controls": {"api_version": "2", "sections": []},
        }
    )
    body = settings_body(
        parsed("--model-name", "b", "--endpoint-key-env", "K", "--input-modalities", "text, image"),
        text,
        {"K": "from-env"},
    )
    assert body == {
        "is_private": False,
        "api_bot_settings": {
            "model_name": "b",
            "api_key": "from-env",
            "context_size": 9,
            "input_modalities": ["text", "image"],
        },
        "parameter_controls": {"api_version": "2", "sections": []},
    }
    assert settings_body(parsed(), None, {}) == {}


@pytest.mark.parametrize(
    ("text", "message"),
    [("{not json", "not JSON"), ("[1]", "JSON object"), ('{"api_bot_settings": 3}', "object")],
)
def test_a_bad_file_is_a_usage_error(text: str, message: str) -> None:
    with pytest.raises(CLIError, match=message) as caught:
        settings_body(parsed(), text, {})
    assert caught.value.code == EXIT_USAGE
