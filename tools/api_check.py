"""The release check: what in poe-sdk's public API would break a user's code, against a git ref.

``make api-check`` (``API_BASE=<ref>``, by default the newest tag) loads the package as the ref
has it and as the working tree has it, with griffe, and lists every breaking change: a public
name removed, a parameter removed or made required, a default changed, an attribute's type
changed, ... The public API is every name in the ``__all__`` of ``poe_sdk``, ``poe_sdk.types``
(and ``.chat``, ``.responses``) and ``poe_sdk.testing``, and the generated surface: each
operation's keyword arguments (the ``<Stem>Args`` TypedDicts of ``poe_sdk._generated``) and the
resource classes. docs/versioning.md says what a breaking change asks of the version number.

``__all__`` lists that griffe cannot read by itself (``[*_LAZY, *_exceptions.__all__]``) are
expanded here: a ``*name`` of a dict literal is its keys, ``*module.__all__`` that module's list.

Usage: python tools/api_check.py [REF]   (exit 1 on a breaking change; 0 without a tag)
"""

from __future__ import annotations

import ast
import io
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import griffe

REPO = Path(__file__).resolve().parents[1]
PACKAGE = "poe_sdk"
PUBLIC_MODULES = ("", "types", "types.chat", "types.responses", "testing", "testing.faults")
# Private modules whose ``__all__`` is public surface all the same: the generated resources
# (the methods and their keyword arguments) and the request TypedDicts and models.
GENERATED_MODULES = ("_generated.resources", "_generated.models", "_generated.params")


def newest_tag() -> str | None:
    """The newest tag reachable from HEAD, or None when there is none."""
    result = subprocess.run(
        ["git", "describe", "--tags", "--abbrev=0"],  # noqa: S607
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip() or None if result.returncode == 0 else None


def expand_exports(module: griffe.Module) -> None:
    """Replace the starred expressions of ``module``'s ``__all__`` by the names they hold."""
    names: list[str | griffe.ExprName] = []
    for item in module.exports or []:
        if isinstance(item, str):
            names.append(item)
            continue
        owner = getattr(item, "parent", None)
        if item.name == "__all__" and isinstance(owner, griffe.ExprName):
            target = module.get_member(owner.name)
            target = target.final_target if isinstance(target, griffe.Alias) else target
            if isinstance(target, griffe.Module):
                expand_exports(target)
                names += [str(n) for n in target.exports or []]
            continue
        value = module.get_member(item.name).value
        names += [str(key) for key in ast.literal_eval(str(value))]
    module.exports = names


def module_at(package: griffe.Module, path: str) -> griffe.Module | None:
    """The module ``path`` (dotted, relative) of ``package``, or None when it has none."""
    try:
        found = package.get_member(path) if path else package
    except KeyError:
        return None
    return found if isinstance(found, griffe.Module) else None


def load(ref: str | None, repo: Path = REPO) -> griffe.Module:
    """The package as ``ref`` has it (None: the working tree), its ``__all__`` lists expanded."""
    if ref is None:
        package = griffe.load(PACKAGE, search_paths=[repo / "src"], resolve_aliases=False)
    else:
        # ``git archive``, not griffe's ``load_git``: that adds a worktree and a branch to the
        # repository, which other clones of it (worktrees) share.
        with tempfile.TemporaryDirectory(prefix="api-check-") as tmp:
            archive = subprocess.run(  # noqa: S603 - the ref is the caller's
                ["git", "archive", "--format=tar", ref, "src"],  # noqa: S607
                cwd=repo,
                capture_output=True,
                check=True,
            ).stdout
            with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
                tar.extractall(tmp, filter="data")
            package = griffe.load(PACKAGE, search_paths=[Path(tmp) / "src"], resolve_aliases=False)
    assert isinstance(package, griffe.Module)
    for path in (*PUBLIC_MODULES, *GENERATED_MODULES):
        module = module_at(package, path)
        if module is not None:
            expand_exports(module)
    return package


def breakages(old: griffe.Module, new: griffe.Module) -> list[str]:
    """Every breaking change from ``old`` to ``new``, explained on one line each."""
    found: list[str] = []
    for path in (*PUBLIC_MODULES, *GENERATED_MODULES):
        before, after = module_at(old, path), module_at(new, path)
        if before is None:
            continue
        if after is None:
            found.append(f"{PACKAGE}.{path}: the module was removed")
            continue
        found += [b.explain() for b in griffe.find_breaking_changes(before, after)]
    # The old side was read from a temporary directory: show its paths as the repository's.
    return list(dict.fromkeys(re.sub(r"\S*/api-check-[^/]+/", "", line) for line in found))


def main(argv: list[str]) -> int:
    ref = argv[0] if argv else newest_tag()
    if ref is None:
        print(
            "api-check: no release tag yet, so nothing to compare against; "
            "pass API_BASE=<git ref> (make api-check API_BASE=main)"
        )
        return 0
    found = breakages(load(ref), load(None))
    for line in found:
        print(line)
    print(f"api-check: {len(found)} breaking change(s) against {ref}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
