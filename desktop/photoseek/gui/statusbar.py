"""The status bar's pieces: indexing progress with Pause/Resume, the watcher's state, unreadable files."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSlider, QStatusBar, QWidget

from photoseek.gui import i18n
from photoseek.gui import settings as opt


class StatusBar(QStatusBar):
    """Indexing progress on the left; unreadable files, the watcher and the thumbnail size on the right."""

    def __init__(self, thumbnail_px: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index_progress = IndexProgress()
        self.watcher_label = QLabel()
        self.offline_label = QLabel()
        self.failures_button = FailuresButton()
        self.size_slider = QSlider(Qt.Orientation.Horizontal)
        self.size_slider.setRange(opt.THUMBNAIL_MIN, opt.THUMBNAIL_MAX)
        self.size_slider.setSingleStep(opt.THUMBNAIL_STEP // 2)
        self.size_slider.setPageStep(opt.THUMBNAIL_STEP)
        self.size_slider.setMaximumWidth(140)
        self.size_slider.setToolTip(self.tr("Thumbnail size (Ctrl + and Ctrl −)"))
        self.size_slider.setAccessibleName(self.tr("Thumbnail size"))
        self.size_slider.setValue(thumbnail_px)
        self.addWidget(self.index_progress)
        self.addPermanentWidget(self.offline_label)
        self.addPermanentWidget(self.failures_button)
        self.addPermanentWidget(self.watcher_label)
        self.addPermanentWidget(self.size_slider)

    def show_status(self, status: dict[str, Any]) -> None:
        self.failures_button.set_failures(status["failures"])
        self.watcher_label.setText(watcher_text(status["watcher"], len(status["folders"])))
        offline = status.get("offline_folders", {})
        self.offline_label.setText(offline_text(len(offline)))
        tips = (f"{path}: {i18n.from_core(reason)}" for path, reason in offline.items())
        self.offline_label.setToolTip("\n".join(tips))
        self.offline_label.setVisible(bool(offline))


class IndexProgress(QWidget):
    """“Indexing 120/1,000 · 35 images/s · about 0:25 left” and a Pause/Resume button; hidden when idle.
    Before the embedding, a long scan or index read shows what it is doing, with a count."""

    pause_toggled = Signal(bool)  # True: pause

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Indexing progress"))
        self.bar.setToolTip(self.tr("Photos indexed so far (a moving bar: counting what there is to do)"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Pause indexing; search keeps working"))
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self._toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.bar, self.pause_button):
            layout.addWidget(widget)
        self.setVisible(False)
        self._shown: tuple[dict[str, Any], bool] = ({}, False)

    @property
    def paused(self) -> bool:
        return self.pause_button.isChecked()

    def show_progress(self, progress: dict[str, Any], switching: bool = False) -> None:
        done, total = int(progress["done"]), int(progress["total"])
        embedding = progress.get("phase", "embedding") == "embedding"
        if embedding and (total == 0 or done >= total):
            self.setVisible(False)
            return
        self.setVisible(True)
        self.bar.setRange(0, total)  # 0..0: Qt's busy bar while the total is not known
        self.bar.setValue(done)
        self._shown = (progress, switching)
        self.label.setText(progress_text(progress, self.paused, switching))
        self.label.setToolTip(self.tr("Re-indexing with the new model; until it is done, search uses the previous "
                                      "model's complete index.") if switching and embedding else "")

    def finished(self) -> None:
        self.setVisible(False)

    def _toggled(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        progress, switching = self._shown
        if progress:
            self.label.setText(progress_text(progress, paused, switching))
        self.pause_toggled.emit(paused)


PHASES = {  # what the run is doing before it embeds: (words, how its count reads without a total)
    "scanning": (QT_TRANSLATE_NOOP("statusbar", "Looking for photos · {done} found"),
                 QT_TRANSLATE_NOOP("statusbar", "Paused: looking for photos · {done} found")),
    "reading": (QT_TRANSLATE_NOOP("statusbar", "Reading the index · {done} read"),
                QT_TRANSLATE_NOOP("statusbar", "Paused: reading the index · {done} read")),
    "relinking": (QT_TRANSLATE_NOOP("statusbar", "Matching moved and copied photos · {done} checked"),
                  QT_TRANSLATE_NOOP("statusbar", "Paused: matching moved and copied photos · {done} checked")),
    "upgrading": (QT_TRANSLATE_NOOP("statusbar", "Upgrading the index (once, after an update) · {done} copied"),
                  QT_TRANSLATE_NOOP("statusbar",
                                    "Paused: upgrading the index (once, after an update) · {done} copied")),
}


def progress_text(progress: dict[str, Any], paused: bool = False, switching: bool = False) -> str:
    done, total = int(progress["done"]), int(progress["total"])
    counted = f"{i18n.number(done)}/{i18n.number(total)}" if total else i18n.number(done)
    phase = PHASES.get(str(progress.get("phase", "embedding")))
    if phase is not None:
        return QCoreApplication.translate("statusbar", phase[paused]).format(done=counted)
    if paused:
        return QCoreApplication.translate("statusbar", "Paused at {done}").format(done=counted)
    text = (QCoreApplication.translate("statusbar", "Switching models {done}") if switching
            else QCoreApplication.translate("statusbar", "Indexing {done}")).format(done=counted)
    if progress.get("rate"):
        rate = i18n.decimal(float(progress["rate"]), 1)
        text += QCoreApplication.translate("statusbar", " · {rate} images/s").format(rate=rate)
    eta = progress.get("eta")
    if eta is not None:
        minutes, seconds = divmod(int(eta), 60)
        left = f"{minutes // 60}:{minutes % 60:02d}:{seconds:02d}" if minutes >= 60 else f"{minutes}:{seconds:02d}"
        text += QCoreApplication.translate("statusbar", " · about {time} left").format(time=left)
    return text


def watcher_text(mode: str, folders: int) -> str:
    if folders == 0 or mode == "starting":
        return ""
    if mode == "watching":
        return QCoreApplication.translate("statusbar", "Watching %Ln folder(s) for changes", "", folders)
    if mode == "polling":
        return QCoreApplication.translate(
            "statusbar", "Checking %Ln folder(s) every few seconds (the system's watch limit is reached)", "", folders)
    return QCoreApplication.translate("statusbar", "Not watching folders")


def offline_text(folders: int) -> str:
    """“1 folder offline” (an unplugged drive): its photos stay in the index and in results."""
    if folders == 0:
        return ""
    return QCoreApplication.translate("statusbar", "%Ln folder(s) offline", "", folders)


class FailuresButton(QPushButton):
    """“3 files could not be read” — hidden when there are none; clicking lists them with reasons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        # Looks like the link it is, in the light and the dark palette alike.
        self.setStyleSheet("QPushButton { color: palette(link); text-decoration: underline; border: none; }")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Which files, and why each one could not be read"))
        self.failures: list[dict[str, str]] = []
        self.setVisible(False)

    def set_failures(self, failures: list[dict[str, str]]) -> None:
        self.failures = list(failures)
        count = len(self.failures)
        self.setText(self.tr("%Ln file(s) could not be read", "", count))
        self.setVisible(count > 0)
