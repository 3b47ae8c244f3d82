"""Hardening tests: faults over real sockets, leaks, cancellation, load, hostile input, secrets.

The local-server fixtures come from ``poe_sdk.testing.pytest_plugin``; ``pytest_plugins`` is
not allowed in a nested conftest, so they are imported here (as ``tests/integration`` does),
which scopes them to this directory.

Every test here also ends with a leak check: a ``gc.collect()`` whose unraisable exceptions
(a ``ResourceWarning`` from a finaliser, turned into an error by ``filterwarnings = error``)
and whose asyncio "Task exception was never retrieved" / "Task was destroyed but it is
pending" reports fail the test.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from poe_sdk.testing.pytest_plugin import (
    _async_poe_client_anyio,
    _async_poe_client_asyncio,
    async_poe_client,
    poe_client,
    poe_server,
    pytest_configure,
)

__all__ = [
    "_async_poe_client_anyio",
    "_async_poe_client_asyncio",
    "async_poe_client",
    "poe_client",
    "poe_server",
    "pytest_configure",
]


@pytest.fixture(autouse=True, scope="module")
def _cheap_collections() -> Iterator[None]:
    """Freeze what exists before a module's tests, so each test's ``gc.collect()`` scans only
    the objects made since (milliseconds instead of ~0.1 s per test); unfreeze afterwards."""
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class _Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _nothing_left_behind() -> Iterator[None]:
    """Fail a test whose objects, once collected, report an error or a resource warning."""
    recorder = _Recorder()
    asyncio_logger = logging.getLogger("asyncio")
    asyncio_logger.addHandler(recorder)
    unraisable: list[Any] = []
    try:
        yield
        previous = sys.unraisablehook
        sys.unraisablehook = unraisable.append
        try:
            gc.collect()
        finally:
            sys.unraisablehook = previous
    finally:
        asyncio_logger.removeHandler(recorder)
    problems = [f"{u.exc_type.__name__}: {u.exc_value} ({u.object!r})" for u in unraisable]
    problems += [record.getMessage() for record in recorder.records]
    assert not problems, "left behind after the test:\n" + "\n".join(problems)
