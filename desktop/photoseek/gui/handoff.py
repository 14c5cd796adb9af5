"""Handing photos to other programs: the system's viewer, an "Open with" application, the file manager.

Each says in the status bar why it could not: the photo is gone, its drive is offline, nothing opens it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from photoseek.core.folders import is_within
from photoseek.gui import desktop, openwith


class Handoff(QObject):
    """`offline()`: the library's offline folders now (folder → reason); `say(text)`: a status-bar notice;
    `used()`: the user acted on a result (the search is worth remembering)."""

    def __init__(self, window: QWidget, offline: Callable[[], dict[str, str]], say: Callable[[str], None],
                 used: Callable[[], None]) -> None:
        super().__init__(window)
        self.window, self.offline, self.say, self.used = window, offline, say, used

    def open_photo(self, path: str) -> None:
        """In the system's viewer."""
        self.used()
        if self.still_there(path) and not desktop.open_in_viewer(path):
            self.say(self.tr("Nothing on this computer opens {photo}: set a default app for this kind of file")
                     .format(photo=os.path.basename(path)))

    def open_with(self, paths: list[str], name: str, command: str) -> None:
        """In an application the user chose from "Open with" (no command: one to pick now)."""
        paths = [p for p in paths if self.still_there(p)]
        if not paths:
            return
        self.used()
        if not command and sys.platform == "win32":
            problem = openwith.system_dialog(paths[0])
        else:
            if command:
                application = openwith.Application(name, command)
            else:
                program, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open with this application"),
                                                         "/Applications" if sys.platform == "darwin" else "/usr/bin")
                if not program:
                    return
                application = openwith.chosen_program(program)
            problem = openwith.start(application, paths)
        if problem:
            self.say(problem)

    def reveal_photo(self, path: str) -> None:
        """In the file manager, selected where it can."""
        if self.still_there(path) and not desktop.show_in_folder(path):
            self.say(self.tr("No file manager could show {folder}").format(folder=os.path.dirname(path)))

    def still_there(self, path: str) -> bool:
        """Whether the photo can be handed on. A folder known to be offline is not touched (a share that went
        away can hang a look at it)."""
        folder = next((f for f in self.offline() if is_within(path, f)), None)
        if folder is not None:
            self.say(self.tr("{photo} is on {folder}, which is not available now")
                     .format(photo=os.path.basename(path), folder=folder))
            return False
        if not os.path.exists(path):
            self.say(self.tr("{photo} is not there any more (moved or deleted?)").format(photo=os.path.basename(path)))
            return False
        return True
