"""Unexpected errors: logged with their traceback, then shown in a dialog that says where the log is."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("photoseek.gui.crash")


def install_excepthook(log_file: Path, show_dialog: bool) -> None:
    """Replace sys.excepthook: a bug in a Qt slot then tells the user instead of vanishing into stderr."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("unexpected error", exc_info=(kind, error, tb))
        if show_dialog and QApplication.instance() is not None:
            show_crash_dialog(error, "".join(traceback.format_exception(kind, error, tb)), log_file)

    sys.excepthook = hook


def show_crash_dialog(error: BaseException, details: str, log_file: Path) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "PhotoSeek: unexpected error",
                      f"Something went wrong: {type(error).__name__}: {error}\n\n"
                      f"PhotoSeek keeps running, but may not behave as expected. The details are in "
                      f"the log file:\n{log_file}")
    box.setDetailedText(details)
    box.exec()


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
