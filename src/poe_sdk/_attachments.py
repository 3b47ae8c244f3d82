"""The files a reply links to: what image, video and audio bots answer with.

Poe's media bots, reached through chat completions, put their output in the message text as
Markdown images (``![image](https://.../a.png)``), Markdown links (``[video](https://...)``) or
bare URLs. :func:`find_attachments` lists them; it does no I/O and never raises.

The rules: a Markdown image is always an attachment; a link or bare URL is one when its file
extension (``.mp4``), a path segment (``/video/``) or Poe's CDN host (``*.poecdn.net``) says it
is a file rather than a web page. Only ``http`` and ``https`` URLs count; URLs inside code
(fenced blocks and inline spans) do not. Each URL is listed once, in the order of the text.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import unquote, urlsplit

__all__ = ["Attachment", "AttachmentKind", "attachment_kind", "find_attachments"]

AttachmentKind = Literal["image", "video", "audio", "file"]

_KINDS: dict[AttachmentKind, tuple[str, ...]] = {
    "image": (
        "png",
        "jpg",
        "jpeg",
        "gif",
        "webp",
        "bmp",
        "svg",
        "avif",
        "heic",
        "heif",
        "tif",
        "tiff",
        "ico",
    ),
    "video": ("mp4", "webm", "mov", "m4v", "mkv", "avi", "mpeg", "mpg", "ogv", "3gp"),
    "audio": ("mp3", "wav", "ogg", "oga", "m4a", "aac", "flac", "opus", "weba", "mid", "midi"),
    "file": (
        "pdf",
        "zip",
        "gz",
        "tar",
        "txt",
        "csv",
        "json",
        "xml",
        "md",
        "docx",
        "xlsx",
        "pptx",
        "doc",
        "xls",
        "ppt",
        "glb",
        "gltf",
        "obj",
        "stl",
        "usdz",
        "epub",
        "rtf",
    ),
}
_EXTENSIONS: dict[str, AttachmentKind] = {
    extension: kind for kind, extensions in _KINDS.items() for extension in extensions
}
_SEGMENTS: dict[str, AttachmentKind] = {
    "image": "image",
    "images": "image",
    "video": "video",
    "videos": "video",
    "audio": "audio",
    "audios": "audio",
}
_FILE_HOSTS = ("poecdn.net",)

_FENCE = re.compile(r"^[ \t]*(```|~~~)[^\n]*\n.*?(?:^[ \t]*\1[ \t]*$|\Z)", re.M | re.S)
_INLINE_CODE = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)", re.S)
# ![alt](url "title") / [text](url 'title') / <url> / bare url, in one pass, in text order.
_MARKDOWN = re.compile(
    r"(?P<bang>!?)\[(?P<label>(?:\\.|[^\]\\\n])*)\]\(\s*<?(?P<url>https?://[^\s)>]+)>?"
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
    r"|<(?P<angle>https?://[^\s>]+)>"
    r"|(?P<bare>https?://[^\s<>()\[\]\"'`]+)",
    re.I,
)
_TRAILING = ".,;:!?*_~"


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file a reply links to."""

    url: str
    """The URL, as the reply wrote it."""
    kind: AttachmentKind
    """``"image"``, ``"video"``, ``"audio"``, or ``"file"`` for anything else."""
    filename: str | None
    """The last segment of the URL's path, percent-decoded (``None`` when the path is empty)."""
    label: str | None = None
    """The Markdown image's alt text or the link's text (``None`` for a bare URL)."""


def find_attachments(text: str | None) -> list[Attachment]:
    """The files ``text`` links to, in order, each URL once (see the module's rules)."""
    if not text:
        return []
    prose = _INLINE_CODE.sub(" ", _FENCE.sub("\n", text))
    found: list[Attachment] = []
    seen: set[str] = set()
    for match in _MARKDOWN.finditer(prose):
        url = match["url"] or match["angle"]
        label: str | None = None
        if url is not None and match["url"] is not None:
            label = re.sub(r"\\(.)", r"\1", match["label"]) or None
        if url is None:
            url = match["bare"].rstrip(_TRAILING)
        kind = attachment_kind(url, is_image=bool(match["bang"]) and match["url"] is not None)
        if kind is None or url in seen:
            continue
        seen.add(url)
        found.append(Attachment(url, kind, _filename(url), label))
    return found


def attachment_kind(url: str, *, is_image: bool = False) -> AttachmentKind | None:
    """What ``url`` links to, or ``None`` when it looks like a web page (or is not http(s));
    ``is_image``: it was written as a Markdown image, which makes it an image at least."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    path = unquote(parts.path)
    extension = posixpath.splitext(path)[1].lstrip(".").lower()
    if extension in _EXTENSIONS:
        return _EXTENSIONS[extension]
    for segment in reversed(path.lower().split("/")):
        if segment in _SEGMENTS:
            return _SEGMENTS[segment]
    if is_image:
        return "image"
    host = parts.hostname.lower()
    if any(host == known or host.endswith("." + known) for known in _FILE_HOSTS):
        return "file"
    return None


def _filename(url: str) -> str | None:
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    name = unquote(path.rstrip("/").rpartition("/")[2])
    return name or None
