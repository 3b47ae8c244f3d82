"""A forward proxy and a TLS server on loopback, and a test CA made with the openssl CLI.

:class:`ForwardProxy` is what a company's proxy does, in miniature: an absolute-form request
(``POST http://host:port/path``) is sent on to ``host:port`` in origin form and its reply
relayed back (``Content-Length``, chunked, or up to the close); a ``CONNECT host:port`` opens
a tunnel that carries the bytes both ways untouched (the TLS of an ``https://`` request).
It records each request it was given (:attr:`ForwardProxy.passages`) and, with
``credentials=``, answers 407 to a request without the matching ``Proxy-Authorization``.

:class:`TLSServer` is a :class:`raw_servers.RawServer` that speaks TLS with a certificate of
the test CA (for ``127.0.0.1``). Everything listens on 127.0.0.1, runs in daemon threads with
bounded waits, and stops with its context manager.
"""

from __future__ import annotations

import base64
import contextlib
import select
import shutil
import socket
import ssl
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .raw_servers import RawServer, Script

_POLL = 0.05
_WAIT = 5.0


@dataclass(frozen=True)
class Passage:
    """One request the proxy was given: ``CONNECT`` or an absolute-form request."""

    method: str
    target: str  # "127.0.0.1:443" for CONNECT, the absolute URL otherwise
    headers: dict[str, str]


class _Reader:
    """Buffered reads from a socket, each bounded by ``_WAIT``."""

    def __init__(self, sock: socket.socket, stopping: threading.Event) -> None:
        self.sock = sock
        self.buffer = b""
        self._stopping = stopping

    def _more(self) -> bool:
        deadline = time.monotonic() + _WAIT
        while not self._stopping.is_set() and time.monotonic() < deadline:
            self.sock.settimeout(_POLL)
            try:
                data = self.sock.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return False
            if not data:
                return False
            self.buffer += data
            return True
        return False

    def until(self, marker: bytes) -> bytes | None:
        """Bytes up to and including ``marker``; ``None`` at EOF."""
        while marker not in self.buffer:
            if not self._more():
                return None
        head, _, self.buffer = self.buffer.partition(marker)
        return head + marker

    def exactly(self, size: int) -> bytes | None:
        while len(self.buffer) < size:
            if not self._more():
                return None
        data, self.buffer = self.buffer[:size], self.buffer[size:]
        return data

    def rest(self) -> bytes:
        """Everything up to EOF."""
        while self._more():
            pass
        data, self.buffer = self.buffer, b""
        return data


def _headers(head: bytes) -> tuple[str, dict[str, str], list[str]]:
    lines = head.decode("latin-1").split("\r\n")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    return lines[0], headers, [line for line in lines[1:] if line]


class ForwardProxy:
    """An HTTP forward proxy on ``127.0.0.1`` (absolute-form requests and ``CONNECT``)."""

    def __init__(self, *, credentials: tuple[str, str] | None = None) -> None:
        self.passages: list[Passage] = []
        self.errors: list[BaseException] = []
        self.stopping = threading.Event()
        self._expected = None
        if credentials is not None:
            token = base64.b64encode(":".join(credentials).encode()).decode()
            self._expected = f"Basic {token}"
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()

    def url(self, credentials: str = "") -> str:
        """``http://[credentials@]127.0.0.1:<port>``."""
        return f"http://{credentials + '@' if credentials else ''}127.0.0.1:{self.port}"

    def __enter__(self) -> ForwardProxy:
        self._listener.listen(64)
        self._spawn(self._accept_loop)
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        with contextlib.suppress(OSError):
            self._listener.close()
        with self._lock:
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.close()
        for thread in list(self._threads):
            thread.join(_WAIT)
        alive = [t.name for t in self._threads if t.is_alive()]
        assert not alive, f"proxy threads did not stop: {alive}"
        assert not self.errors, self.errors

    def _spawn(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        with self._lock:
            self._threads.append(thread)
        thread.start()

    def _track(self, sock: socket.socket) -> socket.socket:
        with self._lock:
            self._sockets.append(sock)
        return sock

    def _accept_loop(self) -> None:
        self._listener.settimeout(_POLL)
        while not self.stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._spawn(self._serve, self._track(sock))

    def _serve(self, client: socket.socket) -> None:
        upstreams: dict[tuple[str, int], tuple[socket.socket, _Reader]] = {}
        try:
            reader = _Reader(client, self.stopping)
            while (head := reader.until(b"\r\n\r\n")) is not None:
                request_line, headers, lines = _headers(head)
                method, target, _ = request_line.split(" ", 2)
                self.passages.append(Passage(method, target, headers))
                if self._expected and headers.get("proxy-authorization") != self._expected:
                    client.sendall(
                        b"HTTP/1.1 407 Proxy Authentication Required\r\n"
                        b'proxy-authenticate: Basic realm="test"\r\n'
                        b"content-length: 0\r\nconnection: close\r\n\r\n"
                    )
                    return
                if method == "CONNECT":
                    self._tunnel(client, reader, target)
                    return
                if not self._forward(client, reader, method, target, headers, lines, upstreams):
                    return
        except OSError:
            pass  # a side went away: that ends the connection
        except BaseException as exc:
            self.errors.append(exc)
        finally:
            for upstream, _ in upstreams.values():
                with contextlib.suppress(OSError):
                    upstream.close()
            with contextlib.suppress(OSError):
                client.close()

    def _tunnel(self, client: socket.socket, reader: _Reader, target: str) -> None:
        host, _, port = target.rpartition(":")
        upstream = self._track(socket.create_connection((host, int(port)), timeout=_WAIT))
        try:
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            if reader.buffer:
                upstream.sendall(reader.buffer)
            _pipe(client, upstream, self.stopping)
        finally:
            upstream.close()

    def _forward(
        self,
        client: socket.socket,
        reader: _Reader,
        method: str,
        target: str,
        headers: dict[str, str],
        lines: list[str],
        upstreams: dict[tuple[str, int], tuple[socket.socket, _Reader]],
    ) -> bool:
        """Send one absolute-form request on and relay its reply; ``False`` ends the
        connection."""
        url = urlsplit(target)
        assert url.scheme == "http" and url.hostname, f"not an absolute http URL: {target}"
        key = (url.hostname, url.port or 80)
        if key not in upstreams:
            sock = self._track(socket.create_connection(key, timeout=_WAIT))
            upstreams[key] = (sock, _Reader(sock, self.stopping))
        upstream, upstream_reader = upstreams[key]
        body = reader.exactly(int(headers.get("content-length", "0"))) or b""
        kept = [
            line
            for line in lines
            if line.split(":", 1)[0].strip().lower()
            not in ("proxy-authorization", "proxy-connection")
        ]
        path = url.path + (f"?{url.query}" if url.query else "")
        upstream.sendall(
            f"{method} {path or '/'} HTTP/1.1\r\n".encode("latin-1")
            + "".join(f"{line}\r\n" for line in kept).encode("latin-1")
            + b"\r\n"
            + body
        )
        reply_head = upstream_reader.until(b"\r\n\r\n")
        if reply_head is None:
            return False
        client.sendall(reply_head)
        _, reply_headers, _ = _headers(reply_head)
        if "content-length" in reply_headers:
            client.sendall(upstream_reader.exactly(int(reply_headers["content-length"])) or b"")
        elif reply_headers.get("transfer-encoding", "").lower() == "chunked":
            while (size_line := upstream_reader.until(b"\r\n")) is not None:
                size = int(size_line.split(b";")[0], 16)
                chunk = (
                    upstream_reader.exactly(size + 2) if size else upstream_reader.until(b"\r\n")
                )
                client.sendall(size_line + (chunk or b""))
                if not size or chunk is None:
                    break
        else:
            client.sendall(upstream_reader.rest())
            return False
        return reply_headers.get("connection", "").lower() != "close"


def _pipe(a: socket.socket, b: socket.socket, stopping: threading.Event) -> None:
    """Carry bytes both ways until either side closes."""
    while not stopping.is_set():
        readable, _, _ = select.select([a, b], [], [], _POLL)
        for source in readable:
            data = source.recv(65536)
            if not data:
                return
            (b if source is a else a).sendall(data)


# -- TLS -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LocalCA:
    """A CA certificate (``ca``), a server certificate for 127.0.0.1 it signed (``cert``,
    ``key``), and a directory holding the CA under its hash (for ``SSL_CERT_DIR``)."""

    ca: Path
    cert: Path
    key: Path
    ca_dir: Path


def make_local_ca(directory: Path) -> LocalCA:
    """Make a test CA and a server certificate with the openssl CLI (skips without it)."""
    import pytest

    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command is needed to make a test CA")

    def run(*args: str) -> str:
        return subprocess.run(
            [openssl, *args], cwd=directory, check=True, capture_output=True, text=True
        ).stdout

    curve = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    run(
        "req", "-x509", *curve, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
        "-subj", "/CN=poe-sdk test CA",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
    )  # fmt: skip
    run("req", *curve, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1")
    (directory / "server.ext").write_text(
        "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"
    )
    run(
        "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "server.ext",
    )  # fmt: skip
    ca_dir = directory / "ca-dir"
    ca_dir.mkdir()
    subject_hash = run("x509", "-hash", "-noout", "-in", "ca.pem").strip()
    shutil.copy(directory / "ca.pem", ca_dir / f"{subject_hash}.0")
    return LocalCA(directory / "ca.pem", directory / "server.pem", directory / "server.key", ca_dir)


class TLSServer(RawServer):
    """A :class:`RawServer` whose connections speak TLS (``https://127.0.0.1:<port>``)."""

    def __init__(self, script: Script, ca: LocalCA) -> None:
        super().__init__(script)
        self._context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self._context.load_cert_chain(ca.cert, ca.key)

    @property
    def url(self) -> str:
        return f"https://{self.host}:{self.port}"

    def _serve(self, sock: socket.socket, index: int) -> None:
        sock.settimeout(_WAIT)
        try:
            tls = self._context.wrap_socket(sock, server_side=True)
        except (OSError, ssl.SSLError):  # a client that refused our certificate
            with contextlib.suppress(OSError):
                sock.close()
            return
        super()._serve(tls, index)
