"""What the window shows instead of results: each state says what is going on and what to do next."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from photoseek.core.membership import PHOTO_TYPES
from photoseek.gui import i18n
from photoseek.gui.answer import SHOW_WEAKER, show_weaker_text
from photoseek.gui.searchbar import examples

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
    return EmptyState(
        "no_folders", QCoreApplication.translate("emptystate", "Add your photos"),
        QCoreApplication.translate("emptystate", "PhotoSeek searches the photos in folders you choose. It indexes "
                                   "them on this computer and keeps watching them for new photos."),
        ((ADD_FOLDER, QCoreApplication.translate("emptystate", "Add a folder…")),))


def index_empty(indexing: bool, folders: int) -> EmptyState:
    if indexing:
        return EmptyState(
            "index_empty", QCoreApplication.translate("emptystate", "Indexing your photos…"),
            QCoreApplication.translate("emptystate", "You can search as soon as the first photos are indexed; "
                                       "progress is shown below."))
    text = QCoreApplication.translate(
        "emptystate", "Your %Ln library folder(s) (holds|hold) no photos PhotoSeek can read ({types}), or all of "
        "them are excluded in Settings.", "", folders)
    return EmptyState("index_empty", QCoreApplication.translate("emptystate", "No photos found"),
                      text.format(types=", ".join(name for name, _extensions in PHOTO_TYPES)),
                      ((ADD_FOLDER, QCoreApplication.translate("emptystate", "Add a folder…")),
                       (OPEN_SETTINGS, QCoreApplication.translate("emptystate", "Settings…"))))


def ready(photos: int, model: str | None = None) -> EmptyState:
    example_text = QCoreApplication.translate("emptystate", "“{example}”")
    return EmptyState(
        "ready", QCoreApplication.translate("emptystate", "Search %Ln photo(s)", "", photos),
        QCoreApplication.translate("emptystate", "Describe what you are looking for in your own words, or drop a "
                                   "photo on this window to find similar ones. For example:"),
        tuple((SEARCH + example, example_text.format(example=example)) for example in examples(model)))


def nothing_found(query: str, weaker: int = 0, filtered: bool = False) -> EmptyState:
    """`weaker`: hits below the relevance cutoff, offered behind a button."""
    if weaker:
        text = QCoreApplication.translate(
            "emptystate", "No indexed photo matches “{query}”. %Ln photo(s) (comes|come) close without matching. "
            "Try other words, or drop a photo here to find similar ones.", "", weaker)
    else:
        text = QCoreApplication.translate(
            "emptystate", "No indexed photo matches “{query}”. Try other words, or drop a photo here to find "
            "similar ones.")
    offer = ((SHOW_WEAKER, show_weaker_text(weaker)),) if weaker else ()
    unfilter = ((CLEAR_FILTERS, QCoreApplication.translate("emptystate", "Remove all filters")),) if filtered else ()
    return EmptyState("nothing_found", QCoreApplication.translate("emptystate", "Nothing found"),
                      text.format(query=query),
                      (*offer, *unfilter, (CLEAR_SEARCH, QCoreApplication.translate("emptystate", "Clear search"))))


def nothing_filtered(query: str | None) -> EmptyState:
    if query:
        text = QCoreApplication.translate(
            "emptystate", "No indexed photo matches “{query}” with the filters under the search box. Remove a "
            "filter (click it), or all of them.").format(query=query)
    else:
        text = QCoreApplication.translate(
            "emptystate", "No indexed photo passes the filters under the search box. Remove a filter (click it), "
            "or all of them.")
    return EmptyState("nothing_filtered", QCoreApplication.translate("emptystate", "No photos with these filters"),
                      text, ((CLEAR_FILTERS, QCoreApplication.translate("emptystate", "Remove all filters")),))


def model_unavailable(message: str, downloadable: bool) -> EmptyState:
    """`message`: the engine's explanation (photoseek.core's), in the window's language where core marked it."""
    download = ((DOWNLOAD_MODEL, QCoreApplication.translate("emptystate", "Try the download again")),)
    choose_one = ((CHOOSE_MODEL, QCoreApplication.translate("emptystate", "Choose model folder/file…")),)
    advice = QCoreApplication.translate(
        "emptystate", "PhotoSeek needs a CLIP model to understand photos and queries. It downloads one the first "
        "time and then works offline. Without a network, copy an open_clip model folder to this computer and "
        "choose it here.")
    title = QCoreApplication.translate("emptystate", "The search model is not available")
    return EmptyState("model_unavailable", title, f"{i18n.from_core(message)}\n\n{advice}",
                      (download if downloadable else ()) + choose_one)


def model_loading(label: str) -> EmptyState:
    return EmptyState("model_loading", QCoreApplication.translate("emptystate", "Loading the search model…"),
                      QCoreApplication.translate("emptystate", "Model: {model}").format(model=label))


def broken(message: str) -> EmptyState:
    """`message`: photoseek.core's; its English words decide the advice."""
    if "in use by another program" in message:
        advice = QCoreApplication.translate("emptystate", "Close the other program, then try again.")
    else:
        advice = QCoreApplication.translate("emptystate", "Check the connection or the server, then try again.")
    return EmptyState("broken", QCoreApplication.translate("emptystate", "The photo index cannot be opened"),
                      f"{message}\n\n{advice}", ((RETRY, QCoreApplication.translate("emptystate", "Try again")),))


def damaged(message: str) -> EmptyState:
    advice = QCoreApplication.translate(
        "emptystate", "Rebuilding re-creates the index from your library folders: your photos are not touched, "
        "but every photo is read again, which takes a while.")
    return EmptyState("damaged", QCoreApplication.translate("emptystate", "The photo index is damaged"),
                      f"{message}\n\n{advice}",
                      ((REBUILD, QCoreApplication.translate("emptystate", "Rebuild the index")),))


def settings_damaged(message: str) -> EmptyState:
    advice = QCoreApplication.translate(
        "emptystate", "Resetting restores the last good copy of the settings (your folders and model); your "
        "photos and the index are not touched.")
    return EmptyState("settings_damaged", QCoreApplication.translate("emptystate", "The library settings are damaged"),
                      f"{message}\n\n{advice}",
                      ((RESET_SETTINGS, QCoreApplication.translate("emptystate", "Reset the settings")),))


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
        return model_loading(QCoreApplication.translate("emptystate", "{model} (downloading)").format(model=text))
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
        return model_loading(text) if state == "loading" else ready(status["photos"], status.get("model"))
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
            described = self.tr("{title}: {text}").format(title=state.title, text=state.text)
            button.setAccessibleDescription(described)  # what the button is the way out of
            button.clicked.connect(lambda _checked=False, a=action: self.action_triggered.emit(a))
            self._button_row.addWidget(button)
            self.buttons[action] = button
        self._button_row.addStretch(1)
