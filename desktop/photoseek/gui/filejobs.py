"""Copying photos to a folder on a thread of its own, so a slow drive never freezes the window; the
report comes back as plain data (`finished`)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from photoseek.core.fileactions import copy_files


class FileJobs(QObject):
    finished = Signal(str, dict)  # the destination, FileReport.to_dict()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threads: list[threading.Thread] = []

    def copy(self, paths: list[str], destination: str) -> None:
        thread = threading.Thread(target=self._copy, args=(paths, destination), name="photoseek-copy", daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def _copy(self, paths: list[str], destination: str) -> None:
        self.finished.emit(destination, copy_files(paths, destination).to_dict())  # Qt queues it to the window

    @property
    def busy(self) -> bool:
        return any(thread.is_alive() for thread in self._threads)

    def wait(self, timeout: float) -> bool:
        """At closing: let copies under way finish (a half-copied photo is removed, but better none)."""
        for thread in self._threads:
            thread.join(timeout)
        return not self.busy
