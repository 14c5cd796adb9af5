"""A thin bar above the grid: a sentence and one button ("12 new matches since this search — Show",
"Moved 3 photos to the Trash — Undo"). Hidden until there is something to say."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class ActionBar(QWidget):
    def __init__(self, button_text: str, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.button = QPushButton(button_text)
        self.button.setAccessibleName(button_text)
        self.button.setToolTip(tip)
        self.button.setAccessibleDescription(tip)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 4)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setVisible(False)
