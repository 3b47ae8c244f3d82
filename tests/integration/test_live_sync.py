"""LocalServer through the sync PoeClient, and the server's own lifecycle."""

from __future__ import annotations

import json
import socket
import threading
import time

import pytest

import poe_sdk
from poe_sdk import PoeClient
from poe_sdk.testing import DEFAULT_MODELS, LocalServer, faults
from poe_sdk.testing.pytest_plugin import TEST_API_KEY
from support import MODEL, user

from .helpers import WEATHER_TOOL


def server_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("poe-sdk-local-server")]


def test_plain_completion(poe_server: LocalServer, poe_client: PoeClient) -> None:
    completion = poe_client.chat.completions.create(model=MODEL, messages=user("sync hello"))

    assert completion.choices[0].message.content == "Echo: sync hello"
    assert completion.model == MODEL
    assert poe_server.last_request is not None
    assert poe_server.last_request.headers["authorization"] == "Bearer [REDACTED]"


def test_streaming(poe_server: LocalServer, poe_client: PoeClient) -> None:
    with poe_client.chat.completions.create(
        model=MODEL,
        messages=user("sync stream"),
        stream=True,
        stream_options={"include_usage": True},
    ) as stream:
        deltas = list(stream.text_deltas())
    assert deltas == ["Echo: ", "sync ", "stream"]
    assert stream.completed

    again = poe_client.chat.completions.create(model=MODEL, messages=user("two"), stream=True)
    completion = again.get_final_completion()
    assert completion.choices[0].message.content == "Echo: two"
    assert len({e.client_port for e in poe_server.journal}) == 1


def test_a_script_mixing_calls_and_streams_uses_one_connection(
    poe_server: LocalServer, poe_client: PoeClient
) -> None:
    """One sync client holds one loop and one pool whatever it does (issue 22): plain calls,
    streams, raw and streamed responses, one after the other, all go over one connection."""
    texts: list[str | None] = []
    for round_ in range(3):
        reply = poe_client.chat.completions.create(model=MODEL, messages=user(f"plain {round_}"))
        texts.append(reply.choices[0].message.content)
        with poe_client.chat.completions.create(
            model=MODEL, messages=user(f"stream {round_}"), stream=True
        ) as stream:
            texts.append("".join(stream.text_deltas()))
        raw = poe_client.chat.completions.with_raw_response.create(
            model=MODEL, messages=user(f"raw {round_}")
        )
        texts.append(raw.parse().choices[0].message.content)
        with poe_client.chat.completions.with_streaming_response.create(
            model=MODEL, messages=user(f"streamed {round_}"), stream=True
        ) as streamed:
            with streamed.parse() as chunks:
                texts.append("".join(c.choices[0].delta.content or "" for c in chunks if c.choices))
        texts.append(
            poe_client.chat.completions.create(
                model=MODEL, messages=user(f"final {round_}"), stream=True
            )
            .get_final_completion()
            .choices[0]
            .message.content
        )
    assert texts == [
        f"Echo: {kind} {round_}"
        for round_ in range(3)
        for kind in ("plain", "stream", "raw", "streamed", "final")
    ]
    assert len(poe_server.journal) == 15
    assert len({request.client for request in poe_server.journal}) == 1  # one connection


def test_tool_call_round_trip(poe_client: PoeClient) -> None:
    first = poe_client.chat.completions.create(
        model=MODEL, messages=user("Oslo"), tools=[WEATHER_TOOL]
    )
    [call] = first.choices[0].message.tool_calls or []
    assert json.loads(call.function.arguments)["city"] == "Oslo"

    second = poe_client.chat.completions.create(
        model=MODEL,
        messages=[
            *user("Oslo"),
            first.choices[0].message,
            {"role": "tool", "tool_call_id": call.id, "content": "-3°C"},
        ],
        tools=[WEATHER_TOOL],
    )
    assert second.choices[0].message.content == "The tool get_weather returned: -3°C"


def test_503_then_success(poe_server: LocalServer, poe_client: PoeClient) -> None:
    poe_server.inject(faults.status(503))

    completion = poe_client.chat.completions.create(model=MODEL, messages=user("x"))

    assert completion.choices[0].message.content == "Echo: x"
    assert [e.status for e in poe_server.journal] == [503, 200]


def test_disconnect_mid_stream(poe_server: LocalServer, poe_client: PoeClient) -> None:
    poe_server.inject(faults.disconnect_mid_stream(after_chunks=2))

    stream = poe_client.chat.completions.create(model=MODEL, messages=user("a b c"), stream=True)
    with pytest.raises(poe_sdk.IncompleteStreamError) as caught:
        for _ in stream:
            pass

    assert caught.value.partial is not None
    assert caught.value.partial.choices[0].message.content == "Echo: "
    assert poe_client.chat.completions.create(model=MODEL, messages=user("ok")).choices


def test_error_event(poe_server: LocalServer, poe_client: PoeClient) -> None:
    poe_server.inject(faults.error_event(type="rate_limit_error", code="rate_limit_exceeded"))

    stream = poe_client.chat.completions.create(model=MODEL, messages=user("x"), stream=True)
    with pytest.raises(poe_sdk.RateLimitError):
        stream.get_final_completion()
    assert poe_client.chat.completions.create(model=MODEL, messages=user("ok")).choices


def test_delay_and_timeout(poe_server: LocalServer, poe_client: PoeClient) -> None:
    poe_server.inject(faults.delay(5))

    with pytest.raises(poe_sdk.APITimeoutError):
        poe_client.chat.completions.create(
            model=MODEL, messages=user("x"), timeout=0.2, max_retries=0
        )
    assert poe_client.chat.completions.create(model=MODEL, messages=user("ok")).choices


def test_wrong_key(poe_server: LocalServer) -> None:
    with PoeClient(api_key="sk-nope", base_url=poe_server.base_url) as client:
        with pytest.raises(poe_sdk.AuthenticationError):
            client.chat.completions.create(model=MODEL, messages=user("x"))
    assert len(poe_server.journal) == 1  # 401 is not retried


def test_lifecycle_leaves_no_thread_behind() -> None:
    before = server_threads()
    server = LocalServer()
    with pytest.raises(RuntimeError, match="start it first"):
        _ = server.port
    with server:
        assert server.running
        assert server.base_url == f"http://127.0.0.1:{server.port}/v1"
        assert server.url == f"http://127.0.0.1:{server.port}"
        assert len(server_threads()) == len(before) + 1
        with pytest.raises(RuntimeError, match="already running"):
            server.start()
    assert not server.running
    assert server_threads() == before
    server.stop()  # a second stop is harmless


def test_restart_after_stop() -> None:
    server = LocalServer()
    for _ in range(2):
        server.start()
        try:
            with PoeClient(api_key="k", base_url=server.base_url) as client:
                reply = client.chat.completions.create(model=MODEL, messages=user("again"))
            assert reply.choices[0].message.content == "Echo: again"
        finally:
            server.stop()
    assert len(server.journal) == 2


def test_start_and_stop_are_fast() -> None:
    started = time.monotonic()
    for _ in range(5):
        with LocalServer():
            pass
    assert time.monotonic() - started < 2.0


def test_stop_with_a_request_in_flight() -> None:
    server = LocalServer().start()
    server.inject(faults.slow_first_byte(30))
    results: list[object] = []

    def call() -> None:
        with PoeClient(api_key="k", base_url=server.base_url, max_retries=0) as client:
            try:
                results.append(client.chat.completions.create(model=MODEL, messages=user("x")))
            except poe_sdk.APIError as exc:
                results.append(exc)

    worker = threading.Thread(target=call)
    worker.start()
    deadline = time.monotonic() + 5
    while not server.journal and time.monotonic() < deadline:
        time.sleep(0.01)
    started = time.monotonic()
    server.stop()
    worker.join(5)

    assert time.monotonic() - started < 2.5
    assert not worker.is_alive()
    assert len(results) == 1
    assert server_threads() == []


def test_fixed_port_in_use() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(OSError, match="in use"):
            LocalServer(port=port).start()
    assert server_threads() == []


@pytest.mark.parametrize(
    ("options", "name"),
    [
        ({"port": -1}, "port"),
        ({"port": 70000}, "port"),
        ({"api_key": ""}, "api_key"),
        ({"requests_per_minute": 0}, "requests_per_minute"),
        ({"rate_limit_window": 0}, "rate_limit_window"),
        ({"models": "GPT-4o"}, "models"),
    ],
)
def test_invalid_options(options: dict[str, object], name: str) -> None:
    with pytest.raises(ValueError, match=name):
        LocalServer(**options)  # type: ignore[arg-type]


def test_invalid_faults() -> None:
    server = LocalServer()
    with pytest.raises(TypeError):
        server.inject("503")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="times"):
        server.inject(faults.status(503), times=0)
    with pytest.raises(ValueError, match="status"):
        faults.status(99)
    with pytest.raises(ValueError, match="seconds"):
        faults.delay(-1)
    with pytest.raises(ValueError, match="after_chunks"):
        faults.truncate_stream(after_chunks=-1)
    with pytest.raises(ValueError, match="single line"):
        faults.malformed_chunk(data="two\nlines")


@pytest.mark.poe_server(requests_per_minute=1)
def test_reset_forgets_everything(poe_server: LocalServer, poe_client: PoeClient) -> None:
    poe_client.chat.completions.create(model=MODEL, messages=user("x"))
    poe_server.inject(faults.status(500), times=5)

    poe_server.reset()

    assert poe_server.journal == []
    assert poe_server.pending_faults == ()
    # The rate-limit window is empty again: no 429.
    poe_client.chat.completions.create(model=MODEL, messages=user("y"), max_retries=0)
    poe_server.clear()
    assert poe_server.journal == []


def test_marker_defaults(poe_server: LocalServer) -> None:
    assert poe_server.requires_api_key
    assert poe_server.running
    assert TEST_API_KEY not in repr(poe_server)
    assert MODEL in DEFAULT_MODELS
