"""The release check (``make api-check``) finds what breaks a user's code, through the lazy
``__all__`` of ``poe_sdk`` and in the generated surface, and nothing else."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tools.api_check import breakages, load  # noqa: E402

INIT = """
from __future__ import annotations
from typing import TYPE_CHECKING
from . import _exceptions
from ._exceptions import *

if TYPE_CHECKING:
    from ._retry import RetryPolicy as RetryPolicy

_LAZY: dict[str, str] = {"RetryPolicy": "._call.retry"}
__all__ = [*_LAZY, *_exceptions.__all__]
"""
EXCEPTIONS = '''
__all__ = ["PoeError"]


class PoeError(Exception):
    """Every error."""
'''
RETRY = '''
from dataclasses import dataclass


@dataclass
class RetryPolicy:
    """How to retry."""

    max_retries: int = 2
    max_delay: float = 8.0
'''
RESOURCES = '''
from typing import TypedDict

__all__ = ["ChatCompletionsCreateArgs"]


class ChatCompletionsCreateArgs(TypedDict, total=False):
    """The keyword arguments."""

    model: str
    top_k: int | None
'''


def package(root: Path, **changes: tuple[str, str]) -> Path:
    """A small ``poe_sdk`` under ``root/src`` built like the real one; ``changes`` maps a
    file's stem to a (old, new) text replacement."""
    files = {
        "__init__": INIT,
        "_exceptions": EXCEPTIONS,
        "_retry": RETRY,
        "_generated/__init__": "",
        "_generated/resources": RESOURCES,
    }
    for stem, text in files.items():
        if stem in changes:
            old, new = changes[stem]
            assert old in text
            text = text.replace(old, new)
        path = root / "src" / "poe_sdk" / f"{stem}.py"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def test_an_unchanged_api_has_no_breaking_change(tmp_path: Path) -> None:
    old = load(None, package(tmp_path / "old"))
    new = load(None, package(tmp_path / "new"))
    assert breakages(old, new) == []


def test_a_lazily_exported_class_losing_a_parameter_is_breaking(tmp_path: Path) -> None:
    old = load(None, package(tmp_path / "old"))
    new = load(None, package(tmp_path / "new", _retry=("max_delay", "max_wait")))
    found = "\n".join(breakages(old, new))
    assert "RetryPolicy.max_delay" in found
    assert "Parameter was removed" in found


def test_an_exception_removed_from_the_starred_all_is_breaking(tmp_path: Path) -> None:
    old = load(None, package(tmp_path / "old"))
    new = load(None, package(tmp_path / "new", _exceptions=("PoeError", "SDKError")))
    assert any("PoeError" in line for line in breakages(old, new))


def test_a_generated_keyword_argument_removed_is_breaking(tmp_path: Path) -> None:
    old = load(None, package(tmp_path / "old"))
    new = load(None, package(tmp_path / "new", **{"_generated/resources": ("top_k", "top_kk")}))
    found = breakages(old, new)
    assert any("ChatCompletionsCreateArgs.top_k" in line for line in found), found


def test_a_new_optional_parameter_is_not_breaking(tmp_path: Path) -> None:
    old = load(None, package(tmp_path / "old"))
    addition = ("max_delay: float = 8.0", "max_delay: float = 8.0\n    jitter: float = 0.1")
    new = load(None, package(tmp_path / "new", _retry=addition))
    assert breakages(old, new) == []


def test_the_real_package_against_its_own_head_has_no_breaking_change() -> None:
    assert breakages(load("HEAD"), load("HEAD")) == []
