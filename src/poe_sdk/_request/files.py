"""Build the content parts of a user message from files: images, documents, audio and video.

Each helper reads its source once, guesses the MIME type from the content (magic bytes) and
the file name, and returns the request ``TypedDict`` the API expects, with the data inlined
as base64 (Poe accepts files as ``data:`` URLs)::

    from poe_sdk import PoeClient, content_part, text_part

    client.chat.completions.create(
        model="Claude-Sonnet-4",
        messages=[{"role": "user", "content": [text_part("Summarise"), content_part("doc.pdf")]}],
    )

Anything that cannot be attached (a missing file, a directory, unreadable or unrecognisable
data, an audio format the API does not take) raises :class:`~poe_sdk.RequestValidationError`
naming the file and the problem.
"""

from __future__ import annotations

import base64
import io
import mimetypes
import os
import zipfile
from typing import TYPE_CHECKING, BinaryIO, Literal, TypeAlias, cast

from .._exceptions import RequestValidationError

if TYPE_CHECKING:
    from .._generated.params import (
        ChatCompletionRequestMessageContentPartAudioParam,
        ChatCompletionRequestMessageContentPartFileParam,
        ChatCompletionRequestMessageContentPartImageParam,
        ChatCompletionRequestMessageContentPartTextParam,
        ImageUrlParam,
    )
    from ..types import FileContentPartParam

__all__ = [
    "FileSource",
    "audio_part",
    "content_part",
    "file_part",
    "guess_mime_type",
    "image_part",
    "text_part",
]

FileSource: TypeAlias = str | os.PathLike[str] | bytes | bytearray | memoryview | BinaryIO
"""What the helpers read: a path (``str`` or ``os.PathLike``), the bytes themselves, or a
binary file object opened for reading."""


ImageDetail = Literal["auto", "low", "high"]
AudioFormat = Literal["wav", "mp3"]

_IMAGE_URL_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})
"""The image types every ``image_url`` model takes; other images are sent as files."""

_AUDIO_FORMATS: dict[str, AudioFormat] = {"audio/wav": "wav", "audio/mpeg": "mp3"}

_GENERIC_CONTAINERS = frozenset(
    {"application/zip", "application/x-ole-storage", "application/octet-stream"}
)
"""Types sniffed from a container signature; a more specific name-based type refines them."""

_BY_EXTENSION = {
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".csv": "text/csv",
    ".tsv": "text/tab-separated-values",
    ".json": "application/json",
    ".html": "text/html",
    ".htm": "text/html",
    ".txt": "text/plain",
    ".xml": "application/xml",
    ".yaml": "application/yaml",
    ".yml": "application/yaml",
    ".svg": "image/svg+xml",
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".heic": "image/heic",
    ".avif": "image/avif",
    ".wav": "audio/wav",
    ".mp3": "audio/mpeg",
    ".m4a": "audio/mp4",
    ".aac": "audio/aac",
    ".ogg": "audio/ogg",
    ".oga": "audio/ogg",
    ".opus": "audio/ogg",
    ".flac": "audio/flac",
    ".mp4": "video/mp4",
    ".m4v": "video/mp4",
    ".mov": "video/quicktime",
    ".webm": "video/webm",
    ".mkv": "video/x-matroska",
    ".avi": "video/x-msvideo",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".doc": "application/msword",
    ".xls": "application/vnd.ms-excel",
    ".ppt": "application/vnd.ms-powerpoint",
    ".epub": "application/epub+zip",
    ".zip": "application/zip",
}
"""Types by extension, checked before :mod:`mimetypes` (whose answers vary by system)."""

_ALIASES = {
    "audio/x-wav": "audio/wav",
    "audio/wave": "audio/wav",
    "audio/vnd.wave": "audio/wav",
    "audio/x-pn-wav": "audio/wav",
    "audio/mp3": "audio/mpeg",
    "audio/mpeg3": "audio/mpeg",
    "audio/x-mpeg": "audio/mpeg",
    "audio/x-mp3": "audio/mpeg",
    "audio/x-flac": "audio/flac",
    "image/jpg": "image/jpeg",
    "image/pjpeg": "image/jpeg",
    "application/x-pdf": "application/pdf",
    "text/x-markdown": "text/markdown",
    "application/x-yaml": "application/yaml",
    "text/yaml": "application/yaml",
    "text/x-yaml": "application/yaml",
}

_TEXTUAL_APPLICATION_TYPES = frozenset(
    {
        "application/json",
        "application/xml",
        "application/yaml",
        "application/javascript",
        "application/x-javascript",
        "application/ecmascript",
        "application/x-sh",
        "application/x-csh",
        "application/x-tex",
        "application/x-latex",
        "application/sql",
        "application/toml",
        "application/rtf",
        "application/x-python-code",
        "image/svg+xml",
    }
)

_OFFICE_PARTS = (
    ("word/", ".docx"),
    ("xl/", ".xlsx"),
    ("ppt/", ".pptx"),
)

_FTYP_BRANDS = {
    b"qt  ": "video/quicktime",
    b"M4A ": "audio/mp4",
    b"M4B ": "audio/mp4",
    b"M4P ": "audio/mp4",
    b"heic": "image/heic",
    b"heix": "image/heic",
    b"mif1": "image/heif",
    b"msf1": "image/heif",
    b"avif": "image/avif",
    b"avis": "image/avif",
    b"3gp4": "video/3gpp",
    b"3gp5": "video/3gpp",
    b"3gp6": "video/3gpp",
    b"3g2a": "video/3gpp2",
}


def guess_mime_type(data: bytes | None = None, filename: str | None = None) -> str | None:
    """The MIME type of ``data`` (its leading bytes are enough) and/or a file name.

    The content is checked for the signatures of PNG, JPEG, GIF, WEBP, PDF, WAV, MP3, OGG,
    FLAC, MP4/MOV and other ``ftyp`` files, Matroska/WebM, and the ZIP-based Office formats;
    when it has one, it wins over the name (a PNG named ``photo.jpg`` is ``image/png``).
    A generic container (a plain ZIP or OLE2 file) takes the name's more specific type. Data
    that decodes as UTF-8 without NUL bytes is text: ``text/plain``, or the name's text type
    (``.md``, ``.csv``, ``.json``, ``.html``, …). Otherwise the name decides; ``None`` when
    nothing is known.
    """
    by_name = _type_from_name(filename) if filename else None
    if not data:
        return by_name
    sniffed = _sniff(data)
    if sniffed is not None:
        if sniffed in _GENERIC_CONTAINERS and by_name is not None and not _is_textual(by_name):
            return by_name
        return sniffed
    if _looks_like_text(data):
        return by_name if by_name is not None and _is_textual(by_name) else "text/plain"
    return by_name


def text_part(text: str) -> ChatCompletionRequestMessageContentPartTextParam:
    """A text part: ``{"type": "text", "text": text}``."""
    if not isinstance(cast(object, text), str):
        raise RequestValidationError(
            f"Invalid argument text: a string is required (got {type(text).__name__})",
            param="text",
            rule="string",
        )
    return {"type": "text", "text": text}


def image_part(
    source: FileSource,
    *,
    mime_type: str | None = None,
    detail: ImageDetail | None = None,
) -> ChatCompletionRequestMessageContentPartImageParam:
    """An image part from a file, bytes, or a URL.

    An ``http://``, ``https://`` or ``data:`` URL string is passed through as the image URL;
    anything else is read and inlined as ``data:<mime>;base64,...``. The type is detected
    unless ``mime_type`` is given, and must be an ``image/*`` type. ``detail`` (``"auto"``,
    ``"low"`` or ``"high"``) says how closely the model should look.

    Raises :class:`~poe_sdk.RequestValidationError` when the source cannot be read or is not
    an image.
    """
    _check_detail(detail)
    if isinstance(source, str) and _is_url(source):
        return _image(source, detail)
    loaded = _load(source, None)
    mime = _resolve_type(loaded, mime_type)
    if not mime.startswith("image/"):
        raise RequestValidationError(
            f"Cannot attach {loaded.label} as an image: its type is {mime} "
            "(use file_part or content_part for other files)",
            param="source",
            rule="image",
        )
    return _image(_data_url(mime, loaded.data), detail)


def file_part(
    source: FileSource,
    *,
    filename: str | None = None,
    mime_type: str | None = None,
) -> ChatCompletionRequestMessageContentPartFileParam:
    """A file part: a document (PDF, text, CSV, DOCX, ...), video or any other file.

    The file is inlined as ``file_data="data:<mime>;base64,..."`` (a ``data:`` URL string is
    passed through as it is). ``filename`` defaults to the path's name (``"file"`` plus the
    type's extension for bytes); for bytes it also helps detect the type. ``mime_type``
    overrides detection.

    Raises :class:`~poe_sdk.RequestValidationError` when the source cannot be read or its
    type cannot be told.
    """
    _check_filename(filename)
    if isinstance(source, str) and _is_url(source):
        declared = _data_url_type(source)
        if declared is None:
            raise RequestValidationError(
                f"Cannot attach {source!r} as a file: only images can be sent by http(s) URL "
                "(download the file, or use image_part for an image URL)",
                param="source",
                rule="path, bytes or data URL",
            )
        return _file(filename or _default_filename(declared), source)
    loaded = _load(source, filename)
    mime = _resolve_type(loaded, mime_type)
    return _file(loaded.name or _default_filename(mime), _data_url(mime, loaded.data))


def audio_part(
    source: FileSource,
    *,
    format: AudioFormat | None = None,
) -> ChatCompletionRequestMessageContentPartAudioParam:
    """An audio part: ``{"type": "input_audio", "input_audio": {"data", "format"}}``.

    The API's ``input_audio`` takes WAV and MP3 only; ``format`` (``"wav"`` or ``"mp3"``) is
    detected from the content or file name when not given. Send other audio (OGG, FLAC,
    M4A, ...) with :func:`file_part`, or let :func:`content_part` choose.

    Raises :class:`~poe_sdk.RequestValidationError` when the source cannot be read, or is not
    WAV or MP3 audio.
    """
    if format is not None:
        normalized = format.lower() if isinstance(cast(object, format), str) else None
        if normalized not in ("wav", "mp3"):
            raise RequestValidationError(
                f"Invalid argument format: 'wav' or 'mp3' is required (got {format!r})",
                param="format",
                rule="wav or mp3",
            )
        return _audio(_load(source, None).data, "wav" if normalized == "wav" else "mp3")
    loaded = _load(source, None)
    mime = _resolve_type(loaded, None)
    detected = _AUDIO_FORMATS.get(mime)
    if detected is None:
        raise RequestValidationError(
            f"Cannot attach {loaded.label} as input audio: its type is {mime}, and input "
            "audio must be WAV or MP3 (convert it, or send it with file_part)",
            param="source",
            rule="wav or mp3",
        )
    return _audio(loaded.data, detected)


def content_part(
    source: FileSource,
    *,
    filename: str | None = None,
    mime_type: str | None = None,
    detail: ImageDetail | None = None,
) -> FileContentPartParam:
    """The right part for a file, picked by its detected (or given) MIME type.

    PNG, JPEG, GIF and WEBP images become an :func:`image_part` (with ``detail``), WAV and
    MP3 audio an :func:`audio_part`, and everything else (documents, text, video, other audio
    and image types) a :func:`file_part`. An ``http(s)://`` URL string becomes an image part
    (the only part that takes a URL); a ``data:`` URL string is routed by its type.

    Raises :class:`~poe_sdk.RequestValidationError` when the source cannot be read or its
    type cannot be told.
    """
    _check_detail(detail)
    _check_filename(filename)
    if isinstance(source, str) and _is_url(source):
        declared = _data_url_type(source)
        if declared is None or declared in _IMAGE_URL_TYPES:
            return _image(source, detail)
        return file_part(source, filename=filename)
    loaded = _load(source, filename)
    mime = _resolve_type(loaded, mime_type)
    if mime in _IMAGE_URL_TYPES:
        return _image(_data_url(mime, loaded.data), detail)
    audio_format = _AUDIO_FORMATS.get(mime)
    if audio_format is not None:
        return _audio(loaded.data, audio_format)
    return _file(loaded.name or _default_filename(mime), _data_url(mime, loaded.data))


def _image(
    url: str, detail: ImageDetail | None
) -> ChatCompletionRequestMessageContentPartImageParam:
    image_url: ImageUrlParam = {"url": url}
    if detail is not None:
        image_url["detail"] = detail
    return {"type": "image_url", "image_url": image_url}


def _file(filename: str, data_url: str) -> ChatCompletionRequestMessageContentPartFileParam:
    return {"type": "file", "file": {"filename": filename, "file_data": data_url}}


def _audio(data: bytes, fmt: AudioFormat) -> ChatCompletionRequestMessageContentPartAudioParam:
    encoded = base64.b64encode(data).decode("ascii")
    return {"type": "input_audio", "input_audio": {"data": encoded, "format": fmt}}


class _Loaded:
    """The bytes of a source, its file name (if any) and how to name it in errors."""

    __slots__ = ("data", "label", "name")

    def __init__(self, data: bytes, name: str | None, label: str) -> None:
        self.data = data
        self.name = name
        self.label = label


def _load(source: object, filename: str | None) -> _Loaded:
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(cast("bytes | bytearray | memoryview[int]", source))
        label = repr(filename) if filename else f"the given data ({len(data)} bytes)"
        return _Loaded(_non_empty(data, label), filename, label)
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(cast("str | os.PathLike[str]", source))
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        label = repr(path)
        data = _read_path(path, label)
        return _Loaded(_non_empty(data, label), filename or os.path.basename(path) or None, label)
    read = getattr(source, "read", None)
    if callable(read):
        raw_name = getattr(source, "name", None)
        name = filename or (os.path.basename(raw_name) if isinstance(raw_name, str) else None)
        label = repr(raw_name) if isinstance(raw_name, str) else "the given file object"
        try:
            content = read()
        except OSError as exc:
            raise _read_error(label, exc) from exc
        if not isinstance(content, (bytes, bytearray)):
            raise RequestValidationError(
                f"Cannot read {label}: it was opened in text mode (open it with 'rb')",
                param="source",
                rule="binary file",
            )
        return _Loaded(_non_empty(bytes(content), label), name or None, label)
    raise RequestValidationError(
        "Invalid argument source: a path (str or os.PathLike), bytes, or a binary file object "
        f"is required (got {type(source).__name__})",
        param="source",
        rule="path, bytes or binary file",
    )


def _read_path(path: str, label: str) -> bytes:
    if "\0" in path:
        raise RequestValidationError(
            f"Cannot read file {label}: the path contains a NUL character",
            param="source",
            rule="readable file",
        )
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as exc:
        raise _read_error(f"file {label}", exc) from exc


def _read_error(label: str, exc: OSError) -> RequestValidationError:
    if isinstance(exc, FileNotFoundError):
        problem = "no such file"
    elif isinstance(exc, IsADirectoryError):
        problem = "it is a directory, not a file"
    elif isinstance(exc, PermissionError):
        problem = "permission denied"
    else:
        problem = exc.strerror or str(exc) or type(exc).__name__
    return RequestValidationError(
        f"Cannot read {label}: {problem}", param="source", rule="readable file"
    )


def _non_empty(data: bytes, label: str) -> bytes:
    if not data:
        raise RequestValidationError(
            f"Cannot attach {label}: it is empty", param="source", rule="non-empty"
        )
    return data


def _resolve_type(loaded: _Loaded, mime_type: str | None) -> str:
    if mime_type is not None:
        if (
            not isinstance(cast(object, mime_type), str)
            or "/" not in mime_type
            or any(c in mime_type for c in " ;,\r\n")
        ):
            raise RequestValidationError(
                f"Invalid argument mime_type: a type such as 'image/png' is required "
                f"(got {mime_type!r})",
                param="mime_type",
                rule="type/subtype",
            )
        return _ALIASES.get(mime_type.lower(), mime_type.lower())
    mime = guess_mime_type(loaded.data, loaded.name)
    if mime is None:
        raise RequestValidationError(
            f"Cannot tell the type of {loaded.label}: its content has no known signature and "
            "it is not text (pass mime_type=, or a filename with an extension)",
            param="source",
            rule="known file type",
        )
    return mime


def _check_filename(filename: object) -> None:
    if filename is not None and not (isinstance(filename, str) and filename):
        raise RequestValidationError(
            f"Invalid argument filename: a non-empty string is required (got {filename!r})",
            param="filename",
            rule="non-empty string",
        )


def _check_detail(detail: object) -> None:
    if detail is not None and detail not in ("auto", "low", "high"):
        raise RequestValidationError(
            f"Invalid argument detail: 'auto', 'low' or 'high' is required (got {detail!r})",
            param="detail",
            rule="auto, low or high",
        )


def _is_url(text: str) -> bool:
    lowered = text[:8].lower()
    return lowered.startswith(("http://", "https://", "data:"))


def _data_url_type(url: str) -> str | None:
    """The MIME type a ``data:`` URL declares (``None`` for another URL)."""
    if url[:5].lower() != "data:":
        return None
    mime = url[5:].split(",", 1)[0].split(";", 1)[0].strip().lower()
    return mime or "text/plain"


def _data_url(mime: str, data: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def _default_filename(mime: str) -> str:
    extension = next((ext for ext, t in _BY_EXTENSION.items() if t == mime), None)
    if extension is None:
        extension = mimetypes.guess_extension(mime, strict=False) or ""
    return f"file{extension}"


def _type_from_name(filename: str) -> str | None:
    _, extension = os.path.splitext(filename)
    extension = extension.lower()
    if not extension:
        return None
    mime = _BY_EXTENSION.get(extension)
    if mime is None:
        mime, _ = mimetypes.guess_type("file" + extension, strict=False)
    if mime is None:
        return None
    return _ALIASES.get(mime, mime)


def _is_textual(mime: str) -> bool:
    return (
        mime.startswith("text/")
        or mime in _TEXTUAL_APPLICATION_TYPES
        or mime.endswith(("+json", "+xml"))
    )


def _looks_like_text(data: bytes) -> bool:
    if b"\0" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _sniff(data: bytes) -> str | None:
    """The type told by the content's signature, or ``None``."""
    head = data[:16]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"RIFF") and len(head) >= 12:
        riff = {b"WEBP": "image/webp", b"WAVE": "audio/wav", b"AVI ": "video/x-msvideo"}
        return riff.get(head[8:12])
    if head.startswith(b"ID3"):
        return "audio/mpeg"
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head.startswith(b"fLaC"):
        return "audio/flac"
    if head[4:8] == b"ftyp":
        return _FTYP_BRANDS.get(head[8:12], "video/mp4")
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "video/webm" if b"webm" in data[:64] else "video/x-matroska"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "image/tiff"
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(data)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "application/x-ole-storage"
    return _sniff_mpeg_audio(head)


def _sniff_zip(data: bytes) -> str:
    """A ZIP file: an OpenDocument/EPUB (by its ``mimetype`` member), an Office Open XML
    document (by its ``word/``, ``xl/`` or ``ppt/`` members), or a plain ZIP."""
    if data[30:38] == b"mimetype":
        declared = data[38:120].split(b"PK", 1)[0].decode("ascii", "replace")
        if "/" in declared and declared.isprintable() and " " not in declared:
            return declared
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        # Truncated or damaged: look for member names in the local headers instead.
        head = data[:65536]
        names = [prefix for prefix, _ in _OFFICE_PARTS if prefix.encode() in head]
    for prefix, extension in _OFFICE_PARTS:
        if any(name.startswith(prefix) for name in names):
            return _BY_EXTENSION[extension]
    return "application/zip"


def _sniff_mpeg_audio(head: bytes) -> str | None:
    """An MPEG audio frame header (MP3 without ID3 tag) or an ADTS (AAC) header."""
    if len(head) < 3 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return None
    version = (head[1] >> 3) & 0x03
    layer = (head[1] >> 1) & 0x03
    if layer == 0:
        return "audio/aac" if head[1] & 0xF6 == 0xF0 else None
    bitrate = head[2] >> 4
    sample_rate = (head[2] >> 2) & 0x03
    if version == 1 or bitrate in (0, 0x0F) or sample_rate == 3:
        return None
    return "audio/mpeg"
