"""The multimodal helpers: MIME detection, the parts they build, and their errors."""

from __future__ import annotations

import base64
import io
import os
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

import pytest

import poe_sdk
from poe_sdk._request import files as _files
from poe_sdk._request.files import (
    audio_part,
    content_part,
    file_part,
    guess_mime_type,
    image_part,
    text_part,
)
from poe_sdk.types import CreateChatCompletionRequest


def _png() -> bytes:
    """A valid 1x1 PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


def _zip(*members: tuple[str, bytes], stored_first: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            archive.writestr(
                name, data, zipfile.ZIP_STORED if stored_first else zipfile.ZIP_DEFLATED
            )
    return buffer.getvalue()


PNG = _png()
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
GIF = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00;"
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00" + b"\x00" * 24
PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n"
WAV = b"RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00" + b"\x00" * 20
MP3_ID3 = b"ID3\x03\x00\x00\x00\x00\x00\x0a" + b"\x00" * 10 + b"\xff\xfb\x90\x64"
MP3_FRAME = b"\xff\xfb\x90\x64" + b"\x00" * 32
AAC_ADTS = b"\xff\xf1\x50\x80\x02\x1f\xfc" + b"\x00" * 16
OGG = b"OggS\x00\x02" + b"\x00" * 30
FLAC = b"fLaC\x00\x00\x00\x22" + b"\x00" * 34
MP4 = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + b"\x00" * 16
MOV = b"\x00\x00\x00\x14ftypqt  \x00\x00\x02\x00qt  " + b"\x00" * 16
M4A = b"\x00\x00\x00\x1cftypM4A \x00\x00\x00\x00M4A mp42isom" + b"\x00" * 8
WEBM = b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm" + b"\x00" * 16
TIFF = b"II*\x00\x08\x00\x00\x00" + b"\x00" * 16
DOCX = _zip(("[Content_Types].xml", b"<Types/>"), ("word/document.xml", b"<w:document/>"))
XLSX = _zip(("[Content_Types].xml", b"<Types/>"), ("xl/workbook.xml", b"<workbook/>"))
PPTX = _zip(("[Content_Types].xml", b"<Types/>"), ("ppt/presentation.xml", b"<p/>"))
PLAIN_ZIP = _zip(("notes.txt", b"hello"))
EPUB = _zip(
    ("mimetype", b"application/epub+zip"), ("META-INF/container.xml", b"<c/>"), stored_first=True
)
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40
TEXT = "Hello, wörld!\nLine two.\n".encode()
GARBAGE = b"\x00\x01\x02\x03\xfe\xfd\xfc\x80\x81"

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (PNG, "image/png"),
        (JPEG, "image/jpeg"),
        (GIF, "image/gif"),
        (b"GIF87a" + GIF[6:], "image/gif"),
        (WEBP, "image/webp"),
        (PDF, "application/pdf"),
        (WAV, "audio/wav"),
        (MP3_ID3, "audio/mpeg"),
        (MP3_FRAME, "audio/mpeg"),
        (AAC_ADTS, "audio/aac"),
        (OGG, "audio/ogg"),
        (FLAC, "audio/flac"),
        (MP4, "video/mp4"),
        (MOV, "video/quicktime"),
        (M4A, "audio/mp4"),
        (WEBM, "video/webm"),
        (TIFF, "image/tiff"),
        (DOCX, DOCX_TYPE),
        (XLSX, XLSX_TYPE),
        (PPTX, PPTX_TYPE),
        (DOCX[:300], DOCX_TYPE),  # truncated: found from the local file headers
        (PLAIN_ZIP, "application/zip"),
        (EPUB, "application/epub+zip"),
        (TEXT, "text/plain"),
        (b'{"a": 1}', "text/plain"),
        (GARBAGE, None),
        (b"\xff\xfb", None),  # too short to be an MP3 frame
        (b"\xff\xff\xff\xff", None),  # not a valid MPEG audio header
        (b"", None),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_type_from_content(data: bytes, expected: str | None) -> None:
    assert guess_mime_type(data) == expected


@pytest.mark.parametrize(
    ("filename", "expected"),
    [
        ("photo.PNG", "image/png"),
        ("photo.jpg", "image/jpeg"),
        ("photo.jpeg", "image/jpeg"),
        ("anim.gif", "image/gif"),
        ("pic.webp", "image/webp"),
        ("report.pdf", "application/pdf"),
        ("notes.txt", "text/plain"),
        ("README.md", "text/markdown"),
        ("table.csv", "text/csv"),
        ("data.json", "application/json"),
        ("page.html", "text/html"),
        ("config.yaml", "application/yaml"),
        ("voice.wav", "audio/wav"),
        ("song.mp3", "audio/mpeg"),
        ("clip.ogg", "audio/ogg"),
        ("clip.flac", "audio/flac"),
        ("movie.mp4", "video/mp4"),
        ("movie.mov", "video/quicktime"),
        ("letter.docx", DOCX_TYPE),
        ("sheet.xlsx", XLSX_TYPE),
        ("slides.pptx", PPTX_TYPE),
        ("legacy.doc", "application/msword"),
        ("script.py", "text/x-python"),
        ("no_extension", None),
        ("archive.unknownext", None),
    ],
)
def test_type_from_name(filename: str, expected: str | None) -> None:
    assert guess_mime_type(filename=filename) == expected


@pytest.mark.parametrize(
    ("data", "filename", "expected"),
    [
        (PNG, "photo.jpg", "image/png"),  # a binary signature wins over the name
        (JPEG, "photo.png", "image/jpeg"),
        (PDF, "report.docx", "application/pdf"),
        (MP3_ID3, "voice.wav", "audio/mpeg"),
        (TEXT, "README.md", "text/markdown"),  # text content takes the name's text type
        (b"a,b\n1,2\n", "table.csv", "text/csv"),
        (b'{"a": 1}', "data.json", "application/json"),
        (b"<html></html>", "page.html", "text/html"),
        (TEXT, "photo.png", "text/plain"),  # text named as a binary type is text
        (PLAIN_ZIP, "book.epub", "application/epub+zip"),  # a plain ZIP takes the name's type
        (OLE2, "legacy.doc", "application/msword"),
        (OLE2, "legacy.xls", "application/vnd.ms-excel"),
        (GARBAGE, "report.pdf", "application/pdf"),  # no signature: the name decides
        (GARBAGE, "mystery", None),
    ],
)
def test_content_and_name_together(data: bytes, filename: str, expected: str | None) -> None:
    assert guess_mime_type(data, filename) == expected


def _validate_user_part(part: Any) -> None:
    """The part is accepted as a user message part by the request model."""
    request = CreateChatCompletionRequest.model_validate(
        {"model": "m", "messages": [{"role": "user", "content": [part]}]}
    )
    content = request.messages[0].content
    assert isinstance(content, list)
    assert content[0].type == part["type"]


def _decoded_data_url(url: str, mime: str) -> bytes:
    prefix = f"data:{mime};base64,"
    assert url.startswith(prefix), url[:60]
    return base64.b64decode(url[len(prefix) :], validate=True)


def test_image_part_from_path(tmp_path: Path) -> None:
    path = tmp_path / "pixel.png"
    path.write_bytes(PNG)
    for source in (path, str(path)):
        part = image_part(source)
        assert part["type"] == "image_url"
        assert set(part["image_url"]) == {"url"}
        assert _decoded_data_url(part["image_url"]["url"], "image/png") == PNG
        _validate_user_part(part)


def test_image_part_from_bytes_with_detail() -> None:
    part = image_part(JPEG, detail="low")
    assert part["image_url"]["detail"] == "low"
    assert _decoded_data_url(part["image_url"]["url"], "image/jpeg") == JPEG
    _validate_user_part(part)


def test_image_part_accepts_bytearray_memoryview_and_file_objects(tmp_path: Path) -> None:
    path = tmp_path / "a.gif"
    path.write_bytes(GIF)
    with path.open("rb") as f:
        from_file = image_part(f)
    expected = image_part(GIF)
    assert from_file == expected
    assert image_part(bytearray(GIF)) == expected
    assert image_part(memoryview(GIF)) == expected


def test_image_part_mime_type_overrides_detection() -> None:
    part = image_part(GARBAGE, mime_type="image/x-custom")
    assert part["image_url"]["url"].startswith("data:image/x-custom;base64,")


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/cat.png",
        "http://example.com/cat",
        "HTTPS://EXAMPLE.COM/CAT.JPG",
        "data:image/png;base64,iVBORw0KGgo=",
    ],
)
def test_image_part_passes_urls_through(url: str) -> None:
    part = image_part(url, detail="high")
    assert part == {"type": "image_url", "image_url": {"url": url, "detail": "high"}}
    _validate_user_part(part)


def test_file_part_pdf_from_path(tmp_path: Path) -> None:
    path = tmp_path / "doc.pdf"
    path.write_bytes(PDF)
    part = file_part(path)
    assert part["type"] == "file"
    assert part["file"]["filename"] == "doc.pdf"
    assert _decoded_data_url(part["file"]["file_data"], "application/pdf") == PDF
    _validate_user_part(part)


def test_file_part_names_bytes_by_type_or_given_name() -> None:
    assert file_part(PDF)["file"]["filename"] == "file.pdf"
    assert file_part(DOCX)["file"]["filename"] == "file.docx"
    named = file_part(b"a,b\n1,2\n", filename="table.csv")
    assert named["file"]["filename"] == "table.csv"
    assert named["file"]["file_data"].startswith("data:text/csv;base64,")
    _validate_user_part(named)


def test_file_part_text_and_video(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("# Title\n\nBody\n", encoding="utf-8")
    assert file_part(notes)["file"]["file_data"].startswith("data:text/markdown;base64,")
    video = tmp_path / "clip.mp4"
    video.write_bytes(MP4)
    part = file_part(video)
    assert part["file"]["file_data"].startswith("data:video/mp4;base64,")
    _validate_user_part(part)


def test_file_part_filename_overrides_path_name(tmp_path: Path) -> None:
    path = tmp_path / "upload.bin"
    path.write_bytes(PDF)
    part = file_part(path, filename="Quarterly report.pdf", mime_type="application/pdf")
    assert part["file"] == {
        "filename": "Quarterly report.pdf",
        "file_data": "data:application/pdf;base64," + base64.b64encode(PDF).decode(),
    }


def test_file_part_passes_data_urls_through() -> None:
    url = "data:application/pdf;base64,JVBERi0="
    assert file_part(url) == {"type": "file", "file": {"filename": "file.pdf", "file_data": url}}


@pytest.mark.parametrize(
    ("data", "fmt"),
    [(WAV, "wav"), (MP3_ID3, "mp3"), (MP3_FRAME, "mp3")],
)
def test_audio_part_detects_format(data: bytes, fmt: str) -> None:
    part = audio_part(data)
    assert part == {
        "type": "input_audio",
        "input_audio": {"data": base64.b64encode(data).decode(), "format": fmt},
    }
    _validate_user_part(part)


def test_audio_part_from_path_and_explicit_format(tmp_path: Path) -> None:
    path = tmp_path / "voice.wav"
    path.write_bytes(WAV)
    assert audio_part(path)["input_audio"]["format"] == "wav"
    assert audio_part(GARBAGE, format="mp3")["input_audio"]["format"] == "mp3"
    # No signature: the file name tells the format.
    unknown = tmp_path / "take.mp3"
    unknown.write_bytes(GARBAGE)
    assert audio_part(unknown)["input_audio"]["format"] == "mp3"


def test_text_part() -> None:
    part = text_part("Describe this.")
    assert part == {"type": "text", "text": "Describe this."}
    _validate_user_part(part)


@pytest.mark.parametrize(
    ("data", "kind", "mime"),
    [
        (PNG, "image_url", "image/png"),
        (JPEG, "image_url", "image/jpeg"),
        (WEBP, "image_url", "image/webp"),
        (TIFF, "file", "image/tiff"),  # not an image_url type: sent as a file
        (WAV, "input_audio", None),
        (MP3_ID3, "input_audio", None),
        (OGG, "file", "audio/ogg"),  # input_audio takes wav/mp3 only
        (FLAC, "file", "audio/flac"),
        (PDF, "file", "application/pdf"),
        (DOCX, "file", DOCX_TYPE),
        (MP4, "file", "video/mp4"),
        (TEXT, "file", "text/plain"),
    ],
)
def test_content_part_picks_the_part_by_type(data: bytes, kind: str, mime: str | None) -> None:
    part: Any = content_part(data)
    assert part["type"] == kind
    if kind == "file":
        assert part["file"]["file_data"].startswith(f"data:{mime};base64,")
    elif kind == "image_url":
        assert part["image_url"]["url"].startswith(f"data:{mime};base64,")
    _validate_user_part(part)


def test_content_part_urls_and_detail(tmp_path: Path) -> None:
    assert content_part("https://example.com/a.png", detail="auto") == {
        "type": "image_url",
        "image_url": {"url": "https://example.com/a.png", "detail": "auto"},
    }
    pdf_url = "data:application/pdf;base64,JVBERi0="
    assert content_part(pdf_url)["type"] == "file"
    path = tmp_path / "p.png"
    path.write_bytes(PNG)
    part: Any = content_part(path, detail="high")
    assert part["image_url"]["detail"] == "high"


def test_parts_build_a_whole_request(tmp_path: Path) -> None:
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(PDF)
    request = CreateChatCompletionRequest.model_validate(
        {
            "model": "m",
            "messages": [
                {
                    "role": "user",
                    "content": [
                        text_part("Compare these."),
                        content_part(pdf),
                        content_part(PNG),
                        content_part(WAV),
                    ],
                }
            ],
        }
    )
    content = request.messages[0].content
    assert isinstance(content, list)
    assert [part.type for part in content] == ["text", "file", "image_url", "input_audio"]


def test_exported_from_the_private_module() -> None:
    assert set(_files.__all__) == {
        "FileSource",
        "audio_part",
        "content_part",
        "file_part",
        "guess_mime_type",
        "image_part",
        "text_part",
    }
    for name in _files.__all__:
        obj = getattr(_files, name)
        if callable(obj) and not isinstance(obj, type):
            assert obj.__doc__, name


# --- Errors --------------------------------------------------------------------------------


def _error(excinfo: pytest.ExceptionInfo[poe_sdk.RequestValidationError]) -> str:
    error = excinfo.value
    assert isinstance(error, poe_sdk.PoeError)
    assert isinstance(error, ValueError)
    assert "\n" not in str(error)
    return str(error)


@pytest.mark.parametrize("helper", [image_part, file_part, audio_part, content_part])
def test_missing_file(helper: Any, tmp_path: Path) -> None:
    path = tmp_path / "nope.png"
    with pytest.raises(poe_sdk.RequestValidationError) as excinfo:
        helper(path)
    message = _error(excinfo)
    assert str(path) in message
    assert "no such file" in message
    assert excinfo.value.param == "source"
    assert excinfo.value.rule == "readable file"


@pytest.mark.parametrize("helper", [image_part, file_part, audio_part, content_part])
def test_directory(helper: Any, tmp_path: Path) -> None:
    with pytest.raises(poe_sdk.RequestValidationError) as excinfo:
        helper(tmp_path)
    message = _error(excinfo)
    assert str(tmp_path) in message
    assert "directory" in message


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.pdf"
    path.write_bytes(PDF)
    if getattr(os, "geteuid", lambda: 0)() != 0:
        path.chmod(0)
    else:  # root reads anything: make open() fail as it would for another user

        def deny(*args: object, **kwargs: object) -> None:
            raise PermissionError(13, "Permission denied", str(path))

        monkeypatch.setattr(_files, "open", deny, raising=False)
    with pytest.raises(poe_sdk.RequestValidationError) as excinfo:
        file_part(path)
    message = _error(excinfo)
    assert "secret.pdf" in message
    assert "permission denied" in message


def test_other_os_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(_files, "open", broken, raising=False)
    with pytest.raises(poe_sdk.RequestValidationError, match="Input/output error"):
        file_part(tmp_path / "x.pdf")


def test_path_with_nul_character() -> None:
    with pytest.raises(poe_sdk.RequestValidationError, match="NUL"):
        file_part("bad\0name.pdf")


def test_unrecognisable_bytes() -> None:
    with pytest.raises(poe_sdk.RequestValidationError) as excinfo:
        content_part(GARBAGE)
    message = _error(excinfo)
    assert f"the given data ({len(GARBAGE)} bytes)" in message
    assert "mime_type" in message
    assert excinfo.value.rule == "known file type"


def test_unrecognisable_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "blob"
    path.write_bytes(GARBAGE)
    with pytest.raises(poe_sdk.RequestValidationError, match="blob"):
        file_part(path)
    # The same data with a name or a type is fine.
    assert file_part(GARBAGE, filename="x.pdf")["file"]["filename"] == "x.pdf"
    assert file_part(GARBAGE, mime_type="application/octet-stream")["type"] == "file"


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(poe_sdk.RequestValidationError, match=r"empty\.txt.*empty"):
        file_part(path)
    with pytest.raises(poe_sdk.RequestValidationError, match="empty"):
        image_part(b"")


def test_not_an_image() -> None:
    with pytest.raises(poe_sdk.RequestValidationError) as excinfo:
        image_part(PDF)
    message = _error(excinfo)
    assert "application/pdf" in message
    assert "file_part" in message


@pytest.mark.parametrize("fmt", ["ogg", "flac", "", "WAVE"])
def test_bad_audio_format_argument(fmt: str) -> None:
    with pytest.raises(poe_sdk.RequestValidationError) as excinfo:
        audio_part(WAV, format=fmt)  # type: ignore[arg-type]
    message = _error(excinfo)
    assert "'wav' or 'mp3'" in message
    assert excinfo.value.param == "format"


def test_uppercase_audio_format_is_accepted() -> None:
    assert audio_part(WAV, format="WAV")["input_audio"]["format"] == "wav"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "mime"), [(OGG, "audio/ogg"), (FLAC, "audio/flac"), (PNG, "image/png")]
)
def test_audio_part_rejects_other_types(data: bytes, mime: str) -> None:
    with pytest.raises(poe_sdk.RequestValidationError) as excinfo:
        audio_part(data)
    message = _error(excinfo)
    assert mime in message
    assert "WAV or MP3" in message


def test_file_part_rejects_http_urls() -> None:
    with pytest.raises(poe_sdk.RequestValidationError, match="only images can be sent by http"):
        file_part("https://example.com/doc.pdf")


@pytest.mark.parametrize(
    ("call", "param"),
    [
        (lambda: image_part(PNG, detail="ultra"), "detail"),  # type: ignore[arg-type]
        (lambda: content_part(PNG, detail="ultra"), "detail"),  # type: ignore[arg-type]
        (lambda: image_part(12345), "source"),  # type: ignore[arg-type]
        (lambda: file_part(None), "source"),  # type: ignore[arg-type]
        (lambda: file_part(PDF, filename=""), "filename"),
        (lambda: file_part(PDF, mime_type="pdf"), "mime_type"),
        (lambda: text_part(b"bytes"), "text"),  # type: ignore[arg-type]
    ],
)
def test_invalid_arguments(call: Any, param: str) -> None:
    with pytest.raises(poe_sdk.RequestValidationError) as excinfo:
        call()
    _error(excinfo)
    assert excinfo.value.param == param


def test_text_mode_file_object(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("hi", encoding="utf-8")
    with (
        path.open(encoding="utf-8") as f,
        pytest.raises(poe_sdk.RequestValidationError, match="text mode"),
    ):
        file_part(f)  # type: ignore[arg-type]
