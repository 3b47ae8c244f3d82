"""Every failure of the I/O stack reaches the caller as ``APIConnectionError`` (or
``APITimeoutError``) with the original as ``__cause__``, on every transport and for a given
``http_client`` too (issue 21, item 4).

The server here requires a client certificate. Under TLS 1.3 the client's handshake ends
before the server has checked it, so the refusal arrives as a TLS alert on the first read: an
``ssl.SSLError`` that httpx's own transport (httpcore over anyio) lets through untranslated,
which escaped from the SDK as a bare ``ssl.SSLError`` in 3 to 13 of 15 tries. (When the
server's alert and close come first the client sees a reset or a closed connection instead:
the tries cover both.)
"""

from __future__ import annotations

import textwrap

import anyio
import httpx
import pytest

import poe_sdk
from poe_sdk import APIConnectionError, RetryPolicy

from . import raw_servers as raw
from .checks import MODEL, async_client, run_script, sync_client, user
from .tls_certs import local_ca

TRIES = 15
ONCE = RetryPolicy(max_retries=0)


def _tls_server() -> raw.RawServer:
    """An HTTPS echo server on 127.0.0.1 that refuses clients without a certificate."""
    context = local_ca().server_context(require_client_cert=True)
    serve = raw.api_script(lambda index: raw.echo)

    def script(conn: raw.Conn) -> None:
        conn.sock.settimeout(5)
        try:
            tls = context.wrap_socket(conn.sock, server_side=True)
        except OSError:  # no certificate (ssl.SSLError), or the client went away
            return
        with tls:  # it took over the socket
            serve(raw.Conn(tls, conn.server, conn.index))

    return raw.RawServer(script)


def _check(error: APIConnectionError) -> None:
    assert isinstance(error.__cause__, Exception), "the original is not the cause"
    assert not isinstance(error, poe_sdk.APITimeoutError), error


@pytest.mark.anyio
async def test_a_refused_client_certificate_is_a_connection_error_for_a_given_client() -> None:
    with _tls_server() as server:
        url = f"https://127.0.0.1:{server.port}/v1"
        http_client = httpx.AsyncClient(verify=local_ca().client_context())
        client = async_client(url, http_client=http_client, retry_policy=ONCE)
        for _ in range(TRIES):
            with anyio.fail_after(10), pytest.raises(APIConnectionError) as caught:
                await client.chat.completions.create(model=MODEL, messages=user("x"))
            _check(caught.value)
            with anyio.fail_after(10), pytest.raises(APIConnectionError) as caught:
                async with await client.chat.completions.create(
                    model=MODEL, messages=user("x"), stream=True
                ) as stream:
                    async for _ in stream:
                        pass
            _check(caught.value)
        await client.close()
        # The control: with a certificate the same server answers.
        context = local_ca().client_context(with_cert=True)
        client = async_client(url, http_client=httpx.AsyncClient(verify=context))
        reply = await client.chat.completions.create(model=MODEL, messages=user("x"))
        assert reply.choices[0].message.content == "Echo: x"
        await client.close()


def test_a_refused_client_certificate_is_a_connection_error_through_the_sync_facade() -> None:
    with _tls_server() as server:
        url = f"https://127.0.0.1:{server.port}/v1"
        http_client = httpx.AsyncClient(verify=local_ca().client_context())
        client = sync_client(url, http_client=http_client, retry_policy=ONCE)
        for _ in range(TRIES):
            with pytest.raises(APIConnectionError) as caught:
                client.chat.completions.create(model=MODEL, messages=user("x"))
            _check(caught.value)
        client.close()


_OWNED_CLIENTS = textwrap.dedent(
    """
    import asyncio, sys
    import trio
    import poe_sdk

    TRIES = 15
    url = sys.argv[1]
    options = dict(api_key="sk-x", base_url=url, retry_policy=poe_sdk.RetryPolicy(max_retries=0))
    seen = []
    message = [{"role": "user", "content": "x"}]

    def note(exc):
        ok = isinstance(exc, poe_sdk.APIConnectionError) and exc.__cause__ is not None
        seen.append("ok" if ok else repr(exc))

    async def calls():
        client = poe_sdk.AsyncPoeClient(**options)
        for _ in range(TRIES):
            try:
                await client.chat.completions.create(model="m", messages=message)
            except Exception as exc:
                note(exc)
        await client.close()

    asyncio.run(calls())
    trio.run(calls)
    with poe_sdk.PoeClient(**options) as client:
        for _ in range(TRIES):
            try:
                client.chat.completions.create(model="m", messages=message)
            except Exception as exc:
                note(exc)
    print(seen.count("ok"), [s for s in seen if s != "ok"])
    """
)


def test_a_refused_client_certificate_is_a_connection_error_for_the_owned_clients(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """asyncio, trio and the sync facade with their own pools, in a fresh interpreter that
    trusts the test CA (``SSL_CERT_FILE`` set before the first client)."""
    monkeypatch.setenv("SSL_CERT_FILE", str(local_ca().ca))
    with _tls_server() as server:
        done = run_script(_OWNED_CLIENTS, f"https://127.0.0.1:{server.port}/v1")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{3 * TRIES} []", done.stdout
    assert done.stderr == ""
