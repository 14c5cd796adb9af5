"""First run with a hub model: download it with a progress dialog that can be cancelled.

The download runs on a plain thread (it touches neither the model nor the database); the
dialog only shows its progress. `finished(ok, message)` says how it ended.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from photoseek.core import modelfiles
from photoseek.core.errors import ModelUnavailableError
from photoseek.core.modelspec import parse_model_spec
from photoseek.gui import i18n, modelchoice

log = logging.getLogger("photoseek.gui.download")


class ModelDownload(QObject):
    """One download of one model's weights into the app home's model cache."""

    progress = Signal(int, int)  # KiB done, KiB total (0: unknown)
    finished = Signal(bool, str)  # ok, message for the user

    def __init__(self, spec_text: str, cache_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spec_text = spec_text
        self.cache_dir = cache_dir
        self._cancel = threading.Event()
        self._done = False
        self._thread = threading.Thread(target=self._run, name="photoseek-model-download", daemon=True)
        self.finished.connect(self._mark_done)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Stop waiting now; the transfer stops at its next chunk (10 MiB) and its partial file is deleted."""
        if not self._done:
            self._cancel.set()
            self.finished.emit(False, self.tr("The download was cancelled. PhotoSeek needs the model to search; "
                                              "download it later, or choose a model that is already on this "
                                              "computer."))

    def _run(self) -> None:
        try:
            spec = parse_model_spec(self.spec_text)
            path = modelfiles.download(spec, self.cache_dir, self._report, self._cancel.is_set)
        except modelfiles.DownloadCancelled:
            log.info("model download cancelled")
            return
        except ModelUnavailableError as error:
            log.warning("model download failed: %s", error)
            if not self._cancel.is_set():
                self.finished.emit(False, str(error))  # photoseek.core's explanation, in English
            return
        except Exception as error:
            log.exception("model download failed")
            if not self._cancel.is_set():
                self.finished.emit(False, self.tr("The model could not be downloaded: {error}").format(error=error))
            return
        log.info("downloaded model weights to %s", path)
        if not self._cancel.is_set():
            self.finished.emit(True, "")

    def _report(self, done: int, total: int) -> None:
        self.progress.emit(done // 1024, total // 1024)

    def _mark_done(self) -> None:
        self._done = True


class ModelDownloadDialog(QProgressDialog):
    """Shows a ModelDownload; Cancel cancels it. Window-modal, so the window stays visible behind it."""

    def __init__(self, download: ModelDownload, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        entry = modelchoice.curated(download.spec_text)
        self.setWindowTitle(self.tr("Downloading the search model"))
        if entry:
            intro = self.tr("PhotoSeek is downloading its search model {model} ({size}).\n"
                            "This happens once; afterwards PhotoSeek works offline.")
        else:
            intro = self.tr("PhotoSeek is downloading its search model {model}.\n"
                            "This happens once; afterwards PhotoSeek works offline.")
        self._intro = intro.format(model=download.spec_text, size=modelchoice.shown(entry.download) if entry else "")
        self.setLabelText(self._intro)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setRange(0, 0)
        self.download = download
        download.progress.connect(self._progress)
        download.finished.connect(self.close)
        self.canceled.connect(download.cancel)

    def _progress(self, done_kib: int, total_kib: int) -> None:
        if total_kib > 0:
            self.setRange(0, total_kib)
            self.setValue(min(done_kib, total_kib))
            done = self.tr("{done} of {total} MB").format(done=i18n.number(round(done_kib / 1024)),
                                                          total=i18n.number(round(total_kib / 1024)))
            self.setLabelText(f"{self._intro}\n\n{done}")
