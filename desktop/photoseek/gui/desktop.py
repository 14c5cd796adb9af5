"""Hand a photo to the rest of the desktop: the system viewer, the file manager, the clipboard."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication


def open_in_viewer(path: str) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def show_in_folder(path: str) -> bool:
    """Select the file in Explorer/Finder; elsewhere open its folder (file managers differ in selecting)."""
    try:
        if sys.platform == "win32":
            subprocess.Popen(["explorer", "/select,", os.path.normpath(path)])  # noqa: S603,S607
            return True
        if sys.platform == "darwin":
            subprocess.Popen(["open", "-R", path])  # noqa: S603,S607
            return True
    except OSError:
        pass
    return QDesktopServices.openUrl(QUrl.fromLocalFile(os.path.dirname(path)))


def copy_path(path: str) -> None:
    QGuiApplication.clipboard().setText(path)
