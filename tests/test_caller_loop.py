"""The sync facade's runner, without I/O: one loop, driven by the calling thread when it may
(else by a loop thread that drives the same loop), and how a call ends (result, exception,
Ctrl-C raised inside it, close from another thread)."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
import trio

from poe_sdk import ClientClosedError
from poe_sdk._sync.runner import Runner
from support import loop_threads


async def _one() -> int:
    await asyncio.sleep(0)
    return 1


async def _running_loop() -> asyncio.AbstractEventLoop:
    return asyncio.get_running_loop()


async def _fails() -> None:
    await asyncio.sleep(0)
    raise ValueError("from the call")


def test_calls_run_on_one_loop_kept_between_calls() -> None:
    runner = Runner()
    loops = [runner.run(_running_loop) for _ in range(3)]
    assert loops[0] is loops[1] is loops[2]
    assert runner.run(_one) == 1
    with pytest.raises(ValueError, match="from the call"):
        runner.run(_fails)
    assert runner.run(_one) == 1
    runner.close()
    assert loops[0].is_closed()
    with pytest.raises(ClientClosedError):
        runner.run(_one)


def test_a_thread_running_async_code_hands_its_call_to_a_loop_thread_on_the_same_loop() -> None:
    runner = Runner()
    own = runner.run(_running_loop)
    baseline = len(loop_threads())

    async def from_asyncio() -> asyncio.AbstractEventLoop:
        return runner.run(_running_loop)

    async def from_trio() -> asyncio.AbstractEventLoop:
        return runner.run(_running_loop)

    assert asyncio.run(from_asyncio()) is own
    assert len(loop_threads()) == baseline + 1
    assert trio.run(from_trio) is own
    assert runner.run(_running_loop) is own  # driven by this thread again
    runner.close()
    assert len(loop_threads()) == baseline
    assert own.is_closed()


def test_a_second_thread_runs_its_call_on_the_loop_the_first_drives() -> None:
    runner = Runner()
    started, release = threading.Event(), threading.Event()
    loops: list[asyncio.AbstractEventLoop] = []

    async def hold() -> int:
        loops.append(asyncio.get_running_loop())
        started.set()
        await asyncio.get_running_loop().run_in_executor(None, release.wait, 5)
        return 2

    holder = threading.Thread(target=runner.run, args=(hold,))
    holder.start()
    assert started.wait(5)
    assert runner.run(_running_loop) is loops[0]  # while the first call still runs
    release.set()
    holder.join(5)
    assert runner.run(_running_loop) is loops[0]
    runner.close()
    assert loops[0].is_closed()


def test_close_from_another_thread_cancels_the_call() -> None:
    runner = Runner()
    cancelled = threading.Event()

    async def forever() -> None:
        try:
            await asyncio.sleep(60)
        except asyncio.CancelledError:
            cancelled.set()
            raise

    threading.Timer(0.1, runner.close).start()
    started = time.monotonic()
    with pytest.raises(ClientClosedError, match="closed while the call was running"):
        runner.run(forever)
    assert time.monotonic() - started < 5
    assert cancelled.is_set()


def test_an_exception_raised_inside_a_call_leaves_the_loop_usable() -> None:
    runner = Runner()

    async def interrupted() -> None:
        await asyncio.sleep(0)
        raise KeyboardInterrupt  # as Ctrl-C does when it lands in the call's own code

    with pytest.raises(KeyboardInterrupt):
        runner.run(interrupted)
    time.sleep(0.01)  # idle: the next call first lets the loop take in what arrived
    assert runner.run(_one) == 1
    runner.close()


def test_a_non_final_close_lets_a_later_call_open_a_new_loop() -> None:
    runner = Runner()
    first = runner.run(_running_loop)
    runner.close(final=False)
    assert first.is_closed()
    second = runner.run(_running_loop)
    assert second is not first
    runner.close()
