"""The grid's list model: one row per photo (a search's hits, or the library's timeline with date headings);
thumbnails come from the cache."""

from __future__ import annotations

import os
from bisect import bisect_left
from typing import Any

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt

from photoseek.gui import i18n
from photoseek.gui.desktop import file_url
from photoseek.gui.thumbnails import ThumbnailCache

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_ROLE = Qt.ItemDataRole.UserRole + 2
OFFLINE_ROLE = Qt.ItemDataRole.UserRole + 3  # its folder is unavailable (an unplugged drive)
COPIES_ROLE = Qt.ItemDataRole.UserRole + 4  # how many identical copies are folded into this result
HEADING_ROLE = Qt.ItemDataRole.UserRole + 5  # a heading's text (None for a photo)
ACTION_ROLE = Qt.ItemDataRole.UserRole + 6  # what a heading that can be clicked does ("Show 12 weaker matches")
BURST_ROLE = Qt.ItemDataRole.UserRole + 7  # how many shots of its burst this result stands for (1: none)

Index = QModelIndex | QPersistentModelIndex


def item_data(index: Index, role: int) -> Any:
    """`index.data(role)`, asked of the model directly: no round trip through a QVariant for every cell
    painted (and none of PySide6 6.12.0's None-returning bug, see pyproject.toml)."""
    model = index.model()
    return model.data(index, role) if model is not None and index.isValid() else None


class ResultsModel(QAbstractListModel):
    """Holds hits as plain dicts (path, score, width, height, taken, size, mtime_ns), best or newest first,
    and, when browsing the library, date headings between them: rows of their own (`HEADING_ROLE`) that
    cannot be selected. A heading may be an action (`ACTION_ROLE`): it can be clicked or reached with the
    arrows, but not selected. "Photos" below means the rows that are not headings."""

    def __init__(self, thumbnails: ThumbnailCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        self.show_scores = True
        self.why = ""
        self._items: list[dict[str, Any]] = []
        self._photo_rows: list[int] = []
        self._rows: dict[str, int] = {}
        thumbnails.ready.connect(self._thumbnail_ready)

    def set_hits(self, hits: list[dict[str, Any]], headings: list[tuple[int, str]] | None = None,
                 show_scores: bool = True, why: str = "", footer: tuple[str, str] | None = None) -> None:
        """`headings`: (the photo it comes before, its text), in order; `why`: how these were found, in
        words, for the tooltips ("Looks like beach.jpg · In 2024"); `footer`: (text, action) of an action
        row after the photos."""
        items: list[dict[str, Any]] = []
        before = dict(headings or ())
        for n, hit in enumerate(hits):
            if n in before:
                items.append({"heading": before[n]})
            items.append(hit)
        if footer is not None:
            items.append({"heading": footer[0], "action": footer[1]})
        self.beginResetModel()
        self.show_scores, self.why = show_scores, why
        self._items = items
        self._photo_rows = [row for row, item in enumerate(items) if "heading" not in item]
        self._rows = {items[row]["path"]: row for row in self._photo_rows}
        self.endResetModel()

    @property
    def has_headings(self) -> bool:
        return len(self._photo_rows) != len(self._items)

    def is_heading(self, row: int) -> bool:
        return "heading" in self._items[row]

    def photo_count(self) -> int:
        """How many tiles show a photo (a burst's tile counts once)."""
        return len(self._photo_rows)

    def shot_count(self) -> int:
        """How many photos the tiles stand for: each shot of a grouped burst counts."""
        return sum(1 + len(self._items[row].get("burst") or []) for row in self._photo_rows)

    def photo_number(self, row: int) -> int:
        """The photo's place among the photos (0-based)."""
        return bisect_left(self._photo_rows, row)

    def photo_row(self, number: int) -> int | None:
        """The row of the `number`-th photo, if there is one."""
        return self._photo_rows[number] if 0 <= number < len(self._photo_rows) else None

    def hit(self, row: int) -> dict[str, Any]:
        return dict(self._items[row])

    def hits(self) -> list[dict[str, Any]]:
        return [dict(self._items[row]) for row in self._photo_rows]

    def paths(self) -> list[str]:
        return [self._items[row]["path"] for row in self._photo_rows]

    def row_of(self, path: str) -> int | None:
        return self._rows.get(path)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        hit = self._items[index.row()]
        if "heading" in hit:
            if role == ACTION_ROLE:
                return hit.get("action")
            return hit["heading"] if role in (Qt.ItemDataRole.DisplayRole, HEADING_ROLE) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return os.path.basename(hit["path"])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(hit)
        if role == OFFLINE_ROLE:
            return bool(hit.get("offline"))
        if role == COPIES_ROLE:
            return len(hit.get("copies") or [])
        if role == BURST_ROLE:
            return 1 + len(hit.get("burst") or [])
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnails.image(hit["path"], int(hit.get("mtime_ns", 0)), int(hit.get("size", 0)))
        if role == PATH_ROLE:
            return hit["path"]
        if role == HIT_ROLE:
            return dict(hit)
        return None

    def _tooltip(self, hit: dict[str, Any]) -> str:
        score = ""
        if self.show_scores:
            weaker = not hit.get("match", True)
            text = self.tr(" · match {score} (a weaker match)") if weaker else self.tr(" · match {score}")
            score = text.format(score=i18n.decimal(float(hit["score"]), 3))
        offline = ""
        if hit.get("offline"):
            offline = "\n" + self.tr("Offline: its folder is not available now (an unplugged drive?)")
        copies = hit.get("copies") or []
        also = ""
        if copies:
            also = "\n" + (self.tr("Identical copy:") if len(copies) == 1 else self.tr("Identical copies:"))
            also += "\n" + "\n".join(copies)
        burst = hit.get("burst") or []
        shots = ""
        if burst:
            shots = "\n" + self.tr("One of a burst of %Ln shot(s); the others:", "", 1 + len(burst))
            shots += "\n" + "\n".join(burst)
        why = f"\n{self.why}" if self.why else ""
        return f"{hit['path']}\n{hit['width']} × {hit['height']}{score}{why}{offline}{also}{shots}"

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_heading(index.row()):
            return Qt.ItemFlag.ItemIsEnabled if "action" in self._items[index.row()] else Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return ["text/uri-list"]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        """Dragging results out gives other apps (and our own window) the files."""
        mime = QMimeData()
        mime.setUrls([file_url(self._items[i.row()]["path"]) for i in indexes
                      if i.isValid() and not self.is_heading(i.row())])
        return mime

    def _thumbnail_ready(self, path: str) -> None:
        row = self._rows.get(path)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
