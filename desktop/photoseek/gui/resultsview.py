"""The thumbnail grid: keyboard (Enter opens, Space previews, arrows move, Ctrl+C copies, Delete trashes),
double-click, multi-select and a context menu."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QItemSelection, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu, QStyle, QWidget

from photoseek.gui import openwith
from photoseek.gui.delegate import ThumbnailDelegate
from photoseek.gui.resultsmodel import ACTION_ROLE, PATH_ROLE, ResultsModel, item_data

CELL_SPACING = 8


class ResultsView(QListView):
    """Signals carry the photo's path, or the selected photos' paths (a list); the window decides what
    opening, copying or trashing means. Shift/Ctrl-click, Ctrl+A and a rubber band select several."""

    open_requested = Signal(str)
    preview_requested = Signal(str)
    reveal_requested = Signal(str)
    similar_requested = Signal(str)
    folder_requested = Signal(str)  # only the photos in this photo's folder
    copy_requested = Signal(list)  # to the clipboard, as files and paths
    copy_image_requested = Signal(str)
    copy_to_requested = Signal(list)  # into a folder the user picks
    trash_requested = Signal(list)
    open_with_requested = Signal(list, str, str)  # photos, an application's name and command ("": let me choose)
    action_requested = Signal(str)  # an action row was clicked, or Enter/Space pressed on it

    def __init__(self, thumbnail_px: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWrapping(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionRectVisible(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSpacing(CELL_SPACING)
        self.setAccessibleName(self.tr("Photos"))
        self.setAccessibleDescription(self.tr("Your library, newest first, or the photos a search found: arrows move, "
                                              "Enter opens, Space previews, the menu key offers more"))
        self.delegate = ThumbnailDelegate(thumbnail_px, self)
        self.setItemDelegate(self.delegate)
        self.doubleClicked.connect(lambda index: self._emit_for(self.open_requested, index))
        self.clicked.connect(self._action_for)
        self.set_thumbnail_size(thumbnail_px)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # type: ignore[override]
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._fit_cells)
        self._fit_cells()

    def set_thumbnail_size(self, px: int) -> None:
        self.delegate.thumbnail_px = px
        self._fit_cells()
        self.verticalScrollBar().setSingleStep(max(20, self.delegate.photo_size.height() // 4))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_cells()
        super().resizeEvent(event)

    def _fit_cells(self) -> None:
        """Stretch the cells so whole columns fill the width (no ragged band at the right). Without date
        headings every row has the same size and the view lays out 100,000 rows without asking each one."""
        spacing, natural = self.spacing(), self.delegate.natural_size(self.fontMetrics().height())
        width = self._layout_width() - 2 * spacing  # Qt wraps a row whose cells (each with its spacing) pass this
        columns = max(1, width // (natural.width() + spacing))
        self.delegate.fit(width // columns - spacing, width - spacing, self.font())
        model = self.model()
        self.setUniformItemSizes(not (isinstance(model, ResultsModel) and model.has_headings))
        self.scheduleDelayedItemsLayout()

    def _layout_width(self) -> int:
        """The width Qt lays the cells out in: the viewport, less a scroll bar that may be needed."""
        width = self.maximumViewportSize().width()
        if self.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            width -= self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return width

    def scroll_to(self, position: int) -> None:
        """Scroll to `position` now, even if the rows were just replaced (their layout is done first)."""
        self.executeDelayedItemsLayout()
        self.verticalScrollBar().setValue(position)

    def current_path(self) -> str | None:
        path = item_data(self.currentIndex(), PATH_ROLE)
        return None if path is None else str(path)  # none on a heading

    def selected_paths(self) -> list[str]:
        """The selected photos in grid order (headings are never selected); else the current one."""
        rows = sorted(index.row() for index in self.selectionModel().selectedIndexes())
        model = self.model()
        paths = [str(item_data(model.index(row, 0), PATH_ROLE)) for row in rows]
        if not paths and (current := self.current_path()) is not None:
            paths = [current]
        return paths

    def keep(self, current: str | None, selected: list[str]) -> None:
        """After new rows: the same current photo and selection, of those still there."""
        model = self.model()
        rows = [row for path in selected if (row := model.row_of(path)) is not None]  # type: ignore[attr-defined]
        if current is not None and (row := model.row_of(current)) is not None:  # type: ignore[attr-defined]
            self.selectionModel().setCurrentIndex(model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        if rows:
            chosen = QItemSelection()
            for row in rows:
                chosen.select(model.index(row, 0), model.index(row, 0))
            self.selectionModel().select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        elif current is not None and self.currentIndex().isValid():
            self.selectionModel().select(self.currentIndex(), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._action_for(self.currentIndex()):
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._emit_for(self.open_requested, self.currentIndex())
        elif key == Qt.Key.Key_Space and self.currentIndex().isValid():
            self._emit_for(self.preview_requested, self.currentIndex())
        elif event.matches(QKeySequence.StandardKey.Copy) and self.selected_paths():
            self.copy_requested.emit(self.selected_paths())
        elif key == Qt.Key.Key_Delete and self.selected_paths():
            self.trash_requested.emit(self.selected_paths())
        else:
            super().keyPressEvent(event)

    def context_menu(self, index: QModelIndex) -> QMenu:
        """The menu for the photo at `index`, or for the selection it belongs to (built apart from showing
        it, so tests can trigger its actions)."""
        menu = QMenu(self)
        path = str(item_data(index, PATH_ROLE))
        selected = self.selected_paths() if self.selectionModel().isSelected(index) else [path]
        many = len(selected) > 1

        def add(text: str, emit: Callable[[], None], tip: str, shortcut: QKeySequence | None = None) -> None:
            action = QAction(text, menu)
            action.setToolTip(tip)
            if shortcut is not None:
                action.setShortcut(shortcut)  # shown in the menu; the view's keys do the work
            action.triggered.connect(lambda _checked=False: emit())
            menu.addAction(action)

        if not many:
            add(self.tr("Open"), lambda: self.open_requested.emit(path), self.tr("Open in your usual viewer (Enter)"))
        self._open_with_menu(menu, selected)
        if not many:
            add(self.tr("Show in folder"), lambda: self.reveal_requested.emit(path),
                self.tr("Show it in the file manager"))
        count = len(selected)
        add(self.tr("Copy %Ln photo(s)", "", count) if many else self.tr("Copy"),
            lambda: self.copy_requested.emit(selected),
            self.tr("To paste as files in a file manager, or as paths in text"),
            QKeySequence(QKeySequence.StandardKey.Copy))
        if not many:
            add(self.tr("Copy image"), lambda: self.copy_image_requested.emit(path),
                self.tr("The picture itself, to paste it"))
        add(self.tr("Copy %Ln photo(s) to folder…", "", count) if many else self.tr("Copy to folder…"),
            lambda: self.copy_to_requested.emit(selected), self.tr("Copies; nothing is overwritten"))
        add(self.tr("Move %Ln photo(s) to Trash…", "", count) if many else self.tr("Move to Trash…"),
            lambda: self.trash_requested.emit(selected),
            self.tr("The system's trash, with Undo"), QKeySequence(Qt.Key.Key_Delete))
        if not many:
            menu.addSeparator()
            add(self.tr("Find similar"), lambda: self.similar_requested.emit(path),
                self.tr("Photos that look like this one"))
            add(self.tr("Search in this folder"), lambda: self.folder_requested.emit(path),
                self.tr("Only photos in this photo's folder (and its subfolders), until you remove the filter"))
        return menu

    def _open_with_menu(self, menu: QMenu, paths: list[str]) -> None:
        """"Open with": the applications for these photos' types, then any program (Windows: its own dialog)."""
        if sys.platform == "win32":
            if len(paths) == 1:
                action = menu.addAction(self.tr("Open with…"))
                action.triggered.connect(lambda: self.open_with_requested.emit(paths, "", ""))
            return
        submenu = menu.addMenu(self.tr("Open with"))
        submenu.setToolTipsVisible(True)
        for application in openwith.applications_for(paths):
            action = submenu.addAction(application.name)
            action.setToolTip(application.entry)
            action.triggered.connect(lambda _c=False, a=application: self.open_with_requested.emit(
                paths, a.name, a.command))
        if submenu.actions():
            submenu.addSeparator()
        submenu.addAction(self.tr("Other application…")).triggered.connect(
            lambda: self.open_with_requested.emit(paths, "", ""))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if not index.isValid() or not index.flags() & Qt.ItemFlag.ItemIsSelectable:
            return
        if not self.selectionModel().isSelected(index):
            self.setCurrentIndex(index)  # a click outside the selection: the menu is for this photo
        self.context_menu(index).exec(event.globalPos())

    def visible_rows(self) -> list[int]:
        """Rows whose cells are at least partly on screen."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return []
        self.executeDelayedItemsLayout()  # rows added a moment ago have no place yet otherwise
        area = self.viewport().rect()
        first = self.indexAt(QPoint(self.spacing() + 1, self.spacing() + 1))
        rows = []
        for row in range(first.row() if first.isValid() else 0, model.rowCount()):
            cell = self.visualRect(model.index(row, 0))
            if cell.top() > area.bottom():
                break
            if cell.intersects(area):
                rows.append(row)
        return rows

    def _action_for(self, index: QModelIndex) -> bool:
        """An action row's action, emitted; False for a photo."""
        action = item_data(index, ACTION_ROLE)
        if action is not None:
            self.action_requested.emit(str(action))
        return action is not None

    def _emit_for(self, signal: Signal, index: QModelIndex) -> None:  # type: ignore[type-arg]
        path = item_data(index, PATH_ROLE)
        if path is not None:
            signal.emit(str(path))
