"""The folder list beside the grid: all photos, each library folder and its subfolders with their photo
counts (`core.folders.folder_tree`), offline folders marked. Choosing one narrows the grid to it, as the
folder filter does (`folder_chosen`; "" for all photos)."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from photoseek.core.folders import FolderNode, is_within
from photoseek.gui import i18n

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class FolderPanel(QTreeWidget):
    folder_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(2)
        self.setAccessibleName(self.tr("Folders"))
        self.setAccessibleDescription(self.tr("Choose a folder to see only its photos, or All photos"))
        self.setUniformRowHeights(True)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.currentItemChanged.connect(lambda _now, _before: self.folder_chosen.emit(self.chosen_folder()))
        self._shown: tuple[object, ...] = ()
        self._counted = False

    def show_folders(self, trees: list[FolderNode], offline: dict[str, str], total: int | None) -> None:
        """The tree again, keeping which folders are open and which one is chosen. `total` None: the library
        is not read yet, and no count is shown (rather than a 0 that alarms)."""
        key = (_shape(trees), tuple(sorted(offline)), total)
        if key == self._shown:
            return
        self._shown = key
        chosen, opened = self.chosen_folder(), self._opened()
        self.blockSignals(True)
        self.clear()
        self._counted = total is not None
        everything = QTreeWidgetItem(self, [self.tr("All photos"), i18n.number(total) if self._counted else ""])
        everything.setData(0, PATH_ROLE, "")
        everything.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
        for tree in trees:
            self._add(self, tree, offline, top=True)
        for item in self._items():
            path = item.data(0, PATH_ROLE)
            item.setExpanded(path in opened or (not opened and item.parent() is None))
            if path == chosen:
                self.setCurrentItem(item)
        self.blockSignals(False)

    def _add(self, parent: QTreeWidget | QTreeWidgetItem, node: FolderNode, offline: dict[str, str],
             top: bool = False) -> None:
        name = _short(node.path) if top else os.path.basename(node.path)
        item = QTreeWidgetItem(parent, [name, i18n.number(node.count) if self._counted else ""])
        item.setData(0, PATH_ROLE, node.path)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
        reason = offline.get(node.path)
        if reason:
            item.setText(0, self.tr("{folder} (offline)").format(folder=name))
            tip = self.tr("{folder} is {reason}; its photos are kept").format(folder=node.path,
                                                                               reason=i18n.from_core(reason))
            item.setToolTip(0, tip)
        else:
            item.setToolTip(0, node.path)
        for child in node.children:
            self._add(item, child, offline)

    def chosen_folder(self) -> str:
        item = self.currentItem()
        return str(item.data(0, PATH_ROLE)) if item is not None else ""

    def choose(self, folder: str) -> None:
        """Show `folder` as chosen ("" for all photos) without announcing it (the filter bar already knows);
        a folder not in the list (chosen with Filter → Folder) leaves none chosen."""
        self.blockSignals(True)
        self.setCurrentItem(next((item for item in self._items() if item.data(0, PATH_ROLE) == folder), None))
        self.blockSignals(False)

    def _items(self) -> list[QTreeWidgetItem]:
        found, stack = [], [self.topLevelItem(n) for n in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop()
            found.append(item)
            stack.extend(item.child(n) for n in range(item.childCount()))
        return found

    def _opened(self) -> set[str]:
        return {str(item.data(0, PATH_ROLE)) for item in self._items() if item.isExpanded()}


def _short(folder: str) -> str:
    """A library folder as people say it: "~/Pictures" for one in the home folder."""
    home = os.path.expanduser("~")
    return "~" + folder[len(home):] if home not in ("", os.sep) and is_within(folder, home) else folder


def _shape(trees: list[FolderNode]) -> tuple[object, ...]:
    return tuple((tree.path, tree.count, _shape(tree.children)) for tree in trees)
