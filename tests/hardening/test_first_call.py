"""The first call of a process does its one-time work (imports, TLS contexts, pydantic
validators) off the event loop (issue 21, item 9).

Before the fix the first call held the loop for 0.13 to 0.6 s (importing aiohttp, which builds
two TLS contexts as it loads; loading the CA bundle; anyio's backend; the validators pydantic
defers), which ``PYTHONASYNCIODEBUG=1`` reports as a slow callback. No timing is asserted:
a fresh interpreter records the thread of every such piece of work during the first calls
(an audit hook for imports, wrappers around ``ssl.create_default_context`` and
``BaseModel.model_rebuild``), and none may run on the event loop's thread.
"""

from __future__ import annotations

import textwrap

import pytest

from . import raw_servers as raw
from .checks import run_script

_RECORDER = textwrap.dedent(
    """
    import asyncio, json, ssl, sys, threading
    import httpx, pydantic, trio
    from poe_sdk import AsyncPoeClient

    url, library, mode = sys.argv[1].split()
    given = mode == "given"
    on_loop = []  # the heavy work done on the loop's thread while the SDK's calls ran
    recording = None

    def note(what):
        if recording is threading.current_thread():
            on_loop.append(what)

    def audit(event, args):
        if event == "import":
            note("import " + args[0])

    sys.addaudithook(audit)
    create_default_context = ssl.create_default_context

    def tls_context(*args, **kwargs):
        note("ssl.create_default_context")
        return create_default_context(*args, **kwargs)

    ssl.create_default_context = tls_context
    model_rebuild = pydantic.BaseModel.model_rebuild.__func__

    def rebuild(cls, *args, **kwargs):
        note(f"{cls.__name__}.model_rebuild")
        return model_rebuild(cls, *args, **kwargs)

    pydantic.BaseModel.model_rebuild = classmethod(rebuild)
    http_client = httpx.AsyncClient() if given else None  # the caller's work, not the SDK's

    async def calls():
        global recording
        client = AsyncPoeClient(api_key="sk-x", base_url=url, http_client=http_client)
        message = [{"role": "user", "content": "x"}]
        recording = threading.current_thread()
        await client.chat.completions.create(model="m", messages=message)
        stream = await client.chat.completions.create(model="m", messages=message, stream=True)
        async with stream:
            async for _ in stream:
                pass
        recording = None
        await client.close()

    asyncio.run(calls()) if library == "asyncio" else trio.run(calls)
    print(json.dumps(on_loop))
    """
)


@pytest.mark.parametrize("library", ["asyncio", "trio"])
@pytest.mark.parametrize("given", ["owned", "given"])
def test_the_first_calls_do_no_heavy_work_on_the_event_loop(library: str, given: str) -> None:
    with raw.api_server(lambda index: raw.echo) as server:
        done = run_script(_RECORDER, server.base_url + " " + library + " " + given)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]", f"done on the event loop: {done.stdout}"
