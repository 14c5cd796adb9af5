"""The window's settings, each declared once with its type, default and meaning; stored as INI in the app home.

Library folders and exclude patterns are not here: the engine keeps them in library.json, so the
command line and the window always agree on what the library is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from photoseek.core.paths import AppHome

T = TypeVar("T")
SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T
    description: str


MODEL = Setting("engine/model", str, "", "model spec chosen in the window; empty: $PHOTOSEEK_MODEL or the default")
THREADS = Setting("engine/threads", int, 0, "CPU threads for decoding and the model; 0 = automatic")
RESULT_LIMIT = Setting("search/limit", int, 1000, "how many results a search shows at most")
THUMBNAIL_SIZE = Setting("view/thumbnail_size", int, 160, "thumbnail cell size in pixels")
GEOMETRY = Setting("window/geometry", bytes, b"", "the main window's saved geometry")

ALL = (MODEL, THREADS, RESULT_LIMIT, THUMBNAIL_SIZE, GEOMETRY)
THUMBNAIL_MIN, THUMBNAIL_MAX, THUMBNAIL_STEP = 96, 256, 32


class Settings:
    """Typed access to the declared settings in `home.settings_file`."""

    def __init__(self, home: AppHome) -> None:
        self._store = QSettings(str(home.settings_file), QSettings.Format.IniFormat)
        if int(self._store.value("version", 0) or 0) < SETTINGS_VERSION:
            self._store.setValue("version", SETTINGS_VERSION)  # the first version: nothing to upgrade

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
