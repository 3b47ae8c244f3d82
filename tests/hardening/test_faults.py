"""Every fault over real sockets, on asyncio, trio and the sync facade.

Each case names a server misbehaviour (``LocalServer`` faults, or a raw-socket script for what
``LocalServer`` cannot do) and the documented outcome: success after N retries, or one typed
exception after N attempts. Every run is bounded (a hang fails the test), then checks that
nothing leaked (no queued request or checked-out connection in the pool, tasks back to their
number before the call) and that the client still serves a plain call afterwards.

``docs/faults.md`` is the table of these cases; ``test_docs.py`` keeps the two in step.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx
import pytest

import poe_sdk
from poe_sdk import AsyncPoeClient, PoeClient, RetryPolicy
from poe_sdk.testing import LocalServer, faults
from support import chunk_json

from . import raw_servers as raw
from .checks import (
    KEY,
    MODEL,
    assert_pool_clean,
    assert_sync_pool_clean,
    assert_tasks_back_to,
    async_client,
    bounded,
    loop_threads,
    sync_client,
    task_count,
    user,
    wait_loop_threads,
)
from .raw_servers import Conn, RawRequest

FIVE_MB = 5 * 1024 * 1024
TWENTY_MB = 20 * 1024 * 1024
DEEP = 100_000  # nesting depth of the hostile JSON bodies: far beyond any recursion limit
SILENCE = httpx.Timeout(0.2, connect=1.0)  # the read timeout of the cases of a silent server

# -- raw-socket actions (see raw_servers.api_script) ---------------------------------------


def stream_until_eof(conn: Conn, request: RawRequest) -> bool:
    """An HTTP/1.0-style body delimited by the connection's end, cut before ``[DONE]``."""
    head = "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nconnection: close\r\n\r\n"
    conn.send(head.encode() + raw.sse_event(chunk_json("Echo: ")))
    conn.close()
    return False


def _stream_of(*events: bytes) -> raw.Action:
    def action(conn: Conn, request: RawRequest) -> bool:
        conn.start_stream()
        for event in events:
            conn.send_chunk(event)
        return conn.end_chunks()

    return action


def _reply(status: int, body: bytes, content_type: str = "application/json") -> raw.Action:
    def action(conn: Conn, request: RawRequest) -> bool:
        return conn.send_response(status, body, content_type=content_type)

    return action


def invalid_gzip(conn: Conn, request: RawRequest) -> bool:
    body = b"\x1f\x8b\x08\x00 this is not gzip at all"
    return conn.send_response(200, body, headers={"content-encoding": "gzip"})


def oversized_headers(conn: Conn, request: RawRequest) -> bool:
    return conn.send_response(200, raw.completion_bytes(), headers={"x-junk": "j" * 100_000})


def garbage_status_line(conn: Conn, request: RawRequest) -> bool:
    conn.send(b"HTTP/1.1 OK-ish\r\n\r\n")
    return False


def informational_then_reply(conn: Conn, request: RawRequest) -> bool:
    conn.send(b"HTTP/1.1 103 Early Hints\r\nlink: </style.css>; rel=preload\r\n\r\n")
    return raw.echo(conn, request)


def short_body_then_close(conn: Conn, request: RawRequest) -> bool:
    """Promise more bytes than are sent, then close cleanly (FIN, not RST)."""
    body = raw.completion_bytes("Echo: " + raw.last_user_text(request))
    head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(body) + 50}"
    conn.send(head.encode() + b"\r\n\r\n" + body)
    conn.close()
    return False


def slow_drip(conn: Conn, request: RawRequest) -> bool:
    """A valid reply, 16 bytes every 50 ms: no read ever times out, the whole takes seconds."""
    body = raw.completion_bytes("Echo: " + raw.last_user_text(request))
    head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(body)}"
    conn.send(head.encode() + b"\r\n\r\n")
    for start in range(0, len(body), 16):
        if not conn.send(body[start : start + 16]) or conn.wait_eof(0.05):
            return False
    return True


malformed_chunk = _stream_of(
    raw.sse_event(chunk_json("Echo: ")),
    b'data: {"id": "chatcmpl-broken", "choices": [{\n\n',
    raw.DONE,
)


def oversized_chunk(conn: Conn, request: RawRequest) -> bool:
    """One valid event carrying 5 MB of content (built here, not at import)."""
    return _stream_of(raw.sse_event(chunk_json("x" * FIVE_MB)), raw.DONE)(conn, request)


def oversized_junk_line(conn: Conn, request: RawRequest) -> bool:
    return _stream_of(b"data: " + b"x" * FIVE_MB + b"\n\n", raw.DONE)(conn, request)


invalid_utf8_stream = _stream_of(
    raw.sse_event(chunk_json("Echo: ")),
    b'data: {"id": "c\xff\xfe", "choices": []}\n\n',
    raw.DONE,
)
deep_stream_event = _stream_of(b"data: " + b"[" * DEEP + b"\n\n", raw.DONE)
invalid_json_200 = _reply(200, b'{"id": "chatcmpl-1", "choices": [')
html_200 = _reply(
    200, b"<html><head><title>Sign in to the Wi-Fi</title></head></html>", "text/html"
)
invalid_utf8_json = _reply(200, raw.completion_bytes("ok").replace(b'"ok"', b'"o\xff\xfek"'))
invalid_utf8_error_body = _reply(500, b"\xff\xfe upstream \xc3\x28 failure", "text/plain")


def huge_json(conn: Conn, request: RawRequest) -> bool:
    return conn.send_response(200, raw.completion_bytes("y" * TWENTY_MB))


deep_json_200 = _reply(200, b"[" * DEEP)
deep_json_500 = _reply(500, b"[" * DEEP)


# -- environments --------------------------------------------------------------------------


@dataclass
class Env:
    base_url: str
    attempts: Callable[[], int | None]
    revive: Callable[[], object] = lambda: None  # makes the server answer the follow-up call


def _raw_env(plan: raw.Plan) -> Callable[[], contextlib.AbstractContextManager[Env]]:
    @contextlib.contextmanager
    def env() -> Iterator[Env]:
        with raw.api_server(plan) as server:
            yield Env(server.base_url, lambda: len(server.requests))
        assert not server.errors, server.errors

    return env


def _local_env(
    *injections: tuple[faults.Fault, int], prelude: int = 0
) -> Callable[[], contextlib.AbstractContextManager[Env]]:
    @contextlib.contextmanager
    def env() -> Iterator[Env]:
        with LocalServer(api_key=KEY) as server:
            for _ in range(prelude):  # Plain traffic first, so the rate-limit window is in use.
                httpx.post(
                    f"{server.base_url}/chat/completions",
                    json={"model": MODEL, "messages": user("warm-up")},
                    headers={"authorization": f"Bearer {KEY}"},
                ).raise_for_status()
            for fault, times in injections:
                server.inject(fault, times=times)
            yield Env(server.base_url, lambda: len(server.journal) - prelude)

    return env


@contextlib.contextmanager
def _refused_env() -> Iterator[Env]:
    """A port that refuses connections until the follow-up call, then serves normally."""
    with raw.refused_port() as sock:
        server = raw.api_server(raw.first(0, raw.echo), sock=sock)
        try:
            yield Env(server.base_url, lambda: None, revive=server.start)
        finally:
            server.stop()


# -- cases ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    id: str
    env: Callable[[], contextlib.AbstractContextManager[Env]]
    stream: bool = False
    error: type[poe_sdk.PoeError] | None = None  # None: the call succeeds
    retries: int | None = 0  # retries before success (error is None)
    attempts: int | None = 1  # requests the server saw before the error (error is set)
    content: Callable[[str], bool] = field(default=lambda text: text == "Echo: hi")
    bound: float = 10.0
    timeout: httpx.Timeout | None = None
    policy: RetryPolicy | None = None
    defect: str | None = None  # a known SDK defect: the case is a strict xfail

    @property
    def outcome(self) -> str:
        """The documented outcome, as ``docs/faults.md`` states it."""
        if self.error is None:
            if not self.retries:
                return "success"
            return f"success after {self.retries} {'retry' if self.retries == 1 else 'retries'}"
        return self.error.__name__


def _length(n: int) -> Callable[[str], bool]:
    return lambda text: len(text) == n


CASES = [
    # 429 and 503 bursts, with and without retry-after (LocalServer faults).
    Case("429-burst-retry-after", _local_env((faults.status(429, retry_after=0.05), 2)), retries=2),
    Case("429-burst", _local_env((faults.status(429), 2)), retries=2),
    Case(
        "429-burst-after-traffic",
        _local_env((faults.status(429), 2), prelude=1),
        retries=2,
        bound=1.0,
    ),
    Case(
        "429-tokens-limit-raw",
        _raw_env(
            raw.first(
                2,
                raw.status(
                    429,
                    b'{"error": {"message": "Rate limit reached for tokens"}}',
                    x_ratelimit_remaining_requests="59",
                    x_ratelimit_reset_requests="45s",
                    x_ratelimit_remaining_tokens="0",
                    x_ratelimit_reset_tokens="20ms",
                ),
            )
        ),
        retries=2,
        bound=1.0,
    ),
    Case(
        "429-exhausted",
        _local_env((faults.status(429), 3)),
        error=poe_sdk.RateLimitError,
        attempts=3,
    ),
    Case(
        "429-retry-after-above-cap",
        _local_env((faults.status(429, retry_after=120), 1)),
        error=poe_sdk.RateLimitError,
        attempts=1,
    ),
    Case("503-burst-retry-after", _local_env((faults.status(503, retry_after=0.05), 2)), retries=2),
    Case("503-burst", _local_env((faults.status(503), 2)), retries=2),
    Case("503-burst-stream", _local_env((faults.status(503), 2)), stream=True, retries=2),
    Case(
        "503-exhausted",
        _local_env((faults.status(503), 3)),
        error=poe_sdk.ServiceUnavailableError,
        attempts=3,
    ),
    # A proxy's HTML error page.
    Case("html-502-once", _local_env((faults.html_error(502), 1)), retries=1),
    Case(
        "html-502-exhausted",
        _local_env((faults.html_error(502), 3)),
        error=poe_sdk.InternalServerError,
        attempts=3,
    ),
    # Connections refused, reset, or never answered.
    Case("refused", _refused_env, error=poe_sdk.APIConnectionError, attempts=None),
    Case("reset-before-status", _raw_env(raw.first(2, raw.reset_before_status)), retries=2),
    Case(
        "reset-before-status-stream",
        _raw_env(raw.first(2, raw.reset_before_status)),
        stream=True,
        retries=2,
    ),
    Case(
        "reset-before-status-exhausted",
        _raw_env(raw.first(3, raw.reset_before_status)),
        error=poe_sdk.APIConnectionError,
        attempts=3,
    ),
    Case("reset-mid-body", _raw_env(raw.first(1, raw.reset_mid_body)), retries=1),
    Case(
        "reset-mid-stream",
        _raw_env(raw.first(1, raw.reset_mid_stream)),
        stream=True,
        error=poe_sdk.IncompleteStreamError,
    ),
    Case("no-answer-once", _raw_env(raw.first(1, raw.no_answer)), retries=1, timeout=SILENCE),
    Case(
        "no-answer",
        _raw_env(raw.first(3, raw.no_answer)),
        error=poe_sdk.APITimeoutError,
        attempts=3,
        timeout=SILENCE,
    ),
    Case(
        "no-answer-stream",
        _raw_env(raw.first(3, raw.no_answer)),
        stream=True,
        error=poe_sdk.APITimeoutError,
        attempts=3,
        timeout=SILENCE,
    ),
    Case(
        "stall-mid-stream",
        _raw_env(raw.first(1, raw.stall_mid_stream)),
        stream=True,
        error=poe_sdk.StreamTimeoutError,
        timeout=SILENCE,
    ),
    # Streams that end before [DONE], or carry bad events.
    Case(
        "truncated-stream",
        _raw_env(raw.first(1, raw.truncated_stream)),
        stream=True,
        error=poe_sdk.IncompleteStreamError,
    ),
    Case(
        "stream-until-eof",
        _raw_env(raw.first(1, stream_until_eof)),
        stream=True,
        error=poe_sdk.IncompleteStreamError,
    ),
    Case(
        "malformed-chunk",
        _raw_env(raw.first(1, malformed_chunk)),
        stream=True,
        error=poe_sdk.APIResponseValidationError,
    ),
    Case(
        "oversized-chunk",
        _raw_env(raw.first(1, oversized_chunk)),
        stream=True,
        content=_length(FIVE_MB),
    ),
    Case(
        "oversized-junk-line",
        _raw_env(raw.first(1, oversized_junk_line)),
        stream=True,
        error=poe_sdk.APIResponseValidationError,
    ),
    Case(
        "invalid-utf8-stream",
        _raw_env(raw.first(1, invalid_utf8_stream)),
        stream=True,
        error=poe_sdk.APIResponseValidationError,
    ),
    Case(
        "deeply-nested-stream-event",
        _raw_env(raw.first(1, deep_stream_event)),
        stream=True,
        error=poe_sdk.APIResponseValidationError,
    ),
    # Broken HTTP.
    Case(
        "garbage-status-line",
        _raw_env(raw.first(3, garbage_status_line)),
        error=poe_sdk.APIConnectionError,
        attempts=3,
    ),
    Case(
        "oversized-header-100kb",
        _raw_env(raw.first(1, oversized_headers)),
        content=lambda text: text == "Hello!",
    ),
    Case("informational-103-first", _raw_env(raw.first(1, informational_then_reply))),
    Case("short-body-then-close", _raw_env(raw.first(1, short_body_then_close)), retries=1),
    Case(
        "invalid-gzip-body",
        _raw_env(raw.first(3, invalid_gzip)),
        error=poe_sdk.APIConnectionError,
        attempts=3,
    ),
    Case(
        "slow-drip-total-timeout",
        _raw_env(raw.first(1, slow_drip)),
        error=poe_sdk.APITimeoutError,
        policy=RetryPolicy(initial_delay=0.01, max_delay=0.05, total_timeout=0.5),
    ),
    # Bodies that are not what a 200 promises.
    Case(
        "invalid-json-200",
        _raw_env(raw.first(1, invalid_json_200)),
        error=poe_sdk.APIResponseValidationError,
    ),
    Case("html-200", _raw_env(raw.first(1, html_200)), error=poe_sdk.APIResponseValidationError),
    Case(
        "invalid-utf8-json",
        _raw_env(raw.first(1, invalid_utf8_json)),
        error=poe_sdk.APIResponseValidationError,
    ),
    Case(
        "invalid-utf8-error-body",
        _raw_env(raw.first(3, invalid_utf8_error_body)),
        error=poe_sdk.InternalServerError,
        attempts=3,
    ),
    Case("huge-json-20mb", _raw_env(raw.first(1, huge_json)), content=_length(TWENTY_MB)),
    Case(
        "deeply-nested-json-200",
        _raw_env(raw.first(1, deep_json_200)),
        error=poe_sdk.APIResponseValidationError,
    ),
    Case(
        "deeply-nested-error-body",
        _raw_env(raw.first(3, deep_json_500)),
        error=poe_sdk.InternalServerError,
        attempts=3,
    ),
]

CASES_BY_ID = {case.id: case for case in CASES}
assert len(CASES_BY_ID) == len(CASES), "case ids must be unique"


def _params() -> list[Any]:
    params = []
    for case in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=case.defect)] if case.defect else []
        params.append(pytest.param(case, id=case.id, marks=marks))
    return params


# -- running a case ------------------------------------------------------------------------


@dataclass
class Outcome:
    content: str | None = None
    error: BaseException | None = None
    retries: int | None = None


def _check(case: Case, outcome: Outcome, env: Env) -> None:
    attempts = env.attempts()
    if case.error is None:
        assert outcome.error is None, repr(outcome.error)
        assert outcome.content is not None and case.content(outcome.content)
        assert outcome.retries == case.retries
        if attempts is not None:
            assert attempts == case.retries + 1  # type: ignore[operator]
        return
    assert type(outcome.error) is case.error, repr(outcome.error)
    if case.attempts is not None:
        assert attempts == case.attempts
    # The message stays short even when the offending event or body is 5 MB.
    assert len(str(outcome.error)) < 2000


def _options(case: Case) -> dict[str, Any]:
    return {} if case.timeout is None else {"timeout": case.timeout}


def _client_options(case: Case) -> dict[str, Any]:
    return {} if case.policy is None else {"retry_policy": case.policy}


async def _call_async(client: AsyncPoeClient, case: Case) -> Outcome:
    outcome = Outcome()
    options = _options(case)
    try:
        response = await client.chat.completions.with_raw_response.create(
            model=MODEL, messages=user("hi"), stream=case.stream, **options
        )
        outcome.retries = response.retries_taken
        result = response.parse()
        if isinstance(result, poe_sdk.AsyncStream):
            async with result as stream:
                completion = await stream.get_final_completion()
        else:
            completion = result
        outcome.content = completion.choices[0].message.content
    except poe_sdk.PoeError as exc:
        outcome.error = exc
    return outcome


def _call_sync(client: PoeClient, case: Case) -> Outcome:
    outcome = Outcome()
    options = _options(case)
    try:
        response = client.chat.completions.with_raw_response.create(
            model=MODEL, messages=user("hi"), stream=case.stream, **options
        )
        outcome.retries = response.retries_taken
        result = response.parse()
        if isinstance(result, poe_sdk.Stream):
            with result as stream:
                completion = stream.get_final_completion()
        else:
            completion = result
        outcome.content = completion.choices[0].message.content
    except poe_sdk.PoeError as exc:
        outcome.error = exc
    return outcome


@pytest.mark.anyio
@pytest.mark.parametrize("case", _params())
async def test_fault_async(case: Case) -> None:
    with case.env() as env:
        client = async_client(env.base_url, **_client_options(case))
        baseline = task_count()
        try:
            with anyio.fail_after(case.bound):
                outcome = await _call_async(client, case)
            _check(case, outcome, env)
            await assert_pool_clean(client)
            # The client still works, on the same pool.
            env.revive()
            with anyio.fail_after(5):
                after = await client.chat.completions.create(model=MODEL, messages=user("after"))
            assert after.choices[0].message.content == "Echo: after"
            await assert_pool_clean(client)
        finally:
            await client.close()
        await assert_tasks_back_to(baseline)


@pytest.mark.parametrize("case", _params())
def test_fault_sync(case: Case) -> None:
    threads = len(loop_threads())
    with case.env() as env:
        client = sync_client(env.base_url, **_client_options(case))
        try:
            outcome = bounded(lambda: _call_sync(client, case), case.bound, client.close)
            _check(case, outcome, env)
            assert_sync_pool_clean(client)
            env.revive()
            after = bounded(
                lambda: client.chat.completions.create(model=MODEL, messages=user("after")),
                5,
                client.close,
            )
            assert after.choices[0].message.content == "Echo: after"
            assert_sync_pool_clean(client)
        finally:
            client.close()
    assert wait_loop_threads(threads) == threads


# -- per-client retry options under faults -------------------------------------------------


async def _attempts_with_a_no_retry_copy(touch_first: bool) -> int:
    with LocalServer(api_key=KEY) as server:
        client = async_client(server.base_url)  # two retries
        if touch_first:
            await client.chat.completions.create(model=MODEL, messages=user("warm"))
        no_retry = client.with_options(max_retries=0)
        server.clear()
        server.inject(faults.status(503), times=3)
        with pytest.raises(poe_sdk.ServiceUnavailableError):
            await no_retry.chat.completions.create(model=MODEL, messages=user("x"))
        await client.close()
        return len(server.journal)


@pytest.mark.anyio
async def test_a_copy_made_before_use_applies_its_own_retry_option() -> None:
    assert await _attempts_with_a_no_retry_copy(touch_first=False) == 1


@pytest.mark.anyio
async def test_a_copy_made_after_use_applies_its_own_retry_option() -> None:
    assert await _attempts_with_a_no_retry_copy(touch_first=True) == 1


def test_a_sync_copy_made_after_use_applies_its_own_retry_option() -> None:
    with LocalServer(api_key=KEY) as server:
        client = sync_client(server.base_url)
        client.chat.completions.create(model=MODEL, messages=user("warm"))
        no_retry = client.with_options(max_retries=0)
        server.clear()
        server.inject(faults.status(503), times=3)
        with pytest.raises(poe_sdk.ServiceUnavailableError):
            no_retry.chat.completions.create(model=MODEL, messages=user("x"))
        client.close()
        assert len(server.journal) == 1
