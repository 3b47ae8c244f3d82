"""The README's examples run: the pytest examples of README.md and docs/testing.md, pasted as
written into a fresh project, collect and pass; the proxies and TLS examples do what they say;
the structured outputs script prints what it promises."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import anyio
import certifi
import httpx
import pytest

from hardening.proxy_servers import ForwardProxy
from poe_sdk import AsyncPoeClient
from poe_sdk._http.proxies import environment_proxies
from poe_sdk.testing import LocalServer

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()
# docs/testing.md's anyio test runs on asyncio and trio: 4 tests pass.
PAGES = {
    "README.md": (
        ["catalog_and_media.py", "conftest.py", "structured_outputs.py", "test_greeting.py"],
        "1 passed",
    ),
    "docs/testing.md": (["conftest.py", "test_async_chat.py", "test_chat.py"], "4 passed"),
}


def named_blocks(page: str) -> dict[str, str]:
    """The page's Python blocks whose first line names their file (``# conftest.py``)."""
    text = (ROOT / page).read_text()
    blocks = re.findall(r"```python\n# ([\w.]+\.py)\n(.*?)```", text, flags=re.DOTALL)
    return {name: code for name, code in blocks}


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("POE_API_KEY", "POE_BASE_URL")}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_the_pytest_example_collects_and_passes(page: str, tmp_path: Path) -> None:
    files, outcome = PAGES[page]
    blocks = named_blocks(page)
    assert sorted(blocks) == files
    for name, code in blocks.items():
        (tmp_path / name).write_text(code)
    env = clean_env()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert outcome in result.stdout


def _section(title: str) -> str:
    start = README.index(f"## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start:end]


def test_the_proxies_and_tls_examples_run_and_do_what_they_say(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shell block's proxy variables give the proxies httpx reads from them; the Python
    block runs as written and its two clients do what its comments say, seen over loopback
    (its proxy replaced by a local one): ``client`` sends through the proxy of the httpx
    client it was given, ``direct`` ignores a proxy and a CA file set in the environment."""
    section = _section("Proxies and TLS")
    (shell,) = re.findall(r"```sh\n(.*?)```", section, flags=re.DOTALL)
    exports = re.findall(r"^export (\w+)=(\S+)", shell, flags=re.MULTILINE)
    assert {name for name, _ in exports} == {"HTTPS_PROXY", "NO_PROXY", "SSL_CERT_FILE"}
    for name, value in exports:
        if name != "SSL_CERT_FILE":  # a path of the reader's machine
            monkeypatch.setenv(name, value)
    proxies = dict(environment_proxies(True))  # what a client made now uses
    assert proxies["https://"] is not None
    assert str(proxies["https://"].url) == "http://proxy.internal:3128"
    assert proxies["https://"].raw_auth == (b"user", b"secret")
    assert sorted(proxies) == sorted(str(p.pattern) for p in httpx.AsyncClient()._mounts)

    (code,) = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    shutil.copy(certifi.where(), tmp_path / "company-ca.pem")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("POE_API_KEY", "sk-readme")
    with LocalServer() as server, ForwardProxy() as given, ForwardProxy() as environment:
        # The environment ``direct`` ignores: a proxy for 127.0.0.1 and a CA file that would
        # fail every call of a client that read it.
        monkeypatch.delenv("NO_PROXY")
        monkeypatch.setenv("HTTP_PROXY", environment.url())
        monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "missing.pem"))
        assert code.count("http://proxy.internal:3128") == 1
        namespace: dict[str, object] = {}
        exec(
            compile(code.replace("http://proxy.internal:3128", given.url()), "README.md", "exec"),
            namespace,
        )
        client, direct = namespace["client"], namespace["direct"]
        assert isinstance(client, AsyncPoeClient) and isinstance(direct, AsyncPoeClient)

        async def ask(poe: AsyncPoeClient) -> int:
            async with poe:
                return len((await poe.with_options(base_url=server.base_url).models.list()).data)

        assert anyio.run(ask, client) == anyio.run(ask, direct) > 0
        assert len(server.journal) == 2
    assert [p.target for p in given.passages] == [server.base_url + "/models"]
    assert environment.passages == []


def test_the_structured_outputs_example_runs(tmp_path: Path) -> None:
    script = tmp_path / "structured_outputs.py"
    script.write_text(named_blocks("README.md")["structured_outputs.py"])
    result = subprocess.run(
        [sys.executable, "-W", "error", str(script)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env=clean_env(),
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "title='Plan a trip to Lisbon' stops=[] budget=0.0"
    assert "so far: title='Plan a '" in lines  # a partial Trip, mid-stream
    assert "city='Plan a trip to Lisbon' nights=0" in lines  # the tool's parsed arguments
    assert (
        lines[-1] == "The tool get_weather returned: Sunny in Lisbon for 0 day(s) (2 model calls)"
    )


def test_the_catalog_and_media_example_runs(tmp_path: Path) -> None:
    script = tmp_path / "catalog_and_media.py"
    script.write_text(named_blocks("README.md")["catalog_and_media.py"])
    result = subprocess.run(
        [sys.executable, "-W", "error", str(script)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env=clean_env(),
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Claude-Sonnet-4: 2.6 USD per million input tokens"
    kind, filename, media_type = lines[1].split()
    assert (kind, media_type) == ("video", "video/mp4")
    assert filename.startswith("video-") and filename.endswith(".mp4")


def layout_entries() -> dict[str, str]:
    """The README's layout tree: each drawn path (``src/poe_sdk/_http/errors.py``; a folder
    ends with ``/``) with what it says of it."""
    block = README[README.index("## Layout") : README.index("The path of one")]
    tree = block.split("```")[1].strip("\n").splitlines()
    entries: dict[str, str] = {}
    folders: list[str] = []
    last: list[str] = []
    for line in tree:
        indent = len(line) - len(line.lstrip(" "))
        names, _, said = line.strip().partition("  ")
        if indent >= 20 and not said:  # the description of the names on the line above
            entries.update(dict.fromkeys(last, names.strip()))
            continue
        del folders[indent // 2 :]
        last = [f"{''.join(folders)}{name.strip()}" for name in names.split(", ")]
        entries.update(dict.fromkeys(last, said.strip()))
        if names.endswith("/"):
            folders.append(names if names != "src/poe_sdk/" else "src/poe_sdk/")
    return entries


def test_the_layout_draws_every_module_where_it_is() -> None:
    """The README's tree draws every module of the package at its path, and nothing that is
    gone (issue 22): a module added, moved or removed shows there."""
    package = ROOT / "src" / "poe_sdk"
    modules = {
        f"src/poe_sdk/{path.relative_to(package).as_posix()}"
        for path in package.rglob("*.py")
        if path.name != "__init__.py" and path.relative_to(package).parts[0] != "_generated"
    }
    drawn = {path for path in layout_entries() if path.startswith("src/poe_sdk/")}
    drawn_modules = {path for path in drawn if path.endswith(".py")}
    assert sorted(modules - drawn_modules) == [], "modules missing from the README's layout"
    assert sorted(drawn_modules - modules) == [], "the layout draws modules that do not exist"
    folders = {path for path in drawn if path.endswith("/")}
    assert all((ROOT / folder).is_dir() for folder in folders), folders


def test_the_layout_says_what_each_entry_does_in_five_words_at_most() -> None:
    entries = layout_entries()
    assert "src/poe_sdk/_http/errors.py" in entries and "src/poe_sdk/_replies/errors.py" in entries
    long = {path: said for path, said in entries.items() if len(said.split()) > 5}
    unsaid = sorted(path for path, said in entries.items() if not said and path != "src/poe_sdk/")
    assert long == {} and unsaid == []
