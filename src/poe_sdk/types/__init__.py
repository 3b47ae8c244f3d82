"""The typed models (``ChatCompletion``, ``ChatCompletionChunk``, …) and request ``TypedDict``s
(``…Param``), generated from ``openapi.yaml``."""

from __future__ import annotations

from typing import TypeAlias

from .._generated import models as _models
from .._generated import params as _params
from .._generated.models import *  # noqa: F403
from .._generated.params import *  # noqa: F403

FileContentPartParam: TypeAlias = (
    _params.ChatCompletionRequestMessageContentPartImageParam
    | _params.ChatCompletionRequestMessageContentPartAudioParam
    | _params.ChatCompletionRequestMessageContentPartFileParam
)
"""What :func:`poe_sdk.content_part` returns: an image, audio or file part."""

__all__ = [  # pyright: ignore[reportUnsupportedDunderAll]
    *_models.__all__,
    *_params.__all__,
    "FileContentPartParam",
]
