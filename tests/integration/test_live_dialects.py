"""LocalServer dialects: each answers like a real server, and the default client reads it."""

from __future__ import annotations

import pytest

import poe_sdk
from poe_sdk import PoeClient
from poe_sdk.testing import DIALECTS, LocalServer, faults

USER = [{"role": "user", "content": "Hi there"}]
TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
            },
        },
    }
]
STRICT_FAILURES = {"sparse": {"plain", "stream", "tools"}, "ollama": {"tools"}}
"""Where each dialect breaks the spec (the others only add fields or comments)."""


@pytest.fixture(params=sorted(DIALECTS))
def server(request: pytest.FixtureRequest) -> LocalServer:
    with LocalServer(dialect=request.param) as running:
        yield running  # type: ignore[misc]


def test_every_dialect_reads_like_the_spec(server: LocalServer) -> None:
    with PoeClient(api_key="k", base_url=server.base_url, max_retries=0) as client:
        reply = client.chat.completions.create(model="m", messages=USER)
        assert reply.choices[0].message.content == "Echo: Hi there"
        stream = client.chat.completions.create(
            model="m", messages=USER, stream=True, stream_options={"include_usage": True}
        )
        final = stream.get_final_completion()
        assert final.choices[0].message.content == "Echo: Hi there"
        assert final.choices[0].finish_reason == "stop"
        assert final.usage is not None
        assert final.usage.total_tokens == reply.usage.total_tokens  # type: ignore[union-attr]
        called = client.chat.completions.create(
            model="m",
            messages=[{"role": "user", "content": "Paris"}],
            tools=TOOLS,
            stream=True,
        ).get_final_completion()
        calls = called.choices[0].message.tool_calls or []
        assert [(c.function.name, c.function.arguments) for c in calls] == [
            ("get_weather", '{"city": "Paris"}')
        ]


def test_dialect_specific_fields_stay_readable() -> None:
    with (
        LocalServer(dialect="deepseek") as server,
        PoeClient(api_key="k", base_url=server.base_url) as client,
    ):
        final = client.chat.completions.create(model="m", messages=USER, stream=True)
        message = final.get_final_completion().choices[0].message
        assert message.reasoning_content == "The user wants a reply to: Echo: Hi there "  # type: ignore[attr-defined]
    with (
        LocalServer(dialect="sparse") as server,
        PoeClient(api_key="k", base_url=server.base_url) as client,
    ):
        reply = client.chat.completions.create(model="m", messages=USER)
        assert reply.created is None  # type: ignore[comparison-overlap]
        assert reply.object == "chat.completion"  # the spec's default


def test_an_error_chunk_in_the_openrouter_dialect_raises_its_typed_error() -> None:
    with (
        LocalServer(dialect="openrouter") as server,
        PoeClient(api_key="k", base_url=server.base_url, max_retries=0) as client,
    ):
        server.inject(faults.error_event(after_chunks=3, code=429, type="rate_limit_error"))
        stream = client.chat.completions.create(model="m", messages=USER, stream=True)
        with pytest.raises(poe_sdk.RateLimitError, match="Error in stream"):
            stream.get_final_completion()


def test_strict_replies_catch_the_dialects_that_break_the_spec(server: LocalServer) -> None:
    expected = STRICT_FAILURES.get(server.dialect, set())
    with PoeClient(
        api_key="k", base_url=server.base_url, max_retries=0, strict_replies=True
    ) as client:
        calls = {
            "plain": lambda: client.chat.completions.create(model="m", messages=USER),
            "stream": lambda: client.chat.completions.create(
                model="m", messages=USER, stream=True
            ).get_final_completion(),
            "tools": lambda: client.chat.completions.create(
                model="m", messages=USER, tools=TOOLS, stream=True
            ).get_final_completion(),
        }
        for name, call in calls.items():
            if name in expected:
                with pytest.raises(poe_sdk.APIResponseValidationError, match="strict_replies"):
                    call()
            else:
                call()


def test_an_unknown_dialect_is_refused_naming_the_known_ones() -> None:
    with pytest.raises(ValueError, match="ollama"):
        LocalServer(dialect="olama")
