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
        text = self.tr("Copied {photo}").format(photo=paths[0]) if len(paths) == 1 else \
            self.tr("Copied %Ln photo(s)", "", len(paths))
        self.say(text, 4000)

    def copy_image(self, path: str) -> None:
        if self.still_there(path):
            if desktop.copy_image(path):
                self.say(self.tr("Copied the picture {photo}").format(photo=os.path.basename(path)), 4000)
            else:
                self.say(self.tr("{photo} cannot be copied as a picture; Copy gives the file")
                         .format(photo=os.path.basename(path)), 10_000)

    def copy_to_folder(self, paths: list[str]) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Copy %Ln photo(s) to", "", len(paths)))
        if folder:
            self.say(self.tr("Copying %Ln photo(s) to {folder}…", "", len(paths)).format(folder=folder), 0)
            self.file_jobs.copy(paths, folder)

    def _copied(self, folder: str, report: dict[str, Any]) -> None:
        done, failed = report["done"], report["failed"]
        text = self.tr("Copied %Ln photo(s) to {folder}", "", len(done)).format(folder=folder)
        if failed:
            path, why = failed[0]
            text = self.tr("{copied}; %Ln photo(s) could not be copied ({photo}: {why})", "", len(failed)) \
                .format(copied=text, photo=os.path.basename(path), why=why)
        self.say(text, 15_000)

    def trash_photos(self, paths: list[str]) -> None:
        """To the system's trash, after a confirmation; they leave the grid and the index at once."""
        if len(paths) > 1:
            question = self.tr("Move %Ln photo(s) to the Trash?\n\n"
                               "You can restore them from the Trash.", "", len(paths))
        else:
            question = self.tr("Move {photo} to the Trash?\n\nYou can restore them from the Trash.") \
                .format(photo=os.path.basename(paths[0]))
        answer = QMessageBox.question(self.window, self.tr("Move to Trash"), question,
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
        text = self.tr("Moved %Ln photo(s) to the Trash", "", len(moved))
        if refused:
            text = self.tr("{moved}; %Ln photo(s) could not be moved ({photo})", "", len(refused)) \
                .format(moved=text, photo=os.path.basename(refused[0]))
        if moved:
            self.undo_bar.offer(text, self.tr("Put them back where they were"))
        else:
            self.say(text, 10_000)

    def undo_trash(self) -> None:
        moved, self._trashed = self._trashed, []
        report = restore_from_trash(moved)
        self.backend.update_paths([original for _, original in report.done])
        text = self.tr("Put back %Ln photo(s)", "", len(report.done))
        if report.failed:
            path, why = report.failed[0]
            text = self.tr("{put_back}; %Ln photo(s) stayed in the Trash ({photo}: {why})", "", len(report.failed)) \
                .format(put_back=text, photo=os.path.basename(path), why=why)
        self.say(text, 10_000)
