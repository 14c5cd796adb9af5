"""What the window shows instead of results: each state says what is going on and what to do next."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from photoseek.core.membership import PHOTO_TYPES
from photoseek.core.wording import counted
from photoseek.gui.answer import SHOW_WEAKER, show_weaker_text
from photoseek.gui.searchbar import EXAMPLES

ADD_FOLDER = "add_folder"
CHOOSE_MODEL = "choose_model"
DOWNLOAD_MODEL = "download_model"
OPEN_SETTINGS = "open_settings"
CLEAR_SEARCH = "clear_search"
CLEAR_FILTERS = "clear_filters"
REBUILD = "rebuild"
RESET_SETTINGS = "reset_settings"
RETRY = "retry"
SEARCH = "search:"  # + the example query to search for


@dataclass(frozen=True)
class EmptyState:
    name: str
    title: str
    text: str
    actions: tuple[tuple[str, str], ...] = ()  # (action, button label)


def no_folders() -> EmptyState:
    return EmptyState("no_folders", "Add your photos",
                      "PhotoSeek searches the photos in folders you choose. It indexes them on this "
                      "computer and keeps watching them for new photos.", ((ADD_FOLDER, "Add a folder…"),))


def index_empty(indexing: bool, folders: int) -> EmptyState:
    if indexing:
        return EmptyState("index_empty", "Indexing your photos…",
                          "You can search as soon as the first photos are indexed; progress is shown below.")
    return EmptyState("index_empty", "No photos found",
                      f"Your {counted(folders, 'library folder')} hold no photos PhotoSeek can read "
                      f"({', '.join(name for name, _extensions in PHOTO_TYPES)}), or all of them are excluded "
                      "in Settings.",
                      ((ADD_FOLDER, "Add a folder…"), (OPEN_SETTINGS, "Settings…")))


def ready(photos: int) -> EmptyState:
    return EmptyState("ready", f"Search {photos:,} photos",
                      "Describe what you are looking for in your own words, or drop a photo on this window "
                      "to find similar ones. For example:",
                      tuple((SEARCH + example, f"“{example}”") for example in EXAMPLES))


def nothing_found(query: str, weaker: int = 0, filtered: bool = False) -> EmptyState:
    """`weaker`: hits below the relevance cutoff, offered behind a button."""
    also = (f" {counted(weaker, 'photo comes', 'photos come')} close without matching." if weaker else "")
    offer = ((SHOW_WEAKER, show_weaker_text(weaker)),) if weaker else ()
    unfilter = ((CLEAR_FILTERS, "Remove all filters"),) if filtered else ()
    return EmptyState("nothing_found", "Nothing found",
                      f"No indexed photo matches “{query}”.{also} Try other words, or drop a photo here to find "
                      "similar ones.", (*offer, *unfilter, (CLEAR_SEARCH, "Clear search")))


def nothing_filtered(query: str | None) -> EmptyState:
    what = f"matches “{query}” with" if query else "passes"
    return EmptyState("nothing_filtered", "No photos with these filters",
                      f"No indexed photo {what} the filters under the search box. Remove a filter (click it), "
                      "or all of them.", ((CLEAR_FILTERS, "Remove all filters"),))


def model_unavailable(message: str, downloadable: bool) -> EmptyState:
    actions = ((DOWNLOAD_MODEL, "Try the download again"),) if downloadable else ()
    return EmptyState("model_unavailable", "The search model is not available",
                      f"{message}\n\nPhotoSeek needs a CLIP model to understand photos and queries. It "
                      "downloads one the first time (about 600 MB) and then works offline. Without a "
                      "network, copy an open_clip model folder to this computer and choose it here.",
                      actions + ((CHOOSE_MODEL, "Choose model folder/file…"),))


def model_loading(label: str) -> EmptyState:
    return EmptyState("model_loading", "Loading the search model…", f"Model: {label}")


def broken(message: str) -> EmptyState:
    advice = ("Close the other program, then try again." if "in use by another program" in message
              else "Check the connection or the server, then try again.")
    return EmptyState("broken", "The photo index cannot be opened", f"{message}\n\n{advice}",
                      ((RETRY, "Try again"),))


def damaged(message: str) -> EmptyState:
    return EmptyState("damaged", "The photo index is damaged",
                      f"{message}\n\nRebuilding re-creates the index from your library folders: your photos "
                      "are not touched, but every photo is read again, which takes a while.",
                      ((REBUILD, "Rebuild the index"),))


def settings_damaged(message: str) -> EmptyState:
    return EmptyState("settings_damaged", "The library settings are damaged",
                      f"{message}\n\nResetting restores the last good copy of the settings (your folders and "
                      "model); your photos and the index are not touched.", ((RESET_SETTINGS, "Reset the settings"),))


def choose(engine_state: tuple[str, str], status: dict[str, Any], query: tuple[str, str] | None,
           answered: bool, rows: int, filtered: bool = False, weaker: int = 0) -> EmptyState | None:
    """What to show instead of results, or None to show the results grid (`weaker`: weaker matches not
    shown)."""
    state, text = engine_state
    if state == "broken":
        return broken(text)
    if state == "damaged":
        return damaged(text)
    if state == "settings_damaged":
        return settings_damaged(text)
    if state in ("unavailable", "download_failed"):
        return model_unavailable(text, downloadable=state == "download_failed")
    if state == "download":
        return model_loading(f"{text} (downloading)")
    if not status:
        return model_loading(text)
    if not status["folders"]:
        return no_folders()
    if status["photos"] == 0 and not (answered and rows):
        return index_empty(bool(status["indexing"]), len(status["folders"]))
    words = None if query is None else query[1] if query[0] == "text" else os.path.basename(query[1])
    if answered and rows == 0 and weaker:
        return nothing_found(str(words), weaker, filtered)
    if answered and rows == 0 and filtered:
        return nothing_filtered(words)
    if query is None:  # the library's timeline once it is in; until then, what is going on
        if answered and rows:
            return None
        return model_loading(text) if state == "loading" else ready(status["photos"])
    if answered and rows == 0:
        return nothing_found(str(words))
    return None


class EmptyStateView(QWidget):
    """A title, an explanation and buttons; `action_triggered(action)` says which button was pressed."""

    action_triggered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: EmptyState | None = None
        self.title = QLabel()
        self.title.setObjectName("emptyTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.title, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.buttons: dict[str, QPushButton] = {}
        self._button_row = QHBoxLayout()
        column = QWidget()
        column.setMaximumWidth(620)
        inner = QVBoxLayout(column)
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        inner.addSpacing(8)
        inner.addLayout(self._button_row)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(column, 4)
        centred.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)

    def show_state(self, state: EmptyState) -> None:
        self.state = state
        self.title.setText(state.title)
        self.text.setText(state.text)
        while self._button_row.count():
            item = self._button_row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons = {}
        self._button_row.addStretch(1)
        for action, label in state.actions:
            button = QPushButton(label)
            button.setAccessibleDescription(f"{state.title}: {state.text}")  # what the button is the way out of
            button.clicked.connect(lambda _checked=False, a=action: self.action_triggered.emit(a))
            self._button_row.addWidget(button)
            self.buttons[action] = button
        self._button_row.addStretch(1)
