"""The library's settings, declared once: what defines the index, read by the engine, the CLI and the window.

Each option has a type, a default, limits and a one-line description (`photoseek config list` prints
them). They live in `library.json` in the app home, written atomically with the previous version kept
as `library.json.bak`. Window-only preferences (geometry, thumbnail size) stay in Qt's settings.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from photoseek.core.errors import ConfigError, DamagedFileError, LibraryError
from photoseek.core.folders import is_within, normalise_folder
from photoseek.core.modelspec import DEFAULT_MODEL, parse_model_spec
from photoseek.core.statefile import backup_of, read_json, write_json

log = logging.getLogger("photoseek.settings")

FORMAT_VERSION = 2
MAX_THREADS = 256
LIBRARY_ID = re.compile(r"^[A-Za-z0-9]{4,48}$")
SERVER_SCHEMES = ("http://", "https://", "tcp://", "grpc://", "unix:")
WHAT = "library settings"
REMEDY = "`photoseek config reset` restores the last good copy (your photos and the index are not touched)"


def _check_model(value: Any) -> str:
    text = str(value).strip()
    if not text:
        raise ConfigError("model: give a model, e.g. " + DEFAULT_MODEL)
    return parse_model_spec(text).label  # raises ModelUnavailableError with its own clear line


def _check_threads(value: Any) -> int:
    try:
        threads = int(value)
    except (TypeError, ValueError):
        raise ConfigError(f"threads: not a whole number: {value!r}") from None
    if not 0 <= threads <= MAX_THREADS:
        raise ConfigError(f"threads: must be 0 (automatic) to {MAX_THREADS}, not {threads}")
    return threads


def _check_patterns(value: Any) -> list[str]:
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        raise ConfigError("excludes: must be a list of patterns")
    patterns: list[str] = []
    for item in value:
        if not isinstance(item, str) or "\0" in item:
            raise ConfigError(f"excludes: not a pattern: {item!r}")
        if item.strip() and item.strip() not in patterns:
            patterns.append(item.strip())
    return patterns


def _check_folders(value: Any) -> list[str]:
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        raise ConfigError("folders: must be a list of folders")
    if not all(isinstance(item, str) and item.strip() for item in value):
        raise ConfigError("folders: every entry must be a folder path")
    return [normalise_folder(item) for item in value]


def _check_uri(value: Any) -> str:
    text = str(value).strip()
    if text and not text.startswith(SERVER_SCHEMES):
        raise ConfigError(f"milvus_uri: {text!r} is not a server address; use e.g. http://nas:19530, or leave it "
                          "empty for the index in the app home")
    return text


def _check_library_id(value: Any) -> str:
    text = str(value).strip()
    if not LIBRARY_ID.match(text):
        raise ConfigError(f"library_id: {text!r} must be 4 to 48 letters or digits")
    return text


def new_library_id() -> str:
    return secrets.token_hex(6)


@dataclass(frozen=True)
class Option:
    """One declared setting. `check` validates and normalises a value (raises ConfigError)."""

    name: str
    kind: type
    default: Callable[[], Any]
    description: str
    check: Callable[[Any], Any]
    editable: bool = True  # False: it has its own commands (folders: `index FOLDER`, `remove FOLDER`)

    def from_text(self, values: list[str]) -> Any:
        """The typed value of command-line words."""
        if self.kind is list:
            return list(values)
        if len(values) != 1:
            raise ConfigError(f"{self.name}: give exactly one value")
        return values[0]


OPTIONS: dict[str, Option] = {option.name: option for option in (
    Option("folders", list, list, "library folders, with their subfolders (photoseek index FOLDER / remove FOLDER)",
           _check_folders, editable=False),
    Option("excludes", list, list, "files and folders to leave out: name or path patterns such as *.gif or "
           "Screenshots", _check_patterns),
    Option("model", str, lambda: DEFAULT_MODEL, "the CLIP model the library is indexed with; changing it "
           "re-embeds every photo in the background while search keeps using the old index", _check_model),
    Option("threads", int, lambda: 0, f"CPU threads for decoding and the model: 0 (automatic) to {MAX_THREADS}",
           _check_threads),
    Option("milvus_uri", str, str, "a Milvus server for the index (e.g. http://nas:19530); empty: index.db in "
           "the app home", _check_uri),
    Option("library_id", str, new_library_id, "this library's name in the index; give a second home the same "
           "id and server to share one index", _check_library_id),
)}


class LibrarySettings:
    """The declared options of one library, as stored in `library.json`."""

    def __init__(self, path: Path, values: dict[str, Any] | None = None) -> None:
        self.path = path
        self._values: dict[str, Any] = dict(values or {})  # only what the file holds or the user set

    # -- loading and saving -----------------------------------------------------------------

    @classmethod
    def load(cls, path: Path) -> LibrarySettings:
        """Read `path`; a missing file is a new library, a damaged one raises DamagedFileError."""
        try:
            data = read_json(path, WHAT)
        except DamagedFileError as error:
            raise DamagedFileError(path, WHAT, error.detail, REMEDY) from None
        if data is None:
            return cls(path)
        try:
            return cls(path, _parse(data))
        except ConfigError as error:
            raise DamagedFileError(path, WHAT, str(error), REMEDY) from None

    def save(self) -> None:
        data = {"version": FORMAT_VERSION, **{name: self.get(name) for name in OPTIONS if self.is_set(name)}}
        write_json(self.path, data, keep_backup=True)

    @classmethod
    def restore(cls, path: Path) -> str:
        """`photoseek config reset`: the last good copy if there is one, else a fresh file. Says which."""
        backup = backup_of(path)
        try:
            restored = cls.load(backup)
        except DamagedFileError:
            restored = None
        if restored is not None and backup.exists():
            restored.path = path
            restored.save()
            return f"restored the library settings from {backup}"
        if path.exists():
            os.replace(path, path.with_name(path.name + ".damaged"))
        return f"the library settings start afresh (no good copy was found; the old file is {path}.damaged)"

    # -- values -----------------------------------------------------------------------------

    def is_set(self, name: str) -> bool:
        return name in self._values

    def get(self, name: str) -> Any:
        option = OPTIONS[name]
        if name not in self._values:
            return option.default()
        value = self._values[name]
        return list(value) if isinstance(value, list) else value

    def set(self, name: str, value: Any) -> Any:
        """Validate and set (not saved yet); returns the normalised value."""
        option = _option(name)
        checked = option.check(value)
        self._values[name] = checked
        return checked

    def adopt_default(self, name: str, value: Any = None) -> None:
        """Make a default (or `value`) explicit, so a later release's new default never changes this library."""
        if not self.is_set(name):
            self._values[name] = value if value is not None else OPTIONS[name].default()

    def describe(self) -> list[dict[str, Any]]:
        return [{"name": o.name, "value": self.get(o.name), "default": o.default() if o.name != "library_id"
                 else None, "description": o.description, "editable": o.editable} for o in OPTIONS.values()]

    # -- the library's folders ----------------------------------------------------------------

    @property
    def folders(self) -> list[str]:
        return self.get("folders")

    @property
    def excludes(self) -> list[str]:
        return self.get("excludes")

    def add_folder(self, folder: str | os.PathLike[str]) -> str:
        """Add a folder (must exist); returns its normalised form. Nested folders are kept once."""
        root = normalise_folder(folder)
        if not os.path.isdir(root):
            raise LibraryError(f"folder not found: {folder}")
        folders = self.folders
        if not any(is_within(root, existing) for existing in folders):
            self._values["folders"] = [f for f in folders if not is_within(f, root)] + [root]
        return root

    def remove_folder(self, folder: str | os.PathLike[str]) -> str:
        root = normalise_folder(folder)
        if root not in self.folders:
            raise LibraryError(f"not a library folder: {folder}")
        self._values["folders"] = [f for f in self.folders if f != root]
        return root


def _option(name: str) -> Option:
    option = OPTIONS.get(name)
    if option is None:
        raise ConfigError(f"no setting named {name!r}; the settings are: {', '.join(OPTIONS)}")
    return option


def _parse(data: Any) -> dict[str, Any]:
    """The file's values, shape-checked; version 1 files (`roots`, `excludes`) are read too."""
    if not isinstance(data, dict):
        raise ConfigError("not a JSON object")
    if "version" not in data and "roots" in data:  # version 1
        data = {"folders": data.get("roots"), "excludes": data.get("excludes", [])}
    values: dict[str, Any] = {}
    for name, option in OPTIONS.items():
        if name not in data:
            continue
        raw = data[name]
        if option.kind is list and not isinstance(raw, list):
            raise ConfigError(f"{name!r} must be a list")
        if option.kind is int and (isinstance(raw, bool) or not isinstance(raw, int)):
            raise ConfigError(f"{name!r} must be a whole number")
        if option.kind is str and not isinstance(raw, str):
            raise ConfigError(f"{name!r} must be text")
        if name == "model":  # only its shape: a model folder may be on a drive that is not plugged in
            if not raw.strip():
                raise ConfigError("'model' is empty")
            values[name] = raw
        else:
            values[name] = option.check(raw)
    return values
