"""``poe_sdk.testing`` stands on the public API only, so a refactor of the core cannot break
the local server (issue 22): no module of it imports a private ``poe_sdk`` module or name."""

from __future__ import annotations

import ast
from pathlib import Path

import poe_sdk.testing

_PACKAGE = "poe_sdk.testing"


def _imports(path: Path) -> list[tuple[str, str | None]]:
    """``(module, name)`` of every import in the file at ``path`` (absolute module names;
    ``name`` is what ``from module import name`` takes, ``None`` for ``import module``)."""
    package = _PACKAGE.split(".")  # where the relative imports of its modules start
    found: list[tuple[str, str | None]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, None) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found += [(module, alias.name) for alias in node.names]
    return found


def _private(module: str, name: str | None) -> bool:
    """Whether the import reaches into a private part of poe_sdk outside poe_sdk.testing."""
    if module != "poe_sdk" and not module.startswith("poe_sdk."):
        return False
    if module == _PACKAGE or module.startswith(f"{_PACKAGE}."):
        return False
    parts = [*module.split("."), *([name] if name else [])]
    return any(part.startswith("_") for part in parts)


def test_testing_imports_only_public_poe_sdk_names() -> None:
    files = sorted(Path(poe_sdk.testing.__file__).parent.glob("*.py"))
    imports = {(path.name, module, name) for path in files for module, name in _imports(path)}
    # The walk sees the package's imports of the public API (it is not vacuous) ...
    assert ("_app.py", "poe_sdk.types", "CreateChatCompletionRequest") in imports
    assert ("pytest_plugin.py", "poe_sdk", "AsyncPoeClient") in imports
    # ... and none of a private module or name of the core.
    private = sorted(
        f"{file}: {module} {name or ''}" for file, module, name in imports if _private(module, name)
    )
    assert private == []


def test_the_check_recognises_private_imports() -> None:
    assert _private("poe_sdk._base_models", "RequestModel")
    assert _private("poe_sdk", "_client")
    assert _private("poe_sdk.types", "_hidden")
    assert not _private("poe_sdk.types", "CreateChatCompletionRequest")
    assert not _private("poe_sdk.testing._app", "create_app")
    assert not _private("pydantic", "BaseModel")
