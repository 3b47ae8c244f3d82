"""The pytest plugin's fixtures in a user's test suite, run by pytester: ``async_poe_client``
works without a warning under pytest-asyncio (strict and auto mode) and anyio's plugin
(issue 26 item 9)."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

CONFTEST = 'pytest_plugins = ["poe_sdk.testing.pytest_plugin"]\n'
CALL = """
    reply = await async_poe_client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "Hi"}]
    )
    assert reply.choices[0].message.content == "Echo: Hi"
    assert poe_server.journal[-1].json["model"] == "m"
"""
ASYNCIO_TEST = f"""
import pytest

@pytest.mark.asyncio
async def test_greeting(poe_server, async_poe_client):{CALL}
"""
ANYIO_TEST = f"""
import pytest

@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request):
    return request.param

@pytest.mark.anyio
async def test_greeting(poe_server, async_poe_client):{CALL}
"""
UNMARKED_AUTO_TEST = f"""
async def test_greeting(poe_server, async_poe_client):{CALL}
"""
SYNC_TEST = """
def test_greeting(async_poe_client):
    pass
"""


def run(pytester: pytest.Pytester, test: str, *options: str) -> pytest.RunResult:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_user=test)
    if "no:asyncio" not in options:
        pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    return pytester.runpytest_subprocess("-W", "error", "-p", "no:cacheprovider", *options)


def test_under_pytest_asyncio_strict_mode_and_anyio_side_by_side(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(test_anyio=ANYIO_TEST, test_no_runner=SYNC_TEST)
    result = run(pytester, ASYNCIO_TEST, "--asyncio-mode=strict")
    result.assert_outcomes(passed=3, errors=1, warnings=0)
    result.stdout.fnmatch_lines(
        [
            "*test_greeting: the async_poe_client fixture needs an async test run by anyio "
            "(@pytest.mark.anyio) or pytest-asyncio (@pytest.mark.asyncio)*"
        ]
    )


def test_under_pytest_asyncio_auto_mode(pytester: pytest.Pytester) -> None:
    result = run(pytester, UNMARKED_AUTO_TEST, "-p", "no:anyio", "--asyncio-mode=auto")
    result.assert_outcomes(passed=1, warnings=0)


def test_under_anyio_alone_on_asyncio_and_trio(pytester: pytest.Pytester) -> None:
    result = run(pytester, ANYIO_TEST, "-p", "no:asyncio")
    result.assert_outcomes(passed=2, warnings=0)
