"""The ``poe-sdk`` command: end to end against the local server, and its argument parsing."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from poe_sdk import __version__
from poe_sdk._cli import main as cli
from poe_sdk._cli.main import EXIT_INTERRUPTED, EXIT_USAGE, build_parser, main
from poe_sdk.testing import LocalServer, faults
from test_files import PDF, PNG

KEY = "sk-cli-test-key-0123456789"
HOST = "127.0.0.1"
TIMEOUT = 30


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(host=HOST, api_key=KEY) as local:
        yield local


@pytest.fixture(autouse=True)
def _clean_server(server: LocalServer) -> None:
    server.reset()


def _env(base_url: str | None, key: str | None = KEY) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("POE_API_KEY", "POE_BASE_URL")}
    if key is not None:
        env["POE_API_KEY"] = key
    if base_url is not None:
        env["POE_BASE_URL"] = base_url
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def run_cli(
    *args: str,
    base_url: str | None = None,
    key: str | None = KEY,
    stdin: str | None = None,
    timeout: float = TIMEOUT,
) -> subprocess.CompletedProcess[str]:
    """``python -m poe_sdk ARGS`` with the given environment."""
    return subprocess.run(
        [sys.executable, "-m", "poe_sdk", *args],
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(base_url, key),
        timeout=timeout,
        check=False,
    )


def assert_one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    """A failure: non-zero exit and exactly one line on stderr, without a traceback."""
    assert result.returncode != 0, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("poe-sdk"), lines[0]
    assert KEY not in result.stderr + result.stdout
    return lines[0]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


# --- chat, end to end ------------------------------------------------------------------------


def test_streaming_chat_prints_the_echo(server: LocalServer) -> None:
    result = run_cli("chat", "-m", "Claude-Sonnet-4", "Hello there", base_url=server.base_url)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Echo: Hello there\n"
    assert result.stderr == ""
    request = server.last_request
    assert request is not None
    assert request.json is not None
    assert request.json["stream"] is True
    assert request.json["model"] == "Claude-Sonnet-4"


def test_several_words_are_one_prompt(server: LocalServer) -> None:
    result = run_cli("chat", "-m", "m", "Hello", "there", base_url=server.base_url)
    assert result.stdout == "Echo: Hello there\n"


def test_no_stream(server: LocalServer) -> None:
    result = run_cli("chat", "-m", "m", "--no-stream", "Hi", base_url=server.base_url)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Echo: Hi\n"
    request = server.last_request
    assert request is not None and request.json is not None
    assert "stream" not in request.json or request.json["stream"] is False


@pytest.mark.parametrize("stream", [True, False])
def test_json_output_parses(server: LocalServer, stream: bool) -> None:
    args = ["chat", "-m", "m", "--json", "Hi"] + ([] if stream else ["--no-stream"])
    result = run_cli(*args, base_url=server.base_url)
    assert result.returncode == 0, result.stderr
    completion = json.loads(result.stdout)
    assert completion["object"] == "chat.completion"
    assert completion["choices"][0]["message"]["content"] == "Echo: Hi"
    assert completion["choices"][0]["finish_reason"] == "stop"


def test_options_are_sent(server: LocalServer) -> None:
    result = run_cli(
        "chat",
        "-m",
        "m",
        "--system",
        "Be brief.",
        "--max-tokens",
        "50",
        "--temperature",
        "0.5",
        "--timeout",
        "20",
        "--max-retries",
        "1",
        "Hi",
        base_url=server.base_url,
    )
    assert result.returncode == 0, result.stderr
    request = server.last_request
    assert request is not None and request.json is not None
    assert request.json["messages"] == [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Hi"},
    ]
    assert request.json["max_tokens"] == 50
    assert request.json["temperature"] == 0.5


def test_base_url_option_beats_the_environment(server: LocalServer) -> None:
    closed = f"http://{HOST}:{free_port()}/v1"
    result = run_cli("chat", "-m", "m", "--base-url", server.base_url, "Hi", base_url=closed)
    assert result.stdout == "Echo: Hi\n"


def test_api_key_option(server: LocalServer) -> None:
    result = run_cli("chat", "-m", "m", "--api-key", KEY, "Hi", base_url=server.base_url, key=None)
    assert result.stdout == "Echo: Hi\n"


def test_prompt_from_stdin(server: LocalServer) -> None:
    result = run_cli("chat", "-m", "m", base_url=server.base_url, stdin="Piped prompt\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Echo: Piped prompt\n"
    dash = run_cli("chat", "-m", "m", "-", base_url=server.base_url, stdin="Dash")
    assert dash.stdout == "Echo: Dash\n"


def test_files_are_attached(server: LocalServer, tmp_path: Path) -> None:
    png = tmp_path / "pixel.png"
    png.write_bytes(PNG)
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(PDF)
    result = run_cli(
        "chat",
        "-m",
        "m",
        "--file",
        str(png),
        "--file",
        str(pdf),
        "Describe",
        base_url=server.base_url,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Echo: Describe")
    request = server.last_request
    assert request is not None and request.json is not None
    content: list[dict[str, Any]] = request.json["messages"][-1]["content"]
    assert [part["type"] for part in content] == ["text", "image_url", "file"]
    assert content[1]["image_url"]["url"].startswith("data:image/png;base64,")
    assert content[2]["file"]["filename"] == "doc.pdf"
    assert content[2]["file"]["file_data"].startswith("data:application/pdf;base64,")


def test_file_only_prompt(server: LocalServer, tmp_path: Path) -> None:
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(PDF)
    result = run_cli("chat", "-m", "m", "--file", str(pdf), base_url=server.base_url, stdin="")
    assert result.returncode == 0, result.stderr
    request = server.last_request
    assert request is not None and request.json is not None
    assert [p["type"] for p in request.json["messages"][-1]["content"]] == ["file"]


# --- chat errors ---------------------------------------------------------------------------------


def test_missing_key() -> None:
    result = run_cli("chat", "-m", "m", "Hi", base_url=f"http://{HOST}:1/v1", key=None)
    line = assert_one_error_line(result)
    assert result.returncode == EXIT_USAGE
    assert "POE_API_KEY" in line
    assert result.stdout == ""


def test_wrong_key(server: LocalServer) -> None:
    result = run_cli("chat", "-m", "m", "Hi", base_url=server.base_url, key="sk-wrong-key")
    line = assert_one_error_line(result)
    assert result.returncode == 1
    assert "401" in line
    assert "Incorrect API key" in line  # the server's message
    assert "sk-wrong-key" not in result.stderr
    assert result.stdout == ""


def test_connection_refused_is_fast_and_names_the_url() -> None:
    url = f"http://{HOST}:{free_port()}/v1"
    start = time.monotonic()
    result = run_cli("chat", "-m", "m", "--max-retries", "0", "Hi", base_url=url)
    elapsed = time.monotonic() - start
    line = assert_one_error_line(result)
    assert result.returncode == 1
    origin = url.removesuffix("/v1")
    assert (
        line
        == f"poe-sdk: error: Could not connect to {origin} (connection refused) after 1 attempt"
    )
    assert elapsed < 15


def test_a_refused_connection_says_retrying_while_it_waits() -> None:
    url = f"http://{HOST}:{free_port()}/v1"
    result = run_cli("chat", "-m", "m", "Hi", base_url=url)
    *retries, last = result.stderr.splitlines()
    assert result.returncode == 1
    assert len(retries) == 2  # the default: 2 retries
    failure = f"Could not connect to {url.removesuffix('/v1')} (connection refused)"
    assert last == f"poe-sdk: error: {failure} after 3 attempts"
    for line in retries:
        assert re.fullmatch(rf"poe-sdk: {re.escape(failure)}; retrying in \d\.\ds\.\.\.", line)


def test_the_readme_quotes_what_the_cli_prints_while_it_retries() -> None:
    """Issue 26 item 6: the README's example of the retry notice is the CLI's real line."""
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    quoted = re.search(r"stderr\s+says so: `(poe-sdk: [^`]+)`", readme)
    assert quoted is not None
    port = free_port()
    result = run_cli(
        "chat", "-m", "m", "--max-retries", "1", "Hi", base_url=f"http://{HOST}:{port}/v1"
    )
    shown = re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:PORT", result.stderr.splitlines()[0])
    expected = re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:PORT", quoted.group(1))
    assert re.sub(r"retrying in [\d.]+s", "retrying in Xs", shown) == re.sub(
        r"retrying in [\d.]+s", "retrying in Xs", expected.replace("\n", " ")
    )


def test_a_base_url_without_v1_is_pointed_out(server: LocalServer) -> None:
    result = run_cli("chat", "-m", "m", "Hi", base_url=server.url)
    line = assert_one_error_line(result)
    assert "Invalid URL (POST /chat/completions)" in line  # the server's message
    assert f"has no /v1 prefix: did you mean {server.base_url}?" in line


def test_unreadable_file(server: LocalServer, tmp_path: Path) -> None:
    missing = tmp_path / "missing.png"
    result = run_cli("chat", "-m", "m", "--file", str(missing), "Hi", base_url=server.base_url)
    line = assert_one_error_line(result)
    assert result.returncode == EXIT_USAGE
    assert str(missing) in line
    assert "no such file" in line
    directory = run_cli("chat", "-m", "m", "--file", str(tmp_path), "Hi", base_url=server.base_url)
    assert "directory" in assert_one_error_line(directory)
    assert server.journal == []  # nothing was sent


def test_invalid_argument_for_the_api(server: LocalServer) -> None:
    result = run_cli("chat", "-m", "m", "--temperature", "9", "Hi", base_url=server.base_url)
    line = assert_one_error_line(result)
    assert result.returncode == EXIT_USAGE
    assert "temperature" in line


def test_server_error_after_retries(server: LocalServer) -> None:
    server.inject(faults.status(503), times=5)
    result = run_cli("chat", "-m", "m", "--max-retries", "0", "Hi", base_url=server.base_url)
    line = assert_one_error_line(result)
    assert "503" in line


def test_timeout(server: LocalServer) -> None:
    server.inject(faults.delay(10))
    result = run_cli(
        "chat", "-m", "m", "--timeout", "0.5", "--max-retries", "0", "Hi", base_url=server.base_url
    )
    line = assert_one_error_line(result)
    assert "timed out" in line
    assert server.base_url in line


def test_stream_cut_short_keeps_the_partial_text(server: LocalServer) -> None:
    server.inject(faults.disconnect_mid_stream(after_chunks=2))
    result = run_cli(
        "chat", "-m", "m", "--max-retries", "0", "One two three four", base_url=server.base_url
    )
    assert_one_error_line(result)
    assert result.stdout.endswith("\n")
    assert "Echo: One two three four".startswith(result.stdout.rstrip("\n"))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT cannot be sent to a child on Windows")
def test_ctrl_c_exits_130_without_a_traceback(server: LocalServer) -> None:
    server.inject(faults.slow_first_byte(30))
    process = subprocess.Popen(
        [sys.executable, "-m", "poe_sdk", "chat", "-m", "m", "Hi"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(server.base_url),
    )
    try:
        deadline = time.monotonic() + TIMEOUT
        while not server.journal and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.journal, "the request never arrived"
        time.sleep(0.2)
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=TIMEOUT)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == EXIT_INTERRUPTED
    assert "Traceback" not in stderr
    assert stderr.splitlines() == ["poe-sdk: interrupted"]
    assert KEY not in stdout + stderr


# --- serve and --version ------------------------------------------------------------------


def _serve_then_ctrl_c(*options: str) -> tuple[int, str, str, int]:
    """Run ``poe-sdk serve``, chat with it, press Ctrl-C: exit code, stdout, stderr, port."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "poe_sdk", "serve", "--port", str(port), "--api-key", KEY, *options],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(None, None),
    )
    url = f"http://{HOST}:{port}/v1/chat/completions"
    body = {"model": "m", "messages": [{"role": "user", "content": "ping"}]}
    try:
        reply = None
        deadline = time.monotonic() + TIMEOUT
        while reply is None and time.monotonic() < deadline:
            assert process.poll() is None, process.communicate()
            try:
                reply = httpx.post(
                    url, json=body, headers={"Authorization": f"Bearer {KEY}"}, timeout=5
                )
            except httpx.TransportError:
                time.sleep(0.1)
        assert reply is not None, "the server never answered"
        assert reply.status_code == 200
        assert reply.json()["choices"][0]["message"]["content"] == "Echo: ping"
        unauthorized = httpx.post(url, json=body, headers={"Authorization": "Bearer no"})
        assert unauthorized.status_code == 401
        # The CLI talks to it too.
        chat = run_cli("chat", "-m", "m", "Hi", base_url=f"http://{HOST}:{port}/v1")
        assert chat.stdout == "Echo: Hi\n"
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=TIMEOUT)
    finally:
        if process.poll() is None:
            process.terminate()
            process.communicate(timeout=TIMEOUT)
    assert "Traceback" not in stderr
    assert KEY not in stdout + stderr
    return process.returncode, stdout, stderr, port


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT cannot be sent to a child on Windows")
def test_serve_is_quiet_answers_and_exits_0_on_ctrl_c() -> None:
    code, stdout, stderr, port = _serve_then_ctrl_c()
    assert code == 0, stderr
    assert stdout == ""
    assert stderr.splitlines() == [
        f"poe-sdk local server on http://{HOST}:{port}/v1 (requires its API key, no rate "
        "limit). Press Ctrl-C to stop."
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT cannot be sent to a child on Windows")
def test_serve_access_log_logs_each_request() -> None:
    code, stdout, _, _ = _serve_then_ctrl_c("--access-log")
    assert code == 0
    requests = [line for line in stdout.splitlines() if "POST /v1/chat/completions" in line]
    assert len(requests) == 3  # ping, the unauthorized one and the CLI's chat
    assert '"POST /v1/chat/completions HTTP/1.1" 401' in stdout


def test_ctrl_c_while_serving_is_a_clean_stop(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import poe_sdk.testing

    def interrupted(**kwargs: object) -> None:
        raise KeyboardInterrupt  # also while starting or stopping

    monkeypatch.setattr(poe_sdk.testing, "serve", interrupted)
    assert main(["serve", "--port", "0"]) == 0
    assert capsys.readouterr().err == ""


def test_serve_on_a_busy_port_is_one_line() -> None:
    with socket.socket() as busy:
        busy.bind((HOST, 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run_cli("serve", "--port", str(port), key=None)
    line = assert_one_error_line(result)
    assert str(port) in line


def test_version() -> None:
    result = run_cli("--version", key=None)
    assert result.returncode == 0
    assert result.stdout.strip() == f"poe-sdk {__version__}"


def test_console_script_entry_point_is_main() -> None:
    from poe_sdk import __main__ as entry

    assert entry.main is main


# --- in process -------------------------------------------------------------------------------


def test_parse_chat_defaults() -> None:
    args = build_parser().parse_args(["chat", "-m", "Claude", "Hi"])
    assert args.command == "chat"
    assert args.model == "Claude"
    assert args.prompt == ["Hi"]
    assert args.stream is True
    assert args.json is False
    assert args.files == []
    assert args.system is None
    assert args.base_url is None
    assert args.api_key is None
    assert args.max_tokens is None
    assert args.temperature is None
    assert args.timeout is None
    assert args.max_retries is None


def test_parse_chat_options() -> None:
    args = build_parser().parse_args(
        [
            "chat",
            "--model",
            "GPT-4o",
            "--no-stream",
            "--json",
            "--system",
            "S",
            "--file",
            "a.png",
            "--file",
            "b.pdf",
            "--base-url",
            "http://127.0.0.1:1/v1",
            "--max-tokens",
            "5",
            "--temperature",
            "0.2",
            "--timeout",
            "1.5",
            "--max-retries",
            "0",
        ]
    )
    assert args.stream is False
    assert args.json is True
    assert args.files == ["a.png", "b.pdf"]
    assert args.prompt == []
    assert (args.max_tokens, args.temperature, args.timeout, args.max_retries) == (5, 0.2, 1.5, 0)


def test_parse_serve() -> None:
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port, args.api_key, args.rpm) == ("127.0.0.1", 8000, None, None)
    args = build_parser().parse_args(["serve", "--port", "0", "--api-key", "k", "--rpm", "60"])
    assert (args.port, args.api_key, args.rpm) == (0, "k", 60)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["chat", "Hi"], "required: -m/--model"),
        (["chat", "-m", "m", "--max-tokens", "0", "Hi"], "positive integer"),
        (["chat", "-m", "m", "--max-tokens", "x", "Hi"], "an integer is required"),
        (["chat", "-m", "m", "--timeout", "-1", "Hi"], "positive number"),
        (["chat", "-m", "m", "--max-retries", "-1", "Hi"], "non-negative integer"),
        (["chat", "-m", "m", "--temperature", "hot", "Hi"], "--temperature"),
        (["serve", "--port", "70000"], "port number"),
        (["serve", "--rpm", "0"], "positive integer"),
        (["nope"], "invalid choice"),
    ],
)
def test_usage_errors_are_one_line(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == EXIT_USAGE
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert expected in lines[0]
    assert "--help" in lines[0]


def test_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == EXIT_USAGE
    assert "chat" in capsys.readouterr().err


def test_help_and_version_return_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"poe-sdk {__version__}"
    assert main(["chat", "--help"]) == 0
    assert "--no-stream" in capsys.readouterr().out


def test_missing_key_in_process(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("POE_API_KEY", raising=False)
    assert main(["chat", "-m", "m", "Hi"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("poe-sdk: error: no API key")
    assert "POE_API_KEY" in err


class _Stdin(io.StringIO):
    def __init__(self, text: str, tty: bool) -> None:
        super().__init__(text)
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


def test_no_prompt_on_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POE_API_KEY", KEY)
    monkeypatch.setattr(sys, "stdin", _Stdin("", tty=True))
    assert main(["chat", "-m", "m"]) == EXIT_USAGE
    assert "no prompt" in capsys.readouterr().err


def test_empty_prompt(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POE_API_KEY", KEY)
    monkeypatch.setattr(sys, "stdin", _Stdin("\n", tty=False))
    assert main(["chat", "-m", "m"]) == EXIT_USAGE
    assert "empty" in capsys.readouterr().err


def test_chat_in_process(
    server: LocalServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POE_API_KEY", KEY)
    monkeypatch.setenv("POE_BASE_URL", server.base_url)
    monkeypatch.setattr(sys, "stdin", _Stdin("From stdin", tty=False))
    assert main(["chat", "-m", "m"]) == 0
    assert capsys.readouterr().out == "Echo: From stdin\n"
    assert main(["chat", "-m", "m", "--no-stream", "Hi"]) == 0
    assert capsys.readouterr().out == "Echo: Hi\n"


def test_keyboard_interrupt_in_process(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_chat", interrupted)
    assert main(["chat", "-m", "m", "Hi"]) == EXIT_INTERRUPTED
    captured = capsys.readouterr()
    assert captured.err == "poe-sdk: interrupted\n"


def test_unexpected_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(args: object) -> int:
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(cli, "_chat", broken)
    assert main(["chat", "-m", "m", "Hi"]) == 1
    assert (
        capsys.readouterr().err
        == "poe-sdk: error: unexpected error: RuntimeError: boom second line\n"
    )


@pytest.mark.filterwarnings("default")
def test_warnings_are_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from poe_sdk import APIConnectionError

    def make_client(*args: object) -> object:
        warnings.warn("The API key will be sent\nunencrypted", RuntimeWarning, stacklevel=1)
        raise APIConnectionError("Connection error: refused")

    monkeypatch.setenv("POE_API_KEY", KEY)
    monkeypatch.setattr(cli, "make_client", make_client)
    code = main(["chat", "-m", "m", "--base-url", "http://127.0.0.1:1/v1", "Hi"])
    assert code == 1
    assert capsys.readouterr().err.splitlines() == [
        "poe-sdk: warning: The API key will be sent unencrypted",
        "poe-sdk: error: cannot connect to http://127.0.0.1:1/v1: refused",
    ]


def test_redaction_and_url_display() -> None:
    assert cli._redact("key sk-abcdef leaked", "sk-abcdef") == "key [redacted] leaked"
    assert cli._display_url("http://user:pw@127.0.0.1:1/v1") == "http://127.0.0.1:1/v1"
    assert cli._display_url("http://127.0.0.1:1/v1") == "http://127.0.0.1:1/v1"


@pytest.mark.parametrize("command", [["chat", "-m", "m", "Hi"], ["models"]])
def test_the_key_and_url_come_from_the_options_else_the_environment(
    command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POE_API_KEY", "env-key")
    monkeypatch.setenv("POE_BASE_URL", "http://127.0.0.1:9/env")
    given = build_parser().parse_args([*command, "--api-key", "k", "--base-url", "http://x.test"])
    assert cli.connection(given) == ("k", "http://x.test")
    empty = build_parser().parse_args([*command, "--api-key", "", "--base-url", ""])
    assert cli.connection(empty) == ("env-key", "http://127.0.0.1:9/env")
    monkeypatch.delenv("POE_BASE_URL")
    assert cli.connection(empty)[1] == "https://api.poe.com/v1"
    monkeypatch.setenv("POE_API_KEY", "")
    with pytest.raises(cli.CLIError, match="no API key") as info:
        cli.connection(empty)
    assert info.value.code == EXIT_USAGE
