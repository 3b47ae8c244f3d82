"""Real reply shapes: what OpenAI-compatible servers send, read over real sockets.

Each row is one way a real server answers (the row's ``source`` names the server or the public
issue it comes from). A raw server on loopback answers the request whose ``model`` is the row's
name with that row's bytes, so every row runs as a plain call, an async stream (asyncio and
trio), a sync stream and ``get_final_completion()``. With the default client every row reads
correctly; with ``strict_replies=True`` every row that deviates from the spec raises
``APIResponseValidationError`` (rows that only use what the spec allows, such as extra fields
or SSE comments, pass strict reading too).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import anyio
import pytest

import poe_sdk
from poe_sdk import AsyncPoeClient, PoeClient
from poe_sdk.types import ChatCompletion

from .raw_servers import DONE, Conn, RawRequest, RawServer, api_script

USER = [{"role": "user", "content": "Hi"}]


def _completion(message: dict[str, Any], finish: object = "stop", **top: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": "m",
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
    }
    body.update(top)
    return {k: v for k, v in body.items() if v is not _DROP}


def _chunk(delta: dict[str, Any], finish: object = None, **top: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1_700_000_000,
        "model": "m",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    body.update(top)
    return {k: v for k, v in body.items() if v is not _DROP}


_DROP = object()
"""A top-level value that leaves the field out."""
_USAGE = {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}


def _text_chunks(**top: Any) -> list[object]:
    return [
        _chunk({"role": "assistant", "content": ""}, **top),
        _chunk({"content": "Hello"}, **top),
        _chunk({"content": " there"}, **top),
        _chunk({}, "stop", **top),
    ]


@dataclass(frozen=True)
class Shape:
    """One reply shape, with what a user must read from it."""

    name: str
    source: str
    completion: object
    events: list[object]
    content: object = "Hello there"
    stream_content: object = "Hello there"
    finish_reason: str | None = "stop"
    tool_calls: tuple[tuple[str | None, str], ...] = ()
    reasoning: str | None = None
    reasoning_key: str = "reasoning_content"
    total_tokens: int | None = None
    deviates: str = "plain stream"
    """Where the shape breaks the spec: ``"plain"`` reply, ``"stream"``, both, or ``""``."""
    error: type[poe_sdk.PoeError] | None = None
    extra: dict[str, Any] = field(default_factory=dict[str, Any])


_HELLO = {"role": "assistant", "content": "Hello there"}
_CALL_ARGS = '{"city": "Paris"}'

SHAPES = [
    Shape(
        "openai",
        "the OpenAI shape the spec describes (Poe)",
        _completion(_HELLO),
        [*_text_chunks(), _chunk({}, _DROP, choices=[], usage=_USAGE)],
        total_tokens=5,
        deviates="",
    ),
    Shape(
        "sparse",
        "mock servers used by test suites: no created, object or model (openai-mock, llm-mock)",
        _completion(_HELLO, created=_DROP, object=_DROP, model=_DROP),
        _text_chunks(created=_DROP, object=_DROP, model=_DROP),
    ),
    Shape(
        "no-id",
        "servers without completion ids (llama-cpp-python early versions, LocalAI)",
        _completion(_HELLO, id=_DROP),
        _text_chunks(id=_DROP),
    ),
    Shape(
        "null-usage",
        "usage and system_fingerprint sent as null (LM Studio, several proxies)",
        _completion(_HELLO, usage=None, system_fingerprint=None),
        _text_chunks(usage=None, system_fingerprint=None),
        deviates="",
    ),
    Shape(
        "created-float",
        "created as a float timestamp (issue 11; Python proxies that send time.time())",
        _completion(_HELLO, created=1_700_000_000.25),
        _text_chunks(created=1_700_000_000.25),
        extra={"created": 1_700_000_000},
    ),
    Shape(
        "finish-empty",
        'finish_reason "" on intermediate chunks (issue 11)',
        _completion(_HELLO),
        [
            _chunk({"role": "assistant", "content": "Hello"}, ""),
            _chunk({"content": " there"}, ""),
            _chunk({}, "stop"),
        ],
        deviates="stream",
    ),
    Shape(
        "finish-eos",
        'finish_reason outside the enum: "eos" (text-generation-inference, some vLLM models)',
        _completion(_HELLO, finish="eos"),
        [*_text_chunks()[:-1], _chunk({}, "eos")],
        finish_reason="eos",
    ),
    Shape(
        "ollama-tools",
        "tool-call deltas without index (ollama/ollama#7881)",
        _completion(
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": "get_weather", "arguments": _CALL_ARGS},
                    }
                ],
            },
            "tool_calls",
        ),
        [
            _chunk({"role": "assistant", "content": None}),
            _chunk(
                {
                    "tool_calls": [
                        {
                            "id": "call_1",
                            "type": "function",
                            "function": {"name": "get_weather", "arguments": '{"city": '},
                        }
                    ]
                }
            ),
            _chunk({"tool_calls": [{"function": {"arguments": '"Paris"}'}}]}),
            _chunk({}, "tool_calls"),
        ],
        content=None,
        stream_content=None,
        finish_reason="tool_calls",
        tool_calls=(("get_weather", _CALL_ARGS),),
        deviates="stream",
    ),
    Shape(
        "gemini-parallel-tools",
        "two tool calls in one chunk without index (openai/openai-python#2806)",
        _completion(
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {"id": "a", "type": "function", "function": {"name": "f", "arguments": "{}"}},
                    {"id": "b", "type": "function", "function": {"name": "g", "arguments": "{}"}},
                ],
            },
            "tool_calls",
        ),
        [
            _chunk(
                {
                    "role": "assistant",
                    "tool_calls": [
                        {
                            "id": "a",
                            "type": "function",
                            "function": {"name": "f", "arguments": "{}"},
                        },
                        {
                            "id": "b",
                            "type": "function",
                            "function": {"name": "g", "arguments": "{}"},
                        },
                    ],
                }
            ),
            _chunk({}, "tool_calls"),
        ],
        content=None,
        stream_content=None,
        finish_reason="tool_calls",
        tool_calls=(("f", "{}"), ("g", "{}")),
        deviates="stream",
    ),
    Shape(
        "tools-no-function",
        "tool-call deltas without function in middle chunks (langchain-ai/langchain#34432)",
        _completion(
            {
                "role": "assistant",
                "tool_calls": [
                    {"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}
                ],
            },
            "tool_calls",
        ),
        [
            _chunk(
                {
                    "role": "assistant",
                    "tool_calls": [
                        {"index": 0, "id": "c", "type": "function", "function": {"name": "f"}}
                    ],
                }
            ),
            _chunk({"tool_calls": [{"index": 0}]}),
            _chunk({"tool_calls": [{"index": 0, "function": {"arguments": "{}"}}]}),
            _chunk({}, "tool_calls"),
        ],
        content=None,
        stream_content=None,
        finish_reason="tool_calls",
        tool_calls=(("f", "{}"),),
        deviates="",
    ),
    Shape(
        "arguments-object",
        "tool-call arguments sent as a JSON object instead of JSON text (issue 11)",
        _completion(
            {
                "role": "assistant",
                "tool_calls": [
                    {
                        "id": "c",
                        "type": "function",
                        "function": {"name": "get_weather", "arguments": {"city": "Paris"}},
                    }
                ],
            },
            "tool_calls",
        ),
        [
            _chunk(
                {
                    "role": "assistant",
                    "tool_calls": [
                        {
                            "index": 0,
                            "id": "c",
                            "type": "function",
                            "function": {"name": "get_weather", "arguments": {"city": "Paris"}},
                        }
                    ],
                }
            ),
            _chunk({}, "tool_calls"),
        ],
        content=None,
        stream_content=None,
        finish_reason="tool_calls",
        tool_calls=(("get_weather", _CALL_ARGS),),
    ),
    Shape(
        "azure-filters",
        "Azure OpenAI: a first chunk with empty choices and prompt_filter_results",
        _completion(
            _HELLO,
            prompt_filter_results=[{"prompt_index": 0, "content_filter_results": {}}],
        ),
        [
            {
                "id": "",
                "object": "",
                "created": 0,
                "model": "",
                "choices": [],
                "prompt_filter_results": [{"prompt_index": 0, "content_filter_results": {}}],
            },
            *_text_chunks(),
        ],
        deviates="",
    ),
    Shape(
        "openrouter-keepalive",
        "OpenRouter: ': OPENROUTER PROCESSING' comments before and between chunks",
        _completion(_HELLO, provider="Local"),
        [": OPENROUTER PROCESSING", *_text_chunks(provider="Local"), ": OPENROUTER PROCESSING"],
        deviates="",
    ),
    Shape(
        "deepseek-reasoning",
        "DeepSeek: reasoning_content beside the content",
        _completion({**_HELLO, "reasoning_content": "Think."}),
        [
            _chunk({"role": "assistant", "content": None, "reasoning_content": "Th"}),
            _chunk({"content": None, "reasoning_content": "ink."}),
            *_text_chunks()[1:],
        ],
        reasoning="Think.",
        deviates="",
    ),
    Shape(
        "ollama-reasoning",
        "reasoning text as `reasoning` beside the content (Ollama, OpenRouter)",
        _completion({**_HELLO, "reasoning": "Think."}),
        [
            _chunk({"role": "assistant", "content": "", "reasoning": "Th"}),
            _chunk({"content": "", "reasoning": "ink."}),
            *_text_chunks()[1:],
        ],
        reasoning_key="reasoning",
        reasoning="Think.",
        deviates="",
    ),
    Shape(
        "groq-x-groq",
        "Groq: x_groq with the request id, usage inside x_groq on the last chunk",
        _completion(_HELLO, x_groq={"id": "req_1"}),
        [
            *_text_chunks()[:-1],
            _chunk({}, "stop", x_groq={"id": "req_1", "usage": _USAGE}),
        ],
        deviates="",
    ),
    Shape(
        "vllm-usage-every-chunk",
        "vLLM continuous usage stats: cumulative usage on every chunk (the last one wins)",
        _completion(_HELLO, usage={**_USAGE, "total_tokens": 6}),
        [
            _chunk({"role": "assistant", "content": "Hello"}, usage={**_USAGE, "total_tokens": 4}),
            _chunk({"content": " there"}, usage=_USAGE),
            _chunk({}, "stop", usage={**_USAGE, "total_tokens": 6}),
        ],
        total_tokens=6,
        deviates="",
    ),
    Shape(
        "mistral-list-content",
        "Mistral reasoning models: content as a list of parts (thinking, text)",
        _completion(
            {
                "role": "assistant",
                "content": [{"type": "thinking", "thinking": []}, {"type": "text", "text": "Hi"}],
            }
        ),
        [
            _chunk({"role": "assistant", "content": [{"type": "text", "text": "Hello"}]}),
            _chunk({"content": " there"}),
            _chunk({}, "stop"),
        ],
        content=[{"type": "thinking", "thinking": []}, {"type": "text", "text": "Hi"}],
    ),
    Shape(
        "llamacpp-timings",
        "llama.cpp server: a timings object on the last chunk",
        _completion(_HELLO, timings={"predicted_ms": 1.0}),
        [*_text_chunks()[:-1], _chunk({}, "stop", timings={"predicted_ms": 1.0})],
        deviates="",
    ),
    Shape(
        "openrouter-error-chunk",
        "OpenRouter: an error object in a chunk with finish_reason 'error'",
        {"error": {"code": 429, "message": "Rate limit exceeded upstream"}},
        [
            _chunk({"role": "assistant", "content": "Hel"}),
            _chunk({"content": ""}, "error", error={"code": 429, "message": "upstream limit"}),
        ],
        error=poe_sdk.RateLimitError,
    ),
    Shape(
        "no-choices",
        "a JSON object with no choices (a misrouted proxy reply): nothing usable",
        {"id": "x", "object": "chat.completion", "status": "ok"},
        [{"id": "x", "status": "ok"}],
        error=poe_sdk.APIResponseValidationError,
    ),
]


def _encode(event: object) -> bytes:
    if isinstance(event, str):
        return event.encode() + b"\n\n"  # an SSE comment line
    return b"data: " + json.dumps(event).encode() + b"\n\n"


def _answer(conn: Conn, request: RawRequest) -> bool:
    body = request.json
    shape = next(s for s in SHAPES if s.name == body["model"])
    if body.get("stream"):
        conn.start_stream()
        for event in shape.events:
            conn.send_chunk(_encode(event))
        conn.send_chunk(DONE)
        return conn.end_chunks()
    return conn.send_response(200, json.dumps(shape.completion).encode())


@pytest.fixture(scope="module")
def server() -> Iterator[RawServer]:
    with RawServer(api_script(lambda _: _answer), lifetime=600.0) as running:
        yield running


def _check(shape: Shape, completion: ChatCompletion, *, streamed: bool) -> None:
    choice = completion.choices[0]
    message = choice.message
    assert message.content == (shape.stream_content if streamed else shape.content)
    assert choice.finish_reason == shape.finish_reason
    calls = [(c.function.name, c.function.arguments) for c in message.tool_calls or []]
    assert calls == list(shape.tool_calls)
    assert getattr(message, shape.reasoning_key, None) == shape.reasoning
    if shape.total_tokens is not None:
        assert completion.usage is not None
        assert completion.usage.total_tokens == shape.total_tokens
    for name, value in shape.extra.items():
        assert getattr(completion, name) == value


ROWS = [pytest.param(s, id=s.name) for s in SHAPES]


@pytest.mark.anyio
@pytest.mark.parametrize("shape", ROWS)
async def test_plain_call(server: RawServer, shape: Shape) -> None:
    async with AsyncPoeClient(api_key="k", base_url=server.base_url, max_retries=0) as client:
        if shape.error is not None:
            with pytest.raises(shape.error):
                await client.chat.completions.create(model=shape.name, messages=USER)
            return
        _check(
            shape,
            await client.chat.completions.create(model=shape.name, messages=USER),
            streamed=False,
        )


@pytest.mark.anyio
@pytest.mark.parametrize("shape", ROWS)
async def test_async_stream(server: RawServer, shape: Shape) -> None:
    async with AsyncPoeClient(api_key="k", base_url=server.base_url, max_retries=0) as client:
        stream = await client.chat.completions.create(model=shape.name, messages=USER, stream=True)
        async with stream:
            if shape.error is not None:
                with pytest.raises(shape.error):
                    async for _ in stream:
                        pass
                return
            chunks = [chunk async for chunk in stream]
            assert stream.completed
        accumulator = poe_sdk.ChatCompletionAccumulator()
        for chunk in chunks:
            accumulator.add(chunk)
        _check(shape, accumulator.completion(), streamed=True)


@pytest.mark.parametrize("shape", ROWS)
def test_sync_stream_final_completion(server: RawServer, shape: Shape) -> None:
    with PoeClient(api_key="k", base_url=server.base_url, max_retries=0) as client:
        stream = client.chat.completions.create(model=shape.name, messages=USER, stream=True)
        with stream:
            if shape.error is not None:
                with pytest.raises(shape.error):
                    stream.get_final_completion()
                return
            _check(shape, stream.get_final_completion(), streamed=True)


@pytest.mark.parametrize("shape", ROWS)
def test_async_final_completion(server: RawServer, shape: Shape) -> None:
    async def main() -> None:
        async with AsyncPoeClient(api_key="k", base_url=server.base_url, max_retries=0) as c:
            stream = await c.chat.completions.create(model=shape.name, messages=USER, stream=True)
            async with stream:
                if shape.error is not None:
                    with pytest.raises(shape.error):
                        await stream.get_final_completion()
                    return
                _check(shape, await stream.get_final_completion(), streamed=True)

    anyio.run(main)


STRICT_ROWS = [pytest.param(s, id=s.name) for s in SHAPES if s.error is None]


@pytest.mark.parametrize("shape", STRICT_ROWS)
def test_strict_replies_refuse_each_deviation(server: RawServer, shape: Shape) -> None:
    with PoeClient(
        api_key="k", base_url=server.base_url, max_retries=0, strict_replies=True
    ) as client:

        def plain() -> object:
            return client.chat.completions.create(model=shape.name, messages=USER)

        def streamed() -> object:
            stream = client.chat.completions.create(model=shape.name, messages=USER, stream=True)
            return stream.get_final_completion()

        for where, call in (("plain", plain), ("stream", streamed)):
            if where in shape.deviates:
                with pytest.raises(poe_sdk.APIResponseValidationError, match="strict_replies"):
                    call()
            else:
                assert isinstance(call(), ChatCompletion)
