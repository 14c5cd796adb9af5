"""Paints one result cell: the thumbnail fitted into a square (a placeholder until it is ready) and the name."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from photoseek.gui.resultsmodel import COPIES_ROLE, OFFLINE_ROLE

PADDING = 6


class ThumbnailDelegate(QStyledItemDelegate):
    """Every cell has the same size, so the view can lay out 10,000 results without asking each one."""

    def __init__(self, thumbnail_px: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thumbnail_px = thumbnail_px

    def cell_size(self, line_height: int) -> QSize:
        return QSize(self.thumbnail_px + 2 * PADDING, self.thumbnail_px + 3 * PADDING + line_height)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return self.cell_size(option.fontMetrics.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = option.rect
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        box = QRect(rect.x() + PADDING, rect.y() + PADDING, self.thumbnail_px, self.thumbnail_px)
        image = index.data(Qt.ItemDataRole.DecorationRole)
        offline = bool(index.data(OFFLINE_ROLE))
        if isinstance(image, QImage) and not image.isNull():
            painter.drawImage(_fit(image.size(), box), image)
        else:
            painter.fillRect(box, palette.color(QPalette.ColorRole.AlternateBase).darker(105))
            if isinstance(image, QImage) and not offline:  # a null image: the photo could not be read
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "cannot show")
        if offline:
            _badge(painter, box, "offline")
        copies = int(index.data(COPIES_ROLE) or 0)
        if copies:
            _badge(painter, box, f"+{copies} {'copy' if copies == 1 else 'copies'}", corner="bottom right")
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QColor(palette.color(QPalette.ColorRole.Highlight)).darker(130))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        text_rect = QRect(rect.x() + PADDING, box.bottom() + PADDING // 2, self.thumbnail_px,
                          rect.bottom() - box.bottom() - PADDING // 2)
        name = option.fontMetrics.elidedText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
                                             Qt.TextElideMode.ElideMiddle, self.thumbnail_px)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, name)
        painter.restore()


def _badge(painter: QPainter, box: QRect, text: str, corner: str = "top left") -> None:
    """A small label in a corner of the thumbnail: "offline" (shown, but it cannot be opened now), "+2 copies"."""
    metrics = painter.fontMetrics()
    size = QSize(metrics.horizontalAdvance(text) + 8, metrics.height() + 2)
    label = QRect(box.topLeft() + QPoint(3, 3), size) if corner == "top left" else \
        QRect(box.bottomRight() - QPoint(size.width() + 2, size.height() + 2), size)
    painter.fillRect(label, QColor(0, 0, 0, 170))
    painter.setPen(QColor(255, 255, 255))
    painter.drawText(label, Qt.AlignmentFlag.AlignCenter, text)


def _fit(size: QSize, box: QRect) -> QRect:
    """The largest rectangle of `size`'s shape centred in `box`."""
    scale = min(box.width() / max(1, size.width()), box.height() / max(1, size.height()))
    width, height = max(1, round(size.width() * scale)), max(1, round(size.height() * scale))
    return QRect(box.x() + (box.width() - width) // 2, box.y() + (box.height() - height) // 2, width, height)
