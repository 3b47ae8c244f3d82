"""The generator as a command: headers, ``--check``, determinism, stale files, bad specs."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from codegen.operations import needs_credentials

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "openapi.yaml"
GENERATED = REPO / "src" / "poe_sdk" / "_generated"
EXPECTED_FILES = [
    "__init__.py",
    "models.py",
    "params.py",
    "request_schemas.json",
    "resources.py",
]


def run(*args: str | Path, hash_seed: str = "0") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    command = [sys.executable, str(REPO / "codegen" / "generate.py"), *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, env=env, check=False, cwd=REPO)


def files(directory: Path) -> dict[str, bytes]:
    return {
        p.relative_to(directory).as_posix(): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


@pytest.fixture
def copy_of_generated(tmp_path: Path) -> Path:
    target = tmp_path / "_generated"
    shutil.copytree(GENERATED, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def test_every_file_starts_with_the_do_not_edit_header() -> None:
    digest = hashlib.sha256(SPEC.read_bytes()).hexdigest()[:16]
    header = (
        f"# DO NOT EDIT: generated from openapi.yaml (sha256 {digest}) by "
        "`make generate` (python codegen/generate.py)."
    )
    assert sorted(files(GENERATED)) == EXPECTED_FILES
    for name, data in files(GENERATED).items():
        if name.endswith(".json"):  # JSON has no comments: the header is its "$comment"
            assert json.loads(data)["$comment"].startswith(header.removeprefix("# ")), name
        else:
            assert data.decode().splitlines()[0].startswith(header), name


def test_check_passes_on_the_committed_output() -> None:
    result = run("--check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_fails_on_a_changed_byte(copy_of_generated: Path) -> None:
    models = copy_of_generated / "models.py"
    data = bytearray(models.read_bytes())
    data[-2] = ord("X") if data[-2] != ord("X") else ord("Y")
    models.write_bytes(bytes(data))
    result = run("--check", "--out", copy_of_generated)
    assert result.returncode == 1
    assert "models.py" in result.stdout
    assert "make generate" in result.stderr


def test_check_fails_on_added_and_removed_files(copy_of_generated: Path) -> None:
    (copy_of_generated / "params.py").unlink()
    (copy_of_generated / "extra.py").write_text("x = 1\n")
    result = run("--check", "--out", copy_of_generated)
    assert result.returncode == 1
    assert "params.py (missing)" in result.stdout
    assert "extra.py (stale: not generated)" in result.stdout


def test_output_is_deterministic_across_runs_and_hash_seeds(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "_generated", tmp_path / "b" / "_generated"
    assert run("--out", first, hash_seed="0").returncode == 0
    assert run("--out", second, hash_seed="4242").returncode == 0
    assert files(first) == files(second) == files(GENERATED)


def test_regeneration_removes_stale_files_and_restores_edited_ones(copy_of_generated: Path) -> None:
    (copy_of_generated / "stale.py").write_text("old = True\n")
    (copy_of_generated / "models").mkdir()
    (copy_of_generated / "models" / "old_model.py").write_text("")
    (copy_of_generated / "resources.py").write_text("edited by hand\n")
    result = run("--out", copy_of_generated)
    assert result.returncode == 0, result.stderr
    assert files(copy_of_generated) == files(GENERATED)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("openapi: 3.1.0", "openapi: 3.1.0\ninfo: 42"),  # duplicate key: invalid YAML
        ("  title: Poe API", "  name: Poe API"),  # info.title is required
        ("      operationId: createChatCompletion", "      operationId: [1]"),
    ],
    ids=["yaml", "missing-title", "bad-operation-id"],
)
def test_an_invalid_spec_fails_the_run(tmp_path: Path, old: str, new: str) -> None:
    spec = tmp_path / "openapi.yaml"
    text = SPEC.read_text()
    assert old in text
    spec.write_text(text.replace(old, new, 1))
    result = run("--spec", spec, "--out", tmp_path / "_generated")
    assert result.returncode == 2
    assert result.stderr.startswith("error:")
    assert not (tmp_path / "_generated").exists()


def test_an_unsupported_discriminator_fails_the_run(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    text = SPEC.read_text().replace("          const: developer\n", "          const: system\n", 1)
    spec.write_text(text)
    result = run("--spec", spec, "--out", tmp_path / "_generated")
    assert result.returncode == 2
    assert "ChatCompletionRequestDeveloperMessage" in result.stderr


@pytest.mark.parametrize(
    ("essential", "message"),
    [
        ("[choice]", "x-sdk-essential must list some of its properties"),
        ("[]", "x-sdk-essential must list some of its properties"),
    ],
)
def test_a_wrong_essential_list_fails_naming_the_schema(
    tmp_path: Path, essential: str, message: str
) -> None:
    spec = tmp_path / "openapi.yaml"
    text = SPEC.read_text()
    old = "      x-sdk-essential: [choices]\n"
    assert old in text
    spec.write_text(text.replace(old, f"      x-sdk-essential: {essential}\n", 1))
    result = run("--spec", spec, "--out", tmp_path / "_generated")
    assert result.returncode == 2
    assert "schema ChatCompletion" in result.stderr
    assert message in result.stderr


def test_an_x_sdk_accepts_that_is_not_an_object_fails_the_run(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    old = '      x-sdk-accepts:\n        - $ref: "#/components/schemas/ChatCompletionMessage"\n'
    text = SPEC.read_text()
    assert old in text
    spec.write_text(text.replace(old, "      x-sdk-accepts: [ChatCompletionMessage]\n", 1))
    result = run("--spec", spec, "--out", tmp_path / "_generated")
    assert result.returncode == 2
    assert "ChatCompletionRequestAssistantMessage" in result.stderr
    assert "x-sdk-accepts" in result.stderr


@pytest.mark.parametrize(
    ("document", "operation", "needed"),
    [
        ([{"bearer": []}], {}, True),
        ([{"bearer": []}], {"security": []}, False),
        ([{"bearer": []}], {"security": [{}, {"bearer": []}]}, False),
        (None, {}, False),
        (None, {"security": [{"bearer": []}]}, True),
    ],
)
def test_security_says_whether_a_call_sends_credentials(
    document: object, operation: dict[str, object], needed: bool
) -> None:
    assert needs_credentials(document, operation) is needed
