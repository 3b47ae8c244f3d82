"""``find_attachments`` and ``message.attachments``: the files media bots link to (issue 24)."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from poe_sdk import Attachment, find_attachments
from poe_sdk.types import ChatCompletionMessage

POE_IMAGE = "https://pfst.cf2.poecdn.net/base/image/9f2c1e?w=1024&h=1024"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"Here it is:\n\n![a cat]({POE_IMAGE})",
            [Attachment(POE_IMAGE, "image", "9f2c1e", "a cat")],
        ),
        (
            "[video](https://pfst.cf2.poecdn.net/base/video/ab12)",
            [Attachment("https://pfst.cf2.poecdn.net/base/video/ab12", "video", "ab12", "video")],
        ),
        (
            "Listen: https://cdn.example/tracks/song%20one.mp3.",
            [Attachment("https://cdn.example/tracks/song%20one.mp3", "audio", "song one.mp3")],
        ),
        (
            'The report: [report](https://files.example/r.pdf "PDF") and <https://x.example/a.webm>',
            [
                Attachment("https://files.example/r.pdf", "file", "r.pdf", "report"),
                Attachment("https://x.example/a.webm", "video", "a.webm"),
            ],
        ),
        (
            "Only a page: [docs](https://docs.example/guide) and https://example.com/about",
            [],
        ),
        ("Unknown files on Poe's CDN count: https://pfst.cf2.poecdn.net/base/x/f1", None),
    ],
)
def test_media_links_are_listed_and_pages_are_not(
    text: str, expected: list[Attachment] | None
) -> None:
    found = find_attachments(text)
    if expected is None:
        assert [(a.kind, a.filename) for a in found] == [("file", "f1")]
    else:
        assert found == expected


def test_each_url_once_in_text_order() -> None:
    text = (
        "![one](https://a.example/1.png) then https://a.example/2.mp4 "
        "and again ![one again](https://a.example/1.png)"
    )
    assert [a.url for a in find_attachments(text)] == [
        "https://a.example/1.png",
        "https://a.example/2.mp4",
    ]


def test_urls_in_code_are_not_attachments() -> None:
    text = (
        "Use `https://a.example/x.png` like this:\n"
        "```python\nfetch('https://a.example/y.mp4')\n```\n"
        "Result: ![r](https://a.example/z.png)"
    )
    assert [a.url for a in find_attachments(text)] == ["https://a.example/z.png"]


def test_only_http_urls_count() -> None:
    text = "![x](ftp://a.example/x.png) ![y](data:image/png;base64,AAAA) file:///etc/x.png"
    assert find_attachments(text) == []


def test_trailing_punctuation_is_not_part_of_a_bare_url() -> None:
    (found,) = find_attachments("See https://a.example/v.mov, or not!")
    assert found.url == "https://a.example/v.mov"


def test_markdown_image_without_extension_is_an_image() -> None:
    (found,) = find_attachments("![](https://img.example/generated?id=4)")
    assert (found.kind, found.filename, found.label) == ("image", "generated", None)


def test_message_attachments_reads_its_content() -> None:
    message = ChatCompletionMessage.model_validate(
        {"role": "assistant", "content": "![img](https://a.example/p.jpg)"}
    )
    assert message.attachments == [Attachment("https://a.example/p.jpg", "image", "p.jpg", "img")]
    assert ChatCompletionMessage.model_validate({"content": None}).attachments == []


def test_tolerantly_read_content_of_the_wrong_type_has_no_attachments() -> None:
    message = ChatCompletionMessage.model_construct(content=[{"type": "text"}, 7])  # type: ignore[arg-type]
    assert message.attachments == []
    assert ChatCompletionMessage.model_construct(content=42).attachments == []  # type: ignore[arg-type]


def test_list_valued_content_is_searched_part_by_part() -> None:
    parts = [
        {"type": "thinking", "thinking": "https://a.example/not-this.png"},
        {"type": "text", "text": "Done: ![a](https://a.example/a.png)"},
        {"type": "text", "text": "and https://a.example/b.mp3"},
    ]
    message = ChatCompletionMessage.model_construct(content=parts)  # type: ignore[arg-type]
    assert [a.filename for a in message.attachments] == ["a.png", "b.mp3"]


_TEXT = st.text(alphabet=string.printable + "éあ![]()<>`", max_size=200)


@given(_TEXT)
def test_never_raises_and_lists_only_http_urls_found_in_the_text(text: str) -> None:
    found = find_attachments(text)
    assert len({a.url for a in found}) == len(found)
    for attachment in found:
        assert attachment.url.lower().startswith(("http://", "https://"))
        assert attachment.url in text
        assert attachment.kind in ("image", "video", "audio", "file")


_NAME = st.text(alphabet=string.ascii_letters + string.digits + "-_", min_size=1, max_size=12)


@given(
    prose=st.lists(st.sampled_from(["Here.", "Done!", "A *b* c", "1. x", "> q"]), max_size=4),
    names=st.lists(_NAME, min_size=1, max_size=4, unique=True),
    kind=st.sampled_from([("png", "image"), ("mp4", "video"), ("wav", "audio"), ("pdf", "file")]),
    style=st.sampled_from(["![{n}]({u})", "[{n}]({u})", "{u}", "<{u}>"]),
)
def test_every_generated_media_link_is_found(
    prose: list[str], names: list[str], kind: tuple[str, str], style: str
) -> None:
    extension, expected_kind = kind
    urls = [f"https://files.example/out/{name}.{extension}" for name in names]
    text = "\n".join(
        [*prose, *(style.format(n=name, u=u) for name, u in zip(names, urls, strict=True))]
    )
    found = find_attachments(text)
    assert [a.url for a in found] == urls
    assert {a.kind for a in found} == {expected_kind}
    assert [a.filename for a in found] == [f"{name}.{extension}" for name in names]
