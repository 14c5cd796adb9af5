"""One running PhotoSeek window per app home: a second launch hands its request to the first and exits.

A local socket named after a hash of the app home path: the first instance listens, a later one
connects, sends one JSON line (e.g. {"search": "beach"}) and quits. The HomeLock stays the real
guard against opening the database twice; this only makes a second launch useful.
"""

from __future__ import annotations

import hashlib
import json
import logging
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from photoseek.core.paths import AppHome

log = logging.getLogger("photoseek.gui.instance")

CONNECT_MS = 500


def server_name(home: AppHome) -> str:
    return "photoseek-" + hashlib.sha256(str(home.root).encode("utf-8", "surrogateescape")).hexdigest()[:20]


class SingleInstance(QObject):
    """`activated(message)` fires in the first instance whenever another launch asks for the window."""

    activated = Signal(dict)

    def __init__(self, home: AppHome, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(home)
        self._server: QLocalServer | None = None

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
            self.activated.emit(message if isinstance(message, dict) else {})
