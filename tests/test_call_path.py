"""The path of one plain call stays short (issue 22): a ceiling on how many of poe-sdk's own
functions one ``await client.chat.completions.create(...)`` runs (``tools/call_path.py``
lists them; run it to see what a change added)."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tools.call_path import measure  # noqa: E402

# Before issue 22: 56 functions in 16 files for a plain call (local server; respx: 50), 84
# for a stream. After the call pipeline moved into _call.py: 41 and 72; with _http/: 40 and 71;
# without the transport's per-request _send and _timeout, exchange's _ignoring_io_failures
# and ClientState.check_open: 36 and 67; a stream's headers made once per client: 36 and 66.
PLAIN_CALL_CEILING = 36
STREAM_CEILING = 66


def test_a_plain_call_runs_at_most_the_pinned_number_of_functions() -> None:
    path = measure(server=True)
    assert len(path.functions) <= PLAIN_CALL_CEILING, path.report()


def test_a_stream_runs_at_most_the_pinned_number_of_functions() -> None:
    path = measure(server=True, stream=True)
    assert len(path.functions) <= STREAM_CEILING, path.report()


def test_the_count_sees_the_call() -> None:
    path = measure()
    # Python 3.10 has no co_qualname: there the tool names a function "create (line N)".
    names = {name.split(" (line ")[0] for _, name in path.functions}
    assert names & {"AsyncChatCompletions.create", "create"}, path.report()
    assert {"_generated/resources.py"} < path.files
