"""Tiny HTTP/1.1 servers on raw sockets, for the faults ``LocalServer`` cannot produce.

Each :class:`RawServer` listens on ``127.0.0.1`` on an ephemeral port and runs a *script*
(a plain function) for every accepted connection, in its own daemon thread, so the same
server works for asyncio, trio and the sync facade. Every wait is bounded, and a server stops
by itself after ``lifetime`` seconds even when a test forgets it: nothing here can hang.

The scripts decide everything the server does on the wire: answer nothing, reset the
connection before the status line, cut a body half way, stall a stream, send invalid UTF-8,
redirect elsewhere. ``Conn.wait_eof`` lets a script observe that the client went away, which
the cancellation tests rely on.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from support import chunk_json, completion_json

LIFETIME = 30.0
"""Seconds after which a server stops by itself."""

_POLL = 0.05
_MAX_HEADER_BYTES = 64 * 1024


@dataclass(frozen=True)
class RawRequest:
    """One request as a raw server read it (header names in lowercase)."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.body)


class Conn:
    """One accepted connection, as seen by a script."""

    def __init__(self, sock: socket.socket, server: RawServer, index: int) -> None:
        self.sock = sock
        self.server = server
        self.index = index
        self._buffer = b""

    # -- reading -----------------------------------------------------------------------

    def read_request(self, timeout: float = 5.0) -> RawRequest | None:
        """The next request on this connection, or ``None`` at EOF or after ``timeout``."""
        deadline = time.monotonic() + timeout
        while b"\r\n\r\n" not in self._buffer:
            if len(self._buffer) > _MAX_HEADER_BYTES or not self._recv_some(deadline):
                return None
        head, _, rest = self._buffer.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, path, _ = lines[0].split(" ", 2)
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        self._buffer = rest
        while len(self._buffer) < length:
            if not self._recv_some(deadline):
                return None
        body, self._buffer = self._buffer[:length], self._buffer[length:]
        request = RawRequest(method, path, headers, body)
        self.server.requests.append(request)
        return request

    def _recv_some(self, deadline: float) -> bool:
        while not self.server.stopping.is_set():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            self.sock.settimeout(min(remaining, _POLL))
            try:
                data = self.sock.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                data = b""
            if not data:
                # The client went away while a request was awaited (or half sent): that is a
                # disconnect too, e.g. a request cancelled before its bytes reached us.
                self.server._note_disconnect(self.index)
                return False
            self._buffer += data
            return True
        return False

    def wait_eof(self, timeout: float = 5.0) -> bool:
        """Wait for the client to close (or reset) the connection; ``True`` when it did.

        Anything the client sends meanwhile is discarded.
        """
        deadline = time.monotonic() + timeout
        while not self.server.stopping.is_set():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            self.sock.settimeout(min(remaining, _POLL))
            try:
                data = self.sock.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                self.server._note_disconnect(self.index)
                return True
            if not data:
                self.server._note_disconnect(self.index)
                return True
        return False

    # -- writing -----------------------------------------------------------------------

    def send(self, data: bytes) -> bool:
        """Send ``data``; ``False`` when the client is gone."""
        try:
            self.sock.settimeout(5.0)
            self.sock.sendall(data)
        except OSError:
            return False
        return True

    def send_response(
        self,
        status: int,
        body: bytes = b"",
        *,
        headers: dict[str, str] | None = None,
        reason: str = "Whatever",
        content_type: str = "application/json",
    ) -> bool:
        """A complete response with a ``content-length``."""
        head = [f"HTTP/1.1 {status} {reason}", f"content-type: {content_type}"]
        head += [f"{k}: {v}" for k, v in (headers or {}).items()]
        head.append(f"content-length: {len(body)}")
        return self.send(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)

    def start_stream(self, *, headers: dict[str, str] | None = None) -> bool:
        """The head of a chunked ``text/event-stream`` 200 reply."""
        head = [
            "HTTP/1.1 200 OK",
            "content-type: text/event-stream",
            "transfer-encoding: chunked",
        ]
        head += [f"{k}: {v}" for k, v in (headers or {}).items()]
        return self.send(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))

    def send_chunk(self, data: bytes) -> bool:
        """One HTTP chunk (of a chunked body)."""
        return self.send(f"{len(data):x}\r\n".encode() + data + b"\r\n")

    def end_chunks(self) -> bool:
        """The last chunk: the body ends cleanly."""
        return self.send(b"0\r\n\r\n")

    def reset(self) -> None:
        """Drop the connection with a TCP RST (SO_LINGER 0)."""
        with contextlib.suppress(OSError):
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        with contextlib.suppress(OSError):
            self.sock.close()

    def close(self) -> None:
        """Close the connection cleanly (FIN)."""
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        with contextlib.suppress(OSError):
            self.sock.close()

    def sleep(self, seconds: float) -> None:
        """Sleep, cut short when the server stops."""
        self.server.stopping.wait(seconds)


Script = Callable[[Conn], None]


class RawServer:
    """A loopback TCP server that runs ``script(conn)`` for every accepted connection.

    Use it as a context manager; :attr:`base_url` is ``http://127.0.0.1:<port>/v1``.
    :attr:`requests` lists the requests read by scripts, :attr:`accepted` counts
    connections, and :meth:`wait_disconnect` waits until a script saw the client leave.
    """

    def __init__(
        self,
        script: Script,
        *,
        lifetime: float = LIFETIME,
        host: str = "127.0.0.1",
        sock: socket.socket | None = None,
    ) -> None:
        self._script = script
        self._lifetime = lifetime
        self.host = host
        self.requests: list[RawRequest] = []
        self.accepted = 0
        self.errors: list[BaseException] = []
        self.stopping = threading.Event()
        self._disconnects: set[int] = set()  # indexes of connections seen closing
        self._changed = threading.Condition()
        if sock is None:
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((host, 0))
        # Bound but not listening until start(): connections are refused until then.
        self._listener = sock
        self.port: int = sock.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._open: dict[int, socket.socket] = {}
        self._lock = threading.Lock()
        self._acceptor = threading.Thread(
            target=self._accept_loop, name=f"raw-server-{self.port}", daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.url}/v1"

    def start(self) -> RawServer:
        self._listener.listen(512)
        self._acceptor.start()
        return self

    def __enter__(self) -> RawServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop accepting, end every script and join the threads (bounded)."""
        self.stopping.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # Wakes a blocked accept() at once.
        with contextlib.suppress(OSError):
            self._listener.close()
        with self._lock:
            for sock in self._open.values():
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
        if self._acceptor.is_alive():
            self._acceptor.join(5)
        for thread in list(self._threads):
            thread.join(5)
        with self._lock:
            for sock in self._open.values():
                with contextlib.suppress(OSError):
                    sock.close()
            self._open.clear()
        alive = [t.name for t in self._threads if t.is_alive()]
        assert not alive, f"raw server threads did not stop: {alive}"

    def wait_disconnect(self, index: int | None = None, timeout: float = 5.0) -> bool:
        """Wait until a script saw connection ``index`` (any, when ``None``) close."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                seen = self._disconnects
                if (index is None and seen) or (index is not None and index in seen):
                    return True
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._changed.wait(remaining)

    def saw_disconnect(self, index: int | None = None) -> bool:
        """Whether a script saw connection ``index`` (any, when ``None``) close; no waiting."""
        with self._changed:
            seen = self._disconnects
            return bool(seen) if index is None else index in seen

    def _note_disconnect(self, index: int) -> None:
        with self._changed:
            self._disconnects.add(index)
            self._changed.notify_all()

    def _accept_loop(self) -> None:
        deadline = time.monotonic() + self._lifetime
        try:
            self._listener.settimeout(_POLL)
        except OSError:  # Stopped before this thread got going.
            return
        while not self.stopping.is_set() and time.monotonic() < deadline:
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                break
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # no Nagle delays
            index = self.accepted
            self.accepted += 1
            with self._lock:
                self._open[index] = sock
            thread = threading.Thread(
                target=self._serve, args=(sock, index), name=f"raw-conn-{index}", daemon=True
            )
            self._threads = [t for t in self._threads if t.is_alive()]
            self._threads.append(thread)
            thread.start()
        self.stopping.set()
        with contextlib.suppress(OSError):
            self._listener.close()

    def _serve(self, sock: socket.socket, index: int) -> None:
        conn = Conn(sock, self, index)
        try:
            self._script(conn)
        except OSError:
            pass  # The client went away mid-script: that is what many tests provoke.
        except BaseException as exc:  # A broken script must fail its test, not vanish.
            self.errors.append(exc)
        finally:
            conn.close()
            with self._lock:
                self._open.pop(index, None)


@contextlib.contextmanager
def refused_port() -> Iterator[socket.socket]:
    """A loopback socket that refuses connections: bound, not listening (yet)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind(("127.0.0.1", 0))
        yield sock
    finally:
        sock.close()


# -- canned bodies -------------------------------------------------------------------------


def completion_bytes(content: str = "Hello!") -> bytes:
    return json.dumps(completion_json(content)).encode()


def sse_event(payload: object) -> bytes:
    """One ``data:`` event (a dict as JSON, bytes and str as they are)."""
    if isinstance(payload, bytes):
        data = payload
    elif isinstance(payload, str):
        data = payload.encode()
    else:
        data = json.dumps(payload).encode()
    return b"data: " + data + b"\n\n"


# -- a scripted mini API ---------------------------------------------------------------------
#
# An *action* answers one request on a connection and says whether the connection may serve
# another (keep-alive). A *plan* maps the server-wide request number (0, 1, ...) to an action,
# so "the first two requests are reset, then normal replies" is ``first(2, reset_before_status)``.

Action = Callable[[Conn, RawRequest], bool]
Plan = Callable[[int], Action]

DONE = b"data: [DONE]\n\n"


def last_user_text(request: RawRequest) -> str:
    try:
        messages = request.json["messages"]
        return str(messages[-1]["content"])
    except (ValueError, KeyError, IndexError, TypeError):
        return ""


def wants_stream(request: RawRequest) -> bool:
    try:
        return bool(request.json.get("stream"))
    except (ValueError, AttributeError):
        return False


def echo(conn: Conn, request: RawRequest) -> bool:
    """The normal reply: ``"Echo: <last user text>"``, streamed when asked."""
    text = last_user_text(request)
    if wants_stream(request):
        conn.start_stream()
        for piece in ("Echo: ", text):
            conn.send_chunk(sse_event(chunk_json(piece)))
        conn.send_chunk(DONE)
        return conn.end_chunks()
    return conn.send_response(200, completion_bytes(f"Echo: {text}"))


def no_answer(conn: Conn, request: RawRequest) -> bool:
    """Read the request, never answer; return once the client hangs up (seen as EOF)."""
    conn.wait_eof(10)
    return False


def stall_mid_stream(conn: Conn, request: RawRequest) -> bool:
    """Start a stream, send one event, then go silent until the client hangs up."""
    conn.start_stream()
    conn.send_chunk(sse_event(chunk_json("Echo: ")))
    conn.wait_eof(10)
    return False


def trickle_stream(conn: Conn, request: RawRequest) -> bool:
    """A long stream: one event every 20 ms (up to 10 s), until the client hangs up."""
    conn.start_stream()
    for index in range(500):
        if not conn.send_chunk(sse_event(chunk_json(f"{index} "))):
            conn.server._note_disconnect(conn.index)
            return False
        if conn.wait_eof(0.02):
            return False
    conn.send_chunk(DONE)
    return conn.end_chunks()


def reset_before_status(conn: Conn, request: RawRequest) -> bool:
    conn.reset()
    return False


def reset_mid_body(conn: Conn, request: RawRequest) -> bool:
    body = completion_bytes("Echo: " + last_user_text(request))
    head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(body)}"
    conn.send(head.encode() + b"\r\n\r\n" + body[: len(body) // 2])
    conn.sleep(0.01)
    conn.reset()
    return False


def reset_mid_stream(conn: Conn, request: RawRequest) -> bool:
    conn.start_stream()
    conn.send_chunk(sse_event(chunk_json("Echo: ")))
    conn.send_chunk(sse_event(chunk_json("partial")))
    conn.sleep(0.01)
    conn.reset()
    return False


def truncated_stream(conn: Conn, request: RawRequest) -> bool:
    """Two events, then a clean end of the chunked body, without ``[DONE]``."""
    conn.start_stream()
    conn.send_chunk(sse_event(chunk_json("Echo: ")))
    conn.send_chunk(sse_event(chunk_json("cut")))
    return conn.end_chunks()


def status(code: int, body: bytes = b'{"error": {"message": "no"}}', **headers: str) -> Action:
    """Answer ``code`` with a JSON body and the given headers (``retry_after="1"``...)."""
    names = {name.replace("_", "-"): value for name, value in headers.items()}

    def action(conn: Conn, request: RawRequest) -> bool:
        return conn.send_response(code, body, headers=names)

    return action


def first(n: int, action: Action, then: Action = echo) -> Plan:
    """``action`` for the first ``n`` requests, ``then`` afterwards."""
    return lambda index: action if index < n else then


def api_script(plan: Plan) -> Script:
    """A connection script serving requests one after another according to ``plan``."""
    lock = threading.Lock()
    counter = iter(range(1 << 30))

    def script(conn: Conn) -> None:
        while (request := conn.read_request()) is not None:
            with lock:
                index = next(counter)
            if not plan(index)(conn, request):
                return

    return script


def api_server(plan: Plan, **options: Any) -> RawServer:
    return RawServer(api_script(plan), **options)
