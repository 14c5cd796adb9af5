"""The main window: search bar, results grid (or an empty state that says what to do), status bar."""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QDataStream, QDate, QLocale, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from photoseek.core.browse import BEST, DAY, MONTH, OLDEST, date_groups, ordered
from photoseek.core.errors import PhotoSeekError
from photoseek.core.folders import FolderNode, folder_tree, photos_per_folder
from photoseek.core.membership import is_photo_name
from photoseek.core.modelspec import parse_model_spec
from photoseek.core.paths import AppHome
from photoseek.core.refresh import settle
from photoseek.core.search import SearchFilters
from photoseek.gui import emptystate, i18n
from photoseek.gui import settings as opt
from photoseek.gui.answer import SHOW_WEAKER, Answer
from photoseek.gui.appearance import Appearance
from photoseek.gui.backend import Backend
from photoseek.gui.failuresdialog import FailuresDialog
from photoseek.gui.filterbar import FilterBar
from photoseek.gui.folderpanel import FolderPanel
from photoseek.gui.handoff import Handoff
from photoseek.gui.modelsetup import ModelSetup
from photoseek.gui.newmatches import NewMatchesBar
from photoseek.gui.photoactions import PhotoActions
from photoseek.gui.preview import PreviewDialog, PreviewLoader
from photoseek.gui.resultsmodel import HIT_ROLE, ResultsModel, item_data
from photoseek.gui.resultsview import ResultsView
from photoseek.gui.searchbar import SearchBar, examples
from photoseek.gui.settings import Settings
from photoseek.gui.settingsdialog import SettingsChoice, SettingsDialog, apply_choice, downloaded_models
from photoseek.gui.statusbar import StatusBar
from photoseek.gui.thumbnails import ThumbnailCache
from photoseek.gui.undobar import UndoBar

log = logging.getLogger("photoseek.gui.window")

REFRESH_WHILE_INDEXING_S = 3.0  # re-run the current search this often while new photos arrive
# The timeline reads every photo (from a Milvus server: a pass over the whole collection), so less often.
TIMELINE_REFRESH_WHILE_INDEXING_S = 15.0
WORKER_STOP_S = 1.5  # of the 2 s a close may take; thumbnails and the preview get the rest
COPY_FINISH_S = 5.0  # a copy to a folder under way when the window closes: let it finish
DEFAULT_SIZE = QSize(1100, 760)
FOLDER_PANEL_PX = 220
MONTHS_UP_TO_PX = 128  # the timeline's headings: months for thumbnails this small, days above
MINIMUM_SIZE = QSize(720, 420)  # the status bar still shows progress, Pause and the size slider
INDEX_CHANGES = {  # a finished run's changes as the status bar counts them: "Index updated: 3 added, 1 moved"
    "added": QT_TRANSLATE_NOOP("MainWindow", "%Ln added"),
    "copied": QT_TRANSLATE_NOOP("MainWindow", "%Ln copied"),
    "updated": QT_TRANSLATE_NOOP("MainWindow", "%Ln updated"),
    "moved": QT_TRANSLATE_NOOP("MainWindow", "%Ln moved"),
    "removed": QT_TRANSLATE_NOOP("MainWindow", "%Ln removed"),
    "failed": QT_TRANSLATE_NOOP("MainWindow", "%Ln failed"),
}


class MainWindow(QMainWindow):
    results_shown = Signal(int)  # a search's answer is in the grid (how many photos)
    timeline_shown = Signal(int)  # the library's timeline is in the grid (how many photos)

    def __init__(self, home: AppHome, backend: Backend, settings: Settings, thumbnails: ThumbnailCache) -> None:
        super().__init__()
        self.home, self.backend, self.settings, self.thumbnails = home, backend, settings, thumbnails
        self.setWindowTitle("PhotoSeek")
        self.setAcceptDrops(True)
        self.status: dict[str, Any] = {}
        self.engine_state: tuple[str, str] = ("loading", "")
        self.query: tuple[str, str] | None = None  # ("text", words) or ("image", path)
        self.answered = False  # the grid holds the answer to the current query
        self.shutdown_clean: bool | None = None
        self._latest_request = 0
        self._latest_is_browse = False
        self._latest_browse = 0
        self._latest_is_refresh = False
        self._timeline: list[dict[str, Any]] = []  # the library, newest first (shown while no query)
        self._timeline_scroll = 0  # where the user was in it when a search took its place
        self._browse_filters = SearchFilters()  # those of the timeline last asked for
        self._library: list[dict[str, Any]] = []  # the last timeline without filters: every photo
        self._library_read = False  # whether `_library` is an answer yet
        self._folder_trees: tuple[object, list[FolderNode]] = (None, [])
        self._last_refresh = 0.0
        self._waiting: list[dict[str, Any]] = []  # a refreshed answer with new matches, until "Show"
        self.answer = Answer()  # the search's answer on screen (not the timeline)
        self.settings_dialog: SettingsDialog | None = None
        self.failures_dialog: FailuresDialog | None = None
        self.appearance = Appearance(QApplication.instance())  # type: ignore[arg-type]
        self.appearance.apply(settings.get(opt.APPEARANCE))
        self._build()
        self._connect_backend()
        self._add_shortcuts()
        self.setMinimumSize(MINIMUM_SIZE)
        self._place(settings.get(opt.GEOMETRY))
        self.refresh_view()
        self.search_bar.edit.setFocus()

    def _place(self, geometry: bytes | None) -> None:
        """The saved size and place if they fit the screen's free area now (a smaller or missing
        monitor since), else the default size, no larger than that area, centred in it."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        saved = saved_size(geometry) if geometry else None
        if saved is not None and available.size().expandedTo(saved) == available.size() \
                and self.restoreGeometry(QByteArray(geometry)):
            return  # Qt moves a restored window that is partly off-screen back onto it
        size = DEFAULT_SIZE.boundedTo(available.size() * 0.95).expandedTo(MINIMUM_SIZE)
        self.setGeometry(QStyle.alignedRect(Qt.LayoutDirection.LeftToRight, Qt.AlignmentFlag.AlignCenter,
                                            size, available))

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        size = max(opt.THUMBNAIL_MIN, min(opt.THUMBNAIL_MAX, self.settings.get(opt.THUMBNAIL_SIZE)))
        self.search_bar = SearchBar()
        self.search_bar.search_requested.connect(self.search_text)
        self.search_bar.image_query_cleared.connect(lambda: self.search_text(self.search_bar.text))
        self.search_bar.settings_requested.connect(self.open_settings)
        self.search_bar.results_wanted.connect(self._focus_results)
        self.search_bar.edit.returnPressed.connect(self.remember_search)
        self.search_bar.examples.linkActivated.connect(lambda _text: self.remember_search())
        self.search_bar.set_recent(self.recent_searches())
        self.model = ResultsModel(self.thumbnails, self)
        self.view = ResultsView(size)
        self.view.setModel(self.model)
        self.handoff = Handoff(self, lambda: dict(self.status.get("offline_folders", {})), self._show_notice,
                               self.remember_search)
        self.view.open_requested.connect(self.handoff.open_photo)
        self.view.reveal_requested.connect(self.handoff.reveal_photo)
        self.view.open_with_requested.connect(self.handoff.open_with)
        self.view.similar_requested.connect(self.search_image)
        self.view.action_requested.connect(self._empty_action)  # the grid's "Show 12 weaker matches" row
        self.view.folder_requested.connect(lambda path: self.filter_bar.only_folder(os.path.dirname(path)))
        self.view.preview_requested.connect(self.show_preview)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.empty = emptystate.EmptyStateView()
        self.empty.action_triggered.connect(self._empty_action)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.search_bar)
        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self._filters_changed)
        self.filter_bar.order_changed.connect(self._order_changed)
        self.filter_bar.bursts.setChecked(bool(self.settings.get(opt.GROUP_BURSTS)))
        self.filter_bar.bursts_changed.connect(self._bursts_changed)
        layout.addWidget(self.filter_bar)
        self.new_matches = NewMatchesBar()
        self.new_matches.show_requested.connect(self._show_new_matches)
        layout.addWidget(self.new_matches)
        self.undo_bar = UndoBar()
        layout.addWidget(self.undo_bar)
        self.actions = PhotoActions(self, self.backend, self.undo_bar, self.handoff.still_there,
                                    lambda text, ms: self.statusBar().showMessage(text, ms), self._forget_in_grid)
        self.file_jobs = self.actions.file_jobs
        self.view.copy_requested.connect(self.actions.copy_to_clipboard)
        self.view.copy_image_requested.connect(self.actions.copy_image)
        self.view.copy_to_requested.connect(self.actions.copy_to_folder)
        self.view.trash_requested.connect(self.actions.trash_photos)
        self.folders = FolderPanel()
        self.folders.folder_chosen.connect(self._folder_chosen)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.folders)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([FOLDER_PANEL_PX, DEFAULT_SIZE.width() - FOLDER_PANEL_PX])
        self.splitter.setCollapsible(1, False)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.preview_loader = PreviewLoader(self.thumbnails.decoders, self)  # the same decoder processes
        self.preview = PreviewDialog(self.preview_loader, self)
        self.preview.step_requested.connect(self._step_preview)
        self.models = ModelSetup(self.home, self.backend, self.settings, self)
        self.models.state_changed.connect(self._engine_state_changed)
        self._build_status_bar(size)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tab goes the way the eye does: search box, filters, order, folders, the photos, the status bar."""
        chain = [self.search_bar.edit, self.filter_bar.add_button, self.filter_bar.order, self.folders, self.view,
                 self.index_progress.pause_button, self.failures_button, self.size_slider]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _build_status_bar(self, size: int) -> None:
        bar = StatusBar(size)
        self.setStatusBar(bar)
        self.index_progress, self.watcher_label = bar.index_progress, bar.watcher_label
        self.failures_button, self.size_slider = bar.failures_button, bar.size_slider
        self.index_progress.pause_toggled.connect(lambda paused: self.backend.pause() if paused
                                                  else self.backend.resume())
        self.failures_button.clicked.connect(self.show_failures)
        self.size_slider.valueChanged.connect(self._thumbnail_size_changed)

    def _add_shortcuts(self) -> None:
        def add(keys: list[QKeySequence | str], handler: Any) -> None:
            action = QAction(self)
            sequences = {QKeySequence(k).toString(): QKeySequence(k) for k in keys}  # a repeat is ambiguous
            action.setShortcuts(list(sequences.values()))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(handler)
            self.addAction(action)

        add(["Ctrl+F", "Ctrl+L"], self.search_bar.focus)
        add([QKeySequence.StandardKey.ZoomIn, "Ctrl+=", "Ctrl++"], lambda: self.step_thumbnail_size(1))
        add([QKeySequence.StandardKey.ZoomOut, "Ctrl+-"], lambda: self.step_thumbnail_size(-1))
        add(["Ctrl+,"], self.open_settings)
        add(["Ctrl+O"], self.choose_folder)
        add([QKeySequence.StandardKey.Quit, "Ctrl+Q"], self.close)

    def _connect_backend(self) -> None:
        backend = self.backend
        backend.engine_state.connect(self._engine_state_changed)
        backend.status_changed.connect(self._status_changed)
        backend.search_done.connect(self._search_done)
        backend.search_failed.connect(self._search_failed)
        backend.progress.connect(self._progress)
        backend.run_finished.connect(self._run_finished)
        backend.index_changed.connect(self._index_changed)
        backend.cameras_changed.connect(self._cameras_changed)
        backend.notice.connect(self._show_notice)  # a bound slot, so Qt queues it to the UI thread

    # -- searching ----------------------------------------------------------------------------

    def search_text(self, text: str) -> None:
        self._leave_timeline()
        self.query = ("text", text) if text else None
        if self.query is None:
            self._back_to_timeline()
            return
        self._send_query()

    def search_image(self, path: str) -> None:
        self._leave_timeline()
        self.search_bar.set_image_query(path)
        self.query = ("image", path)
        self._send_query()

    def recent_searches(self) -> list[str]:
        try:
            kept = json.loads(self.settings.get(opt.RECENT))
        except ValueError:
            return []
        return [str(text) for text in kept if isinstance(text, str)] if isinstance(kept, list) else []

    def remember_search(self) -> None:
        """The text searched for now is one the user kept to (pressed Enter, acted on a result): first in
        the recent searches the box offers as you type."""
        if self.query is None or self.query[0] != "text":
            return
        recent = [self.query[1], *(text for text in self.recent_searches() if text != self.query[1])]
        self.settings.set(opt.RECENT, json.dumps(recent[:opt.RECENT_KEPT]))
        self.search_bar.set_recent(recent[:opt.RECENT_KEPT])

    def _leave_timeline(self) -> None:
        """A search takes the timeline's place: remember where the user was in it."""
        if self.query is None and self.answered:
            self._timeline_scroll = self.view.verticalScrollBar().value()

    def _back_to_timeline(self) -> None:
        """No query: the library again, where the user left it, brought up to date."""
        self._waiting = []
        self.new_matches.set_count(0)
        self.answered = bool(self._timeline)
        self._show_timeline(self._timeline, scroll=self._timeline_scroll)
        self._send_query(refresh=True)

    def _show_examples(self) -> None:
        """Example searches under the box while browsing, until the first search."""
        self.search_bar.set_examples(examples(self.status.get("model")))
        self.search_bar.examples.setVisible(self.query is None and not self.settings.get(opt.SEARCHED))

    def _send_query(self, refresh: bool = False) -> None:
        """Send the current query (no query: ask for the timeline); a refresh (the index changed) keeps
        the user's place in the grid."""
        self.filter_bar.set_browsing(self.query is None)
        if self.query is None:
            if not self.status or self.engine_state[0] in ("broken", "damaged", "settings_damaged"):
                return  # nothing to show yet, or nothing that can be read
            self._browse_filters = self.filter_bar.filters
            self._latest_request = self.backend.browse(self._browse_filters, self.filter_bar.group_bursts)
            self._latest_is_browse, self._latest_browse = True, self._latest_request
        else:
            kind, query = self.query
            if not refresh:  # a new question: its weaker matches start folded, unless chosen otherwise
                self.answer = Answer(weaker_open=bool(self.settings.get(opt.SHOW_WEAKER)))
            self.settings.set(opt.SEARCHED, 1)
            self._read_library()
            limit = self.settings.get(opt.RESULT_LIMIT)
            send = self.backend.search_text if kind == "text" else self.backend.search_image
            self._latest_request = send(query, limit, self.filter_bar.filters, self.filter_bar.group_bursts)
            self._latest_is_browse = False
        self._latest_is_refresh = refresh
        self._last_refresh = time.monotonic()

    def _read_library(self) -> None:
        """Opened on a search: the library is read all the same, for the folders' counts and for the timeline
        that clearing the search brings back."""
        if not self._latest_browse and self.status:
            self._browse_filters = SearchFilters()
            self._latest_browse = self.backend.browse(self._browse_filters, self.filter_bar.group_bursts)

    def _search_done(self, request_id: int, hits: list[dict[str, Any]], elapsed_ms: float) -> None:
        if request_id == self._latest_browse:
            self._timeline = hits  # kept for when the search box is cleared, also if a search came since
            if not self._browse_filters:
                self._library, self._library_read = hits, True  # every photo: the folders' counts
                self._show_folders()
        if request_id != self._latest_request:
            return  # an answer to a query the user has already replaced
        if self._latest_is_browse:
            if self.query is None:
                keep = self._latest_is_refresh and self._results_touched()
                self._show_timeline(hits, scroll=self.view.verticalScrollBar().value() if keep else 0)
                self.answered = True
                self._shown()
            return
        order = self.filter_bar.current_order
        if order != BEST:  # by date: new matches take their place in time
            self._waiting = []
            self.new_matches.set_count(0)
            self._show_hits(ordered(hits, order), keep_place=self._latest_is_refresh and self._results_touched())
        elif self._latest_is_refresh and self._results_touched():  # nothing moves; new matches wait
            settled = settle(self.answer.hits, hits, self.settings.get(opt.RESULT_LIMIT))
            self._waiting = settled.waiting
            self.new_matches.set_count(settled.new)
            self._show_hits(settled.shown, keep_place=True)
        else:
            self._waiting = []
            self.new_matches.set_count(0)
            self._show_hits(hits, keep_place=False)
        self.answered = True
        took = self.tr(" in {time} ms").format(time=i18n.number(round(elapsed_ms))) if elapsed_ms >= 0 else ""
        self._shown(took)  # not the model's loading time

    def _results_touched(self) -> bool:
        """The user has a place in the results (a current photo, a scrolled grid) that a refresh must keep;
        untouched results just follow the index as it grows."""
        return self.view.currentIndex().isValid() or self.view.verticalScrollBar().value() > 0 \
            or bool(self._waiting)

    def _show_hits(self, hits: list[dict[str, Any]], keep_place: bool) -> None:
        """A search's answer: the matches, then the weaker ones (or a row that shows them)."""
        self.answer = self.answer.with_hits(hits)
        photos, headings, footer = self.answer.grid()
        self._fill_grid(photos, headings, self.view.verticalScrollBar().value() if keep_place else 0, footer)

    def _show_weaker(self) -> None:
        self.answer = self.answer.opened()
        self._show_hits(self.answer.hits, keep_place=True)
        self._shown()

    def set_show_weaker(self, show: bool) -> None:
        """The preference; a search on screen follows it at once."""
        self.settings.set(opt.SHOW_WEAKER, int(show))
        if self.query is not None and show != self.answer.weaker_open:
            self.answer = replace(self.answer, weaker_open=show)
            self._show_hits(self.answer.hits, keep_place=True)
            self._shown()

    def _filters_changed(self) -> None:
        """Narrowed or widened: the answer again, from the top."""
        folders = self.filter_bar.filters.folders
        self.folders.choose(folders[0] if len(folders) == 1 else "")
        self._send_query()

    def _bursts_changed(self, grouped: bool) -> None:
        self.settings.set(opt.GROUP_BURSTS, int(grouped))
        self._latest_browse = 0  # the library read with the other choice is not the timeline to go back to
        self._send_query()

    def _folder_chosen(self, folder: str) -> None:
        if folder:
            self.filter_bar.only_folder(folder)
        else:
            self.filter_bar.set_filters(replace(self.filter_bar.filters, folders=()))

    def _show_folders(self) -> None:
        """The folder list, from the last look at the whole library."""
        roots = [folder["path"] for folder in self.status.get("folders", ())]
        key = (id(self._library), tuple(roots))
        if key != self._folder_trees[0]:  # a pass over every photo: only when the library was read again
            self._folder_trees = (key, folder_tree(self._every_path(), roots))
        shots = sum(1 + len(hit.get("burst", ())) for hit in self._library)  # copies are one photo
        self.folders.show_folders(self._folder_trees[1], dict(self.status.get("offline_folders", {})),
                                  shots if self._library_read else None)

    def _every_path(self) -> Iterator[str]:
        """Every file of the library as last read: each shown photo, its identical copies and its burst."""
        for hit in self._library:
            yield hit["path"]
            yield from hit.get("copies", ())
            yield from hit.get("burst", ())

    def _order_changed(self, order: str) -> None:
        if self.query is None:
            self._show_timeline(self._timeline, scroll=0)
        elif order != BEST:
            self._show_hits(ordered(self.answer.hits, order), keep_place=False)
        else:
            self._send_query()  # best match first: the engine's order

    def _show_timeline(self, hits: list[dict[str, Any]], scroll: int) -> None:
        """The library under date headings: months at small thumbnail sizes, days at larger ones."""
        by = MONTH if self.view.delegate.thumbnail_px <= MONTHS_UP_TO_PX else DAY
        if self.filter_bar.current_order == OLDEST:
            hits = hits[::-1]
        groups = date_groups([date.fromisoformat(hit["day"]) for hit in hits], by)
        locale = QLocale()
        month = self.tr("MMMM yyyy", "a month heading, as QLocale's date format (Japanese: yyyy年M月)")

        def label(day: date) -> str:
            qdate = QDate(day.year, day.month, day.day)
            return locale.toString(qdate, month) if by == MONTH else \
                locale.toString(qdate, QLocale.FormatType.LongFormat)
        self._fill_grid(hits, [(group.start, label(group.day)) for group in groups], scroll)

    def _fill_grid(self, hits: list[dict[str, Any]], headings: list[tuple[int, str]], scroll: int,
                   footer: tuple[str, str] | None = None) -> None:
        """New rows in the grid; the current photo and the selection stay, as far as they are still there."""
        current = self.view.current_path()
        selected = self.view.selected_paths() if self.view.selectionModel().hasSelection() else []
        self.model.set_hits(hits, headings, show_scores=self.query is not None, why=self._why(), footer=footer)
        self.view.keep(current, selected)
        self.view.scroll_to(scroll)

    def _why(self) -> str:
        """How the photos in the grid were found, in words: the photo searched by, the filters."""
        parts = list(self.filter_bar.descriptions)
        if self.query is not None and self.query[0] == "image":
            parts.insert(0, self.tr("Looks like {photo}").format(photo=os.path.basename(self.query[1])))
        return " · ".join(parts)

    def _show_new_matches(self) -> None:
        """The waiting answer, in order of relevance, from the top."""
        waiting, self._waiting = self._waiting, []
        self.new_matches.set_count(0)
        self._show_hits(waiting, keep_place=False)
        self._shown()

    def _shown(self, took: str = "") -> None:
        """The grid holds an answer: say how many, show the grid (or why it is empty), tell the listeners."""
        count = self.model.photo_count()
        if self.query is None:
            self.search_bar.show_info(self.tr("%Ln photo(s)", "", self.model.shot_count()))  # bursts grouped or not
        else:
            self.search_bar.show_info(self.answer.summary() + took)
        self.refresh_view()
        (self.timeline_shown if self.query is None else self.results_shown).emit(count)

    def _search_failed(self, request_id: int, message: str) -> None:
        if request_id == self._latest_request:
            self.search_bar.show_info("")
            self.statusBar().showMessage(message, 10_000)

    def _show_notice(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    def _index_changed(self) -> None:
        self._send_query(refresh=True)

    # -- what the window shows -----------------------------------------------------------------

    def current_empty_state(self) -> emptystate.EmptyState | None:
        return emptystate.choose(self.engine_state, self.status, self.query, self.answered, self.model.photo_count(),
                                 weaker=self.answer.hidden if self.query is not None else 0,
                                 filtered=bool(self.filter_bar.filters))

    def refresh_view(self) -> None:
        self._show_examples()
        self.filter_bar.set_browsing(self.query is None)
        state = self.current_empty_state()
        if state is None:
            self.stack.setCurrentWidget(self.view)
            return
        if self.empty.state != state:
            self.empty.show_state(state)
        self.stack.setCurrentWidget(self.empty)

    def _empty_action(self, action: str) -> None:
        if action == emptystate.ADD_FOLDER:
            self.choose_folder()
        elif action == emptystate.CHOOSE_MODEL:
            self.models.choose()
        elif action == emptystate.DOWNLOAD_MODEL:
            self.models.start_download(self.status.get("model") or self.engine_state[1])
        elif action == emptystate.OPEN_SETTINGS:
            self.open_settings()
        elif action == emptystate.REBUILD:
            self.engine_state = ("loading", "")
            self.backend.rebuild()
        elif action == emptystate.RESET_SETTINGS:
            self.engine_state = ("loading", "")
            self.backend.reset_settings()
        elif action == emptystate.RETRY:
            self.engine_state = ("loading", "")
            self.backend.retry()
        elif action.startswith(emptystate.SEARCH):
            self.search_bar.set_text(action[len(emptystate.SEARCH):])
        elif action == SHOW_WEAKER:
            self._show_weaker()
        elif action == emptystate.CLEAR_FILTERS:
            self.filter_bar.set_filters(SearchFilters())
        elif action == emptystate.CLEAR_SEARCH:
            self.search_bar.edit.clear()
            self.search_bar.set_image_query(None)
            self.search_text("")

    # -- the worker's news --------------------------------------------------------------------

    def _engine_state_changed(self, state: str, text: str) -> None:
        self.engine_state = (state, text)
        if state == "download":
            self.models.first_download(text)
        elif state == "ready" and not self.answered:
            self._send_query()
        self.refresh_view()

    def _cameras_changed(self, cameras: list[list[Any]]) -> None:
        self.filter_bar.cameras = {str(camera): int(photos) for camera, photos in cameras}

    def _status_changed(self, status: dict[str, Any]) -> None:
        first = not self.status
        self.status = status
        self.filter_bar.library_folders = [folder["path"] for folder in status.get("folders", ())]
        self._show_folders()
        if first and self.query is None:
            self._send_query()  # the library can be shown before the model is ready
        elif first:
            self._read_library()
        self.statusBar().show_status(status)  # type: ignore[attr-defined]
        self.refresh_view()

    def _progress(self, progress: dict[str, Any]) -> None:
        self.index_progress.show_progress(progress, switching=bool(self.status.get("switch")))
        every = REFRESH_WHILE_INDEXING_S if self.query is not None else TIMELINE_REFRESH_WHILE_INDEXING_S
        stale = time.monotonic() - self._last_refresh > every
        embedded = progress.get("phase") == "embedding" and progress["done"]
        if stale and embedded and not self.index_progress.paused:
            self._send_query(refresh=True)  # let new photos show up while a long run goes on

    def _run_finished(self, report: dict[str, Any]) -> None:
        self.index_progress.finished()
        counts = {kind: int(report[kind]) for kind in INDEX_CHANGES}
        changes = [self.tr(INDEX_CHANGES[kind], "", n) for kind, n in counts.items() if n]
        if changes:
            joined = self.tr(", ", "between the counts of an index update").join(changes)
            self.statusBar().showMessage(self.tr("Index updated: {changes}").format(changes=joined), 8000)

    # -- results ------------------------------------------------------------------------------

    def show_preview(self, path: str) -> None:
        self.remember_search()
        row = self.model.row_of(path)
        if row is not None:
            self.preview.show_hit(self.model.hit(row), self.model.photo_number(row), self.model.photo_count())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = item_data(current, HIT_ROLE)
        if hit is not None and self.preview.isVisible():  # not on a heading
            self.preview.show_hit(hit, self.model.photo_number(current.row()), self.model.photo_count())

    def _step_preview(self, step: int) -> None:
        row = self.model.photo_row(self.model.photo_number(self.view.currentIndex().row()) + step)
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row))

    # -- the grid ------------------------------------------------------------------------------

    def _forget_in_grid(self, paths: set[str]) -> None:
        """Photos the user trashed leave the grid now, not when the index has caught up."""
        self._timeline = [hit for hit in self._timeline if hit["path"] not in paths]
        if self.query is None:
            kept = [hit for hit in self.model.hits() if hit["path"] not in paths]
            self._show_timeline(kept, self.view.verticalScrollBar().value())
        else:
            self._show_hits([hit for hit in self.answer.hits if hit["path"] not in paths], keep_place=True)
        self._shown()

    def step_thumbnail_size(self, direction: int) -> None:
        self.size_slider.setValue(self.size_slider.value() + direction * opt.THUMBNAIL_STEP)

    def _thumbnail_size_changed(self, px: int) -> None:
        by_month = self.view.delegate.thumbnail_px <= MONTHS_UP_TO_PX
        self.view.set_thumbnail_size(px)
        self.settings.set(opt.THUMBNAIL_SIZE, px)
        if self.query is None and self.answered and by_month != (px <= MONTHS_UP_TO_PX):
            self._show_timeline(self._timeline, self.view.verticalScrollBar().value())  # days ⇄ months

    def visible_thumbnails_ready(self) -> bool:
        return all(item_data(self.model.index(row), Qt.ItemDataRole.DecorationRole) is not None
                   for row in self.view.visible_rows() if not self.model.is_heading(row))

    def _focus_results(self) -> None:
        """Down from the search box: into the grid, on the first result unless one is current."""
        first = self.model.photo_row(0)
        if self.stack.currentWidget() is not self.view or first is None:
            return
        if not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(first))
        self.view.setFocus(Qt.FocusReason.TabFocusReason)

    def show_failures(self) -> None:
        self.failures_dialog = FailuresDialog(self.status.get("failures", []), self)  # deleted when closed
        self.failures_dialog.show()

    # -- search by dropping a photo -----------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_photo(event.mimeData().urls()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_photo(event.mimeData().urls())
        if path is not None:
            event.acceptProposedAction()
            self.search_image(path)

    # -- library, model and settings -----------------------------------------------------------

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of photos"))
        if folder:
            self.backend.add_folders([folder])

    def open_settings(self) -> SettingsDialog:
        folders = tuple(f["path"] for f in self.status.get("folders", ()))
        every = self._every_path()
        failed = (failure["path"] for failure in self.status.get("failures", ()))
        current = SettingsChoice(folders=folders, model=self.status.get("model", ""),
                                 excludes=tuple(self.status.get("excludes", ())),
                                 threads=int(self.status.get("threads", 0)),
                                 offline=dict(self.status.get("offline_folders", {})),
                                 photos=photos_per_folder(every, folders) if self._library else {},
                                 unreadable={f: n for f, n in photos_per_folder(failed, folders).items() if n},
                                 indexing=bool(self.status.get("indexing")),
                                 downloaded=downloaded_models(self.home.model_cache),
                                 local_models=tuple(self.local_models()))
        dialog = SettingsDialog(current, self, appearance=self.settings.get(opt.APPEARANCE),  # deleted when closed
                                show_weaker=bool(self.settings.get(opt.SHOW_WEAKER)),
                                language=self.settings.get(opt.LANGUAGE))
        dialog.accepted.connect(lambda: apply_choice(current, dialog.choice(), self.backend, self.models.use))
        dialog.accepted.connect(lambda: self._remember_model(dialog.choice().model))
        dialog.accepted.connect(lambda: self.set_appearance(dialog.appearance()))
        dialog.accepted.connect(lambda: self.set_show_weaker(dialog.show_weaker()))
        dialog.accepted.connect(lambda: self.set_language(dialog.language()))
        dialog.reindex_requested.connect(self.backend.reindex)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def local_models(self) -> list[str]:
        """Model folders and files chosen before (still there), for the model list."""
        try:
            kept = json.loads(self.settings.get(opt.LOCAL_MODELS))
        except ValueError:
            return []
        return [spec for spec in kept if isinstance(spec, str) and _on_this_computer(spec)] \
            if isinstance(kept, list) else []

    def _remember_model(self, spec: str) -> None:
        if _on_this_computer(spec):
            kept = [spec, *(s for s in self.local_models() if s != spec)][:opt.RECENT_KEPT]
            self.settings.set(opt.LOCAL_MODELS, json.dumps(kept))

    def set_language(self, code: str) -> None:
        """Kept for the next start: Qt's widgets take their texts when they are made."""
        if code != self.settings.get(opt.LANGUAGE):
            self.settings.set(opt.LANGUAGE, code)
            self.statusBar().showMessage(self.tr("The new language shows the next time PhotoSeek starts"), 10_000)

    def set_appearance(self, choice: str) -> None:
        """Light, dark or the system's, for the whole app; kept for the next start."""
        self.settings.set(opt.APPEARANCE, choice)
        self.appearance.apply(choice)
        self.view.viewport().update()

    # -- another launch, and closing -----------------------------------------------------------

    def bring_forward(self, message: dict[str, Any]) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        if isinstance(message.get("search"), str) and message["search"].strip():
            self.search_bar.set_text(message["search"])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shut_down()
        event.accept()

    def shut_down(self) -> bool:
        """Stop the worker, thumbnails and preview; True if all stopped in time. Safe to call twice."""
        if self.shutdown_clean is not None:
            return self.shutdown_clean
        started = time.perf_counter()
        self.settings.set(opt.GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.sync()
        self.preview.close()
        self.models.cancel()
        self.file_jobs.wait(COPY_FINISH_S)
        clean = self.backend.shutdown(WORKER_STOP_S)
        self.preview_loader.stop(0.2)
        self.thumbnails.stop(0.2)  # and the decoder processes both used
        self.shutdown_clean = clean
        log.info("window closed in %.2f s (%s)", time.perf_counter() - started, "clean" if clean else "worker busy")
        return clean


def dropped_photo(urls: list[Any]) -> str | None:
    """The first dropped local file that looks like a photo."""
    for url in urls:
        if url.isLocalFile():
            path = url.toLocalFile()
            if os.path.isfile(path) and is_photo_name(os.path.basename(path)):
                return path
    return None


def _on_this_computer(spec: str) -> bool:
    """A model folder or weights file (not a hub model) that is still there."""
    try:
        parsed = parse_model_spec(spec, check_names=False)
    except PhotoSeekError:
        return False
    local = parsed.local_dir or parsed.weights_file
    return bool(local) and os.path.exists(str(local))


GEOMETRY_MAGIC = 0x1D9D0CB


def saved_size(geometry: bytes) -> QSize | None:
    """The window size a `saveGeometry()` record holds (Qt's stable layout: magic, version, frame rect,
    normal rect, each rect as four int32), or None if it is not such a record."""
    stream = QDataStream(QByteArray(geometry))
    if stream.readUInt32() != GEOMETRY_MAGIC:
        return None
    stream.readUInt16(), stream.readUInt16()  # the record's version
    _frame = [stream.readInt32() for _ in range(4)]
    left, top, right, bottom = (stream.readInt32() for _ in range(4))
    if stream.status() != QDataStream.Status.Ok or right < left or bottom < top:
        return None
    return QSize(right - left + 1, bottom - top + 1)
