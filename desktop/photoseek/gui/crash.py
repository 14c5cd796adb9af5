"""Unexpected errors: logged with their traceback, then shown in a dialog that says where the log is.

An error can happen on any thread (the engine's, a thumbnail's, the watcher's); the dialog is only
ever made on the GUI thread: the hook hands the error to a `CrashReporter` through a queued signal.
One dialog at a time: errors that repeat while it is open are logged and counted in it.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("photoseek.gui.crash")


class CrashReporter(QObject):
    """Lives on the GUI thread (a child of the application); `report` may be emitted from any thread."""

    report = Signal(str, str)  # "Kind: message", the traceback

    def __init__(self, log_file: Path, show_dialog: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file, self.show_dialog = log_file, show_dialog
        self.dialog: QMessageBox | None = None
        self.repeated = 0
        self.report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def _show(self, summary: str, details: str) -> None:
        if not self.show_dialog:
            return
        if self.dialog is not None:
            self.repeated += 1
            self.dialog.setInformativeText(self.tr("%Ln more unexpected error(s) since; all are in the log.", "",
                                                   self.repeated))
            return
        self.dialog = show_crash_dialog(summary, details, self.log_file)
        self.dialog.finished.connect(self._closed)

    def _closed(self) -> None:
        self.dialog, self.repeated = None, 0


def install_excepthook(log_file: Path, show_dialog: bool) -> CrashReporter:
    """Replace sys.excepthook and threading.excepthook: a bug in a Qt slot or a thread then tells the user
    instead of vanishing into stderr. Call on the GUI thread once the QApplication exists."""
    reporter = CrashReporter(log_file, show_dialog, QApplication.instance())

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("unexpected error on thread %s", threading.current_thread().name, exc_info=(kind, error, tb))
        reporter.report.emit(f"{kind.__name__}: {error}", "".join(traceback.format_exception(kind, error, tb)))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
    return reporter


def show_crash_dialog(summary: str, details: str, log_file: Path) -> QMessageBox:
    """Not modal and not blocking: the window goes on, and the dialog is deleted when closed."""
    text = QCoreApplication.translate("crash", "Something went wrong: {error}\n\n"
                                      "PhotoSeek keeps running, but may not behave as expected. The details are in "
                                      "the log file:\n{log}").format(error=summary, log=log_file)
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("crash", "PhotoSeek: unexpected error"),
                      text)
    box.setObjectName("crash-dialog")
    box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


def take_previous_crash(log_dir: Path) -> str | None:
    """A native crash (faulthandler) from the last run: moved aside and returned to mention it once."""
    crash_log = log_dir / "crash.log"
    try:
        if crash_log.stat().st_size == 0:
            return None
        kept = log_dir / "crash-previous.log"
        crash_log.replace(kept)
        return str(kept)
    except OSError:
        return None
