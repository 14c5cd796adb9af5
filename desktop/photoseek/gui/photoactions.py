"""What the user does with the photos they selected: copy them (to the clipboard, into a folder) and move
them to the system's trash, with Undo. The window hands over the paths; this says how it went in the
status bar (`say`) and tells the window which photos left (`gone`), so the grid and the index follow."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from photoseek.core.fileactions import restore_from_trash
from photoseek.core.wording import counted
from photoseek.gui import desktop
from photoseek.gui.backend import Backend
from photoseek.gui.filejobs import FileJobs
from photoseek.gui.undobar import UndoBar


class PhotoActions(QObject):
    def __init__(self, window: QWidget, backend: Backend, undo_bar: UndoBar, still_there: Callable[[str], bool],
                 say: Callable[[str, int], None], gone: Callable[[set[str]], None]) -> None:
        super().__init__(window)
        self.window, self.backend, self.undo_bar = window, backend, undo_bar
        self.still_there, self.say, self.gone = still_there, say, gone
        self.file_jobs = FileJobs(self)
        self.file_jobs.finished.connect(self._copied)
        self.undo_bar.undo_requested.connect(self.undo_trash)
        self._trashed: list[tuple[str, str]] = []  # (original, in the trash) of the last move, for Undo

    def copy_to_clipboard(self, paths: list[str]) -> None:
        desktop.copy_files(paths)
        self.say(f"Copied {paths[0] if len(paths) == 1 else counted(len(paths), 'photo')}", 4000)

    def copy_image(self, path: str) -> None:
        if self.still_there(path):
            if desktop.copy_image(path):
                self.say(f"Copied the picture {os.path.basename(path)}", 4000)
            else:
                self.say(f"{os.path.basename(path)} cannot be copied as a picture; Copy gives the file", 10_000)

    def copy_to_folder(self, paths: list[str]) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, f"Copy {counted(len(paths), 'photo')} to")
        if folder:
            self.say(f"Copying {counted(len(paths), 'photo')} to {folder}…", 0)
            self.file_jobs.copy(paths, folder)

    def _copied(self, folder: str, report: dict[str, Any]) -> None:
        done, failed = report["done"], report["failed"]
        text = f"Copied {counted(len(done), 'photo')} to {folder}"
        if failed:
            path, why = failed[0]
            text += f"; {counted(len(failed), 'photo')} could not be copied ({os.path.basename(path)}: {why})"
        self.say(text, 15_000)

    def trash_photos(self, paths: list[str]) -> None:
        """To the system's trash, after a confirmation; they leave the grid and the index at once."""
        question = f"Move {counted(len(paths), 'photo')} to the Trash?" if len(paths) > 1 else \
            f"Move {os.path.basename(paths[0])} to the Trash?"
        answer = QMessageBox.question(self.window, "Move to Trash",
                                      question + "\n\nYou can restore them from the Trash.",
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        moved: list[tuple[str, str]] = []
        refused: list[str] = []
        for path in paths:
            in_trash = desktop.trash(path) if self.still_there(path) else None
            if in_trash:
                moved.append((path, in_trash))
            else:
                refused.append(path)
        self._trashed = moved
        self.gone({original for original, _ in moved})
        self.backend.update_paths([original for original, _ in moved])
        text = f"Moved {counted(len(moved), 'photo')} to the Trash"
        if refused:
            text += f"; {counted(len(refused), 'photo')} could not be moved ({os.path.basename(refused[0])})"
        if moved:
            self.undo_bar.offer(text, "Put them back where they were")
        else:
            self.say(text, 10_000)

    def undo_trash(self) -> None:
        moved, self._trashed = self._trashed, []
        report = restore_from_trash(moved)
        self.backend.update_paths([original for _, original in report.done])
        text = f"Put back {counted(len(report.done), 'photo')}"
        if report.failed:
            path, why = report.failed[0]
            text += f"; {counted(len(report.failed), 'photo')} stayed in the Trash ({os.path.basename(path)}: {why})"
        self.say(text, 10_000)
