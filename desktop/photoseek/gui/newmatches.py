"""“12 new matches — Show”: a thin bar above the results while indexing finds more matches for the query
on screen, so the results never reshuffle under the cursor (see `core.refresh`)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from photoseek.core.wording import counted
from photoseek.gui.actionbar import ActionBar


class NewMatchesBar(ActionBar):
    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Show", "Show the results again in order of relevance, the new matches with them", parent)
        self.button.clicked.connect(self.show_requested)

    def set_count(self, new: int) -> None:
        self.label.setText(f"{counted(new, 'new match', 'new matches')} since this search")
        self.setVisible(new > 0)
