"""Getting a usable model: the first-run download with its dialog, or a model folder/file the user picks."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from photoseek.core.paths import AppHome
from photoseek.gui import modelchoice
from photoseek.gui.backend import Backend
from photoseek.gui.modeldownload import ModelDownload, ModelDownloadDialog
from photoseek.gui.settings import Settings


class ModelSetup(QObject):
    """Reports what it is doing as engine states: "loading" after a choice or a download, "download_failed"."""

    state_changed = Signal(str, str)

    def __init__(self, home: AppHome, backend: Backend, settings: Settings, window: QWidget) -> None:
        super().__init__(window)
        self.home, self.backend, self.settings, self.window = home, backend, settings, window
        self.download: ModelDownload | None = None
        self.dialog: ModelDownloadDialog | None = None

    def choose(self) -> None:
        spec = modelchoice.ask_for_model(self.window)
        if spec:
            self.use(spec)

    def use(self, spec: str) -> None:
        """Switch the library to `spec`; the worker re-indexes with it while search keeps using the old index."""
        self.state_changed.emit("loading", spec)
        self.backend.set_model(spec)

    def start_download(self, spec: str) -> None:
        if self.download is not None:
            return
        self.download = ModelDownload(spec, self.home.model_cache, self)
        self.dialog = ModelDownloadDialog(self.download, self.window)
        self.download.finished.connect(self._finished)
        self.dialog.show()
        self.download.start()

    def cancel(self) -> None:
        if self.download is not None:
            self.download.cancel()

    def _finished(self, ok: bool, message: str) -> None:
        spec = self.download.spec_text if self.download else ""
        self.download = None
        if self.dialog is not None:
            self.dialog.deleteLater()  # a later download gets a dialog of its own
            self.dialog = None
        if ok:
            self.state_changed.emit("loading", spec)
            self.backend.load_model()
        else:
            self.state_changed.emit("download_failed", message)
