"""A file manager as the desktop sees it: `org.freedesktop.FileManager1` on a D-Bus bus, writing every
URI it is asked to show to a file, one per line. Run: python fake_file_manager.py BUS_ADDRESS OUT_FILE."""

from __future__ import annotations

import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection


@ClassInfo({"D-Bus Interface": "org.freedesktop.FileManager1"})
class FileManager(QObject):
    def __init__(self, out: str) -> None:
        super().__init__()
        self.out = out

    @Slot("QStringList", str)
    def ShowItems(self, uris: list[str], _startup_id: str) -> None:  # noqa: N802 - the D-Bus method's name
        with open(self.out, "a", encoding="ascii") as out:
            out.write("".join(f"{uri}\n" for uri in uris))


if __name__ == "__main__":
    app = QCoreApplication([])
    bus = QDBusConnection.connectToBus(sys.argv[1], "file-manager")
    manager = FileManager(sys.argv[2])
    bus.registerObject("/org/freedesktop/FileManager1", manager, QDBusConnection.RegisterOption.ExportAllSlots)
    if not bus.registerService("org.freedesktop.FileManager1"):
        sys.exit(f"cannot register: {bus.lastError().message()}")
    print("ready", flush=True)
    app.exec()
