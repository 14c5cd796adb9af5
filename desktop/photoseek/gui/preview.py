"""Space on a result: a large preview (fitted, or at actual size) with the photo's name, folder, date taken,
camera, exposure, location, dimensions, size and match."""

from __future__ import annotations

import itertools
import os
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from photoseek.core.decoders import Decoded, DecoderPool
from photoseek.gui import i18n
from photoseek.gui.thumbnails import rgb_image

PREVIEW_PX = 1600
FULL_PX = 16384  # "actual size": the photo's own pixels (the decoders' memory limit still applies)
SAME_PHOTO = ("path", "size", "mtime_ns")  # a hit with these unchanged shows the same picture


class PreviewLoader(QObject):
    """Decodes a photo (and reads its camera) in a decoder process, waited for on a pool thread;
    `loaded` carries plain data."""

    loaded = Signal(int, dict)  # request id, {"rgb", "width", "height", "camera"} or {"error"}

    def __init__(self, decoders: DecoderPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.decoders = decoders
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._ids = itertools.count(1)

    def load(self, path: str, longest: int = PREVIEW_PX) -> int:
        request_id = next(self._ids)
        self._pool.clear()  # a photo nobody waits for any more need not be decoded
        self._pool.start(lambda: self._decode(request_id, path, longest))
        return request_id

    def stop(self, timeout: float = 1.0) -> None:
        self._pool.clear()
        self._pool.waitForDone(int(timeout * 1000))

    def _decode(self, request_id: int, path: str, longest: int) -> None:
        try:
            size = os.path.getsize(path)
        except OSError as error:
            reason = self.tr("cannot read file ({reason})").format(reason=error.strerror or error)
            self.loaded.emit(request_id, {"error": reason})
            return
        outcome = self.decoders.decode(path, size, longest)
        if not isinstance(outcome, Decoded):
            self.loaded.emit(request_id, {"error": i18n.from_core(outcome.reason)})
            return
        width, height = outcome.size
        info = outcome.info
        self.loaded.emit(request_id, {"rgb": outcome.rgb, "width": width, "height": height, "camera": info.camera,
                                      "exposure": info.exposure, "location": info.location})


class PreviewDialog(QDialog):
    """Non-modal; Space or Esc closes it, the arrow keys (or the buttons) step through the results.
    A photo smaller than the dialog is shown at its own size, never blown up."""

    step_requested = Signal(int)

    def __init__(self, loader: PreviewLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.loader = loader
        self.hit: dict[str, Any] = {}
        self._pending = 0
        self._image = QImage()
        self.picture = QLabel(self.tr("Loading…"))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(QSize(480, 360))
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        labels = {"Name": self.tr("Name:"), "Folder": self.tr("Folder:"), "Taken": self.tr("Taken:"),
                  "Camera": self.tr("Camera:"), "Exposure": self.tr("Exposure:"), "Location": self.tr("Location:"),
                  "Dimensions": self.tr("Dimensions:"), "Size": self.tr("Size:"), "Match": self.tr("Match:")}
        self.fields = {name: QLabel() for name in labels}
        form = self.form = QFormLayout()
        for name, label in self.fields.items():
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(labels[name], label)
        self.previous_button, self.next_button = QToolButton(), QToolButton()
        for button, step, text, name, tip in (
                (self.previous_button, -1, "◀", self.tr("Previous result"), self.tr("Previous result (arrow keys)")),
                (self.next_button, 1, "▶", self.tr("Next result"), self.tr("Next result (arrow keys)"))):
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, s=step: self.step_requested.emit(s))
        self.zoom_button = QToolButton()
        self.zoom_button.setCheckable(True)
        self.zoom_button.setText(self.tr("100 %"))
        self.zoom_button.setAccessibleName(self.tr("Actual size"))
        self.zoom_button.setToolTip(self.tr("Show the photo at its actual size, or fitted to the window (Z)"))
        self.zoom_button.toggled.connect(self._zoom)
        self.position = QLabel()
        self.position.setObjectName("previewPosition")
        stepping = QHBoxLayout()
        stepping.addWidget(self.previous_button)
        stepping.addWidget(self.position)
        stepping.addWidget(self.next_button)
        stepping.addStretch(1)
        stepping.addWidget(self.zoom_button)
        self.scroller = QScrollArea()  # at actual size, a large photo scrolls
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(self.picture)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(stepping)
        layout.addLayout(form)
        self.resize(900, 760)
        loader.loaded.connect(self._loaded)

    def show_hit(self, hit: dict[str, Any], row: int = 0, rows: int = 1) -> None:
        """Show this result, the `row`-th (from 0) of `rows`; the same unchanged photo again (the results
        were refreshed) is not reloaded."""
        same = {k: self.hit.get(k) for k in SAME_PHOTO} == {k: hit.get(k) for k in SAME_PHOTO}
        self.hit = dict(hit)
        self.position.setText(f"{i18n.number(row + 1)} / {i18n.number(rows)}")
        self.previous_button.setEnabled(row > 0)
        self.next_button.setEnabled(row + 1 < rows)
        score = hit.get("score")  # None while browsing the library: no query to match
        self.form.setRowVisible(self.fields["Match"], score is not None)
        if score is not None:
            if hit.get("match", True):
                match = self.tr("{score} (cosine similarity to the query): a match")
            else:
                match = self.tr("{score} (cosine similarity to the query): a weaker match, below the cutoff")
            self.fields["Match"].setText(match.format(score=i18n.decimal(float(score), 3)))
        if same and self.isVisible():
            return
        path = str(hit["path"])
        self.setWindowTitle(os.path.basename(path))
        self.fields["Name"].setText(os.path.basename(path))
        self.fields["Folder"].setText(os.path.dirname(path))
        self.fields["Taken"].setText(_taken_text(hit))
        self.fields["Camera"].setText("…")
        for name in ("Exposure", "Location"):
            self.form.setRowVisible(self.fields[name], False)
        dimensions = self.tr("{width} × {height} pixels")
        self.fields["Dimensions"].setText(dimensions.format(width=hit["width"], height=hit["height"]))
        self.fields["Size"].setText(human_size(int(hit["size"])))
        self._image = QImage()
        self.picture.setPixmap(QPixmap())
        self.picture.setText(self.tr("Loading…"))
        self._pending = self.loader.load(path, FULL_PX if self.zoom_button.isChecked() else PREVIEW_PX)
        self.show()
        self.raise_()

    @property
    def image_loaded(self) -> bool:
        return not self._image.isNull()

    def _loaded(self, request_id: int, data: dict[str, Any]) -> None:
        if request_id != self._pending:
            return
        if "error" in data:
            self.picture.setText(self.tr("Cannot show this photo: {reason}").format(reason=data["error"]))
            self.fields["Camera"].setText(self.tr("unknown"))
            return
        width, height = int(data["width"]), int(data["height"])
        self._image = rgb_image(data["rgb"], width, height)
        self.fields["Camera"].setText(str(data["camera"]) or self.tr("unknown"))
        for name, key in (("Exposure", "exposure"), ("Location", "location")):
            self.fields[name].setText(str(data.get(key) or ""))
            self.form.setRowVisible(self.fields[name], bool(data.get(key)))
        self._show_scaled()

    def _zoom(self, actual: bool) -> None:
        """Actual size needs the photo's own pixels: decode it again without the preview's limit."""
        self.zoom_button.setText(self.tr("Fit") if actual else self.tr("100 %"))
        self.zoom_button.setAccessibleName(self.tr("Fit to the window") if actual else self.tr("Actual size"))
        self.scroller.setWidgetResizable(not actual)
        if self.hit and actual and max(self._image.width(), self._image.height()) >= PREVIEW_PX:
            self._pending = self.loader.load(str(self.hit["path"]), FULL_PX)
        self._show_scaled()

    def _show_scaled(self) -> None:
        """Fitted into the picture's room in device pixels, and only ever made smaller."""
        if self._image.isNull():
            return
        ratio = self.devicePixelRatioF()
        room = self.scroller.viewport().size() * ratio
        image = self._image
        if self.zoom_button.isChecked():  # one photo pixel on one screen pixel
            self.picture.resize(QSize(image.width(), image.height()) / ratio)
        elif image.width() > room.width() or image.height() > room.height():
            image = image.scaled(room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.picture.setPixmap(pixmap)

    @property
    def shown_size(self) -> QSize:
        """The picture's size on screen, in device pixels (0 × 0 before it is loaded)."""
        pixmap = self.picture.pixmap()
        return QSize() if pixmap.isNull() else pixmap.size()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_scaled()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Escape):
            self.close()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.step_requested.emit(-1)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.step_requested.emit(1)
        elif key == Qt.Key.Key_Z:
            self.zoom_button.toggle()
        else:
            super().keyPressEvent(event)


def _taken_text(hit: dict[str, Any]) -> str:
    if hit.get("taken"):
        return str(hit["taken"])
    modified = datetime.fromtimestamp(int(hit.get("mtime_ns", 0)) / 1e9).strftime("%Y-%m-%d %H:%M:%S")
    return QCoreApplication.translate("preview", "unknown (file modified {time})").format(time=modified)


UNITS = (QT_TRANSLATE_NOOP("preview", "{size} bytes"), QT_TRANSLATE_NOOP("preview", "{size} KB"),
         QT_TRANSLATE_NOOP("preview", "{size} MB"), QT_TRANSLATE_NOOP("preview", "{size} GB"))


def human_size(size: int) -> str:
    value = float(size)
    for unit in UNITS:
        if value < 1024 or unit == UNITS[-1]:
            shown = str(int(value)) if unit == UNITS[0] else i18n.decimal(value, 1)
            return QCoreApplication.translate("preview", unit).format(size=shown)
        value /= 1024
    return QCoreApplication.translate("preview", UNITS[0]).format(size=size)
