"""The window's own preferences, each declared once with its type, default and meaning (INI in the app home).

What defines the library — folders, excludes, the model, threads — is not here: it is declared in
`photoseek.core.settings` and kept in library.json, so the command line and the window always agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from photoseek.core.paths import AppHome

T = TypeVar("T")
SETTINGS_VERSION = 2


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T
    description: str


RESULT_LIMIT = Setting("search/limit", int, 1000, "how many results a search shows at most")
THUMBNAIL_SIZE = Setting("view/thumbnail_size", int, 160, "thumbnail cell size in pixels")
GEOMETRY = Setting("window/geometry", bytes, b"", "the main window's saved geometry")
APPEARANCE = Setting("view/appearance", str, "system", "light, dark, or system (follow the system)")
LANGUAGE = Setting("view/language", str, "", "the window's language (de, fr, ja, zh_CN, en; empty: the system's)")

SEARCHED = Setting("view/searched", int, 0, "1 once a search was made: the example searches stop showing")
SHOW_WEAKER = Setting("search/show_weaker", int, 0, "1: show a search's weaker matches without asking")
GROUP_BURSTS = Setting("view/group_bursts", int, 0, "1: each burst of near-identical shots shows as one photo")
RECENT = Setting("search/recent", str, "[]", "the last searches the user kept to (JSON list, newest first)")
RECENT_KEPT = 20
LOCAL_MODELS = Setting("models/local", str, "[]", "model folders and files chosen before (JSON list)")
LANGUAGE_MODEL_ASKED = Setting("models/language_asked", int, 0,
                               "1 once first run asked whether to use a multilingual model")

ALL = (RESULT_LIMIT, THUMBNAIL_SIZE, GEOMETRY, APPEARANCE, LANGUAGE, SEARCHED, SHOW_WEAKER, GROUP_BURSTS, RECENT,
       LOCAL_MODELS, LANGUAGE_MODEL_ASKED)
# Kept here by releases before library.json declared them; handed to the engine once, then removed.
LEGACY_ENGINE_KEYS = {"model": "engine/model", "threads": "engine/threads"}
THUMBNAIL_MIN, THUMBNAIL_MAX, THUMBNAIL_STEP = 96, 256, 32


class Settings:
    """Typed access to the declared settings in `home.settings_file`."""

    def __init__(self, home: AppHome) -> None:
        self._store = QSettings(str(home.settings_file), QSettings.Format.IniFormat)
        if self._store.status() != QSettings.Status.NoError:  # unreadable: window preferences start afresh
            self._store.clear()
        self.legacy_engine: dict[str, Any] = {}
        if int(self._store.value("version", 0) or 0) < SETTINGS_VERSION:
            for name, key in LEGACY_ENGINE_KEYS.items():
                if self._store.contains(key):
                    self.legacy_engine[name] = self._store.value(key)
                    self._store.remove(key)
            self._store.setValue("version", SETTINGS_VERSION)

    @property
    def path(self) -> str:
        return self._store.fileName()

    def get(self, setting: Setting[T]) -> T:
        raw = self._store.value(setting.key, None)
        if raw is None:
            return setting.default
        return _convert(raw, setting)

    def set(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, QByteArray(value) if setting.type is bytes else value)

    def sync(self) -> None:
        self._store.sync()


def _convert(raw: Any, setting: Setting[T]) -> T:
    try:
        if setting.type is bytes:
            return bytes(raw.data() if isinstance(raw, QByteArray) else raw)  # type: ignore[return-value]
        if setting.type is int:
            return int(raw)  # type: ignore[return-value]
        return setting.type(raw)  # type: ignore[no-any-return]
    except (TypeError, ValueError):
        return setting.default
