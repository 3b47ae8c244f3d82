"""A client the user gives (``http_client=``) survives cancellation at any point (issue 21,
item 11).

httpcore's pool loses slots to cancelled requests in two ways: a close that an asyncio
cancellation interrupts (anyio's shield does not hold off ``Task.cancel()``), and a new
connection whose request is cancelled before it uses it (encode/httpcore#1093). poe-sdk closes
responses out of the cancellation's reach and takes such connections out of the pool.
"""

from __future__ import annotations

import asyncio
import random

import anyio
import httpx
import pytest

from poe_sdk import AsyncPoeClient

from .checks import KEY, MODEL, assert_pool_clean, eventually, user
from .test_cancellation_leaks import _every_request_answered, client_sockets

CANCELLATIONS = [200, pytest.param(1000, marks=pytest.mark.stress)]


@pytest.mark.anyio
@pytest.mark.parametrize("calls", CANCELLATIONS)
async def test_a_given_clients_pool_survives_cancellations_at_random_stages(
    anyio_backend: str, calls: int
) -> None:
    """The report's case: ``max_connections=10``, a 2 s pool timeout, and calls cancelled
    after 0.5 to 4 ms (``asyncio.wait_for`` on asyncio, a cancel scope on trio)."""
    rng = random.Random(21)
    with _every_request_answered() as server:
        http = httpx.AsyncClient(
            limits=httpx.Limits(max_connections=10), timeout=httpx.Timeout(30.0, pool=2.0)
        )
        client = AsyncPoeClient(
            api_key=KEY, base_url=server.base_url, max_retries=0, http_client=http
        )
        cancelled = 0
        for _ in range(calls):
            call = client.chat.completions.create(model=MODEL, messages=user("x"))
            deadline = rng.uniform(0.0005, 0.004)
            if anyio_backend == "asyncio":
                try:
                    await asyncio.wait_for(call, deadline)
                except asyncio.TimeoutError:
                    cancelled += 1
            else:
                with anyio.move_on_after(deadline) as scope:
                    await call
                cancelled += scope.cancelled_caught
        assert cancelled > calls // 2
        for _ in range(3):  # Without the fixes: "Request timed out (pool timeout)".
            with anyio.fail_after(5):
                reply = await client.chat.completions.create(model=MODEL, messages=user("after"))
            assert reply.choices[0].message.content == "Echo: after"
        await assert_pool_clean(client)
        await client.close()
        assert await eventually(lambda: client_sockets(server.port) == 0), client_sockets(
            server.port
        )
