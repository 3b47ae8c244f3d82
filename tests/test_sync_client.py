"""The sync facade: it drives the one async core from scripts, threads, notebooks and forks."""

from __future__ import annotations

import asyncio
import inspect
import json
import os
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
import respx

import poe_sdk
from hardening import raw_servers as raw
from poe_sdk import AsyncPoeClient, PoeClient
from poe_sdk._generated import resources
from poe_sdk.testing import LocalServer
from poe_sdk.types import ChatCompletion
from support import (
    API_KEY,
    BASE_URL,
    USER_MESSAGES,
    chunk_json,
    completion_json,
    in_forked_child,
    loop_threads,
    sse,
    sse_response,
)


def test_the_seeds_sync_example_runs_verbatim(
    router: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POE_API_KEY", API_KEY)
    monkeypatch.setenv("POE_BASE_URL", BASE_URL)
    router.post("/chat/completions").respond(json=completion_json("Central Park"))

    client = PoeClient(api_key=os.environ["POE_API_KEY"])
    resp = client.chat.completions.create(
        model="Claude-Sonnet-4",
        messages=[{"role": "user", "content": "Top 3 things to do in NYC?"}],
    )
    assert isinstance(resp, ChatCompletion)
    assert resp.choices[0].message.content == "Central Park"
    client.close()


def test_the_seeds_streaming_example(router: respx.MockRouter) -> None:
    router.post("/chat/completions").mock(
        return_value=sse_response(sse(chunk_json("San "), chunk_json("Francisco")))
    )
    printed: list[str] = []
    with PoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        stream = client.chat.completions.create(
            model="Claude-Sonnet-4",
            messages=[
                {"role": "system", "content": "You are a helpful travel agent."},
                {"role": "user", "content": "Tell me about San Francisco"},
            ],
            stream=True,
        )
        for chunk in stream:
            delta = chunk.choices[0].delta
            if delta and delta.content:
                printed.append(delta.content)
    assert "".join(printed) == "San Francisco"


def test_sync_stream_final_completion_and_text_deltas(router: respx.MockRouter) -> None:
    router.post("/chat/completions").mock(
        side_effect=[
            sse_response(sse(chunk_json("a"), chunk_json("b"))),
            sse_response(sse(chunk_json("c"), chunk_json("d"))),
        ]
    )
    with PoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        with client.chat.completions.create(model="m", messages=USER_MESSAGES, stream=True) as s:
            assert s.get_final_completion().choices[0].message.content == "ab"
        stream = client.chat.completions.create(model="m", messages=USER_MESSAGES, stream=True)
        assert list(stream.text_deltas()) == ["c", "d"]


def test_sync_stream_errors_are_the_async_cores_errors(router: respx.MockRouter) -> None:
    router.post("/chat/completions").mock(
        return_value=sse_response(sse(chunk_json("a"), done=False))
    )
    with PoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        stream = client.chat.completions.create(model="m", messages=USER_MESSAGES, stream=True)
        chunks = []
        with pytest.raises(poe_sdk.IncompleteStreamError) as info:
            for chunk in stream:
                chunks.append(chunk)
    assert len(chunks) == 1
    assert info.value.partial is not None


def test_sync_errors_raw_response_and_rate_limit(router: respx.MockRouter) -> None:
    router.post("/chat/completions").mock(
        side_effect=[
            httpx.Response(404, json={"error": {"message": "no such bot"}}),
            httpx.Response(
                200,
                json=completion_json(),
                headers={"x-request-id": "r1", "x-ratelimit-remaining-requests": "7"},
            ),
        ]
    )
    with PoeClient(api_key=API_KEY, base_url=BASE_URL, max_retries=0) as client:
        with pytest.raises(poe_sdk.NotFoundError):
            client.chat.completions.create(model="nope", messages=USER_MESSAGES)
        raw = client.chat.completions.with_raw_response.create(model="m", messages=USER_MESSAGES)
        assert raw.request_id == "r1"
        assert raw.http_request.method == "POST"
        assert str(raw.http_request.url) == f"{BASE_URL}/chat/completions"
        assert raw.parse().id == "chatcmpl-1"
        assert client.rate_limit is not None and client.rate_limit.remaining == 7


def test_sync_raw_stream_parse_returns_a_sync_stream(router: respx.MockRouter) -> None:
    router.post("/chat/completions").mock(return_value=sse_response(sse(chunk_json("x"))))
    with PoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        raw = client.chat.completions.with_raw_response.create(
            model="m", messages=USER_MESSAGES, stream=True
        )
        stream = raw.parse()
        assert isinstance(stream, poe_sdk.Stream)
        assert list(stream.text_deltas()) == ["x"]


def test_invalid_arguments_raise_in_the_calling_thread(router: respx.MockRouter) -> None:
    with PoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        with pytest.raises(poe_sdk.RequestValidationError, match="temperature"):
            client.chat.completions.create(model="m", messages=USER_MESSAGES, temperature=9)


def test_works_inside_a_running_event_loop(router: respx.MockRouter) -> None:
    router.post("/chat/completions").respond(json=completion_json("from a notebook"))
    client = PoeClient(api_key=API_KEY, base_url=BASE_URL)

    async def notebook_cell() -> str | None:
        return (
            client.chat.completions.create(model="m", messages=USER_MESSAGES)
            .choices[0]
            .message.content
        )

    assert asyncio.run(notebook_cell()) == "from a notebook"
    client.close()


def test_many_threads_share_one_client_and_one_loop_thread(router: respx.MockRouter) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        content = json.loads(request.content)["messages"][0]["content"]
        return httpx.Response(200, json=completion_json(content))

    router.post("/chat/completions").mock(side_effect=answer)
    baseline = len(loop_threads())
    with PoeClient(api_key=API_KEY, base_url=BASE_URL) as client:

        def call(i: int) -> str | None:
            messages = [{"role": "user", "content": f"n{i}"}]
            return (
                client.chat.completions.create(model="m", messages=messages)
                .choices[0]
                .message.content
            )

        with ThreadPoolExecutor(max_workers=8) as pool:
            results = list(pool.map(call, range(64)))
        assert results == [f"n{i}" for i in range(64)]
        assert len(loop_threads()) == baseline + 1
    assert len(loop_threads()) == baseline


def test_connections_are_reused_across_calls() -> None:
    with LocalServer() as server, PoeClient(api_key=API_KEY, base_url=server.base_url) as client:
        client.chat.completions.create(model="m", messages=USER_MESSAGES)
        client.chat.completions.create(model="m", messages=USER_MESSAGES)
        first, second = server.journal
    assert first.client == second.client  # one connection, as the server saw it


def test_sequential_calls_run_in_the_calling_thread(router: respx.MockRouter) -> None:
    threads: list[threading.Thread] = []

    def answer(request: httpx.Request) -> httpx.Response:
        threads.append(threading.current_thread())
        return httpx.Response(200, json=completion_json())

    router.post("/chat/completions").mock(side_effect=answer)
    baseline = len(loop_threads())
    with PoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        for _ in range(3):
            client.chat.completions.create(model="m", messages=USER_MESSAGES)
        assert threads == [threading.current_thread()] * 3
        assert len(loop_threads()) == baseline  # no thread started for sequential calls


def test_calls_run_in_the_calling_thread_again_once_threads_no_longer_overlap(
    router: respx.MockRouter,
) -> None:
    threads: list[threading.Thread] = []
    second_done = threading.Event()

    async def answer(request: httpx.Request) -> httpx.Response:
        content = json.loads(request.content)["messages"][0]["content"]
        threads.append(threading.current_thread())
        if content == "first":  # Still running while the second thread's call is made.
            waited = await asyncio.to_thread(second_done.wait, 5)
            assert waited
        return httpx.Response(200, json=completion_json(content))

    router.post("/chat/completions").mock(side_effect=answer)
    baseline = len(loop_threads())
    with PoeClient(api_key=API_KEY, base_url=BASE_URL) as client:

        def call(text: str) -> str | None:
            messages = [{"role": "user", "content": text}]
            reply = client.chat.completions.create(model="m", messages=messages)
            return reply.choices[0].message.content

        with ThreadPoolExecutor(max_workers=1) as pool:
            first = pool.submit(call, "first")
            time.sleep(0.1)
            assert call("second") == "second"  # handed to a loop thread, on the same loop
            second_done.set()
            assert first.result(timeout=5) == "first"
        assert len(loop_threads()) == baseline + 1
        threads.clear()
        for _ in range(3):
            assert call("later") == "later"
        assert threads == [threading.current_thread()] * 3  # no hand-off any more


def test_close_stops_the_loop_thread_and_with_options_shares_it(
    router: respx.MockRouter,
) -> None:
    router.post("/chat/completions").respond(json=completion_json())
    baseline = len(loop_threads())
    client = PoeClient(api_key=API_KEY, base_url=BASE_URL)
    other = client.with_options(timeout=5.0)

    async def notebook_cell(sync_client: PoeClient) -> str:  # runs on the loop thread
        return sync_client.chat.completions.create(model="m", messages=USER_MESSAGES).id

    assert asyncio.run(notebook_cell(other)) == "chatcmpl-1"
    assert asyncio.run(notebook_cell(client)) == "chatcmpl-1"
    client.chat.completions.create(model="m", messages=USER_MESSAGES)
    assert len(loop_threads()) == baseline + 1
    client.close()
    assert len(loop_threads()) == baseline
    with pytest.raises(poe_sdk.ClientClosedError):
        other.chat.completions.create(model="m", messages=USER_MESSAGES)
    client.close()


def test_a_call_never_waits_for_another_threads_call(router: respx.MockRouter) -> None:
    second_done = threading.Event()

    async def answer(request: httpx.Request) -> httpx.Response:
        content = json.loads(request.content)["messages"][0]["content"]
        if content == "first":  # Waits (on the shared loop) until the second is done.
            waited = await asyncio.to_thread(second_done.wait, 5)
            assert waited
        return httpx.Response(200, json=completion_json(content))

    router.post("/chat/completions").mock(side_effect=answer)
    with PoeClient(api_key=API_KEY, base_url=BASE_URL) as client:

        def call(text: str) -> str | None:
            messages = [{"role": "user", "content": text}]
            reply = client.chat.completions.create(model="m", messages=messages)
            return reply.choices[0].message.content

        with ThreadPoolExecutor(max_workers=1) as pool:
            first = pool.submit(call, "first")
            time.sleep(0.1)
            assert call("second") == "second"
            second_done.set()
            assert first.result(timeout=5) == "first"


def test_a_garbage_collected_client_stops_its_thread(router: respx.MockRouter) -> None:
    import gc

    router.post("/chat/completions").respond(json=completion_json())
    baseline = len(loop_threads())
    client = PoeClient(api_key=API_KEY, base_url=BASE_URL)
    client.chat.completions.create(model="m", messages=USER_MESSAGES)
    del client
    gc.collect()
    deadline = time.monotonic() + 5
    while len(loop_threads()) > baseline and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(loop_threads()) == baseline


def test_ctrl_c_cancels_the_request_and_raises_keyboard_interrupt(
    router: respx.MockRouter,
) -> None:
    cancelled = threading.Event()

    async def slow(request: httpx.Request) -> httpx.Response:
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            cancelled.set()
            raise
        return httpx.Response(200, json=completion_json())

    router.post("/chat/completions").mock(side_effect=slow)
    main = threading.get_ident()
    with PoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        timer = threading.Timer(0.2, lambda: signal.pthread_kill(main, signal.SIGINT))
        timer.start()
        started = time.monotonic()
        with pytest.raises(KeyboardInterrupt):
            client.chat.completions.create(model="m", messages=USER_MESSAGES)
        assert time.monotonic() - started < 5
        assert cancelled.wait(5)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_forked_child_uses_its_own_loop_and_connections() -> None:
    """The child opens its own connection (its own loop and pool: the parent's socket is not
    shared); the parent goes on with the connection it had."""
    with raw.api_server(lambda index: raw.echo) as server:
        with PoeClient(api_key=API_KEY, base_url=server.base_url) as client:
            client.chat.completions.create(model="m", messages=USER_MESSAGES)
            assert server.accepted == 1

            def in_the_child() -> bool:
                result = client.chat.completions.create(model="m", messages=USER_MESSAGES)
                return result.choices[0].message.content == "Echo: Top 3 things to do in NYC?"

            assert in_forked_child(in_the_child)
            assert server.accepted == 2
            client.chat.completions.create(model="m", messages=USER_MESSAGES)
            assert server.accepted == 2
        assert len(server.requests) == 3


def test_async_client_survives_two_asyncio_runs(router: respx.MockRouter) -> None:
    router.post("/chat/completions").respond(json=completion_json())
    client = AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL)

    async def call() -> str:
        return (await client.chat.completions.create(model="m", messages=USER_MESSAGES)).id

    assert asyncio.run(call()) == "chatcmpl-1"
    assert asyncio.run(call()) == "chatcmpl-1"


def _public_methods(cls: type) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for name, member in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_")
    }


@pytest.mark.parametrize(
    ("async_cls", "sync_cls"),
    [
        (getattr(resources, name), getattr(resources, name.removeprefix("Async")))
        for name in resources.__all__
        if name.startswith("Async") and name.removeprefix("Async") in resources.__all__
    ],
)
def test_every_async_method_has_a_sync_twin(async_cls: type, sync_cls: type) -> None:
    async_methods = _public_methods(async_cls)
    sync_methods = _public_methods(sync_cls)
    assert async_methods.keys() == sync_methods.keys()
    for name, signature in async_methods.items():
        assert list(signature.parameters.values()) == list(
            sync_methods[name].parameters.values()
        ), name


def test_clients_have_the_same_constructor_and_options() -> None:
    for name in ("__init__", "with_options"):
        async_params = inspect.signature(getattr(AsyncPoeClient, name)).parameters
        sync_params = inspect.signature(getattr(PoeClient, name)).parameters
        assert list(async_params) == list(sync_params), name
        for param in async_params:
            assert async_params[param].default == sync_params[param].default, (name, param)


def test_close_closes_the_connection_pool() -> None:
    """A call made inside a running event loop (a notebook cell) is handed to the client's
    loop and uses its pool: one connection, which ``close`` closes."""
    with raw.api_server(lambda index: raw.echo) as server:
        client = PoeClient(api_key=API_KEY, base_url=server.base_url)
        client.chat.completions.create(model="m", messages=USER_MESSAGES)

        async def notebook_cell() -> None:
            client.chat.completions.create(model="m", messages=USER_MESSAGES)

        asyncio.run(notebook_cell())
        assert (server.accepted, len(server.requests)) == (1, 2)
        assert not server.saw_disconnect(0)
        client.close()
        assert server.wait_disconnect(0)
    with pytest.raises(RuntimeError, match="closed"):
        client.chat.completions.create(model="m", messages=USER_MESSAGES)


def test_an_unclosed_client_does_not_hang_interpreter_exit() -> None:
    import subprocess
    import sys

    script = (
        "import httpx\n"
        "from poe_sdk import PoeClient\n"
        "def answer(request):\n"
        "    return httpx.Response(500, json={'error': {'message': 'x'}})\n"
        "http = httpx.AsyncClient(transport=httpx.MockTransport(answer))\n"
        f"client = PoeClient(api_key='k', base_url={BASE_URL!r}, http_client=http, max_retries=0)\n"
        "messages = [{'role': 'user', 'content': 'x'}]\n"
        "try:\n"
        "    client.chat.completions.create(model='m', messages=messages)\n"
        "except Exception as exc:\n"
        "    print(type(exc).__name__)\n"
    )
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", script], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "InternalServerError"
    assert result.stderr == ""
    assert time.monotonic() - started < 10


def test_a_slow_reader_does_not_make_the_stream_buffer_everything(
    router: respx.MockRouter,
) -> None:
    from collections.abc import AsyncIterator

    from poe_sdk._sync import stream as _sync_stream

    class OneEventPerRead(httpx.AsyncByteStream):
        async def __aiter__(self) -> AsyncIterator[bytes]:
            for i in range(2000):
                yield sse(chunk_json(str(i)), done=False)
            yield b"data: [DONE]\n\n"

    router.post("/chat/completions").mock(
        return_value=httpx.Response(200, stream=OneEventPerRead())
    )
    with PoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        stream = client.chat.completions.create(model="m", messages=USER_MESSAGES, stream=True)
        with stream:
            first = [next(stream) for _ in range(10)]
            time.sleep(0.3)  # let the producer run ahead as far as it may
            assert stream._produced - stream._taken <= _sync_stream._HIGH_WATER
            rest = list(stream)
    texts = [c.choices[0].delta.content for c in first + rest if c.choices]
    assert texts == [str(i) for i in range(2000)]


@pytest.mark.anyio
async def test_async_with_on_the_sync_client_says_use_with() -> None:
    """Issue 26 item 6: the sync client under ``async with`` names both right ways."""
    client = PoeClient(api_key=API_KEY, base_url=BASE_URL)
    with pytest.raises(TypeError) as info:
        async with client:
            pass
    assert str(info.value) == (
        "PoeClient is the sync client: use `with PoeClient() as client:`, or `async with "
        "AsyncPoeClient() as client:` in async code"
    )
    client.close()
