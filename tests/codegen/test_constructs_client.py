"""The client generated from ``fixtures/constructs.yaml`` sends the right requests and reads
the replies: multipart uploads, binary replies, PATCH/DELETE, 201/204, a deepObject query
map, an inferred cursor list, allOf, nullable and writeOnly fields (issue 23)."""

from __future__ import annotations

import importlib
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import respx

from poe_sdk import RequestValidationError

REPO = Path(__file__).resolve().parents[2]
SPEC = Path(__file__).resolve().parent / "fixtures" / "constructs.yaml"
BASE_URL = "https://api.example.test/v1"
KEY = {"id": "k1", "created_at": 1, "name": "ci", "secret": "sk-echoed-back-123"}
VIDEO = bytes(range(256)) * 1000  # 256 kB


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    root = tmp_path_factory.mktemp("constructs")
    package = root / "constructs_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    command = [sys.executable, str(REPO / "codegen" / "generate.py"), "--spec", str(SPEC)]
    result = subprocess.run(
        [*command, "--out", str(package / "_generated")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "GET /keys): paginated by inference" in result.stderr
    assert "POST /files): inline schemas named FilesCreateRequest, FilesCreateResponse" in (
        result.stderr
    )
    assert "POST /keys): the stream end is not declared; read as data: [DONE]" in result.stderr
    assert "a query in a path is not OpenAPI; sent as fixed parameters (beta=true)" in (
        result.stderr
    )
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module("constructs_pkg._generated")
    finally:
        sys.path.remove(str(root))
        for name in [n for n in sys.modules if n.startswith("constructs_pkg")]:
            del sys.modules[name]


def async_client(
    generated: ModuleType, base_url: str = BASE_URL, api_key: str = "sk-test-key"
) -> Any:
    from poe_sdk._client import AsyncPoeClient

    resources = importlib.import_module(f"{generated.__name__}.resources")

    class Client(resources.AsyncRootResources, AsyncPoeClient):  # type: ignore[misc,name-defined]
        pass

    return Client(api_key=api_key, base_url=base_url, max_retries=0)


def sync_client(generated: ModuleType) -> Any:
    from poe_sdk._sync.client import PoeClient

    resources = importlib.import_module(f"{generated.__name__}.resources")

    class Client(resources.SyncRootResources, PoeClient):  # type: ignore[misc,name-defined]
        pass

    return Client(api_key="sk-test-key", base_url=BASE_URL, max_retries=0)


def form_parts(request: httpx.Request) -> dict[str, list[tuple[str | None, bytes]]]:
    """The parts of a multipart body: name -> [(file name, content)]."""
    boundary = request.headers["content-type"].split("boundary=")[1].encode()
    parts: dict[str, list[tuple[str | None, bytes]]] = {}
    for chunk in request.content.split(b"--" + boundary)[1:-1]:
        head, _, body = chunk.strip(b"\r\n").partition(b"\r\n\r\n")
        disposition = head.split(b"\r\n")[0].decode()
        name = disposition.split('name="')[1].split('"')[0]
        filename = (
            disposition.split('filename="')[1].split('"')[0] if "filename=" in disposition else None
        )
        parts.setdefault(name, []).append((filename, body))
    return parts


@pytest.mark.anyio
async def test_create_sends_json_and_reads_the_201_reply(generated: ModuleType) -> None:
    models = importlib.import_module(f"{generated.__name__}.models")
    with respx.mock(base_url=BASE_URL, assert_all_called=True) as router:
        route = router.post("/keys").respond(201, json=KEY)
        async with async_client(generated) as client:
            key = await client.keys.create(name="ci", secret="sk-write-only-456")
    sent = json.loads(route.calls.last.request.content)
    assert sent == {"name": "ci", "secret": "sk-write-only-456"}  # no "stream": null
    assert isinstance(key, models.Key)
    assert key.id == "k1"
    assert key.secret is None  # writeOnly: the echoed value is dropped unread
    assert "sk-echoed" not in repr(key) + key.to_json()
    request_model = importlib.import_module(f"{generated.__name__}.models").CreateKeyRequest
    assert "sk-write-only" not in repr(request_model(name="n", secret="sk-write-only-456"))


@pytest.mark.anyio
async def test_patch_sends_null_for_a_nullable_field_and_delete_reads_204(
    generated: ModuleType,
) -> None:
    with respx.mock(base_url=BASE_URL, assert_all_called=True) as router:
        patch = router.patch("/keys/k%2F1").respond(json=KEY)
        delete = router.delete("/keys/k1").respond(204)
        async with async_client(generated) as client:
            updated = await client.keys.update("k/1", name=None)
            deleted = await client.keys.delete("k1")
    assert json.loads(patch.calls.last.request.content) == {"name": None}
    assert updated.name == "ci"
    assert deleted is None
    assert delete.called


@pytest.mark.anyio
async def test_a_query_in_a_path_key_is_its_own_operation_sending_that_query(
    generated: ModuleType,
) -> None:
    with respx.mock(base_url=BASE_URL, assert_all_called=True) as router:
        route = router.delete("/keys/k1").respond(204)
        async with async_client(generated) as client:
            await client.keys.delete("k1")
            await client.keys.beta_delete_key("k1")
            await client.keys.beta_delete_key("k1", extra_query={"beta": "false"})
    queries = [call.request.url.query for call in route.calls]
    assert queries == [b"", b"beta=true", b"beta=false"]


@pytest.mark.anyio
async def test_a_deep_object_map_and_an_inferred_cursor_list(generated: ModuleType) -> None:
    pages = [
        {"object": "list", "data": [KEY, {**KEY, "id": "k2"}], "has_more": True},
        {"object": "list", "data": [{**KEY, "id": "k3"}], "has_more": False},
    ]
    with respx.mock(base_url=BASE_URL, assert_all_called=True) as router:
        route = router.get("/keys").mock(side_effect=[httpx.Response(200, json=p) for p in pages])
        async with async_client(generated) as client:
            ids = [k.id async for k in client.keys.list(metadata={"topic": "x y"}, limit=2)]
            with pytest.raises(RequestValidationError, match="limit"):
                await client.keys.list(limit=0)
    assert ids == ["k1", "k2", "k3"]
    queries = [c.request.url.params.multi_items() for c in route.calls]
    assert queries == [
        [("limit", "2"), ("metadata[topic]", "x y")],
        [("after", "k2"), ("limit", "2"), ("metadata[topic]", "x y")],
    ]
    assert "%7B" not in str(route.calls[0].request.url)  # never a Python repr


@pytest.mark.anyio
async def test_multipart_upload_takes_bytes_a_path_a_file_object_or_a_tuple(
    generated: ModuleType, tmp_path: Path
) -> None:
    path = tmp_path / "data.jsonl"
    path.write_bytes(b'{"a": 1}')
    sources: list[object] = [
        b"raw bytes",
        path,
        io.BytesIO(b"from a file object"),
        ("named.txt", b"from a tuple", "text/plain"),
    ]
    with respx.mock(base_url=BASE_URL, assert_all_called=True) as router:
        route = router.post("/files").respond(json={"id": "file-1", "bytes": 9})
        async with async_client(generated) as client:
            for source in sources:
                reply = await client.files.create(
                    file=source, purpose="batch", expires_after=60, tags=["a", "b"]
                )
            with pytest.raises(RequestValidationError, match="purpose"):
                await client.files.create(file=b"x", purpose="other")
            with pytest.raises(RequestValidationError, match="file"):
                await client.files.create(file=12, purpose="batch")
    assert reply.id == "file-1"
    sent = [form_parts(call.request) for call in route.calls]
    assert [p["file"] for p in sent] == [
        [("upload", b"raw bytes")],
        [("data.jsonl", b'{"a": 1}')],
        [("upload", b"from a file object")],
        [("named.txt", b"from a tuple")],
    ]
    assert sent[0]["purpose"] == [(None, b"batch")]
    assert sent[0]["expires_after"] == [(None, b"60")]
    assert sent[0]["tags"] == [(None, b"a"), (None, b"b")]
    assert route.calls[0].request.headers["content-type"].startswith("multipart/form-data")


@pytest.mark.anyio
async def test_a_binary_reply_streams_to_a_file(generated: ModuleType, tmp_path: Path) -> None:
    with respx.mock(base_url=BASE_URL, assert_all_called=True) as router:
        router.get("/files/f1/content").respond(
            content=VIDEO, headers={"content-type": "video/mp4"}
        )
        async with async_client(generated) as client:
            reply = await client.files.content("f1")
            assert reply.content_type == "video/mp4"
            await reply.write_to_file(tmp_path / "out.mp4")
            chunks = [c async for c in (await client.files.content("f1")).iter_bytes()]
            whole = await (await client.files.content("f1")).read()
    assert (tmp_path / "out.mp4").read_bytes() == VIDEO
    assert b"".join(chunks) == VIDEO
    assert whole == VIDEO


def test_the_sync_client_uploads_and_downloads(generated: ModuleType, tmp_path: Path) -> None:
    with respx.mock(base_url=BASE_URL, assert_all_called=True) as router:
        upload = router.post("/files").respond(json={"id": "file-2"})
        router.get("/files/f2/content").respond(content=VIDEO)
        with sync_client(generated) as client:
            reply = client.files.create(file=io.BytesIO(b"sync"), purpose="assistants")
            binary = client.files.content("f2")
            binary.write_to_file(tmp_path / "f2.bin")
            again = client.files.content("f2")
            size = sum(len(chunk) for chunk in again.iter_bytes())
            content = client.files.content("f2").content
    assert reply.id == "file-2"
    assert form_parts(upload.calls.last.request)["file"] == [("upload", b"sync")]
    assert (tmp_path / "f2.bin").read_bytes() == VIDEO
    assert size == len(VIDEO)
    assert content == VIDEO


@pytest.mark.anyio
async def test_a_string_flag_selects_the_event_stream_and_a_union_reply_is_parsed(
    generated: ModuleType,
) -> None:
    models = importlib.import_module(f"{generated.__name__}.models")
    events = (
        b'data: {"type": "speech.audio.delta", "audio": "AAA="}\n\n'
        b'data: {"type": "speech.audio.done"}\n\ndata: [DONE]\n\n'
    )
    with respx.mock(base_url=BASE_URL, assert_all_called=True) as router:
        speech = router.post("/speech").mock(
            side_effect=[
                httpx.Response(200, content=b"ID3audio", headers={"content-type": "audio/mpeg"}),
                httpx.Response(200, content=events, headers={"content-type": "text/event-stream"}),
            ]
        )
        router.post("/transcriptions").mock(
            side_effect=[
                httpx.Response(200, json={"kind": "plain", "text": "hi"}),
                httpx.Response(200, json={"kind": "diarized", "text": "hi", "words": ["hi"]}),
                httpx.Response(200, json={"kind": "newer", "text": "hi"}),
            ]
        )
        async with async_client(generated) as client:
            audio = await (await client.speech.create(input="hi")).read()
            stream = await client.speech.create(input="hi", stream_format="sse")
            types = [event.type async for event in stream]
            replies = [await client.transcriptions.create(file=b"x") for _ in range(3)]
    assert audio == b"ID3audio"
    assert "stream_format" not in json.loads(speech.calls[0].request.content)
    assert speech.calls[1].request.headers["accept"] == "text/event-stream"
    assert types == ["speech.audio.delta", "speech.audio.done"]
    assert isinstance(replies[0], models.PlainTranscript)
    assert isinstance(replies[1], models.VerboseTranscript)  # a second value of its tag
    assert replies[2].text == "hi"  # an unknown tag is read, not refused


@pytest.mark.anyio
async def test_a_write_only_value_is_never_shown_in_errors(generated: ModuleType) -> None:
    from poe_sdk import BadRequestError

    echo = {
        "error": {"message": "key sk-write-only-456 is malformed", "type": "invalid_request_error"}
    }
    with respx.mock(base_url=BASE_URL, assert_all_called=True) as router:
        router.post("/keys").respond(400, json=echo)
        async with async_client(generated) as client:
            with pytest.raises(RequestValidationError) as invalid:
                await client.keys.create(name="ci", secret="sk-shrt")
            with pytest.raises(BadRequestError) as refused:
                await client.keys.create(name="ci", secret="sk-write-only-456")
    assert "secret" in str(invalid.value)
    assert "sk-shrt" not in str(invalid.value)
    assert "sk-write-only-456" not in str(refused.value) + repr(refused.value.body)
    assert "[REDACTED]" in str(refused.value)


@pytest.mark.anyio
async def test_a_path_is_uploaded_and_downloaded_to_a_file_over_loopback(
    generated: ModuleType, tmp_path: Path
) -> None:
    from poe_sdk.testing import LocalServer
    from poe_sdk.testing.pytest_plugin import TEST_API_KEY

    source = tmp_path / "video.mp4"
    source.write_bytes(VIDEO * 8)  # 2 MB, sent from the path and streamed back to disk
    with LocalServer(api_key=TEST_API_KEY) as server:
        async with async_client(generated, server.base_url, TEST_API_KEY) as client:
            uploaded = await client.files.create(file=source, purpose="batch")
            reply = await client.files.content(uploaded.id)
            await reply.write_to_file(tmp_path / "copy.mp4")
        recorded = [e for e in server.journal if e.path == "/v1/files"]
    assert uploaded.bytes == len(VIDEO) * 8
    assert (tmp_path / "copy.mp4").read_bytes() == source.read_bytes()
    assert recorded[0].method == "POST"
