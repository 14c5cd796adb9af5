"""The list of files that could not be read, each with its reason; they are retried once they change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photoseek.gui import i18n


class FailuresDialog(QDialog):
    def __init__(self, failures: list[dict[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one is made each time it is opened
        self.setWindowTitle(self.tr("Files that could not be read"))
        self.failures = list(failures)
        note = QLabel(self.tr("PhotoSeek skips these files. It tries again when a file changes, "
                              "for example after you repair or re-export it."))
        note.setWordWrap(True)
        self.table = QTableWidget(len(self.failures), 2)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Reason")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, failure in enumerate(self.failures):
            self.table.setItem(row, 0, QTableWidgetItem(failure["path"]))
            self.table.setItem(row, 1, QTableWidgetItem(i18n.from_core(failure["reason"])))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy list"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_list)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def copy_list(self) -> None:
        text = "\n".join(f"{f['path']}\t{i18n.from_core(f['reason'])}" for f in self.failures)
        QGuiApplication.clipboard().setText(text)
