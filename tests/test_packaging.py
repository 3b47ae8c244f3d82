"""What a package index receives: the sdist's files, the license, a README whose links work."""

from __future__ import annotations

import re
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from hatchling.builders.sdist import SdistBuilder
from hatchling.builders.wheel import WheelBuilder

if sys.version_info >= (3, 11):
    import tomllib
else:  # hatchling depends on tomli before 3.11
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
README = (ROOT / "README.md").read_text()


@pytest.fixture(scope="module")
def sdist_files(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    out = tmp_path_factory.mktemp("dist")
    [path] = list(SdistBuilder(str(ROOT)).build(directory=str(out), versions=["standard"]))
    with tarfile.open(path) as archive:
        names = archive.getnames()
    prefix = names[0].split("/")[0] + "/"
    return {name.removeprefix(prefix) for name in names if name.startswith(prefix)}


def test_the_sdist_has_the_sources_examples_docs_and_license(sdist_files: set[str]) -> None:
    for name in (
        "LICENSE",
        "README.md",
        "pyproject.toml",
        "openapi.yaml",
        "src/poe_sdk/__init__.py",
        "src/poe_sdk/py.typed",
        "codegen/generate.py",
        "examples/demo.py",
        "docs/faults.md",
    ):
        assert name in sdist_files, name


def test_the_sdist_has_no_tests_or_bench_files(sdist_files: set[str]) -> None:
    assert not {name for name in sdist_files if name.startswith(("tests/", "bench/", ".ci/"))}


def test_the_license_is_the_declared_one_and_ships_in_the_wheel(tmp_path: Path) -> None:
    assert PYPROJECT["project"]["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text().startswith("MIT License\n")
    [path] = list(WheelBuilder(str(ROOT)).build(directory=str(tmp_path), versions=["standard"]))
    with zipfile.ZipFile(path) as wheel:
        assert any(name.endswith(".dist-info/licenses/LICENSE") for name in wheel.namelist())


def test_readme_links_work_on_a_package_index() -> None:
    """The README is the long description: a relative link would break on the index, so
    links into the repository are absolute and name files that exist."""
    repository = PYPROJECT["project"]["urls"]["Source"].rstrip("/")
    targets = re.findall(r"\]\(([^)\s]+)\)", README)
    assert targets, "the README has links"
    for target in targets:
        assert target.startswith(("https://", "http://", "#")), target
        for kind in ("blob", "tree"):
            prefix = f"{repository}/{kind}/main/"
            if target.startswith(prefix):
                assert (ROOT / target.removeprefix(prefix).split("#")[0]).exists(), target
