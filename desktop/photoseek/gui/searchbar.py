"""The search bar: searches as you type after a short pause (Enter at once); shows the count and time of the answer."""

from __future__ import annotations

import html
import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from photoseek.gui import modelchoice

SEARCH_DELAY_MS = 250
EXAMPLES = (QT_TRANSLATE_NOOP("examples", "a dog on the beach"), QT_TRANSLATE_NOOP("examples", "birthday cake"),
            QT_TRANSLATE_NOOP("examples", "snow in the mountains"))  # first searches to try


def examples(model: str | None) -> tuple[str, ...]:
    """The first searches to try: in the window's language when the library's model understands it, else in
    English (an English-only model would find nothing for "ein Hund am Strand")."""
    if model and modelchoice.understands(model, modelchoice.window_language()):
        return tuple(QCoreApplication.translate("examples", example) for example in EXAMPLES)
    return EXAMPLES


class SearchBar(QWidget):
    """`search_requested(text)` once typing pauses or on Enter; empty text means "no search".
    Down moves on into the results (`results_wanted`); Esc clears the box."""

    search_requested = Signal(str)
    image_query_cleared = Signal()
    settings_requested = Signal()
    results_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setObjectName("search")
        self.edit.setPlaceholderText(self.tr("Describe a photo, e.g. “a red bicycle” — or drop a photo here"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(self.tr("Search"))
        self.edit.setAccessibleDescription(
            self.tr("Describe the photos to find; Down moves into the results, Esc clears"))
        for button in self.edit.findChildren(QToolButton):  # Qt's own clear button inside the box
            button.setAccessibleName(self.tr("Clear the search"))
            button.setToolTip(self.tr("Clear the search (Esc)"))
        self.edit.setMinimumWidth(320)
        self.recent = QStringListModel(self)
        self.completer = QCompleter(self.recent, self)  # earlier searches that start with what is typed
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.activated.connect(self.set_text)
        self.edit.setCompleter(self.completer)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(SEARCH_DELAY_MS)
        self.debounce.timeout.connect(self.search_now)
        self.edit.textEdited.connect(self._typed)
        self.edit.returnPressed.connect(self.search_now)
        self.edit.installEventFilter(self)
        self.image_chip = QLabel()
        self.image_chip.setObjectName("imageQuery")
        self.clear_image = QToolButton()
        self.clear_image.setText("✕")
        self.clear_image.setToolTip(self.tr("Stop searching by this photo"))
        self.clear_image.setAccessibleName(self.tr("Stop searching by this photo"))
        self.clear_image.clicked.connect(self._clear_image)
        self.info = QLabel()
        self.info.setObjectName("resultInfo")
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        settings = QToolButton()
        settings.setText(self.tr("Settings…"))
        settings.setToolTip(self.tr("Library folders, excluded folders, model and threads (Ctrl+,)"))
        settings.clicked.connect(self.settings_requested)
        self.examples = QLabel()
        self.examples.setObjectName("exampleSearches")
        self.examples.setAccessibleName(self.tr("Example searches"))
        self.examples.setAccessibleDescription(self.tr("Searches to try: activate one to search for it"))
        self.set_examples(EXAMPLES)
        self.examples.linkActivated.connect(self.set_text)
        self.examples.hide()
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.image_chip)
        row.addWidget(self.clear_image)
        row.addWidget(self.info)
        row.addWidget(settings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.examples)
        self._show_image_chip(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                self.results_wanted.emit()
                return True
            if key == Qt.Key.Key_Escape and (self.edit.text() or self.image_path is not None):
                self.clear()
                return True
        return super().eventFilter(watched, event)

    def clear(self) -> None:
        """Empty the box (and any photo being searched by): no search."""
        self.edit.clear()
        self._show_image_chip(None)
        self.search_now()

    @property
    def text(self) -> str:
        return " ".join(self.edit.text().split())

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def set_examples(self, searches: tuple[str, ...]) -> None:
        links = " · ".join(f'<a href="{html.escape(e)}">{html.escape(e)}</a>' for e in searches)
        self.examples.setText(self.tr("Try: {examples}").format(examples=links))

    def set_text(self, text: str) -> None:
        """Put `text` in the box and search for it now (a launch option, or a second launch)."""
        self.edit.setText(text)
        self._show_image_chip(None)
        self.search_now()

    def search_now(self) -> None:
        self.debounce.stop()
        self.search_requested.emit(self.text)

    def set_image_query(self, path: str | None) -> None:
        """Searching by a photo: the text box empties and a chip names the photo."""
        if path is not None:
            self.debounce.stop()
            self.edit.clear()
        self._show_image_chip(path)

    def set_recent(self, searches: list[str]) -> None:
        self.recent.setStringList(searches)

    def show_info(self, text: str) -> None:
        self.info.setText(text)

    def _typed(self, _text: str) -> None:
        if self.image_path is not None:
            self._show_image_chip(None)
        self.debounce.start()  # restarts: one search when typing pauses

    def _clear_image(self) -> None:
        self._show_image_chip(None)
        self.image_query_cleared.emit()

    def _show_image_chip(self, path: str | None) -> None:
        self.image_path = path
        self.image_chip.setText(self.tr("Photos like {photo}").format(photo=os.path.basename(path)) if path else "")
        self.image_chip.setToolTip(path or "")
        self.image_chip.setVisible(path is not None)
        self.clear_image.setVisible(path is not None)
