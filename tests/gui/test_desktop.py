"""Handing a photo to the desktop: the file manager selects it (org.freedesktop.FileManager1 on a real
D-Bus bus), names that are not UTF-8 reach it byte for byte, and the window says when nothing could."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QDesktopServices
from window_support import WAIT_MS, wait_indexed

from photoseek.gui import desktop
from support import REPO, wait_for

pytestmark = pytest.mark.gui

ODD_NAME = os.fsdecode(b"caf\xe9 and space.jpg")  # an old camera's Latin-1 name, not UTF-8


class UrlCatcher(QObject):
    """Qt's own hook for file URLs (QDesktopServices.setUrlHandler): what the desktop would be asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[bytes] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(bytes(url.toEncoded().data()))


@pytest.fixture
def opened(qapp) -> Iterator[UrlCatcher]:  # type: ignore[no-untyped-def]
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "handle")
    yield catcher
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def private_bus(tmp_path: Path) -> Iterator[str]:
    """A session bus of this test's own (dbus-daemon), so no real desktop is touched."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("needs dbus-daemon")
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert daemon.stdout is not None
    yield daemon.stdout.readline().strip()
    daemon.kill()
    daemon.wait()


def photo(tmp_path: Path) -> Path:
    path = tmp_path / ODD_NAME
    path.write_bytes(b"not looked at")
    return path


def test_show_in_folder_asks_the_file_manager_to_select_the_exact_file(qapp, tmp_path, private_bus):
    shown = tmp_path / "shown.txt"
    manager = subprocess.Popen([sys.executable, str(REPO / "tests" / "fake_file_manager.py"), private_bus,
                                str(shown)], stdout=subprocess.PIPE, text=True)
    try:
        assert manager.stdout is not None and manager.stdout.readline().strip() == "ready"
        bus = QDBusConnection.connectToBus(private_bus, "test-desktop")
        target = photo(tmp_path)
        assert desktop.show_in_folder(str(target), bus=bus)
        assert wait_for(lambda: shown.exists() and shown.read_text(), timeout=10)
    finally:
        manager.kill()
        manager.wait()
    uri = shown.read_text().strip()
    assert uri.startswith("file:///")
    assert urllib.parse.unquote_to_bytes(uri[len("file://"):]) == os.fsencode(target), "the name's exact bytes"


def test_without_a_file_manager_service_the_folder_is_opened(qapp, tmp_path, private_bus, opened):
    bus = QDBusConnection.connectToBus(private_bus, "test-desktop-empty")  # nobody offers FileManager1
    target = photo(tmp_path)
    assert desktop.show_in_folder(str(target), bus=bus)
    assert opened.urls == [Path(tmp_path).as_uri().encode()]


def test_open_hands_over_the_exact_name(qapp, tmp_path, opened):
    target = photo(tmp_path)
    assert desktop.open_in_viewer(str(target))
    assert urllib.parse.unquote_to_bytes(opened.urls[0][len(b"file://"):]) == os.fsencode(target)


def test_the_window_says_when_a_photo_cannot_be_opened(qtbot, make_window, tiny_model, photos, monkeypatch):
    window = make_window(tiny_model, [photos[0].path.parent])
    wait_indexed(qtbot, window, len(photos))
    monkeypatch.setattr(desktop.QDesktopServices, "openUrl", lambda url: False)  # no default app for it

    window.handoff.open_photo(str(photos[0].path))
    assert "Nothing on this computer opens" in window.statusBar().currentMessage()
    gone = photos[1].path
    gone.unlink()
    window.handoff.open_photo(str(gone))
    assert f"{gone.name} is not there any more" in window.statusBar().currentMessage()
    window.handoff.reveal_photo(str(photos[2].path))
    assert "No file manager could show" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.status.get("photos") == len(photos) - 1, timeout=WAIT_MS)
