"""Dialects: the local server answering the way a given real server deviates from the spec.

Pure functions without I/O. A :class:`Dialect` rewrites the spec-conforming reply the server
builds (a completion, or the chunks of a stream) into the shape a real server sends, so users
test their code against those deviations offline: ``LocalServer(dialect="ollama")``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["DIALECTS", "Dialect", "dialect_named"]

Json = dict[str, Any]
Event = Json | str
"""A stream event: a chunk's JSON object, or the text of an SSE comment line (``: ...``)."""


def _same(value: Json) -> Json:
    return value


def _same_events(chunks: list[Json]) -> list[Event]:
    return list(chunks)


def _error_chunk_plain(error: Json, chunk: Json) -> Json:
    return error


@dataclass(frozen=True, slots=True)
class Dialect:
    """How one kind of server deviates: its completion, its stream and its in-stream errors."""

    name: str
    summary: str
    """One line: what this dialect sends that the spec does not promise."""
    completion: Callable[[Json], Json] = field(default=_same, repr=False)
    stream: Callable[[list[Json]], list[Event]] = field(default=_same_events, repr=False)
    error_event: Callable[[Json, Json], Json] = field(default=_error_chunk_plain, repr=False)
    """The error event of a stream, from the error body and the stream's first chunk."""

    def dump_completion(self, body: bytes) -> bytes:
        """The completion JSON as this dialect sends it."""
        if self.completion is _same:
            return body
        return _dumps(self.completion(json.loads(body)))

    def dump_stream(self, chunks: list[bytes]) -> list[bytes]:
        """The stream's events as this dialect sends them (comments start with ``:``)."""
        if self.stream is _same_events:
            return chunks
        events = self.stream([json.loads(c) for c in chunks])
        return [e.encode() if isinstance(e, str) else _dumps(e) for e in events]

    def dump_error(self, error: bytes, first_chunk: bytes | None) -> bytes:
        """The error event of a stream as this dialect sends it."""
        if self.error_event is _error_chunk_plain or first_chunk is None:
            return error
        return _dumps(self.error_event(json.loads(error), json.loads(first_chunk)))


def _choices(chunk: Json) -> list[Json]:
    choices: list[Json] = chunk.get("choices") or []
    return choices


def _delta(choice: Json) -> Json:
    delta: Json = choice.get("delta") or {}
    return delta


def _dumps(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def _without(keys: tuple[str, ...]) -> Callable[[Json], Json]:
    def drop(value: Json) -> Json:
        return {k: v for k, v in value.items() if k not in keys}

    return drop


def _each_chunk(change: Callable[[Json], Json]) -> Callable[[list[Json]], list[Event]]:
    def apply(chunks: list[Json]) -> list[Event]:
        return [change(c) for c in chunks]

    return apply


# -- sparse: mock servers used by test suites ---------------------------------------------------

_sparse = _without(("created", "object", "system_fingerprint"))


# -- ollama, gemini, sglang: tool-call deltas without index -------------------------------------


def _tool_calls_without_index(chunk: Json) -> Json:
    for choice in _choices(chunk):
        calls: list[Json] = _delta(choice).get("tool_calls") or []
        for call in calls:
            call.pop("index", None)
    return chunk


# -- azure: a first chunk with empty choices, content filter results ---------------------------

_FILTERS = {
    "hate": {"filtered": False, "severity": "safe"},
    "self_harm": {"filtered": False, "severity": "safe"},
    "sexual": {"filtered": False, "severity": "safe"},
    "violence": {"filtered": False, "severity": "safe"},
}


def _azure_completion(body: Json) -> Json:
    for choice in _choices(body):
        choice["content_filter_results"] = _FILTERS
    body["prompt_filter_results"] = [{"prompt_index": 0, "content_filter_results": _FILTERS}]
    return body


def _azure_stream(chunks: list[Json]) -> list[Event]:
    first: Json = {
        "id": "",
        "object": "",
        "created": 0,
        "model": "",
        "choices": [],
        "prompt_filter_results": [{"prompt_index": 0, "content_filter_results": _FILTERS}],
    }
    for chunk in chunks:
        for choice in _choices(chunk):
            choice["content_filter_results"] = {} if choice.get("finish_reason") else _FILTERS
    return [first, *chunks]


# -- openrouter: keep-alive comments, provider, in-stream error chunks ---------------------------


def _openrouter_completion(body: Json) -> Json:
    body["provider"] = "Local"
    return body


def _openrouter_stream(chunks: list[Json]) -> list[Event]:
    for chunk in chunks:
        chunk["provider"] = "Local"
    return [": OPENROUTER PROCESSING", ": OPENROUTER PROCESSING", *chunks]


def _openrouter_error(error: Json, chunk: Json) -> Json:
    detail = dict(error.get("error") or {})
    return {
        "id": chunk.get("id"),
        "object": "chat.completion.chunk",
        "created": chunk.get("created"),
        "model": chunk.get("model"),
        "provider": "Local",
        "error": {"code": detail.get("code") or 502, "message": detail.get("message", "")},
        "choices": [
            {
                "index": 0,
                "delta": {"content": ""},
                "finish_reason": "error",
                "native_finish_reason": "error",
            }
        ],
    }


# -- deepseek: reasoning_content beside the content ---------------------------------------------


def _reasoning_of(text: str | None) -> str:
    return f"The user wants a reply to: {text or '(nothing)'}"


def _deepseek_completion(body: Json) -> Json:
    for choice in _choices(body):
        message: Json = choice.get("message") or {}
        message["reasoning_content"] = _reasoning_of(message.get("content"))
    usage = body.get("usage")
    if usage:
        usage["prompt_cache_hit_tokens"] = 0
        usage["prompt_cache_miss_tokens"] = usage.get("prompt_tokens", 0)
    return body


def _deepseek_stream(chunks: list[Json]) -> list[Event]:
    text = "".join(
        str(_delta(choice).get("content") or "") for chunk in chunks for choice in _choices(chunk)
    )
    if not chunks:
        return []
    head, rest = chunks[0], chunks[1:]
    thinking: list[Event] = []
    for word in _reasoning_of(text).split(" "):
        chunk = {
            **head,
            "choices": [
                {
                    "index": 0,
                    "delta": {"content": None, "reasoning_content": word + " "},
                    "logprobs": None,
                    "finish_reason": None,
                }
            ],
        }
        thinking.append(chunk)
    return [head, *thinking, *rest]


# -- groq: x_groq with the request id, and the usage on the last chunk --------------------------


def _groq_completion(body: Json) -> Json:
    body["x_groq"] = {"id": "req_local"}
    usage = body.get("usage")
    if usage:
        usage.update(queue_time=0.01, prompt_time=0.002, completion_time=0.02, total_time=0.022)
    return body


def _groq_stream(chunks: list[Json]) -> list[Event]:
    if not chunks:
        return []
    chunks[0]["x_groq"] = {"id": "req_local"}
    usage = next((c["usage"] for c in chunks if c.get("usage")), None)
    finishing = [c for c in chunks if any(ch.get("finish_reason") for ch in _choices(c))]
    if finishing and usage is not None:
        finishing[-1]["x_groq"] = {"id": "req_local", "usage": usage}
    return list(chunks)


# -- vllm: usage on every chunk (continuous usage stats) ----------------------------------------


def _vllm_stream(chunks: list[Json]) -> list[Event]:
    prompt = next((c["usage"]["prompt_tokens"] for c in chunks if c.get("usage")), 0)
    produced = 0
    for chunk in chunks:
        if chunk.get("usage"):
            continue
        produced += sum(1 for ch in _choices(chunk) if _delta(ch).get("content"))
        chunk["usage"] = {
            "prompt_tokens": prompt,
            "completion_tokens": produced,
            "total_tokens": prompt + produced,
        }
    return list(chunks)


# -- llama.cpp: timings --------------------------------------------------------------------------


def _llamacpp_completion(body: Json) -> Json:
    body["timings"] = {"prompt_n": 1, "prompt_ms": 0.5, "predicted_n": 1, "predicted_ms": 1.0}
    return body


def _llamacpp_stream(chunks: list[Json]) -> list[Event]:
    if chunks:
        chunks[-1]["timings"] = {
            "prompt_n": 1,
            "prompt_ms": 0.5,
            "predicted_n": 1,
            "predicted_ms": 1.0,
        }
    return list(chunks)


DIALECTS: dict[str, Dialect] = {
    d.name: d
    for d in (
        Dialect("poe", "Poe's own replies: the OpenAI shape the spec describes (the default)."),
        Dialect(
            "sparse",
            "No created, object or system_fingerprint, in replies and chunks (mock servers).",
            completion=_sparse,
            stream=_each_chunk(_sparse),
        ),
        Dialect(
            "ollama",
            "Tool-call deltas without index (Ollama; Gemini, sglang and SambaNova do the same).",
            stream=_each_chunk(_tool_calls_without_index),
        ),
        Dialect(
            "azure",
            "A first chunk with empty choices and prompt_filter_results; content filter results.",
            completion=_azure_completion,
            stream=_azure_stream,
        ),
        Dialect(
            "openrouter",
            "': OPENROUTER PROCESSING' keep-alives, provider, errors as chunks with an error.",
            completion=_openrouter_completion,
            stream=_openrouter_stream,
            error_event=_openrouter_error,
        ),
        Dialect(
            "deepseek",
            "reasoning_content streamed before the content and kept in the final message.",
            completion=_deepseek_completion,
            stream=_deepseek_stream,
        ),
        Dialect(
            "groq",
            "x_groq with the request id, and the stream's usage inside x_groq on its last chunk.",
            completion=_groq_completion,
            stream=_groq_stream,
        ),
        Dialect(
            "vllm",
            "Cumulative usage on every chunk (vLLM's continuous usage stats).",
            stream=_vllm_stream,
        ),
        Dialect(
            "llamacpp",
            "A timings object beside the usage (llama.cpp's server).",
            completion=_llamacpp_completion,
            stream=_llamacpp_stream,
        ),
    )
}
"""Every dialect by name; ``"poe"`` is the default."""


def dialect_named(name: object) -> Dialect:
    """The dialect called ``name``; ``ValueError`` naming the known ones otherwise."""
    if isinstance(name, str) and name in DIALECTS:
        return DIALECTS[name]
    raise ValueError(f"dialect must be one of {', '.join(DIALECTS)}; got {name!r}")
