"""Hand photos to the rest of the desktop: the system viewer, the file manager, the clipboard, the trash.

Each returns whether something took the photo, so the window can say when nothing could.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QFile, QMimeData, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage

log = logging.getLogger("photoseek.gui.desktop")

# The file managers' common D-Bus interface (GNOME Files, Dolphin, Nemo, Caja, Thunar…): "select these".
FILE_MANAGER = ("org.freedesktop.FileManager1", "/org/freedesktop/FileManager1", "org.freedesktop.FileManager1")
DBUS_TIMEOUT_MS = 3000  # starting a file manager through D-Bus activation takes a moment


def file_url(path: str) -> QUrl:
    """The file's URL with its name's exact bytes (QUrl.fromLocalFile garbles names that are not UTF-8)."""
    return QUrl.fromEncoded(Path(os.path.abspath(path)).as_uri().encode("ascii"))


def open_in_viewer(path: str) -> bool:
    return QDesktopServices.openUrl(file_url(path))


def show_in_folder(path: str, bus: object | None = None) -> bool:
    """Select the file in the file manager: Explorer, Finder, or on Linux any that offers
    org.freedesktop.FileManager1 on the session bus (`bus`: another connection, for tests); else open
    its folder."""
    try:
        if sys.platform == "win32":
            subprocess.Popen(["explorer", "/select,", os.path.normpath(path)])  # noqa: S603,S607
            return True
        if sys.platform == "darwin":
            subprocess.Popen(["open", "-R", path])  # noqa: S603,S607
            return True
    except OSError as error:
        log.info("the file manager did not start: %s", error)
    if _select_through_dbus(path, bus):
        return True
    return QDesktopServices.openUrl(file_url(os.path.dirname(path)))


def _select_through_dbus(path: str, bus: object | None) -> bool:
    try:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage
    except ImportError:  # a Qt built without D-Bus (Windows, macOS)
        return False
    connection = bus if bus is not None else QDBusConnection.sessionBus()
    if not connection.isConnected():  # type: ignore[attr-defined]
        return False
    manager = QDBusInterface(*FILE_MANAGER, connection)
    manager.setTimeout(DBUS_TIMEOUT_MS)
    if not manager.isValid():
        return False
    reply = manager.call("ShowItems", [bytes(file_url(path).toEncoded().data()).decode("ascii")], "")
    if reply.type() == QDBusMessage.MessageType.ErrorMessage:
        log.info("the file manager could not show %s: %s", path, reply.errorMessage())
        return False
    return True


def copy_files(paths: list[str]) -> None:
    """On the clipboard as files (a file manager pastes copies) and as their paths, one per line (text)."""
    mime = QMimeData()
    mime.setUrls([file_url(path) for path in paths])
    mime.setText("\n".join(paths))
    QGuiApplication.clipboard().setMimeData(mime)


def copy_image(path: str) -> bool:
    """The picture itself on the clipboard (to paste into a document or a chat); False if Qt cannot read it."""
    image = QImage(path)
    if image.isNull():
        return False
    QGuiApplication.clipboard().setImage(image)
    return True


def trash(path: str) -> str | None:
    """Move the file to the system's trash (freedesktop Trash, Recycle Bin, Finder's Trash); where it went,
    or None if it could not be moved."""
    if sys.platform.startswith("linux"):
        # Qt finds no trash when the data folder it lives in ($XDG_DATA_HOME, ~/.local/share) is missing,
        # as on a fresh account; the freedesktop rules say to create it.
        data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
        try:
            os.makedirs(data, mode=0o700, exist_ok=True)
        except OSError as error:  # then the move fails, and says so
            log.info("cannot create %s for the trash: %s", data, error)
    file = QFile(path)
    if not file.moveToTrash():
        log.info("could not move %s to the trash", path)
        return None
    return file.fileName()
