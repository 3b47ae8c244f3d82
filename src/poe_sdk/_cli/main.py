"""The ``poe-sdk`` command line (also ``python -m poe_sdk``).

``poe-sdk chat -m MODEL "prompt"`` streams a reply to stdout (``--responses``: through the
Responses API); ``poe-sdk models`` lists the models; ``poe-sdk usage`` shows the point balance
(``--history [--limit N]``: the points history); ``poe-sdk video "prompt" -o out.mp4``
generates a video with a progress bar and downloads it; ``poe-sdk serve`` runs the local
OpenAI-compatible test server in the foreground; ``poe-sdk --version`` prints the version.

Failures are reported as one line on stderr, never a traceback. Exit codes: 0 success, 1 an
error from the API or the network, 2 a usage error (bad arguments, no API key, a file that
cannot be attached, an argument the API would reject), 130 interrupted (Ctrl-C).
Ctrl-C is how ``serve`` is stopped: it exits 0. While ``chat`` waits to retry, a line on
stderr says so.

Only the standard library is imported up front; the HTTP stack loads when ``chat`` runs.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import warnings
from collections.abc import Callable, Generator, Sequence
from typing import TYPE_CHECKING, NoReturn, TextIO, TypeVar
from urllib.parse import urlsplit, urlunsplit

from .._constants import API_KEY_ENV, BASE_URL_ENV, DEFAULT_BASE_URL
from .._version import __version__
from .account import add_account_commands
from .bots import add_bots_commands
from .video import add_video_command

if TYPE_CHECKING:
    from .._exceptions import PoeError
    from .._generated.params import (
        ChatCompletionRequestMessageParam,
        ChatCompletionRequestUserContentPartParam,
    )
    from .._sync.client import PoeClient

__all__ = ["EXIT_ERROR", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]

PROG = "poe-sdk"
EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


_N = TypeVar("_N", int, float)


class CLIError(Exception):
    """A failure to report as one line on stderr, with the exit code to return."""

    def __init__(self, message: str, code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


class _ArgumentParser(argparse.ArgumentParser):
    """Reports a usage error as one line (with a pointer to ``--help``) and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``poe-sdk`` command."""
    parser = _ArgumentParser(
        prog=PROG,
        description="Chat with Poe (or any OpenAI-compatible server) from the shell.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    chat = commands.add_parser(
        "chat",
        help="send a prompt to a model and print the reply",
        description=(
            "Send a prompt to a model and print the reply as it streams in. The API key is "
            f"read from ${API_KEY_ENV}; the server is ${BASE_URL_ENV} or {DEFAULT_BASE_URL}."
        ),
    )
    chat.add_argument(
        "prompt",
        nargs="*",
        help="the prompt (several words are joined by spaces); read from stdin when omitted "
        "(or '-') and stdin is not a terminal",
    )
    chat.add_argument("-m", "--model", required=True, help="the model (bot) name")
    chat.add_argument("--system", metavar="TEXT", help="a system message sent before the prompt")
    chat.add_argument(
        "--file",
        dest="files",
        action="append",
        default=[],
        metavar="PATH",
        help="attach an image, document, audio or video file (repeatable)",
    )
    chat.add_argument(
        "--no-stream",
        dest="stream",
        action="store_false",
        help="wait for the whole reply instead of streaming it",
    )
    chat.add_argument(
        "--json",
        action="store_true",
        help="print the complete reply as JSON (assembled from the chunks when streaming)",
    )
    chat.add_argument(
        "--responses",
        action="store_true",
        help="use the Responses API (/v1/responses) instead of chat completions",
    )
    chat.add_argument("--max-tokens", type=_positive_int, metavar="N")
    chat.add_argument("--temperature", type=float, metavar="T")
    _add_connection_options(chat)
    chat.set_defaults(handler=_chat)
    add_account_commands(commands.add_parser, _positive_int, _add_connection_options)
    add_bots_commands(commands.add_parser, _positive_int, _add_connection_options)
    add_video_command(commands.add_parser, _positive_int, _positive_float, _add_connection_options)

    serve = commands.add_parser(
        "serve",
        help="run the local OpenAI-compatible test server until Ctrl-C",
        description="Run the local OpenAI-compatible test server in the foreground.",
    )
    serve.add_argument("--host", default="127.0.0.1", help="default: %(default)s")
    serve.add_argument("--port", type=_port, default=8000, help="default: %(default)s")
    serve.add_argument(
        "--api-key", metavar="KEY", help="the key clients must send (default: any key)"
    )
    serve.add_argument(
        "--rpm",
        type=_positive_int,
        metavar="N",
        help="requests allowed per minute before 429 replies (default: no limit)",
    )
    serve.add_argument(
        "--access-log",
        action="store_true",
        help="log uvicorn's startup lines and one line per request (default: quiet)",
    )
    serve.set_defaults(handler=_serve)
    return parser


def _add_connection_options(command: argparse.ArgumentParser) -> None:
    """``--base-url``, ``--api-key``, ``--timeout`` and ``--max-retries``."""
    command.add_argument(
        "--base-url", metavar="URL", help=f"the API's base URL (default: ${BASE_URL_ENV})"
    )
    command.add_argument(
        "--api-key",
        metavar="KEY",
        help=f"the API key (prefer ${API_KEY_ENV}: arguments are visible to other users)",
    )
    command.add_argument(
        "--timeout", type=_positive_float, metavar="S", help="seconds allowed per request"
    )
    command.add_argument(
        "--max-retries",
        type=_non_negative_int,
        metavar="N",
        help="retries after a failed attempt (default 2)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``poe-sdk`` command with ``argv`` (default ``sys.argv[1:]``); return the exit
    code. Errors are reported as one line on stderr, never a traceback."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return _exit_code(exc.code)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        with warnings.catch_warnings():
            warnings.showwarning = _show_warning
            return handler(args)
    except CLIError as exc:
        _report(exc.message)
        return exc.code
    except KeyboardInterrupt:
        _report("interrupted", level="")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``poe-sdk chat ... | head -1``): stop quietly.
        _silence_stdout()
        return EXIT_ERROR
    except SystemExit as exc:
        return _exit_code(exc.code)
    except Exception as exc:
        message = f"unexpected error: {type(exc).__name__}: {exc}"
        for key in (getattr(args, "api_key", None), os.environ.get(API_KEY_ENV)):
            message = _redact(message, key or "")
        _report(message)
        return EXIT_ERROR


def _chat(args: argparse.Namespace) -> int:
    api_key, base_url = connection(args)
    words: list[str] = args.prompt
    prompt = _read_prompt(" ".join(words) if words else None, sys.stdin)
    files: list[str] = args.files
    if not prompt and not files:
        raise CLIError("the prompt is empty", EXIT_USAGE)

    from .._exceptions import PoeError

    out = _Output(sys.stdout)
    try:
        if args.responses:
            from .responses import chat_with_responses, responses_input

            input_ = responses_input(prompt, files)
            with make_client(args, api_key, base_url) as client, retry_notices():
                chat_with_responses(client, args, input_, out)
            return EXIT_OK
        messages = _build_messages(prompt, files, args.system)
        client = make_client(args, api_key, base_url)
        with client, retry_notices():
            if args.stream:
                stream = client.chat.completions.create(
                    model=args.model,
                    messages=messages,
                    max_tokens=args.max_tokens,
                    temperature=args.temperature,
                    stream=True,
                    stream_options={"include_usage": True} if args.json else None,
                )
                with stream:
                    if args.json:
                        out.write(stream.get_final_completion().to_json() + "\n")
                    else:
                        for text in stream.text_deltas():
                            out.write(text)
                        out.end_line()
            else:
                completion = client.chat.completions.create(
                    model=args.model,
                    messages=messages,
                    max_tokens=args.max_tokens,
                    temperature=args.temperature,
                    stream=False,
                )
                if args.json:
                    out.write(completion.to_json() + "\n")
                else:
                    reply = completion.choices[0].message if completion.choices else None
                    if reply is not None:
                        out.write(reply.content or reply.refusal or "")
                    out.end_line()
    except PoeError as exc:
        out.end_line_if_pending()
        raise api_failure(exc, args, api_key, base_url) from None
    except KeyboardInterrupt:
        out.end_line_if_pending()
        raise
    return EXIT_OK


def connection(args: argparse.Namespace, *, key_required: bool = True) -> tuple[str | None, str]:
    """The API key and base URL from ``--api-key`` and ``--base-url`` (an empty one counts as
    not given), else as the client finds them (:mod:`._client_options`); no key is a usage
    error when ``key_required`` (``models`` needs none)."""
    from .._client_options import api_key_or_env, base_url_or_env

    api_key = api_key_or_env(args.api_key or None) or None
    if api_key is None and key_required:
        raise CLIError(
            f"no API key: set the {API_KEY_ENV} environment variable (or pass --api-key)",
            EXIT_USAGE,
        )
    return api_key, str(base_url_or_env(args.base_url or None))


def api_failure(
    exc: PoeError, args: argparse.Namespace, api_key: str | None, base_url: str
) -> CLIError:
    """An error from the API or the network as the one line to report (the key redacted)."""
    key_source = "--api-key" if args.api_key else API_KEY_ENV
    line, code = _describe(exc, _display_url(base_url), key_source)
    return CLIError(_redact(line, api_key or ""), code)


def make_client(args: argparse.Namespace, api_key: str | None, base_url: str) -> PoeClient:
    """A sync client with the command's timeout and retries."""
    from .._http.defaults import DEFAULT_TIMEOUT
    from .._sync.client import PoeClient

    timeout: float | None = args.timeout
    return PoeClient(
        api_key,
        base_url=base_url,
        timeout=DEFAULT_TIMEOUT if timeout is None else timeout,
        max_retries=args.max_retries,
    )


def _build_messages(
    prompt: str, files: Sequence[str], system: str | None
) -> list[ChatCompletionRequestMessageParam]:
    messages: list[ChatCompletionRequestMessageParam] = []
    if system:
        messages.append({"role": "system", "content": system})
    if not files:
        messages.append({"role": "user", "content": prompt})
        return messages
    from .._request.files import content_part, text_part

    parts: list[ChatCompletionRequestUserContentPartParam] = []
    if prompt:
        parts.append(text_part(prompt))
    parts.extend(content_part(path) for path in files)
    messages.append({"role": "user", "content": parts})
    return messages


def _read_prompt(prompt: str | None, stdin: TextIO | None) -> str:
    if prompt is not None and prompt != "-":
        return prompt
    if stdin is None or (prompt is None and stdin.isatty()):
        raise CLIError("no prompt: pass it as an argument, or pipe it on stdin", EXIT_USAGE)
    try:
        text = stdin.read()
    except UnicodeDecodeError:
        raise CLIError("cannot read the prompt: stdin is not UTF-8 text", EXIT_USAGE) from None
    except OSError as exc:
        raise CLIError(f"cannot read the prompt from stdin: {exc}", EXIT_USAGE) from None
    return text.rstrip("\r\n")


def _serve(args: argparse.Namespace) -> int:
    try:
        from ..testing import serve
    except ImportError as exc:
        missing = (exc.name or "").split(".")[0]
        if missing in ("starlette", "uvicorn"):
            raise CLIError(
                f"'{PROG} serve' needs {missing}: install the testing extra "
                "(pip install 'poe-sdk[testing]')"
            ) from None
        raise CLIError(f"the local server is not available: {exc}") from None
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        _report(
            f"warning: serving on {args.host} makes the test server reachable from other machines",
            level="",
        )
    try:
        serve(
            host=args.host,
            port=args.port,
            api_key=args.api_key,
            requests_per_minute=args.rpm,
            access_log=args.access_log,
        )
    except KeyboardInterrupt:  # Ctrl-C is how the server is meant to stop
        return EXIT_OK
    except OSError as exc:  # the address is in use, or the host cannot be resolved
        reason = exc.strerror or str(exc) or type(exc).__name__
        raise CLIError(f"cannot listen on {args.host}:{args.port}: {reason}") from None
    except (RuntimeError, ValueError) as exc:
        raise CLIError(f"the local server failed to start: {exc}") from None
    return EXIT_OK


class _RetryNotice(logging.Handler):
    """Says on stderr that a request is being retried, while the command waits for it (the
    core logs each retry on the ``poe_sdk`` logger with ``retry_delay`` and ``retry_reason``)."""

    def emit(self, record: logging.LogRecord) -> None:
        delay: object = getattr(record, "retry_delay", None)
        reason: object = getattr(record, "retry_reason", None)
        if isinstance(delay, float) and isinstance(reason, str):
            reason = reason.removeprefix("Connection error: ")
            _report(f"{reason}; retrying in {delay:.1f}s...", level="")


@contextlib.contextmanager
def retry_notices() -> Generator[None, None, None]:
    """Report each retry on stderr for the duration of the block."""
    core = logging.getLogger("poe_sdk")
    handler, level = _RetryNotice(logging.INFO), core.level
    core.addHandler(handler)
    if not core.isEnabledFor(logging.INFO):
        core.setLevel(logging.INFO)
    try:
        yield
    finally:
        core.removeHandler(handler)
        core.setLevel(level)


def _describe(exc: PoeError, base_url: str, key_source: str) -> tuple[str, int]:
    """One line for a poe-sdk error, and the exit code."""
    from .._exceptions import (
        APIConnectionError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        IncompleteStreamError,
        RequestValidationError,
    )

    if isinstance(exc, RequestValidationError):
        return exc.message, EXIT_USAGE
    if isinstance(exc, AuthenticationError):
        return (
            f"authentication failed: {exc.message} (check {key_source})",
            EXIT_ERROR,
        )
    if isinstance(exc, APIStatusError):
        request_id = f" (request id {exc.request_id})" if exc.request_id else ""
        return f"{exc.message}{request_id}", EXIT_ERROR
    if isinstance(exc, APIResponseValidationError):
        return f"unexpected reply from {base_url}: {exc.message}", EXIT_ERROR
    if isinstance(exc, IncompleteStreamError):
        return f"the reply from {base_url} ended early: {exc.message}", EXIT_ERROR
    if isinstance(exc, APITimeoutError):
        return f"no answer from {base_url} in time: {exc.message}", EXIT_ERROR
    if isinstance(exc, APIConnectionError):
        if exc.message.startswith("Could not connect to "):  # names the server already
            return exc.message, EXIT_ERROR
        detail = exc.message.removeprefix("Connection error: ")
        return f"cannot connect to {base_url}: {detail}", EXIT_ERROR
    return str(exc) or type(exc).__name__, EXIT_ERROR


class _Output:
    """Writes the reply to stdout as it arrives, remembering whether a line is open."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._pending = False
        self._written = False

    def write(self, text: str) -> None:
        if not text:
            return
        try:
            self._stream.write(text)
        except UnicodeEncodeError:
            encoding = getattr(self._stream, "encoding", None) or "utf-8"
            self._stream.write(text.encode(encoding, "replace").decode(encoding))
        self._stream.flush()
        self._written = True
        self._pending = not text.endswith("\n")

    def end_line(self) -> None:
        """End the reply with a newline (unless it already ends with one)."""
        if self._pending or not self._written:
            self._stream.write("\n")
            self._stream.flush()
        self._pending = False
        self._written = True

    def end_line_if_pending(self) -> None:
        """Close a partly written line, so an error message starts on its own line."""
        if self._pending:
            self.end_line()


def _report(message: str, *, level: str = "error: ") -> None:
    line = " ".join(message.split())
    try:
        sys.stderr.write(f"{PROG}: {level}{line}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    _report(str(message), level="warning: ")


def _redact(message: str, api_key: str) -> str:
    if len(api_key) >= 4:
        message = message.replace(api_key, "[redacted]")
    return message


def _display_url(url: str) -> str:
    """The URL without any user or password in it."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=host))


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _exit_code(code: object) -> int:
    if code is None:
        return EXIT_OK
    if isinstance(code, int):
        return code
    _report(str(code))
    return EXIT_ERROR


def _positive_int(text: str) -> int:
    value = _parse(int, text, "an integer")
    if value <= 0:
        raise argparse.ArgumentTypeError(f"a positive integer is required (got {text})")
    return value


def _non_negative_int(text: str) -> int:
    value = _parse(int, text, "an integer")
    if value < 0:
        raise argparse.ArgumentTypeError(f"a non-negative integer is required (got {text})")
    return value


def _positive_float(text: str) -> float:
    value = _parse(float, text, "a number")
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"a positive number is required (got {text})")
    return value


def _port(text: str) -> int:
    value = _parse(int, text, "an integer")
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"a port number from 0 to 65535 is required (got {text})")
    return value


def _parse(kind: Callable[[str], _N], text: str, what: str) -> _N:
    try:
        return kind(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{what} is required (got {text!r})") from None
