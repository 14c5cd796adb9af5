"""`photoseek-gui` (and `photoseek gui`, `python -m photoseek.gui.app`): open the PhotoSeek window.

One window per app home: a second launch forwards its --search to the running window and exits.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import signal
import socket
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from photoseek import APP_NAME, __version__
from photoseek.core.errors import HomeLockedError
from photoseek.core.lock import HomeLock
from photoseek.core.logs import setup_logging
from photoseek.core.modelspec import MODEL_ENV
from photoseek.core.paths import AppHome
from photoseek.gui import i18n, resources
from photoseek.gui.crash import install_excepthook, take_previous_crash
from photoseek.gui.settings import LANGUAGE, Settings
from photoseek.gui.singleinstance import SingleInstance

if TYPE_CHECKING:
    from photoseek.gui.mainwindow import MainWindow

log = logging.getLogger("photoseek.gui")

SCREENSHOT_TIMEOUT_MS = 30_000


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="photoseek-gui", description="Open the PhotoSeek window.")
    parser.add_argument("--version", action="version", version=f"photoseek {__version__}")
    parser.add_argument("--home", help="folder for all PhotoSeek state (default: $PHOTOSEEK_HOME or per-user)")
    parser.add_argument("--model", help="NAME:PRETRAINED, a model folder, or NAME:/path/weights ($PHOTOSEEK_MODEL)")
    parser.add_argument("--milvus-uri", help="use a Milvus server, e.g. http://host:19530 ($PHOTOSEEK_MILVUS_URI)")
    parser.add_argument("--milvus-token", help="token for the Milvus server ($PHOTOSEEK_MILVUS_TOKEN)")
    parser.add_argument("--search", metavar="TEXT", help="start with this search (or send it to the open window)")
    parser.add_argument("--screenshot", metavar="PNG", help="save a picture of the window once results are shown")
    parser.add_argument("--no-crash-dialog", action="store_true", help="log unexpected errors without a dialog")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # an installed (frozen) build starts its decoder processes through here
    parser = build_parser()
    args, extra = parser.parse_known_args(list(sys.argv[1:] if argv is None else argv))
    if any(arg.startswith("--") for arg in extra):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    home = AppHome.resolve(args.home).ensure()
    home.claim_library_caches()
    previous_crash = take_previous_crash(home.log_dir)
    log_file = setup_logging(home.log_dir, verbose=args.verbose)
    app = QApplication.instance() or QApplication([sys.argv[0], *extra])  # Qt's own options (-platform …)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("photoseek")
    i18n.install(app, Settings(home).get(LANGUAGE) or None)
    if resources.ICON.is_file():
        app.setWindowIcon(QIcon(str(resources.ICON)))
    instance = SingleInstance(home)
    if instance.forward_to_running({"search": args.search}):
        _say(f"PhotoSeek is already open for {home.root}: brought its window forward")
        return 0
    lock = HomeLock(home.lock_file)
    try:
        lock.acquire()
    except HomeLockedError as error:  # e.g. `photoseek index` is running on this home
        _say(f"photoseek: error: {error}")
        if not args.no_crash_dialog:
            QMessageBox.warning(None, APP_NAME, str(error))
        return 2
    try:
        instance.listen()
        install_excepthook(log_file, show_dialog=not args.no_crash_dialog)
        window = create_window(home, model=args.model, milvus_uri=args.milvus_uri,
                               milvus_token=args.milvus_token)
        serve_other_launches(instance, window)
        close_on_signals(window)
        window.show()
        if previous_crash:
            crashed = QCoreApplication.translate("app", "PhotoSeek crashed last time; details in {log}")
            window.statusBar().showMessage(crashed.format(log=previous_crash), 20_000)
        if args.search:
            window.search_bar.set_text(args.search)
        if args.screenshot:
            ScreenshotWhenReady(window, Path(args.screenshot))
        code = app.exec()
        clean = window.shut_down()
    finally:
        instance.close()
        lock.release()
    if not clean:
        # A batch is still in the model: don't wait for it. The index survives (Milvus Lite's WAL),
        # and the next start resumes the run where it stopped.
        log.warning("exiting without waiting for the engine thread")
        logging.shutdown()
        os._exit(code)
    return code


def serve_other_launches(instance: SingleInstance, window: MainWindow) -> None:
    """A second launch brings the window forward; the command line's searches are answered by its worker."""
    instance.activated.connect(window.bring_forward)
    instance.queried.connect(window.backend.answer_remote)
    window.backend.remote_answered.connect(instance.reply)


def create_window(home: AppHome, model: str | None = None, milvus_uri: str | None = None,
                  milvus_token: str | None = None, watch_debounce: float = 1.0, batch_size: int = 16) -> MainWindow:
    """The window with its worker started; the caller holds the home lock. Tests use this too."""
    from photoseek.gui.backend import Backend
    from photoseek.gui.mainwindow import MainWindow
    from photoseek.gui.settings import Settings
    from photoseek.gui.thumbnails import ThumbnailCache, display_decoders
    from photoseek.gui.worker import EngineOptions

    settings = Settings(home)
    options = EngineOptions(model=model or os.environ.get(MODEL_ENV) or None, milvus_uri=milvus_uri,
                            milvus_token=milvus_token, batch_size=batch_size, watch_debounce=watch_debounce,
                            legacy=tuple(settings.legacy_engine.items()))
    backend = Backend(home, options)
    ratio = max((screen.devicePixelRatio() for screen in QGuiApplication.screens()), default=1.0)
    thumbnails = ThumbnailCache(home.thumbnail_cache, display_decoders(str(home.log_dir / "decoders.log")),
                                pixel_ratio=ratio)
    window = MainWindow(home, backend, settings, thumbnails)
    backend.setParent(window)
    backend.start()
    return window


def close_on_signals(window: MainWindow) -> None:
    """Ctrl+C in a terminal, or SIGTERM at logout, close the window cleanly instead of killing it."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, window)

    def woken() -> None:
        try:
            reader.recv(64)
        except OSError:
            pass
        window.close()

    notifier.activated.connect(woken)
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: None)  # Python's C handler writes to the wakeup socket
    window._signal_wakeup = (reader, writer, notifier)  # type: ignore[attr-defined] # keep alive


class ScreenshotWhenReady(QObject):
    """Saves the window as a PNG once a search has answered (or the library is shown) and the visible
    thumbnails are painted."""

    def __init__(self, window: MainWindow, path: Path) -> None:
        super().__init__(window)
        self.window, self.path, self.done = window, path, False
        window.results_shown.connect(self._soon)
        window.timeline_shown.connect(self._soon)
        window.thumbnails.ready.connect(self._soon)
        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, self.save)

    def _soon(self, *_: object) -> None:
        QTimer.singleShot(0, self._check)  # after the view has laid out the new rows

    def _check(self) -> None:
        window = self.window
        if not self.done and window.answered and window.model.rowCount() and window.view.visible_rows() \
                and window.visible_thumbnails_ready():
            self.save()

    def save(self) -> None:
        if self.done:
            return
        self.done = True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        saved = self.window.grab().save(str(self.path), "PNG")
        log.info("screenshot %s: %s", "saved" if saved else "failed", self.path)
        _say(f"screenshot: {self.path}" if saved else f"screenshot failed: {self.path}")


def _say(text: str) -> None:
    if sys.stdout is not None:  # a Windows gui-script has no console
        print(text, flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
