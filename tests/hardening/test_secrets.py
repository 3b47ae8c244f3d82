"""The API key never leaks: not in logs (DEBUG, every logger), reprs, error messages,
formatted tracebacks or the local server's journal; not to another host on a redirect; and a
key about to travel unencrypted to another machine is warned about once.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import traceback
import warnings
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest

import poe_sdk
from poe_sdk import AsyncPoeClient, PoeClient
from poe_sdk.testing import LocalServer, faults

from . import raw_servers as raw
from .checks import FAST, KEY, MODEL, async_client, sync_client, user

SECRET_PART = KEY.removeprefix("sk-")  # a leak of the key without its prefix counts too


def assert_no_key(*texts: object) -> None:
    for text in texts:
        shown = text if isinstance(text, str) else repr(text)
        assert SECRET_PART not in shown, f"the API key leaked in: {shown[:300]}"


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))  # with the traceback of exc_info, if any


@contextlib.contextmanager
def debug_logs() -> Iterator[_Capture]:
    """Every record of every logger, at DEBUG, formatted with its traceback."""
    capture = _Capture()
    root = logging.getLogger()
    names = [
        "poe_sdk",
        "httpx",
        "httpcore",
        "hpack",
        "aiohttp",
        "asyncio",
        "anyio",
        "trio",
        "uvicorn",
    ]
    previous = {name: logging.getLogger(name).level for name in names}
    root_level = root.level
    root.addHandler(capture)
    root.setLevel(logging.DEBUG)
    for name in names:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield capture
    finally:
        root.removeHandler(capture)
        root.setLevel(root_level)
        for name, level in previous.items():
            logging.getLogger(name).setLevel(level)


def _error_texts(exc: BaseException) -> list[object]:
    """Everything a user or an error reporter might print about an exception."""
    texts: list[object] = [
        str(exc),
        repr(exc),
        "".join(traceback.format_exception(exc)),
        repr(exc.args),
        repr(vars(exc)),
    ]
    request = getattr(exc, "request", None)
    if request is not None:
        texts += [repr(request), repr(request.headers), str(request.url)]
    cause = exc.__cause__ or exc.__context__
    if cause is not None:
        texts += [str(cause), repr(cause), repr(cause.args)]
    return texts


# -- logs, reprs, errors -------------------------------------------------------------------


# (fault, stream, per-call options) -> one error each, or a success after a logged retry.
SCENARIOS: list[tuple[list[faults.Fault], bool, dict[str, Any]]] = [
    ([faults.status(503)], False, {"max_retries": 0}),
    ([faults.status(401)], False, {}),
    ([faults.disconnect_mid_stream(after_chunks=1)], True, {}),
    ([faults.malformed_chunk(data="not json")], False, {}),
    ([faults.status(503)], False, {"max_retries": 1}),  # success after an INFO retry log
    ([faults.status(503), faults.status(503)], False, {"max_retries": 0, "fallback_models": ["b"]}),
]


@pytest.mark.anyio
async def test_the_key_is_in_no_log_repr_or_error() -> None:
    logger = logging.getLogger("test_secrets")
    seen: list[object] = []
    errors: list[BaseException] = []
    with debug_logs() as logs:
        with LocalServer(api_key=KEY) as server:
            client = async_client(server.base_url)
            seen += [client, client.with_options(timeout=5), str(client.base_url)]
            completion = await client.chat.completions.create(model=MODEL, messages=user("x"))
            raw_response = await client.chat.completions.with_raw_response.create(
                model=MODEL, messages=user("x")
            )
            stream = await client.chat.completions.create(
                model=MODEL, messages=user("x"), stream=True
            )
            seen += [completion, completion.to_json(), raw_response, raw_response.headers, stream]
            seen += [stream.response, stream.response.request, stream.response.request.headers]
            async with stream:
                await stream.get_final_completion()
            for injected, stream_it, options in SCENARIOS:
                for fault in injected:
                    server.inject(fault)
                try:
                    result = await client.chat.completions.create(
                        model=MODEL, messages=user("x"), stream=stream_it, **options
                    )
                    if stream_it:
                        await result.get_final_completion()
                except poe_sdk.PoeError as exc:
                    errors.append(exc)
                    logger.exception("the call failed: %r", exc)  # as an application would
            await client.close()
        for action in (raw.reset_before_status, raw.no_answer):
            with raw.api_server(raw.first(1, action)) as broken:
                client = async_client(broken.base_url, timeout=httpx.Timeout(0.15, connect=1))
                try:
                    await client.chat.completions.create(
                        model=MODEL, messages=user("x"), max_retries=0
                    )
                except poe_sdk.APIConnectionError as exc:
                    errors.append(exc)
                    logger.exception("connection failed")
                await client.close()
    kinds = {type(e).__name__ for e in errors}
    assert kinds == {
        "ServiceUnavailableError",
        "AuthenticationError",
        "IncompleteStreamError",
        "APIResponseValidationError",
        "AllModelsFailedError",
        "APIConnectionError",
        "APITimeoutError",
    }
    assert any("Retrying" in line for line in logs.lines)  # the INFO retry log was captured
    # and the HTTP stack's logs (httpcore's DEBUG lines on trio; on asyncio, where aiohttp
    # carries requests, httpx's INFO lines)
    assert any(line.startswith(("httpcore", "httpx")) for line in logs.lines)
    for error in errors:
        seen += _error_texts(error)
    assert_no_key(*seen, *logs.lines)


def test_the_sync_facade_shows_no_key() -> None:
    with debug_logs() as logs, LocalServer(api_key=KEY) as server:
        client = sync_client(server.base_url)
        seen: list[object] = [client, client.with_options(max_retries=1)]
        with client.chat.completions.create(model=MODEL, messages=user("x"), stream=True) as stream:
            seen += [stream, stream.response.request.headers]
            stream.get_final_completion()
        # retry_after: without it this 429 waits ~60 s (see test_faults "429-burst-after-traffic")
        server.inject(faults.status(429, retry_after=0.01), times=3)
        with pytest.raises(poe_sdk.RateLimitError) as caught:
            client.chat.completions.create(model=MODEL, messages=user("x"))
        seen += _error_texts(caught.value)
        client.close()
    assert_no_key(*seen, *logs.lines)


@pytest.mark.parametrize(
    "key", [KEY, "sk-with a space inside-0123456789abcdef", "Bearer-0123456789abcdef"]
)
def test_the_journal_never_holds_the_key(key: str) -> None:
    with LocalServer(api_key=key) as server:
        client = PoeClient(
            api_key=key,
            base_url=server.base_url,
            default_headers={"X-Api-Key": key},  # sent twice: the journal redacts both
        )
        client.chat.completions.create(model=MODEL, messages=user("x"))
        with client.chat.completions.create(model=MODEL, messages=user("x"), stream=True) as s:
            s.get_final_completion()
        client.close()
        journal = server.journal
    assert [entry.status for entry in journal] == [200, 200]
    secret = key.split("-", 1)[1]
    for entry in journal:
        assert entry.headers["authorization"] == "Bearer [REDACTED]"
        assert entry.headers["x-api-key"] == "[REDACTED]"
        for text in (repr(entry), repr(entry.headers), repr(entry.body), repr(server)):
            assert secret not in text


# -- redirects -----------------------------------------------------------------------------


def _redirect_to(location: str, code: int) -> raw.Action:
    def action(conn: raw.Conn, request: raw.RawRequest) -> bool:
        return conn.send_response(
            code, b"", headers={"location": location + request.path.removeprefix("/v1")}
        )

    return action


@pytest.mark.anyio
@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
@pytest.mark.parametrize(("code", "stream"), [(307, False), (308, True)])
async def test_a_redirect_to_another_origin_drops_the_key(
    host: str, code: int, stream: bool
) -> None:
    """Not followed at all: a typed error, and the other origin receives nothing (neither the
    key nor a custom credential header)."""
    with raw.api_server(raw.first(0, raw.echo)) as other:
        target = f"http://{host}:{other.port}/v1"
        with raw.api_server(raw.first(1, _redirect_to(target, code))) as origin:
            client = async_client(origin.base_url, default_headers={"X-Api-Key": KEY})
            with anyio.fail_after(10), pytest.raises(poe_sdk.APIStatusError) as caught:
                await client.chat.completions.create(
                    model=MODEL, messages=user("hop"), stream=stream
                )
            await client.close()
    assert caught.value.status_code == code
    assert "another origin" in str(caught.value)
    assert len(origin.requests) == 1  # not retried
    assert other.requests == []


def test_a_redirect_within_the_origin_keeps_the_key() -> None:
    """The control case: same scheme, host and port, so the key is still sent."""

    def plan(index: int) -> raw.Action:
        if index == 0:
            return lambda conn, request: conn.send_response(
                307, b"", headers={"location": "/v1/elsewhere/chat/completions"}
            )
        return raw.echo

    with raw.api_server(plan) as server:
        client = sync_client(server.base_url)
        reply = client.chat.completions.create(model=MODEL, messages=user("x"))
        client.close()
    assert reply.choices[0].message.content == "Echo: x"
    first, second = server.requests
    assert second.path == "/v1/elsewhere/chat/completions"
    assert second.headers["authorization"] == first.headers["authorization"] == f"Bearer {KEY}"


def test_the_sync_facade_drops_the_key_on_a_cross_origin_redirect() -> None:
    with raw.api_server(raw.first(0, raw.echo)) as other:
        target = f"http://localhost:{other.port}/v1"
        with raw.api_server(raw.first(1, _redirect_to(target, 307))) as origin:
            client = sync_client(origin.base_url)
            with pytest.raises(poe_sdk.APIStatusError, match="another origin"):
                client.chat.completions.create(model=MODEL, messages=user("x"))
            client.close()
    assert other.requests == []


# -- keys that cannot be sent --------------------------------------------------------------


def test_a_key_that_cannot_be_sent_is_rejected_at_construction() -> None:
    key = "sk-clé-0123456789abcdef"
    with pytest.raises(poe_sdk.RequestValidationError) as caught:
        AsyncPoeClient(api_key=key, base_url="http://127.0.0.1:9/v1")
    assert "clé" not in repr(caught.value)


@pytest.mark.anyio
async def test_an_unsendable_key_never_shows_in_the_error() -> None:
    key = "sk-clé-0123456789abcdef"
    error: BaseException | None = None
    with LocalServer() as server:
        try:
            client = AsyncPoeClient(api_key=key, base_url=server.base_url, retry_policy=FAST)
            try:
                await client.chat.completions.create(model=MODEL, messages=user("x"))
            finally:
                await client.close()
        except Exception as exc:  # Whatever it is, it must be typed and must not show the key.
            error = exc
    assert isinstance(error, poe_sdk.PoeError), repr(error)
    for text in _error_texts(error):
        assert "0123456789abcdef" not in str(text)


# -- cleartext -----------------------------------------------------------------------------


def _warnings_of(build: Any) -> list[warnings.WarningMessage]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        build()
    return [w for w in caught if issubclass(w.category, RuntimeWarning)]


@pytest.mark.parametrize("client_class", [AsyncPoeClient, PoeClient])
def test_plain_http_to_another_host_warns_once(client_class: type[Any]) -> None:
    caught = _warnings_of(lambda: client_class(api_key=KEY, base_url="http://example.invalid/v1"))
    assert len(caught) == 1
    message = str(caught[0].message)
    assert "unencrypted" in message and "example.invalid" in message
    assert_no_key(message)


@pytest.mark.parametrize(
    "client_class",
    [
        AsyncPoeClient,
        PoeClient,
    ],
)
def test_the_cleartext_warning_points_at_the_caller(client_class: type[Any]) -> None:
    caught = _warnings_of(lambda: client_class(api_key=KEY, base_url="http://example.invalid/v1"))
    assert caught[0].filename == __file__


@pytest.mark.parametrize("client_class", [AsyncPoeClient, PoeClient])
def test_copies_of_a_cleartext_client_do_not_warn_again(client_class: type[Any]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        client = client_class(api_key=KEY, base_url="http://example.invalid/v1")
    assert _warnings_of(lambda: client.with_options(timeout=5, max_retries=1)) == []


@pytest.mark.parametrize(
    "base_url",
    [
        "http://127.0.0.1:8000/v1",
        "http://localhost:8000/v1",
        "http://LOCALHOST/v1",
        "http://[::1]:8000/v1",
        "https://example.invalid/v1",
        "http://127.0.0.2:8000/v1",
    ],
)
def test_loopback_or_https_does_not_warn(base_url: str) -> None:
    assert _warnings_of(lambda: AsyncPoeClient(api_key=KEY, base_url=base_url)) == []
    assert _warnings_of(lambda: PoeClient(api_key=KEY, base_url=base_url)) == []


def test_warning_construction_makes_no_request() -> None:
    """Building a client for a host that does not exist sends nothing (no DNS, no socket)."""
    before = set(threading.enumerate())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        client = PoeClient(api_key=KEY, base_url="http://example.invalid/v1")
    # No thread started (the loop thread starts on the first call only).
    assert set(threading.enumerate()) <= before
    client.close()
