"""“Moved 12 photos to the Trash — Undo”: a thin bar above the grid after an action that can be taken back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QWidget

from photoseek.gui.actionbar import ActionBar

SHOWN_MS = 20_000


class UndoBar(ActionBar):
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("UndoBar", "Undo"),
                         QCoreApplication.translate("UndoBar", "Take the last action back"), parent)
        self.button.clicked.connect(self._undo)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SHOWN_MS)
        self.timer.timeout.connect(self.hide)

    def offer(self, text: str, tip: str) -> None:
        self.label.setText(text)
        self.button.setToolTip(tip)
        self.show()
        self.timer.start()

    def _undo(self) -> None:
        self.hide()
        self.undo_requested.emit()
