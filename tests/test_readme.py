"""The README's examples run: the pytest example, pasted as written into a fresh project,
collects and passes; the proxies and TLS examples do what they say."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import certifi
import httpx
import pytest

from poe_sdk import AsyncPoeClient

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def named_blocks() -> dict[str, str]:
    """The README's Python blocks whose first line names their file (``# conftest.py``)."""
    blocks = re.findall(r"```python\n# ([\w.]+\.py)\n(.*?)```", README, flags=re.DOTALL)
    return {name: code for name, code in blocks}


def test_the_pytest_example_collects_and_passes(tmp_path: Path) -> None:
    blocks = named_blocks()
    assert sorted(blocks) == ["conftest.py", "test_greeting.py"]
    for name, code in blocks.items():
        (tmp_path / name).write_text(code)
    env = {k: v for k, v in os.environ.items() if k not in ("POE_API_KEY", "POE_BASE_URL")}
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
    assert "1 passed" in result.stdout


def _section(title: str) -> str:
    start = README.index(f"## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start:end]


def test_the_proxies_and_tls_examples_run_and_do_what_they_say(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shell block's proxy variables give the proxies httpx reads from them; the Python
    block runs as written and its two clients are configured as its comments say."""
    section = _section("Proxies and TLS")
    (shell,) = re.findall(r"```sh\n(.*?)```", section, flags=re.DOTALL)
    exports = re.findall(r"^export (\w+)=(\S+)", shell, flags=re.MULTILINE)
    assert {name for name, _ in exports} == {"HTTPS_PROXY", "NO_PROXY", "SSL_CERT_FILE"}
    for name, value in exports:
        if name != "SSL_CERT_FILE":  # a path of the reader's machine
            monkeypatch.setenv(name, value)
    proxies = dict(AsyncPoeClient(api_key="k")._http._proxies)
    assert proxies["https://"] is not None
    assert str(proxies["https://"].url) == "http://proxy.internal:3128"
    assert proxies["https://"].raw_auth == (b"user", b"secret")
    assert sorted(proxies) == sorted(str(p.pattern) for p in httpx.AsyncClient()._mounts)

    (code,) = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    shutil.copy(certifi.where(), tmp_path / "company-ca.pem")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("POE_API_KEY", "sk-readme")
    namespace: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), namespace)
    client, direct = namespace["client"], namespace["direct"]
    assert isinstance(client, AsyncPoeClient) and isinstance(direct, AsyncPoeClient)
    assert not client._http.owned
    assert direct._http._proxies == () and direct._http.certs == (None, None)
