"""The generated resources stay small (issue 22): the raw and streamed twins are thin
wrappers and each operation's overloads and ``Args:`` are written once per client, so
``resources.py`` holds at most about 150 lines per operation (1,305 for five operations, 261
each, before issue 22; 147 after)."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[2] / "src/poe_sdk/_generated/resources.py"
LINES_PER_OPERATION = 150


def test_resources_py_holds_at_most_150_lines_per_operation() -> None:
    text = RESOURCES.read_text()
    operations = text.count(" = Operation(\n")
    assert operations >= 17  # the count sees every operation of openapi.yaml
    lines = text.count("\n")
    assert lines <= LINES_PER_OPERATION * operations, (lines, operations)
