"""“12 new matches — Show”: a thin bar above the results while indexing finds more matches for the query
on screen, so the results never reshuffle under the cursor (see `core.refresh`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from photoseek.gui.actionbar import ActionBar


class NewMatchesBar(ActionBar):
    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        tip = QCoreApplication.translate("NewMatchesBar",
                                         "Show the results again in order of relevance, the new matches with them")
        super().__init__(QCoreApplication.translate("NewMatchesBar", "Show"), tip, parent)
        self.button.clicked.connect(self.show_requested)

    def set_count(self, new: int) -> None:
        self.label.setText(self.tr("%Ln new match(es) since this search", "", new))
        self.setVisible(new > 0)
