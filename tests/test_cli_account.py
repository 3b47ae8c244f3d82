"""``poe-sdk models`` and ``poe-sdk usage`` end to end against the local server."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from poe_sdk._cli.main import EXIT_USAGE
from poe_sdk.testing import DEFAULT_MODELS, LocalServer
from test_cli import KEY, assert_one_error_line, run_cli


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(host="127.0.0.1", api_key=KEY) as local:
        yield local


def test_models_prints_a_table_names_or_json_without_a_key(server: LocalServer) -> None:
    result = run_cli("models", base_url=server.base_url, key=None)
    assert result.returncode == 0, result.stderr
    header, *rows = result.stdout.splitlines()
    assert header.split()[:2] == ["MODEL", "OWNER"]
    assert [row.split()[0] for row in rows] == list(DEFAULT_MODELS)
    sonnet = rows[0].split()
    # Claude-Sonnet-4 costs "0.0000026" and "0.000013" per token: 2.6 and 13 USD per million.
    assert sonnet[0] == "Claude-Sonnet-4" and sonnet[-3:] == ["200,000", "2.6", "13"]
    assert "text -> video" in next(row for row in rows if row.startswith("Veo-3"))
    names = run_cli("models", "--names", base_url=server.base_url, key=None)
    assert names.stdout.splitlines() == list(DEFAULT_MODELS)
    as_json = run_cli("models", "--json", base_url=server.base_url, key=None)
    listed = json.loads(as_json.stdout)["data"]
    assert [m["id"] for m in listed] == list(DEFAULT_MODELS)
    assert listed[0]["pricing"]["prompt"] == "0.0000026"
    assert server.last_request is not None
    assert "authorization" not in server.last_request.headers


def test_usage_prints_the_balance(server: LocalServer) -> None:
    result = run_cli("usage", base_url=server.base_url)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "1,000,000 points\n"
    assert server.last_request is not None
    assert server.last_request.path == "/usage/current_balance"


def test_usage_history_pages_up_to_the_limit(server: LocalServer) -> None:
    first_page = run_cli("usage", "--history", base_url=server.base_url)
    assert len(first_page.stdout.splitlines()) == 20
    assert "q_local_0000" in first_page.stdout.splitlines()[0]
    server.reset()
    result = run_cli("usage", "--history", "--limit", "40", "--json", base_url=server.base_url)
    assert result.returncode == 0, result.stderr
    entries = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(entries) == 40
    assert len({e["query_id"] for e in entries}) == 40
    queries = [r.query for r in server.journal if r.path == "/usage/points_history"]
    assert queries == ["limit=40"]  # one page of the size asked for
    server.reset()
    everything = run_cli("usage", "--history", "--limit", "100", base_url=server.base_url)
    assert len(everything.stdout.splitlines()) == 45
    server.reset()
    few = run_cli("usage", "--history", "--limit", "3", base_url=server.base_url)
    assert len(few.stdout.splitlines()) == 3


def test_limit_without_history_is_a_usage_error(server: LocalServer) -> None:
    result = run_cli("usage", "--limit", "3", base_url=server.base_url)
    assert result.returncode == EXIT_USAGE
    assert "--limit needs --history" in assert_one_error_line(result)


def test_wrong_key_is_one_line(server: LocalServer) -> None:
    result = run_cli("usage", base_url=server.base_url, key="sk-wrong-key-000000")
    assert "authentication failed" in assert_one_error_line(result)


def test_the_models_table_says_dash_for_what_the_server_left_out() -> None:
    from poe_sdk._cli.account import models_table
    from poe_sdk.types import Model

    models = [
        Model.model_validate(
            {
                "id": "Priced",
                "owned_by": "Acme",
                "architecture": {"input_modalities": ["text"], "output_modalities": ["image"]},
                "context_length": 8192,
                "pricing": {"prompt": "0.000000123456789", "completion": "not a number"},
            }
        ),
        Model.model_validate({"id": "Bare", "pricing": None, "architecture": None}),
    ]
    header, priced, bare = models_table(models)
    assert header.split()[0] == "MODEL"
    # exact: 0.000000123456789 USD per token is 0.123456789 per million, not a float's rounding
    assert priced.split() == ["Priced", "Acme", "text", "->", "image", "8,192", "0.123456789", "-"]
    assert bare.split() == ["Bare", "-", "-", "-", "-", "-"]
    assert len({len(line) for line in (header, priced)}) == 1  # aligned columns
