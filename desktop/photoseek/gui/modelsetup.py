"""Getting a usable model: the first-run download with its dialog, or a model folder/file the user picks."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from photoseek.core.modelspec import DEFAULT_MODEL
from photoseek.core.paths import AppHome
from photoseek.gui import modelchoice
from photoseek.gui.backend import Backend
from photoseek.gui.modeldownload import ModelDownload, ModelDownloadDialog
from photoseek.gui.settings import LANGUAGE_MODEL_ASKED, Settings


class ModelSetup(QObject):
    """Reports what it is doing as engine states: "loading" after a choice or a download, "download_failed"."""

    state_changed = Signal(str, str)

    def __init__(self, home: AppHome, backend: Backend, settings: Settings, window: QWidget) -> None:
        super().__init__(window)
        self.home, self.backend, self.settings, self.window = home, backend, settings, window
        self.download: ModelDownload | None = None
        self.dialog: ModelDownloadDialog | None = None
        self.offer: QMessageBox | None = None

    def choose(self) -> None:
        spec = modelchoice.ask_for_model(self.window)
        if spec:
            self.use(spec)

    def use(self, spec: str) -> None:
        """Switch the library to `spec`; the worker re-indexes with it while search keeps using the old index."""
        self.state_changed.emit("loading", spec)
        self.backend.set_model(spec)

    def first_download(self, spec: str) -> None:
        """The download a library needs before it can search. A window that speaks another language than
        English first offers a model that understands it, once (the default model knows only English)."""
        if self.offer is not None:
            return
        better = modelchoice.proposal(spec) if spec == DEFAULT_MODEL else None
        if better is None or self.settings.get(LANGUAGE_MODEL_ASKED):
            self.start_download(spec)
            return
        self.settings.set(LANGUAGE_MODEL_ASKED, 1)
        language = modelchoice.language_name(modelchoice.window_language())
        model, size = modelchoice.shown(better.title), modelchoice.shown(better.download)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Search in {language}?").format(language=language),
                          self.tr("PhotoSeek's default search model understands only English queries. To search "
                                  "your photos in {language}, use {model} ({size} download).").format(
                              language=language, model=model, size=size), parent=self.window)
        box.setInformativeText(modelchoice.shown(better.tradeoff))
        use = box.addButton(self.tr("Use {model}").format(model=model), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep the English model"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(use)
        box.setEscapeButton(keep)

        def answered() -> None:
            self.offer = None
            box.deleteLater()
            if box.clickedButton() is use:
                self.use(better.spec)  # the worker then asks for its download
            else:
                self.start_download(spec)

        box.finished.connect(answered)
        self.offer = box
        box.open()

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
