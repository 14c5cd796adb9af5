"""Settings: library folders, the model, exclude patterns and CPU threads. Returns a choice; the window applies it."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from photoseek.core.library import normalise_folder
from photoseek.gui import modelchoice
from photoseek.gui import settings as opt
from photoseek.gui.backend import Backend
from photoseek.gui.settings import Settings


@dataclass(frozen=True)
class SettingsChoice:
    folders: tuple[str, ...]
    model: str
    excludes: tuple[str, ...]
    threads: int


class SettingsDialog(QDialog):
    def __init__(self, current: SettingsChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("PhotoSeek settings")
        self.current = current
        layout = QVBoxLayout(self)
        layout.addWidget(self._folders_box(current.folders))
        layout.addWidget(self._model_box(current.model))
        layout.addWidget(self._other_box(current))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 600)

    def _folders_box(self, folders: tuple[str, ...]) -> QGroupBox:
        box = QGroupBox("Library folders")
        self.folder_list = QListWidget()
        self.folder_list.addItems(list(folders))
        add = QPushButton("Add…")
        add.clicked.connect(self._add_folder)
        self.remove_button = QPushButton("Remove")
        self.remove_button.clicked.connect(self.remove_selected_folder)
        note = QLabel("Removing a folder removes its photos from the index; the files themselves stay.")
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column = QVBoxLayout(box)
        column.addWidget(self.folder_list)
        column.addLayout(buttons)
        column.addWidget(note)
        return box

    def _model_box(self, model: str) -> QGroupBox:
        box = QGroupBox("Search model")
        self.model_combo = QComboBox()
        for entry in modelchoice.CURATED:
            self.model_combo.addItem(f"{entry.title} — {entry.download} download", entry.spec)
        self.set_model(model)
        self.model_note = QLabel()
        self.model_note.setWordWrap(True)
        self.model_combo.currentIndexChanged.connect(self._describe_model)
        choose = QPushButton("Choose model folder/file…")
        choose.clicked.connect(self._choose_model_file)
        row = QHBoxLayout()
        row.addWidget(self.model_combo, 1)
        row.addWidget(choose)
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(self.model_note)
        self._describe_model()
        return box

    def _other_box(self, current: SettingsChoice) -> QGroupBox:
        box = QGroupBox("Indexing")
        self.excludes_edit = QPlainTextEdit("\n".join(current.excludes))
        self.excludes_edit.setPlaceholderText("One pattern per line, e.g. *.gif or */Screenshots/*")
        self.excludes_edit.setMaximumHeight(90)
        self.threads_spin = QSpinBox()
        self.threads_spin.setRange(0, max(1, os.cpu_count() or 1))
        self.threads_spin.setSpecialValueText("Automatic")
        self.threads_spin.setValue(current.threads)
        form = QFormLayout(box)
        form.addRow("Leave out files matching:", self.excludes_edit)
        form.addRow("CPU threads:", self.threads_spin)
        return box

    def set_model(self, spec: str) -> None:
        index = self.model_combo.findData(spec)
        if index < 0:
            self.model_combo.addItem(f"Your model: {spec}", spec)
            index = self.model_combo.count() - 1
        self.model_combo.setCurrentIndex(index)

    def add_folder(self, folder: str) -> None:
        existing = [self.folder_list.item(i).text() for i in range(self.folder_list.count())]
        if folder and folder not in existing:
            self.folder_list.addItem(folder)

    def remove_selected_folder(self) -> None:
        for item in self.folder_list.selectedItems():
            self.folder_list.takeItem(self.folder_list.row(item))

    def choice(self) -> SettingsChoice:
        excludes = tuple(line.strip() for line in self.excludes_edit.toPlainText().splitlines() if line.strip())
        return SettingsChoice(
            folders=tuple(self.folder_list.item(i).text() for i in range(self.folder_list.count())),
            model=str(self.model_combo.currentData()), excludes=excludes, threads=self.threads_spin.value())

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Add a folder of photos")
        if folder:
            self.add_folder(os.path.normpath(folder))

    def _choose_model_file(self) -> None:
        spec = modelchoice.ask_for_model(self)
        if spec:
            self.set_model(spec)

    def _describe_model(self) -> None:
        spec = str(self.model_combo.currentData())
        entry = modelchoice.curated(spec)
        text = entry.tradeoff if entry else "A model on this computer."
        if spec != self.current.model:
            text += " Changing the model re-indexes every photo in the background; search keeps working."
        self.model_note.setText(text)


def apply_choice(before: SettingsChoice, after: SettingsChoice, backend: Backend, settings: Settings,
                 use_model: Callable[[str], None]) -> None:
    """Turn what changed into worker requests; each one re-indexes in the background as needed."""
    old = {normalise_folder(f) for f in before.folders}
    new = {normalise_folder(f) for f in after.folders}
    for folder in sorted(old - new):
        backend.remove_folder(folder)
    if new - old:
        backend.add_folders(sorted(new - old))
    if after.excludes != before.excludes:
        backend.set_excludes(list(after.excludes))
    if after.threads != before.threads:
        settings.set(opt.THREADS, after.threads)
        backend.set_threads(after.threads)
    if after.model != before.model:
        use_model(after.model)
