"""The thumbnail grid: keyboard (Enter opens, Space previews, arrows move), double-click and a context menu."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu, QStyle, QWidget

from photoseek.gui.delegate import ThumbnailDelegate
from photoseek.gui.resultsmodel import PATH_ROLE, ResultsModel, item_data

CELL_SPACING = 8


class ResultsView(QListView):
    """Signals carry the photo's path; the window decides what opening or previewing means."""

    open_requested = Signal(str)
    preview_requested = Signal(str)
    reveal_requested = Signal(str)
    copy_requested = Signal(str)
    similar_requested = Signal(str)

    def __init__(self, thumbnail_px: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWrapping(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSpacing(CELL_SPACING)
        self.setAccessibleName("Photos")
        self.setAccessibleDescription("Your library, newest first, or the photos a search found: arrows move, "
                                      "Enter opens, Space previews, the menu key offers more")
        self.delegate = ThumbnailDelegate(thumbnail_px, self)
        self.setItemDelegate(self.delegate)
        self.doubleClicked.connect(lambda index: self._emit_for(self.open_requested, index))
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
        index = self.currentIndex()
        return str(item_data(index, PATH_ROLE)) if index.isValid() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._emit_for(self.open_requested, self.currentIndex())
        elif key == Qt.Key.Key_Space and self.currentIndex().isValid():
            self._emit_for(self.preview_requested, self.currentIndex())
        else:
            super().keyPressEvent(event)

    def context_menu(self, index: QModelIndex) -> QMenu:
        """The menu for one result (built separately from showing it, so tests can trigger its actions)."""
        menu = QMenu(self)
        path = str(item_data(index, PATH_ROLE))
        for text, signal in (("Open", self.open_requested), ("Show in folder", self.reveal_requested),
                             ("Copy path", self.copy_requested), ("Find similar", self.similar_requested)):
            action = QAction(text, menu)
            action.triggered.connect(lambda _checked=False, s=signal: s.emit(path))
            menu.addAction(action)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if not index.isValid():
            return
        self.setCurrentIndex(index)
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

    def _emit_for(self, signal: Signal, index: QModelIndex) -> None:  # type: ignore[type-arg]
        if index.isValid():
            signal.emit(str(item_data(index, PATH_ROLE)))
