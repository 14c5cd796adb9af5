"""One running PhotoSeek window per app home: a second launch hands its request to the first and exits.

A local socket named after a hash of the app home path: the first instance listens, a later one
connects, sends one JSON line (e.g. {"search": "beach"}) and quits. The HomeLock stays the real
guard against opening the database twice; this only makes a second launch useful.

The command line asks the same way while the window holds the library: {"query": SearchRequest
message} is answered with one JSON line, {"hits": [...], "photos": N} or {"error": "..."}, so a
`photoseek search` from a shell costs no model load.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from photoseek.core.errors import InstanceUnreachableError
from photoseek.core.paths import AppHome

log = logging.getLogger("photoseek.gui.instance")

CONNECT_MS = 500
ANSWER_S = 60.0  # the window may be loading its model or embedding a batch first


def server_name(home: AppHome) -> str:
    return "photoseek-" + hashlib.sha256(str(home.root).encode("utf-8", "surrogateescape")).hexdigest()[:20]


class SingleInstance(QObject):
    """`activated(message)` fires in the first instance whenever another launch asks for the window;
    `queried(id, request)` when the command line asks for a search (answer with `reply`)."""

    activated = Signal(dict)
    queried = Signal(int, dict)

    def __init__(self, home: AppHome, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(home)
        self._server: QLocalServer | None = None
        self._asking: dict[int, QLocalSocket] = {}
        self._asked = 0

    def forward_to_running(self, message: dict[str, Any]) -> bool:
        """True if another instance took `message` (this one should exit)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write((json.dumps(message) + "\n").encode("utf-8"))
        delivered = socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return bool(delivered)

    def listen(self) -> bool:
        QLocalServer.removeServer(self.name)  # a socket file left by a crashed instance
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("cannot listen for other launches: %s", server.errorString())
            return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _accept(self) -> None:
        while self._server is not None and (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(self._ready_read)
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)  # the line may have arrived before we listened for readyRead

    def _ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data()).decode("utf-8", "replace")
            try:
                message = json.loads(line)
            except ValueError:
                message = {}
            if not isinstance(message, dict):
                message = {}
            if "query" in message:
                self._asked += 1
                self._asking[self._asked] = socket
                query = message["query"]
                self.queried.emit(self._asked, query if isinstance(query, dict) else {})
            else:
                self.activated.emit(message)

    def reply(self, asked: int, answer: dict[str, Any]) -> None:
        """Answer the command line's query `asked` (it may have given up and gone)."""
        socket = self._asking.pop(asked, None)
        if socket is None or socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            return
        socket.write((json.dumps(answer, ensure_ascii=True) + "\n").encode("ascii"))
        socket.flush()
        socket.disconnectFromServer()


def ask_running(home: AppHome, query: dict[str, Any], timeout: float = ANSWER_S) -> dict[str, Any] | None:
    """The running window's answer to a search, or None when no window listens for this home."""
    from PySide6.QtCore import QCoreApplication

    _app = QCoreApplication.instance() or QCoreApplication([])  # Qt's sockets want an application object
    socket = QLocalSocket()
    socket.connectToServer(server_name(home))
    if not socket.waitForConnected(CONNECT_MS):
        return None
    socket.write((json.dumps({"query": query}, ensure_ascii=True) + "\n").encode("ascii"))
    socket.waitForBytesWritten(CONNECT_MS)
    received = b""
    deadline = time.monotonic() + timeout
    while b"\n" not in received:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise InstanceUnreachableError(f"the PhotoSeek window open on {home.root} did not answer "
                                           f"in {timeout:.0f} s")
        if not socket.waitForReadyRead(int(min(remaining, 1.0) * 1000)):
            if socket.state() != QLocalSocket.LocalSocketState.ConnectedState and not socket.bytesAvailable():
                raise InstanceUnreachableError(f"the PhotoSeek window open on {home.root} closed without answering")
        received += bytes(socket.readAll().data())
    try:
        answer = json.loads(received.split(b"\n", 1)[0])
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        raise InstanceUnreachableError("the PhotoSeek window sent an answer this version cannot read")
    return answer
