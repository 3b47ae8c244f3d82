"""The documentation's reference pages: every operation's parameters with their bounds and
defaults from openapi.yaml, and every public name for mkdocstrings."""

from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from codegen.griffe_rst_roles import markdown_roles  # noqa: E402
from codegen.reference_pages import NOT_RENDERED, api_pages, limits, operation_pages  # noqa: E402

import poe_sdk  # noqa: E402
import poe_sdk.testing  # noqa: E402
from poe_sdk import types  # noqa: E402
from poe_sdk._generated import resources  # noqa: E402

PAGES = operation_pages(REPO / "openapi.yaml")


def rows(page: str) -> dict[str, list[str]]:
    """The parameter table of a page: name -> its cells."""
    found = {}
    for line in PAGES[f"reference/operations/{page}.md"].splitlines():
        match = re.match(r"\| `(\w+)`[^|]* \| (.*) \|$", line)
        if match:
            found[match.group(1)] = [c.strip() for c in re.split(r"(?<!\\)\|", match.group(2))]
    return found


def test_one_page_per_resource_and_an_index() -> None:
    assert sorted(PAGES) == [
        "reference/operations/bots.md",
        "reference/operations/chat.completions.md",
        "reference/operations/index.md",
        "reference/operations/messages.md",
        "reference/operations/models.md",
        "reference/operations/responses.md",
        "reference/operations/usage.md",
        "reference/operations/videos.md",
    ]


def test_every_keyword_argument_of_every_method_has_a_row() -> None:
    for page, args in [
        ("chat.completions", resources.ChatCompletionsCreateArgs),
        ("responses", resources.ResponsesCreateArgs),
        ("usage", resources.UsagePointsHistoryArgs),
    ]:
        options = set(resources.ModelCallOptions.__annotations__)
        expected = {name for name in args.__annotations__ if name not in options}
        assert expected | {"stream"} >= set(rows(page)), page
        assert expected <= set(rows(page)), page


def test_the_videos_page_has_a_row_for_every_argument_of_its_methods() -> None:
    options = set(resources.CallOptions.__annotations__)
    expected = {"video_id"} | {
        name
        for args in (
            resources.VideosCreateArgs,
            resources.VideosRetrieveArgs,
            resources.VideosDownloadContentArgs,
            resources.VideosRemixArgs,
            resources.VideosExtendArgs,
        )
        for name in args.__annotations__
        if name not in options
    }
    assert set(rows("videos")) == expected
    assert rows("videos")["size"][1] == "matches `^[0-9]+x[0-9]+$`"


def test_a_row_has_the_type_bounds_default_and_description() -> None:
    temperature = rows("chat.completions")["temperature"]
    assert temperature == [
        "`float \\| None`",
        "0 to 2",
        "not sent",
        "Sampling temperature, 0 to 2.",
    ]
    assert rows("chat.completions")["model"][2] == "required"
    assert rows("chat.completions")["stop"][1] == "array: >= 1 items; <= 4 items"
    assert rows("chat.completions")["logit_bias"][1] == "each value -100 to 100"
    limit = rows("usage")["limit"]
    assert limit[1:3] == ["1 to 100", "not sent (server: `20`)"]
    assert rows("responses")["truncation"][1] == "one of `auto`, `disabled`"


def test_limits_in_words() -> None:
    assert limits({"exclusiveMinimum": 0, "maxLength": 5, "pattern": "^a"}) == [
        "> 0",
        "length <= 5",
        "matches `^a`",
    ]
    assert limits({"const": True, "minimum": 1}) == [">= 1", "exactly `true`"]


def test_every_public_name_is_rendered() -> None:
    pages = api_pages()

    def rendered(page: str, module: str) -> set[str]:
        return set(re.findall(rf"^::: {re.escape(module)}\.(\w+)$", pages[page], re.MULTILINE))

    assert rendered("reference/poe_sdk.md", "poe_sdk") == set(poe_sdk.__all__) - NOT_RENDERED
    assert rendered("reference/types.md", "poe_sdk.types") == set(types.__all__)
    assert rendered("reference/testing.md", "poe_sdk.testing") == {
        *poe_sdk.testing.__all__,
        "pytest_plugin",
    }
    for module in ("chat", "responses"):
        aliases = __import__(f"poe_sdk.types.{module}", fromlist=["__all__"]).__all__
        for name in aliases:
            assert f"| `{name}` | [`" in pages["reference/types.md"], name


def test_every_public_name_is_under_a_named_heading() -> None:
    """A new public name lands under "More" until GROUPS (or the errors) place it: the
    reference should say what it is for."""
    page = api_pages()["reference/poe_sdk.md"]
    assert "## More" not in page
    errors = page[page.index("## Errors") :]
    for name in ("StreamTimeoutError", "PaginationCycleError", "StructuredOutputError"):
        assert f"::: poe_sdk.{name}\n" in errors


def test_rst_roles_become_code_spans() -> None:
    text = "caps (:class:`ResponseLimits`) with :data:`~poe_sdk.testing.pytest_plugin.TEST_API_KEY`"
    assert markdown_roles(text) == "caps (`ResponseLimits`) with `TEST_API_KEY`"
