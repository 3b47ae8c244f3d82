"""The local server's model catalog and its media bots.

``GET /v1/models`` lists each model with the fields Poe sends (description, architecture,
supported endpoints and features, pricing as decimal strings, context window, reasoning,
parameters with JSON schemas); the catalog needs no API key, as Poe's. The media bots
(:data:`MEDIA_BOTS`) answer a chat completion the way Poe's image, video and audio bots do: a
Markdown link to the file they made, here a URL on the server itself (``/files/<name>``) that
serves a few bytes of the right media type.
"""

from __future__ import annotations

import hashlib
from typing import Any

__all__ = ["MEDIA_BOTS", "MEDIA_FILES", "media_content", "media_file", "model_entry"]

_CREATED = 1_700_000_000_000  # Poe reports milliseconds

MEDIA_BOTS: dict[str, str] = {"GPT-Image-1": "image", "Veo-3": "video", "ElevenLabs-v3": "audio"}
"""The media bots and the kind of file each answers with."""

MEDIA_FILES: dict[str, tuple[str, str, bytes]] = {
    "image": ("png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 24),
    "video": ("mp4", "video/mp4", b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 12),
    "audio": ("mp3", "audio/mpeg", b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\x00" * 16),
}
"""Per kind: the file extension, media type and bytes the server serves."""

_OWNERS = {"Claude": "Anthropic", "GPT": "OpenAI", "Gemini": "Google", "Llama": "Meta"}
_PRICES: dict[str, tuple[str, str]] = {
    "Claude-Sonnet-4": ("0.0000026", "0.000013"),
    "Claude-Opus-4.1": ("0.000013", "0.000064"),
    "Claude-Haiku-3.5": ("0.00000068", "0.0000034"),
    "GPT-4o": ("0.0000022", "0.0000088"),
    "GPT-4o-Mini": ("0.00000013", "0.00000054"),
    "GPT-5": ("0.0000011", "0.0000090"),
    "Gemini-2.5-Pro": ("0.00000087", "0.0000070"),
    "Gemini-2.5-Flash": ("0.00000021", "0.0000018"),
    "Llama-3.1-405B": ("0.0000030", "0.0000030"),
}
_REASONING = {"Claude-Sonnet-4", "Claude-Opus-4.1", "GPT-5", "Gemini-2.5-Pro"}


def model_entry(model: str) -> dict[str, Any]:
    """The ``/v1/models`` entry of ``model`` (any name: unknown ones get plain text fields)."""
    kind = MEDIA_BOTS.get(model)
    owner = next((o for prefix, o in _OWNERS.items() if model.startswith(prefix)), "Poe")
    entry: dict[str, Any] = {
        "id": model,
        "object": "model",
        "created": _CREATED,
        "description": f"{model} on the poe-sdk local test server.",
        "owned_by": owner,
        "permission": [],
        "root": model,
        "parent": None,
        "architecture": {
            "input_modalities": ["text"] if kind else ["text", "image"],
            "output_modalities": [kind or "text"],
            "modality": f"{'text' if kind else 'text,image'}->{kind or 'text'}",
        },
        "supported_endpoints": ["/v1/chat/completions"]
        if kind
        else ["/v1/chat/completions", "/v1/responses"],
        "supported_features": [] if kind else ["tools"],
        "pricing": None,
        "context_window": None,
        "context_length": None,
        "metadata": {"display_name": model.replace("-", " "), "image": None, "url": None},
        "reasoning": None,
        "parameters": [],
    }
    prices = _PRICES.get(model)
    if prices is not None:
        prompt, completion = prices
        entry["pricing"] = {
            "prompt": prompt,
            "completion": completion,
            "image": None,
            "request": None,
            "input_cache_read": None,
            "input_cache_write": None,
        }
        entry["context_window"] = {"context_length": 200_000, "max_output_tokens": 32_768}
        entry["context_length"] = 200_000
    elif kind is not None:
        entry["pricing"] = {"prompt": None, "completion": None, "request": "0.04"}
    if model in _REASONING:
        entry["reasoning"] = {
            "budget": {"min_tokens": 0, "max_tokens": 31_999},
            "required": False,
            "supports_reasoning_effort": True,
        }
        entry["parameters"] = [
            {
                "name": "thinking_budget",
                "description": "Tokens the model may spend thinking.",
                "schema": {"type": "integer", "minimum": 0, "maximum": 31_999},
                "default_value": 0,
            }
        ]
    if kind == "image":
        entry["parameters"] = [
            {
                "name": "aspect_ratio",
                "description": "The picture's shape.",
                "schema": {"type": "string", "enum": ["1:1", "16:9", "9:16"]},
                "default_value": "1:1",
            }
        ]
    return entry


def media_content(model: str, prompt: str, file_url: str) -> str | None:
    """What media bot ``model`` answers to ``prompt`` (``None`` for other models): a Markdown
    image (images) or link (video, audio) to ``file_url`` + ``<name>``, as Poe's bots do."""
    kind = MEDIA_BOTS.get(model)
    if kind is None:
        return None
    extension = MEDIA_FILES[kind][0]
    digest = hashlib.sha256(prompt.encode()).hexdigest()[:12]
    url = f"{file_url.rstrip('/')}/{kind}-{digest}.{extension}"
    if kind == "image":
        return f"![{kind}]({url})"
    return f"Here is your {kind}: [{kind}-{digest}.{extension}]({url})"


def media_file(name: str) -> tuple[str, bytes] | None:
    """The media type and bytes of ``/files/<name>``, or ``None`` when no bot made it."""
    kind, _, rest = name.partition("-")
    known = MEDIA_FILES.get(kind)
    if known is None or not rest.endswith("." + known[0]):
        return None
    return known[1], known[2]
