"""The errors of the structured-output helpers: a reply that ended before its JSON was whole,
or whose text is not the object that was asked for."""

from __future__ import annotations

from .._exceptions import PoeError

__all__ = [
    "ContentFilterFinishReasonError",
    "LengthFinishReasonError",
    "StructuredOutputError",
]


class _UnparsedOutputError(PoeError):
    """Base of the errors raised instead of a parsed result: ``completion`` is the reply
    (a ``ChatCompletion`` or a Responses ``Response``) and ``raw`` its unparsed text."""

    def __init__(self, message: str, *, completion: object = None, raw: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.completion = completion
        self.raw = raw

    def __str__(self) -> str:
        return self.message


class LengthFinishReasonError(_UnparsedOutputError):
    """The reply was cut by a token limit (``finish_reason`` ``length``, or a Responses reply
    ``incomplete`` for ``max_output_tokens``) before its JSON was complete."""

    def __init__(self, *, completion: object = None, raw: str | None = None) -> None:
        super().__init__(
            "Could not parse the reply: it was cut by the token limit (finish_reason "
            "'length') before its JSON was complete; raise max_completion_tokens "
            "(max_output_tokens for Responses) or shorten the output.",
            completion=completion,
            raw=raw,
        )


class ContentFilterFinishReasonError(_UnparsedOutputError):
    """The server's content filter stopped the reply (``finish_reason`` ``content_filter``)."""

    def __init__(self, *, completion: object = None, raw: str | None = None) -> None:
        super().__init__(
            "Could not parse the reply: the server's content filter stopped it "
            "(finish_reason 'content_filter').",
            completion=completion,
            raw=raw,
        )


class StructuredOutputError(_UnparsedOutputError, ValueError):
    """The reply's text is not the structured output asked for: prose (a server that ignores
    ``response_format``), invalid JSON, or JSON that does not match the type. ``raw`` holds
    the text; ``__cause__`` the ``pydantic.ValidationError``, if any."""
