"""The cursor trail that stops pagination cycles (issue 21 item 6), without I/O; the pages
over real sockets are in ``tests/hardening/test_pagination_cycles.py``."""

from __future__ import annotations

import gc
import pickle
import tracemalloc

import pytest

import poe_sdk
from poe_sdk._replies.pagination import CursorTrail


def walk(trail: CursorTrail, cursors: list[object]) -> int:
    """Follow ``cursors`` page after page from depth 0; the depth reached."""
    depth = 0
    for cursor in cursors:
        trail, depth = trail.follow(cursor, depth)
    return depth


@pytest.mark.parametrize(
    ("cursors", "pages"),
    [
        (["A", "B", "A"], 3),  # A -> B -> A
        (["A", "B", "C", "A"], 4),  # A -> B -> C -> A
        (["A", "A"], 2),  # the same cursor again
        ([7, 8, 7], 3),  # cursors of any type
    ],
)
def test_a_repeated_cursor_is_a_cycle_naming_it(cursors: list[object], pages: int) -> None:
    with pytest.raises(poe_sdk.PaginationCycleError) as caught:
        walk(CursorTrail(), cursors)
    assert caught.value.cursor == cursors[-1]
    assert caught.value.page_count == pages
    assert repr(cursors[-1]) in str(caught.value)
    assert f"after {pages} page(s)" in str(caught.value)


def test_the_first_pages_own_cursor_counts() -> None:
    with pytest.raises(poe_sdk.PaginationCycleError) as caught:
        walk(CursorTrail("X"), ["X"])
    assert caught.value.page_count == 1


def test_distinct_cursors_and_look_alikes_are_not_cycles() -> None:
    assert walk(CursorTrail(), ["A", "B", "C", 1, "1", None, "a"]) == 7


def test_following_an_earlier_page_again_is_a_branch_not_a_cycle() -> None:
    first = CursorTrail()
    trail, depth = first.follow("A", 0)
    trail, depth = trail.follow("B", depth)
    assert depth == 2
    # Page 1 (reached by "A") asks for its next page again: "B" again, and on from there.
    branch, depth = trail.follow("B", 1)
    assert depth == 2
    branch, depth = branch.follow("C", depth)
    with pytest.raises(poe_sdk.PaginationCycleError):
        branch.follow("A", depth)
    # The first trail is unchanged by the branch.
    assert trail.follow("C", 2)[1] == 3


def test_the_error_quotes_a_long_cursor_shortly_and_pickles() -> None:
    cursor = "c" * 10_000
    with pytest.raises(poe_sdk.PaginationCycleError) as caught:
        walk(CursorTrail(), [cursor, cursor])
    assert len(str(caught.value)) < 300
    back = pickle.loads(pickle.dumps(caught.value))
    assert type(back) is poe_sdk.PaginationCycleError
    assert (back.cursor, back.page_count, str(back)) == (cursor, 2, str(caught.value))
    assert isinstance(back, poe_sdk.APIResponseValidationError)


def test_memory_per_page_does_not_grow_with_the_cursors_length() -> None:
    """20,000 pages of 1 KB cursors: the trail keeps a fingerprint per page, not the cursor
    (about 130 bytes a page here; the cursors themselves would take 20 MB)."""
    pages = 20_000
    gc.collect()
    tracemalloc.start()
    try:
        trail, depth = CursorTrail(), 0
        for index in range(pages):
            trail, depth = trail.follow(f"{index:08d}" + "x" * 1016, depth)
        kept, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert depth == pages
    assert kept < pages * 200
