"""Settings: library folders, the model, exclude patterns and CPU threads. Returns a choice; the window applies it."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from photoseek.core import modelfiles
from photoseek.core.errors import PhotoSeekError
from photoseek.core.folders import normalise_folder
from photoseek.core.modelspec import parse_model_spec
from photoseek.core.settings import OPTIONS
from photoseek.gui import i18n, modelchoice
from photoseek.gui.appearance import CHOICES, SYSTEM
from photoseek.gui.backend import Backend


@dataclass(frozen=True)
class SettingsChoice:
    """The library's settings as the dialog shows them (declared in `photoseek.core.settings`)."""

    folders: tuple[str, ...]
    model: str
    excludes: tuple[str, ...]
    threads: int
    offline: dict[str, str] = field(default_factory=dict)  # folder → why it is unavailable
    photos: dict[str, int] = field(default_factory=dict)  # folder → photos in the index, where known
    unreadable: dict[str, int] = field(default_factory=dict)  # folder → files that could not be read
    indexing: bool = False
    downloaded: tuple[str, ...] = ()  # curated models whose weights are on this computer
    local_models: tuple[str, ...] = ()  # model folders and files chosen before


class SettingsDialog(QDialog):
    """The library's settings (a `SettingsChoice`) and the window's appearance (a window preference)."""

    reindex_requested = Signal()

    def __init__(self, current: SettingsChoice, parent: QWidget | None = None, appearance: str = SYSTEM,
                 show_weaker: bool = False, language: str = "") -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one is made each time it is opened
        self.setWindowTitle(self.tr("PhotoSeek settings"))
        self.current = current
        layout = QVBoxLayout(self)
        layout.addWidget(self._folders_box(current.folders))
        layout.addWidget(self._model_box(current.model))
        layout.addWidget(self._other_box(current))
        layout.addWidget(self._window_box(appearance, show_weaker, language))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: palette(bright-text); background: #b3261e; padding: 6px;")
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 600)

    def accept_if_valid(self) -> None:
        """Check the choice with the same rules as `photoseek config set`; say what is wrong, keep the dialog."""
        self.error_label.setVisible(False)
        choice = self.choice()
        try:
            OPTIONS["excludes"].check(list(choice.excludes))
            OPTIONS["threads"].check(choice.threads)
            if choice.model != self.current.model:
                OPTIONS["model"].check(choice.model)
        except PhotoSeekError as error:
            self.error_label.setText(str(error))
            self.error_label.setVisible(True)
            return
        self.accept()

    def _folders_box(self, folders: tuple[str, ...]) -> QGroupBox:
        box = QGroupBox(self.tr("Library folders"))
        self.folder_list = QListWidget()
        for folder in folders:
            self.add_folder(folder)
        add = QPushButton(self.tr("Add…"))
        add.clicked.connect(self._add_folder)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected_folder)
        reindex = QPushButton(self.tr("Re-index now"))
        reindex.setToolTip(self.tr("Look through every folder again now for new, changed, moved and deleted photos "
                                   "(the window also does this on its own)"))
        reindex.clicked.connect(self.reindex_requested)
        note = QLabel(self.tr("Removing a folder removes its photos from the index; the files themselves stay."))
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(reindex)
        column = QVBoxLayout(box)
        column.addWidget(self.folder_list)
        column.addLayout(buttons)
        column.addWidget(note)
        return box

    def _model_box(self, model: str) -> QGroupBox:
        box = QGroupBox(self.tr("Search model"))
        self.model_combo = QComboBox()
        for entry in modelchoice.CURATED:
            if entry.spec in self.current.downloaded:
                text = self.tr("{model} — downloaded").format(model=modelchoice.shown(entry.title))
            else:
                text = self.tr("{model} — {size} download").format(model=modelchoice.shown(entry.title),
                                                                   size=modelchoice.shown(entry.download))
            self.model_combo.addItem(text, entry.spec)
        for spec in self.current.local_models:
            self.set_model(spec)
        self.set_model(model)
        self.model_note = QLabel()
        self.model_note.setWordWrap(True)
        self.languages_note = QLabel()
        self.languages_note.setWordWrap(True)
        self.model_combo.currentIndexChanged.connect(self._describe_model)
        choose = QPushButton(self.tr("Choose model file…"))
        choose.setToolTip(self.tr("An open_clip_config.json, or a weights file (.safetensors, .pt)"))
        choose.clicked.connect(self._choose_model_file)
        choose_folder = QPushButton(self.tr("Choose model folder…"))
        choose_folder.setToolTip(self.tr("A folder with an open_clip model: open_clip_config.json and its weights"))
        choose_folder.clicked.connect(self._choose_model_folder)
        row = QHBoxLayout()
        row.addWidget(self.model_combo, 1)
        row.addWidget(choose)
        row.addWidget(choose_folder)
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(self.model_note)
        column.addWidget(self.languages_note)
        self._describe_model()
        return box

    def _other_box(self, current: SettingsChoice) -> QGroupBox:
        box = QGroupBox(self.tr("Indexing"))
        self.excludes_edit = QPlainTextEdit("\n".join(current.excludes))
        self.excludes_edit.setPlaceholderText(self.tr("One pattern per line, e.g. *.gif or */Screenshots/*"))
        self.excludes_edit.setMaximumHeight(90)
        self.threads_spin = QSpinBox()
        self.threads_spin.setRange(0, max(1, os.cpu_count() or 1, current.threads))
        self.threads_spin.setSpecialValueText(self.tr("Automatic"))
        self.threads_spin.setValue(current.threads)
        form = QFormLayout(box)
        form.addRow(self.tr("Leave out files matching:"), self.excludes_edit)
        form.addRow(self.tr("CPU threads:"), self.threads_spin)
        return box

    def _window_box(self, appearance: str, show_weaker: bool, language: str) -> QGroupBox:
        box = QGroupBox(self.tr("Window"))
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("The system's language"), "")
        for code, name in i18n.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_combo.setToolTip(self.tr("The window's language, from the next start of PhotoSeek"))
        self.appearance_combo = QComboBox()
        for value, label in CHOICES.items():
            self.appearance_combo.addItem(QCoreApplication.translate("appearance", label), value)
        self.appearance_combo.setCurrentIndex(max(0, self.appearance_combo.findData(appearance)))
        self.appearance_combo.setToolTip(self.tr("Light or dark; by default as the system is set"))
        self.show_weaker_check = QCheckBox(self.tr("Show weaker matches without asking"))
        self.show_weaker_check.setChecked(show_weaker)
        self.show_weaker_check.setToolTip(self.tr("A search lists the photos below the relevance cutoff after its "
                                                  "matches, instead of behind a “Show N weaker matches” row"))
        form = QFormLayout(box)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(self.tr("Appearance:"), self.appearance_combo)
        form.addRow(self.tr("Search results:"), self.show_weaker_check)
        return box

    def appearance(self) -> str:
        return str(self.appearance_combo.currentData())

    def language(self) -> str:
        """A code of `i18n.LANGUAGES`, or "" for the system's."""
        return str(self.language_combo.currentData())

    def show_weaker(self) -> bool:
        return self.show_weaker_check.isChecked()

    def set_model(self, spec: str) -> None:
        index = self.model_combo.findData(spec)
        if index < 0:
            self.model_combo.addItem(self.tr("On this computer: {model}").format(model=spec), spec)
            index = self.model_combo.count() - 1
        self.model_combo.setCurrentIndex(index)

    def add_folder(self, folder: str) -> None:
        if folder and folder not in self.folders():
            item = QListWidgetItem(folder_text(folder, self.current))
            item.setData(Qt.ItemDataRole.UserRole, folder)
            reason = self.current.offline.get(folder)
            if reason:
                item.setToolTip(self.tr("{folder} is {reason}").format(folder=folder, reason=i18n.from_core(reason)))
            self.folder_list.addItem(item)

    def folders(self) -> list[str]:
        return [str(self.folder_list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.folder_list.count())]

    def remove_selected_folder(self) -> None:
        """After a confirmation that says how many photos leave the index (the files stay)."""
        for item in self.folder_list.selectedItems():
            folder = str(item.data(Qt.ItemDataRole.UserRole))
            if self._confirm_removal(folder):
                self.folder_list.takeItem(self.folder_list.row(item))

    def _confirm_removal(self, folder: str) -> bool:
        count = self.current.photos.get(folder)
        if count is not None:
            text = self.tr("Remove {folder} from the library?\n\nIts %Ln photo(s) (leaves|leave) the index when you "
                           "press OK (the files themselves stay where they are); adding the folder again re-reads "
                           "them.",
                           "", count)
        else:
            text = self.tr("Remove {folder} from the library?\n\nIts photos leave the index when you press OK "
                           "(the files themselves stay where they are); adding the folder again re-reads them.")
        answer = QMessageBox.question(
            self, self.tr("Remove folder"), text.format(folder=folder),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def choice(self) -> SettingsChoice:
        excludes = tuple(line.strip() for line in self.excludes_edit.toPlainText().splitlines() if line.strip())
        return SettingsChoice(folders=tuple(self.folders()), model=str(self.model_combo.currentData()),
                              excludes=excludes, threads=self.threads_spin.value())

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of photos"))
        if folder:
            self.add_folder(os.path.normpath(folder))

    def _choose_model_file(self) -> None:
        spec = modelchoice.ask_for_model(self)
        if spec:
            self.set_model(spec)

    def _choose_model_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose an open_clip model folder"))
        if not folder:
            return
        config = os.path.join(folder, "open_clip_config.json")
        spec = modelchoice.spec_for_file(config) if os.path.isfile(config) else None
        if spec is None:
            self.error_label.setText(
                self.tr("{folder} holds no open_clip model (no open_clip_config.json in it)").format(folder=folder))
            self.error_label.setVisible(True)
            return
        self.error_label.setVisible(False)
        self.set_model(spec)

    def _describe_model(self) -> None:
        spec = str(self.model_combo.currentData())
        entry = modelchoice.curated(spec)
        text = modelchoice.shown(entry.tradeoff) if entry else self.tr("A model on this computer.")
        if spec != self.current.model:
            text = self.tr("{model} Changing the model re-indexes every photo in the background; until that is done, "
                           "search keeps using the current model's index.").format(model=text)
        self.model_note.setText(text)
        self.languages_note.setText(modelchoice.languages_text(spec))


def downloaded_models(cache: Path) -> tuple[str, ...]:
    """The curated models whose weights are in the model cache (looked up on disk, never on the network)."""
    return tuple(entry.spec for entry in modelchoice.CURATED
                 if modelfiles.is_downloaded(parse_model_spec(entry.spec, check_names=False), cache))


def folder_text(folder: str, current: SettingsChoice) -> str:
    """"~/Pictures — 1,234 photos · 2 unreadable", with "offline" or "indexing…" where it applies."""
    parts = []
    count = current.photos.get(folder)
    if count is not None:
        parts.append(QCoreApplication.translate("settingsdialog", "%Ln photo(s)", "", count))
    unreadable = current.unreadable.get(folder, 0)
    if unreadable:
        parts.append(QCoreApplication.translate("settingsdialog", "%Ln unreadable", "", unreadable))
    if folder in current.offline:
        parts.append(QCoreApplication.translate("settingsdialog", "offline: its photos are kept"))
    elif current.indexing:
        parts.append(QCoreApplication.translate("settingsdialog", "indexing…"))
    return f"{folder}  —  {' · '.join(parts)}" if parts else folder


def apply_choice(before: SettingsChoice, after: SettingsChoice, backend: Backend,
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
        backend.set_threads(after.threads)
    if after.model != before.model:
        use_model(after.model)
