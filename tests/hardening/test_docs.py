"""``docs/faults.md`` stays true: every test it names exists, every hardening test is named in
it, the fault table lists exactly the cases of ``test_faults.py`` with their outcomes and
request counts, and every open defect (a strict xfail) is listed under Defects."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

from .test_faults import CASES_BY_ID

HERE = Path(__file__).parent
DOC = HERE.parents[1] / "docs" / "faults.md"
REFERENCE = re.compile(r"`(test_\w+\.py)::(test_\w+)(?:\[([^\]`]+)\])?`")
MATRIX = {"test_fault_async", "test_fault_sync"}
SELF = Path(__file__).name


def _text() -> str:
    return DOC.read_text(encoding="utf-8")


def _section(title: str) -> str:
    text = _text()
    start = text.index(f"## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


@cache
def _tests_of(file: str) -> dict[str, bool]:
    """Each test function of ``file``: whether it (or one of its parameters) is an xfail."""
    tree = ast.parse((HERE / file).read_text(encoding="utf-8"))
    tests = {}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith(
            "test_"
        ):
            decorators = " ".join(ast.unparse(d) for d in node.decorator_list)
            tests[node.name] = "xfail" in decorators
    return tests


def _test_files() -> list[str]:
    return sorted(p.name for p in HERE.glob("test_*.py") if p.name != SELF)


def test_every_named_test_exists() -> None:
    references = REFERENCE.findall(_text())
    assert references
    for file, name, param in references:
        assert (HERE / file).is_file(), file
        assert name in _tests_of(file), f"{file}::{name} does not exist"
        if name in MATRIX:
            assert param in CASES_BY_ID, f"{name}[{param}] is not a case of test_faults.py"


def test_every_hardening_test_is_named() -> None:
    named = {(file, name) for file, name, _ in REFERENCE.findall(_text())}
    missing = [
        f"{file}::{name}"
        for file in _test_files()
        for name in _tests_of(file)
        if (file, name) not in named
    ]
    assert missing == [], "tests missing from docs/faults.md"


def test_the_fault_table_is_the_case_list() -> None:
    rows = [
        [cell.strip() for cell in line.strip().strip("|").split("|")]
        for line in _section("Server faults").splitlines()
        if line.startswith("| `")
    ]
    ids = [row[0].strip("`") for row in rows]
    assert sorted(ids) == sorted(CASES_BY_ID), "the table and CASES differ"
    assert len(ids) == len(set(ids))
    for case_id, _fault, call, outcome, requests, proved_by in rows:
        case = CASES_BY_ID[case_id.strip("`")]
        assert call == ("stream" if case.stream else "plain"), case.id
        plain = outcome.replace("`", "")
        assert plain.startswith(case.outcome), f"{case.id}: {outcome!r} vs {case.outcome!r}"
        rest = plain[len(case.outcome) :]
        assert not rest[:1].isalnum(), case.id
        if case.error is None:  # "success" must not be read as "success after N retries"
            assert not rest.startswith(" after"), case.id
        if case.defect is not None:  # an open defect is marked in its row
            assert "**D" in outcome, f"{case.id}: the row does not name its defect"
        seen = (case.retries or 0) + 1 if case.error is None else case.attempts
        assert requests == ("—" if seen is None else str(seen)), case.id
        for test in MATRIX:
            assert f"`test_faults.py::{test}[{case.id}]`" in proved_by, (case.id, test)


def test_every_open_defect_is_listed() -> None:
    """Every xfail (an open defect) is under Defects. Fixed ones stay there, as history."""
    named = {(file, name, param) for file, name, param in REFERENCE.findall(_section("Defects"))}
    xfails = {
        (file, name) for file in _test_files() for name, xfail in _tests_of(file).items() if xfail
    }
    missing = xfails - {(file, name) for file, name, _ in named}
    assert not missing, f"xfail tests not listed under Defects: {sorted(missing)}"
    defect_cases = {case.id for case in CASES_BY_ID.values() if case.defect}
    missing_cases = defect_cases - {param for _, name, param in named if name in MATRIX}
    assert not missing_cases, f"fault cases with a defect not listed: {sorted(missing_cases)}"
