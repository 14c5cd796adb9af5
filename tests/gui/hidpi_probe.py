"""Run in a process of its own with QT_SCALE_FACTOR set (Qt reads it once, at start): the real window over
LIBRARY, a search, and the size of a shown thumbnail against its cell. Prints one JSON line.

python hidpi_probe.py HOME LIBRARY MODEL
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from photoseek.core.lock import HomeLock
from photoseek.core.paths import AppHome
from photoseek.core.settings import LibrarySettings
from photoseek.gui.app import create_window
from photoseek.gui.settings import SHOW_WEAKER, THUMBNAIL_MAX, Settings


def wait(app: QApplication, condition: Callable[[], object], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()


def main(home_dir: str, library: str, model: str) -> None:
    app = QApplication([])
    home = AppHome.resolve(home_dir).ensure()
    settings = LibrarySettings.load(home.library_file)
    settings.add_folder(library)
    settings.save()
    preferences = Settings(home)
    preferences.set(SHOW_WEAKER, 1)  # every hit in the grid: the random model's matches are chance
    preferences.sync()
    with HomeLock(home.lock_file):
        window = create_window(home, model=model)
        window.show()
        window.size_slider.setValue(THUMBNAIL_MAX)
        wait(app, lambda: window.status.get("photos") and not window.status.get("indexing"))
        window.search_bar.set_text("a red circle")
        wait(app, lambda: window.query is not None and window.answered and window.model.photo_count() > 0)
        hit = window.model.hit(window.model.photo_row(0))  # type: ignore[arg-type]
        shown = []
        wait(app, lambda: shown.append(window.thumbnails.image(hit["path"], hit["mtime_ns"], hit["size"]))
             or shown[-1] is not None)
        image = shown[-1]
        print(json.dumps({"pixel_ratio": window.devicePixelRatioF(), "cell": window.view.delegate.thumbnail_px,
                          "thumbnail": [image.width(), image.height()], "photo": [hit["width"], hit["height"]]}))
        window.close()
        window.shut_down()
    os._exit(0)


if __name__ == "__main__":
    main(*sys.argv[1:4])
