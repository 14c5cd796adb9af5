"""Paints one grid cell: the thumbnail fitted into a square (a placeholder until it is ready) and the name,
or a date heading."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from photoseek.gui.resultsmodel import ACTION_ROLE, BURST_ROLE, COPIES_ROLE, HEADING_ROLE, OFFLINE_ROLE, item_data

PADDING = 6


class ThumbnailDelegate(QStyledItemDelegate):
    """Photo cells share one size (`photo_size`), stretched by the view so a row fills its width; date
    headings are as wide as the view."""

    def __init__(self, thumbnail_px: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thumbnail_px = thumbnail_px
        self.photo_size = self.heading_size = QSize()  # set by the view (`fit`) before it lays out

    def natural_size(self, line_height: int) -> QSize:
        return QSize(self.thumbnail_px + 2 * PADDING, self.thumbnail_px + 3 * PADDING + line_height)

    def fit(self, cell_width: int, heading_width: int, font: QFont) -> None:
        """Photo cells `cell_width` wide (at least their natural width), headings `heading_width`."""
        natural = self.natural_size(QFontMetrics(font).height())
        self.photo_size = QSize(max(natural.width(), cell_width), natural.height())
        self.heading_size = QSize(max(natural.width(), heading_width),
                                  QFontMetrics(heading_font(font)).height() + 2 * PADDING)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        # Asked for every row when headings are shown (100,000 times for a large library): kept lean.
        return self.heading_size if index.model().is_heading(index.row()) else self.photo_size  # type: ignore[attr-defined]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        heading = item_data(index, HEADING_ROLE)
        if heading is not None:
            _heading(painter, option, str(heading), action=item_data(index, ACTION_ROLE) is not None)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = option.rect
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        box = QRect(rect.x() + (rect.width() - self.thumbnail_px) // 2, rect.y() + PADDING, self.thumbnail_px,
                    self.thumbnail_px)
        image = item_data(index, Qt.ItemDataRole.DecorationRole)
        offline = bool(item_data(index, OFFLINE_ROLE))
        if isinstance(image, QImage) and not image.isNull():
            painter.drawImage(_fit(image.size(), box), image)
        else:
            painter.fillRect(box, palette.color(QPalette.ColorRole.AlternateBase).darker(105))
            if isinstance(image, QImage) and not offline:  # a null image: the photo could not be read
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.tr("cannot show"))
        if offline:
            _badge(painter, box, self.tr("offline"))
        copies = int(item_data(index, COPIES_ROLE) or 0)
        if copies:
            _badge(painter, box, self.tr("+%Ln cop(y|ies)", "", copies), corner="bottom right")
        shots = int(item_data(index, BURST_ROLE) or 1)
        if shots > 1:
            _badge(painter, box, self.tr("%Ln shot(s)", "", shots), corner="top right")
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QColor(palette.color(QPalette.ColorRole.Highlight)).darker(130))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        text_rect = QRect(box.x(), box.bottom() + PADDING // 2, self.thumbnail_px,
                          rect.bottom() - box.bottom() - PADDING // 2)
        name = option.fontMetrics.elidedText(str(item_data(index, Qt.ItemDataRole.DisplayRole) or ""),
                                             Qt.TextElideMode.ElideMiddle, self.thumbnail_px)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, name)
        painter.restore()


def heading_font(font: QFont) -> QFont:
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * 1.15)
    bigger.setBold(True)
    return bigger


def _heading(painter: QPainter, option: QStyleOptionViewItem, text: str, action: bool = False) -> None:
    """A heading: bold text at the bottom left, over a thin rule; an action heading in the link colour,
    with a frame when it has the keyboard focus."""
    painter.save()
    painter.setFont(heading_font(option.font))
    rect = option.rect.adjusted(2, 0, 0, -PADDING // 2)
    normal = QPalette.ColorGroup.Normal  # a heading is not selectable, which is not "disabled"
    painter.setPen(option.palette.color(normal, QPalette.ColorRole.Link if action else QPalette.ColorRole.Text))
    drawn = painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, text)
    if action and option.state & QStyle.StateFlag.State_HasFocus:
        painter.drawRect(drawn.adjusted(-3, -1, 3, 1))
    painter.setPen(option.palette.color(normal, QPalette.ColorRole.Mid))
    painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
    painter.restore()


def _badge(painter: QPainter, box: QRect, text: str, corner: str = "top left") -> None:
    """A small label in a corner of the thumbnail: "offline" (shown, but it cannot be opened now), "+2 copies",
    "5 shots" (a burst)."""
    metrics = painter.fontMetrics()
    size = QSize(metrics.horizontalAdvance(text) + 8, metrics.height() + 2)
    corners = {"top left": box.topLeft() + QPoint(3, 3),
               "top right": box.topRight() + QPoint(-size.width() - 2, 3),
               "bottom right": box.bottomRight() - QPoint(size.width() + 2, size.height() + 2)}
    label = QRect(corners[corner], size)
    painter.fillRect(label, QColor(0, 0, 0, 170))
    painter.setPen(QColor(255, 255, 255))
    painter.drawText(label, Qt.AlignmentFlag.AlignCenter, text)


def _fit(size: QSize, box: QRect) -> QRect:
    """The largest rectangle of `size`'s shape centred in `box`."""
    scale = min(box.width() / max(1, size.width()), box.height() / max(1, size.height()))
    width, height = max(1, round(size.width() * scale)), max(1, round(size.height() * scale))
    return QRect(box.x() + (box.width() - width) // 2, box.y() + (box.height() - height) // 2, width, height)
