"""Generate ``poe_sdk._generated`` (models, params, resources) from ``openapi.yaml``.

This is the command: it renders the package into a temporary directory, formats and lints it
with ruff, then writes the changed files to ``--out`` (or, with ``--check``, diffs instead).
The pipeline is in the package's other modules: ``spec`` (load and validate), ``unexpressed``
(nothing dropped silently), ``schemas`` (Python types), ``operations`` and ``resource_views``
(methods), ``model_views`` (classes and TypedDicts), ``render`` (the Jinja templates in
``codegen/templates``); codegen/README.md has the rules.

Usage: python codegen/generate.py [--spec openapi.yaml] [--out src/poe_sdk/_generated] [--check]
(or python -m codegen.generate ...)
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# Run as a script (``python codegen/generate.py``): the ``codegen`` package is found from the
# repository root, also with ``python -P``.
if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from codegen.errors import GenerationError
from codegen.render import render

REPO = Path(__file__).resolve().parents[1]


def ruff(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ruff with the repository's configuration and no cache."""
    config = ["--no-cache", "--config", str(REPO / "pyproject.toml")]
    command = [sys.executable, "-m", "ruff", *args, *config]
    return subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603


def generate_into(spec: Path, directory: Path) -> None:
    """Write the formatted, lint-clean package into the empty ``directory``."""
    for name, text in render(spec).items():
        (directory / name).write_text(text, encoding="utf-8")
    steps = [["check", "--fix-only", "--select", "I,F401"], ["format"], ["check"]]
    for step in steps:
        result = ruff(*step, str(directory))
        if result.returncode != 0:
            output = result.stdout + result.stderr
            raise GenerationError(f"ruff {step[0]} failed on the generated code:\n{output}")


def tree(directory: Path) -> dict[str, bytes]:
    """The files below ``directory`` by relative path (caches left out)."""
    if not directory.is_dir():
        return {}
    return {
        p.relative_to(directory).as_posix(): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def diff(old: dict[str, bytes], new: dict[str, bytes], out: Path) -> list[str]:
    """A unified diff from ``old`` to ``new``, each file introduced by its path and state."""
    lines: list[str] = []
    for name in sorted(old.keys() | new.keys()):
        if old.get(name) == new.get(name):
            continue
        label = f"{out}/{name}"
        state = (
            " (missing)"
            if name not in old
            else " (stale: not generated)"
            if name not in new
            else ""
        )
        before = old.get(name, b"").decode("utf-8", "replace").splitlines(keepends=True)
        after = new.get(name, b"").decode("utf-8", "replace").splitlines(keepends=True)
        lines += [
            f"{label}{state}\n",
            *difflib.unified_diff(before, after, f"a/{label}", f"b/{label}"),
        ]
    return lines


def main(argv: list[str] | None = None) -> int:
    """The command; exits 0 when done, 1 when ``--check`` finds changes, 2 on errors."""
    parser = argparse.ArgumentParser(description="Generate poe_sdk._generated from openapi.yaml.")
    parser.add_argument("--spec", type=Path, default=REPO / "openapi.yaml")
    parser.add_argument("--out", type=Path, default=REPO / "src" / "poe_sdk" / "_generated")
    parser.add_argument("--check", action="store_true", help="fail with a diff if --out is stale")
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="poe-sdk-gen-") as temp:
        fresh = Path(temp) / "_generated"  # a valid package name, for ruff's N999
        fresh.mkdir()
        try:
            generate_into(options.spec, fresh)
        except GenerationError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        new, old = tree(fresh), tree(options.out)
        if options.check:
            changes = diff(old, new, options.out)
            sys.stdout.writelines(changes)
            if changes:
                print(f"{options.out} is out of date: run `make generate`", file=sys.stderr)
            return 1 if changes else 0
        options.out.mkdir(parents=True, exist_ok=True)
        for name in old.keys() - new.keys():
            (options.out / name).unlink()
        for directory in sorted(options.out.rglob("*"), reverse=True):  # emptied subpackages
            if directory.is_dir() and not any(directory.iterdir()):
                directory.rmdir()
        for name in new:
            if old.get(name) != new[name]:
                shutil.copyfile(fresh / name, options.out / name)
        print(f"generated {len(new)} files in {options.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
