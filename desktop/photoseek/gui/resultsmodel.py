"""The search results as a list model: one row per hit, best first; thumbnails come from the cache."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt

from photoseek.gui.desktop import file_url
from photoseek.gui.thumbnails import ThumbnailCache

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_ROLE = Qt.ItemDataRole.UserRole + 2
OFFLINE_ROLE = Qt.ItemDataRole.UserRole + 3  # its folder is unavailable (an unplugged drive)
COPIES_ROLE = Qt.ItemDataRole.UserRole + 4  # how many identical copies are folded into this result

Index = QModelIndex | QPersistentModelIndex


class ResultsModel(QAbstractListModel):
    """Holds hits as plain dicts (path, score, width, height, taken, size, mtime_ns)."""

    def __init__(self, thumbnails: ThumbnailCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        self._hits: list[dict[str, Any]] = []
        self._rows: dict[str, int] = {}
        thumbnails.ready.connect(self._thumbnail_ready)

    def set_hits(self, hits: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._rows = {hit["path"]: row for row, hit in enumerate(self._hits)}
        self.endResetModel()

    def hit(self, row: int) -> dict[str, Any]:
        return dict(self._hits[row])

    def hits(self) -> list[dict[str, Any]]:
        return [dict(hit) for hit in self._hits]

    def paths(self) -> list[str]:
        return [hit["path"] for hit in self._hits]

    def row_of(self, path: str) -> int | None:
        return self._rows.get(path)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return os.path.basename(hit["path"])
        if role == Qt.ItemDataRole.ToolTipRole:
            offline = "\nOffline: its folder is not available now (an unplugged drive?)" if hit.get("offline") else ""
            copies = hit.get("copies") or []
            also = f"\nIdentical {'copy' if len(copies) == 1 else 'copies'}:\n" + "\n".join(copies) if copies else ""
            return f"{hit['path']}\n{hit['width']} × {hit['height']} · match {hit['score']:.3f}{offline}{also}"
        if role == OFFLINE_ROLE:
            return bool(hit.get("offline"))
        if role == COPIES_ROLE:
            return len(hit.get("copies") or [])
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnails.image(hit["path"], int(hit.get("mtime_ns", 0)), int(hit.get("size", 0)))
        if role == PATH_ROLE:
            return hit["path"]
        if role == HIT_ROLE:
            return dict(hit)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return ["text/uri-list"]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        """Dragging results out gives other apps (and our own window) the files."""
        mime = QMimeData()
        mime.setUrls([file_url(self._hits[i.row()]["path"]) for i in indexes if i.isValid()])
        return mime

    def _thumbnail_ready(self, path: str) -> None:
        row = self._rows.get(path)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
