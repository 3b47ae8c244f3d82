"""A ``PoeClient`` used from an ``atexit`` handler that runs after the SDK's own exit work.

A library registers its handler at import, before the application creates its client, so the
handler runs late: after Python ran its finalizers and stopped its thread pools, and after the
SDK suspended its clients. Its calls must work (or raise ``ClientClosedError`` after
``close()``), never fail with a connection error or a bare ``RuntimeError``.
"""

from __future__ import annotations

import pytest

from . import raw_servers as raw
from .checks import run_script

_HANDLER = """
def late():
    try:
        reply = client.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "late"}]
        )
        print("LATE", reply.choices[0].message.content, flush=True)
        with client.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "stream"}], stream=True
        ) as stream:
            print("LATE", stream.get_final_completion().choices[0].message.content, flush=True)
        client.close()
        try:
            client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
        except poe_sdk.ClientClosedError:
            print("CLOSED", flush=True)
    except Exception as exc:
        print("FAILED", type(exc).__name__, exc, flush=True)
"""

_MAIN = """
client = poe_sdk.PoeClient(api_key="sk-x", base_url=sys.argv[1], max_retries=0)
reply = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "now"}])
print("MAIN", reply.choices[0].message.content, flush=True)
"""

SCRIPTS = {
    # The handler runs before the SDK's exit handler, but after Python's finalizers: the
    # pool's finalizer used to close the pool under the handler's call ("Can not write
    # request body", or "Session is closed"), in about one run of three.
    "registered-after-the-sdk-was-imported": (
        "import atexit, sys\nimport poe_sdk\nfrom poe_sdk import PoeClient\n"
        + _HANDLER
        + "atexit.register(late)\n"
        + _MAIN
    ),
    # The handler runs last, after the SDK suspended the client: a new loop, a new pool.
    "registered-before-the-sdk-was-imported": (
        "import atexit, sys\n" + _HANDLER + "atexit.register(late)\nimport poe_sdk\n" + _MAIN
    ),
}


@pytest.mark.parametrize("order", SCRIPTS)
def test_a_client_used_in_a_late_atexit_handler_works_or_says_it_is_closed(order: str) -> None:
    # "localhost": a host name is looked up in the loop's executor, which Python's own
    # thread pools refuse once the interpreter is exiting.
    with raw.api_server(lambda index: raw.echo) as server:
        for _ in range(2 if order == "registered-after-the-sdk-was-imported" else 1):
            done = run_script(SCRIPTS[order], f"http://localhost:{server.port}/v1")
            assert done.returncode == 0, done.stderr
            assert done.stdout.splitlines() == [
                "MAIN Echo: now",
                "LATE Echo: late",
                "LATE Echo: stream",
                "CLOSED",
            ], done.stdout + done.stderr
            assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
