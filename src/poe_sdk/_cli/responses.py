"""``poe-sdk chat --responses``: the prompt sent through the Responses API (``/v1/responses``).

The same options as chat completions: ``--system`` becomes ``instructions``, ``--file`` parts
become ``input_image``/``input_file`` items, ``--max-tokens`` is ``max_output_tokens``; the
reply streams as its text deltas, and ``--json`` prints the final response.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from .._generated.params import ResponseInputContentParam, ResponseInputItemParam
    from .._sync.client import PoeClient

__all__ = ["chat_with_responses", "responses_input"]


class _Writer(Protocol):
    def write(self, text: str) -> None: ...

    def end_line(self) -> None: ...


def chat_with_responses(
    client: PoeClient,
    args: argparse.Namespace,
    input_: str | list[ResponseInputItemParam],
    out: _Writer,
) -> None:
    """Send ``input_`` (from :func:`responses_input`) with ``client.responses.create`` and
    write the reply to ``out``."""
    arguments: dict[str, Any] = {
        "model": args.model,
        "input": input_,
        "instructions": args.system,
        "max_output_tokens": args.max_tokens,
        "temperature": args.temperature,
    }
    if args.stream:
        with client.responses.create(**arguments, stream=True) as stream:
            if args.json:
                out.write(stream.get_final_response().to_json() + "\n")
                return
            for text in stream.text_deltas():
                out.write(text)
            out.end_line()
        return
    response = client.responses.create(**arguments, stream=False)
    if args.json:
        out.write(response.to_json() + "\n")
    else:
        out.write(response.output_text)
        out.end_line()


def responses_input(prompt: str, files: Sequence[str]) -> str | list[ResponseInputItemParam]:
    """The prompt as ``input``: the text alone, or one user message with the files' parts.

    Raises:
        RequestValidationError: a file cannot be attached (audio: the Responses API takes none).
    """
    if not files:
        return prompt
    from .._exceptions import RequestValidationError
    from .._request.files import content_part

    parts: list[ResponseInputContentParam] = []
    if prompt:
        parts.append({"type": "input_text", "text": prompt})
    for path in files:
        part: dict[str, Any] = dict(content_part(path))
        if part["type"] == "image_url":
            parts.append({"type": "input_image", "image_url": part["image_url"]["url"]})
        elif part["type"] == "file":
            file: dict[str, str] = part["file"]
            parts.append(
                {"type": "input_file", "filename": file["filename"], "file_data": file["file_data"]}
            )
        else:
            raise RequestValidationError(
                f"Cannot attach {path} with --responses: the Responses API takes no {part['type']}",
                param="file",
                rule="responses_input",
            )
    return [{"role": "user", "content": parts}]
