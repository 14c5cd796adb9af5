"""The row under the search box: the filters in force as chips (click one to remove it), a Filter menu
to add folder, date, file-type and camera filters, and the order of the grid. The filters are the engine's
(`core.search.SearchFilters`), applied in the store together with the vector search; they last while
the window is open."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QMenu,
    QToolButton,
    QWidget,
)

from photoseek.core.browse import BEST, NEWEST, OLDEST
from photoseek.core.membership import PHOTO_TYPES
from photoseek.core.search import SearchFilters
from photoseek.gui import i18n

TYPES = tuple((name, extensions[0]) for name, extensions in PHOTO_TYPES)  # (menu label, the filter's type)
ORDERS = ((BEST, QT_TRANSLATE_NOOP("filterbar", "Best match first")),
          (NEWEST, QT_TRANSLATE_NOOP("filterbar", "Newest first")),
          (OLDEST, QT_TRANSLATE_NOOP("filterbar", "Oldest first")))


class FilterBar(QWidget):
    changed = Signal()  # the filters changed
    order_changed = Signal(str)
    bursts_changed = Signal(bool)  # each burst of near-identical shots as one photo, or every shot

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filters = SearchFilters()
        self.library_folders: list[str] = []
        self.cameras: dict[str, int] = {}  # the library's cameras → photos (`Engine.cameras`)
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Filter"))
        self.add_button.setAccessibleName(self.tr("Add a filter"))
        self.add_button.setAccessibleDescription(
            self.tr("Only photos in a folder, taken in a date range, of a file type or by a camera"))
        self.add_button.setToolTip(self.tr("Only photos in a folder, from a date range, of a file type or by a camera"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.add_button)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.add_button.setMenu(self.menu)
        self.order = QComboBox()
        self.order.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.order.setAccessibleName(self.tr("Order"))
        self.order.setAccessibleDescription(self.tr("How the photos in the grid are ordered"))
        self._orders = {True: NEWEST, False: BEST}  # the user's choice while browsing, and for searches
        self._browsing = True
        self._fill_orders()
        self.order.currentIndexChanged.connect(self._order_chosen)
        self.bursts = QToolButton()
        self.bursts.setText(self.tr("Group bursts"))
        self.bursts.setCheckable(True)
        self.bursts.setAccessibleName(self.tr("Group bursts"))
        self.bursts.setAccessibleDescription(self.tr("Show each burst of near-identical shots as one photo"))
        self.bursts.setToolTip(self.tr("Show each burst of near-identical shots (taken seconds apart, in one folder) "
                                       "as one photo, with how many shots it holds"))
        self.bursts.toggled.connect(self.bursts_changed)
        self.chips: list[QToolButton] = []
        self.descriptions: list[str] = []  # what each chip says, in words ("In trip", "1–31 Dec 2024")
        self.chip_row = QHBoxLayout()
        self.chip_row.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 4)
        layout.addWidget(self.add_button)
        layout.addLayout(self.chip_row)
        layout.addStretch(1)
        layout.addWidget(self.bursts)
        layout.addWidget(self.order)

    @property
    def group_bursts(self) -> bool:
        return self.bursts.isChecked()

    @property
    def current_order(self) -> str:
        return self._orders[self._browsing]

    def set_browsing(self, browsing: bool) -> None:
        """The library has no best match: its orders are by date only. Each keeps the user's last choice."""
        if browsing != self._browsing:
            self._browsing = browsing
            self._fill_orders()

    def _fill_orders(self) -> None:
        self.order.blockSignals(True)
        self.order.clear()
        for key, text in ORDERS:
            if key != BEST or not self._browsing:
                self.order.addItem(QCoreApplication.translate("filterbar", text), key)
        self.order.setCurrentIndex(self.order.findData(self.current_order))
        self.order.blockSignals(False)

    def _order_chosen(self, _index: int) -> None:
        self._orders[self._browsing] = str(self.order.currentData())
        self.order_changed.emit(self.current_order)

    def set_filters(self, filters: SearchFilters) -> None:
        if filters != self.filters:
            self.filters = filters
            self._show_chips()
            self.changed.emit()

    def only_folder(self, folder: str) -> None:
        """"Search in this folder": this folder (and its subfolders) instead of any other folder filter."""
        self.set_filters(replace(self.filters, folders=(folder,)))

    # -- the menu -------------------------------------------------------------------------------

    def _fill_menu(self) -> None:
        self.menu.clear()
        folders = self.menu.addMenu(self.tr("Folder"))
        for folder in self.library_folders:
            folders.addAction(folder, lambda f=folder: self.only_folder(f))
        folders.addSeparator()
        folders.addAction(self.tr("Choose a folder…"), self._choose_folder)
        self.menu.addAction(self.tr("Date…"), self.choose_dates)
        types = self.menu.addMenu(self.tr("File type"))
        for label, ext in TYPES:
            action = QAction(label, types)
            action.setCheckable(True)
            action.setChecked(ext in self.filters.types)
            action.toggled.connect(lambda on, e=ext: self.toggle_type(e, on))
            types.addAction(action)
        cameras = self.menu.addMenu(self.tr("Camera"))
        for camera, photos in self.cameras.items():
            text = self.tr("{camera} ({photos})").format(camera=camera_text(camera), photos=i18n.number(photos))
            action = QAction(text, cameras)
            action.setCheckable(True)
            action.setChecked(camera in self.filters.cameras)
            action.toggled.connect(lambda on, c=camera: self.toggle_camera(c, on))
            cameras.addAction(action)
        if not self.cameras:
            cameras.addAction(self.tr("No camera known yet")).setEnabled(False)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Only photos in this folder"))
        if folder:
            self.only_folder(folder)

    def toggle_type(self, ext: str, on: bool) -> None:
        kinds = [t for t in self.filters.types if t != ext] + ([ext] if on else [])
        self.set_filters(replace(self.filters, types=tuple(kinds)))

    def toggle_camera(self, camera: str, on: bool) -> None:
        chosen = [c for c in self.filters.cameras if c != camera] + ([camera] if on else [])
        self.set_filters(replace(self.filters, cameras=tuple(chosen)))

    def choose_dates(self) -> DateRangeDialog:
        dialog = DateRangeDialog(self.filters.date_from, self.filters.date_to, self)
        dialog.accepted.connect(lambda: self.set_dates(*dialog.dates()))
        dialog.open()
        return dialog

    def set_dates(self, first: date | None, last: date | None) -> None:
        if first and last and first > last:
            first, last = last, first
        self.set_filters(replace(self.filters, date_from=first, date_to=last))

    # -- the chips ------------------------------------------------------------------------------

    def _show_chips(self) -> None:
        for chip in self.chips:
            chip.deleteLater()
        self.chips, self.descriptions = [], []
        f = self.filters
        for folder in f.folders:
            self._chip(self.tr("In {folder}").format(folder=os.path.basename(folder) or folder), folder,
                       replace(f, folders=tuple(other for other in f.folders if other != folder)))
        if f.date_from or f.date_to:
            self._chip(date_text(f.date_from, f.date_to),
                       self.tr("Taken (or, without a date taken, changed) in this range"),
                       replace(f, date_from=None, date_to=None))
        for ext in f.types:
            label = next((label for label, e in TYPES if e == ext), ext.upper())
            self._chip(label, self.tr("Only {type} files").format(type=label),
                       replace(f, types=tuple(t for t in f.types if t != ext)))
        for camera in f.cameras:
            self._chip(camera_text(camera), self.tr("Only photos taken with this camera") if camera else
                       self.tr("Only photos that do not say which camera took them"),
                       replace(f, cameras=tuple(c for c in f.cameras if c != camera)))

    def _chip(self, text: str, tip: str, without: SearchFilters) -> None:
        chip = QToolButton()
        chip.setObjectName("filterChip")
        chip.setText(f"{text}  ✕")
        chip.setToolTip(self.tr("{filter}\nClick to remove this filter").format(filter=tip))
        chip.setAccessibleName(self.tr("Filter: {filter}").format(filter=text))
        chip.setAccessibleDescription(self.tr("Activate to remove this filter"))
        chip.clicked.connect(lambda: self.set_filters(without))
        self.chip_row.addWidget(chip)
        self.chips.append(chip)
        self.descriptions.append(text)


def camera_text(camera: str) -> str:
    return camera or QCoreApplication.translate("filterbar", "Camera not known")


def date_text(first: date | None, last: date | None) -> str:
    locale = QLocale()

    def day(value: date) -> str:
        return locale.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)

    if first and last:
        if first == last:
            return day(first)
        return QCoreApplication.translate("filterbar", "{first} – {last}").format(first=day(first), last=day(last))
    if first:
        return QCoreApplication.translate("filterbar", "From {date}").format(date=day(first))
    return QCoreApplication.translate("filterbar", "Until {date}").format(date=day(last))  # type: ignore[arg-type]


class DateRangeDialog(QDialog):
    """From and to (inclusive); either may be left open."""

    def __init__(self, first: date | None, last: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Photos taken between"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        today = QDate.currentDate()
        self.first, self.last = QDateEdit(), QDateEdit()
        for edit, value, fallback, name, description in (
                (self.first, first, today.addMonths(-1), self.tr("From"), self.tr("From this day (included)")),
                (self.last, last, today, self.tr("To"), self.tr("To this day (included)"))):
            edit.setCalendarPopup(True)
            edit.setDate(QDate(value.year, value.month, value.day) if value else fallback)
            edit.setAccessibleName(name)
            edit.setAccessibleDescription(description)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("From:"), self.first)
        form.addRow(self.tr("To:"), self.last)
        form.addRow(buttons)

    def dates(self) -> tuple[date, date]:
        first, last = self.first.date(), self.last.date()
        return date(first.year(), first.month(), first.day()), date(last.year(), last.month(), last.day())
