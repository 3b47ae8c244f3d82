"""The calling thread's event loop of the sync facade, without I/O: who may drive it, and how
a call ends (result, exception, Ctrl-C raised inside it, close from another thread)."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
import trio

from poe_sdk import ClientClosedError
from poe_sdk._caller_loop import CallerLoop, LoopBusyError


async def _one() -> int:
    await asyncio.sleep(0)
    return 1


async def _running_loop() -> asyncio.AbstractEventLoop:
    return asyncio.get_running_loop()


async def _fails() -> None:
    await asyncio.sleep(0)
    raise ValueError("from the call")


def test_calls_run_on_one_loop_kept_between_calls() -> None:
    caller_loop = CallerLoop()
    loops = [caller_loop.run(_running_loop) for _ in range(3)]
    assert loops[0] is loops[1] is loops[2]
    assert caller_loop.run(_one) == 1
    with pytest.raises(ValueError, match="from the call"):
        caller_loop.run(_fails)
    assert caller_loop.run(_one) == 1
    caller_loop.close()
    assert loops[0].is_closed()
    with pytest.raises(ClientClosedError):
        caller_loop.run(_one)


def test_a_thread_running_async_code_cannot_drive_it() -> None:
    caller_loop = CallerLoop()

    async def from_asyncio() -> None:
        with pytest.raises(LoopBusyError):
            caller_loop.run(_one)

    async def from_trio() -> None:
        with pytest.raises(LoopBusyError):
            caller_loop.run(_one)

    asyncio.run(from_asyncio())
    trio.run(from_trio)
    assert caller_loop.run(_one) == 1
    caller_loop.close()


def test_a_second_thread_is_refused_while_the_first_drives_it() -> None:
    caller_loop = CallerLoop()
    started, release = threading.Event(), threading.Event()

    async def hold() -> int:
        started.set()
        await asyncio.get_running_loop().run_in_executor(None, release.wait, 5)
        return 2

    holder = threading.Thread(target=caller_loop.run, args=(hold,))
    holder.start()
    assert started.wait(5)
    with pytest.raises(LoopBusyError):
        caller_loop.run(_one)
    release.set()
    holder.join(5)
    assert caller_loop.run(_one) == 1
    caller_loop.close()


def test_close_from_another_thread_cancels_the_call() -> None:
    caller_loop = CallerLoop()
    cancelled = threading.Event()

    async def forever() -> None:
        try:
            await asyncio.sleep(60)
        except asyncio.CancelledError:
            cancelled.set()
            raise

    threading.Timer(0.1, caller_loop.close).start()
    started = time.monotonic()
    with pytest.raises(ClientClosedError, match="closed while the call was running"):
        caller_loop.run(forever)
    assert time.monotonic() - started < 5
    assert cancelled.is_set()


def test_an_exception_raised_inside_a_call_leaves_the_loop_usable() -> None:
    caller_loop = CallerLoop()

    async def interrupted() -> None:
        await asyncio.sleep(0)
        raise KeyboardInterrupt  # as Ctrl-C does when it lands in the call's own code

    with pytest.raises(KeyboardInterrupt):
        caller_loop.run(interrupted)
    time.sleep(0.01)  # idle: the next call first lets the loop take in what arrived
    assert caller_loop.run(_one) == 1
    caller_loop.close()


def test_a_non_final_close_lets_a_later_call_open_a_new_loop() -> None:
    caller_loop = CallerLoop()
    first = caller_loop.run(_running_loop)
    caller_loop.close(final=False)
    assert first.is_closed()
    second = caller_loop.run(_running_loop)
    assert second is not first
    caller_loop.close()
