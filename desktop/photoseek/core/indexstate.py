"""The engine's own bookkeeping in the app home (`index-state.json`): which index is complete, which is
being built, which folders are being removed, and the devices the library's volumes were on.

Nothing here is a setting: a damaged file is set aside and rebuilt from what the store holds.
"""

from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from photoseek.core.errors import DamagedFileError
from photoseek.core.statefile import read_json, write_json

log = logging.getLogger("photoseek.indexstate")

VERSION = 1


@dataclass
class IndexRecord:
    """One model's index of this library: its collection and, once complete, how many photos it held."""

    collection: str
    model: str  # the model spec's label
    fingerprint: str
    photos: int = 0

    @classmethod
    def from_dict(cls, data: Any) -> IndexRecord | None:
        if not isinstance(data, dict):
            return None
        try:
            return cls(str(data["collection"]), str(data["model"]), str(data["fingerprint"]),
                       int(data.get("photos", 0)))
        except (KeyError, TypeError, ValueError):
            return None


@dataclass
class StoreState:
    """What this home knows about its library's indexes in one store (Lite file or server)."""

    complete: IndexRecord | None = None  # searched; replaced only by a complete `building`
    building: IndexRecord | None = None  # a new model's index being filled
    removing: list[str] = field(default_factory=list)  # folders whose photos are being deleted

    def to_dict(self) -> dict[str, Any]:
        return {"complete": asdict(self.complete) if self.complete else None,
                "building": asdict(self.building) if self.building else None,
                "removing": list(self.removing)}

    @classmethod
    def from_dict(cls, data: Any) -> StoreState:
        data = data if isinstance(data, dict) else {}
        removing = data.get("removing")
        return cls(IndexRecord.from_dict(data.get("complete")), IndexRecord.from_dict(data.get("building")),
                   [str(f) for f in removing] if isinstance(removing, list) else [])


class IndexState:
    """Loaded once per engine, saved atomically after every change."""

    def __init__(self, path: Path, stores: dict[str, StoreState] | None = None,
                 devices: dict[str, int] | None = None, folders: int = 0) -> None:
        self.path = path
        self.stores = stores or {}
        self.devices = devices or {}  # volume path → st_dev when its photos were last seen
        self.folders = folders  # folders in the library at its last full scan (each one watch)
        self.recovered = False  # the file was damaged and set aside

    @classmethod
    def load(cls, path: Path) -> IndexState:
        try:
            data = read_json(path, "index state")
        except DamagedFileError as error:
            return cls._set_aside(path, error.detail)
        if data is None:
            return cls(path)
        if not isinstance(data, dict) or not isinstance(data.get("stores", {}), dict):
            return cls._set_aside(path, "wrong shape")
        raw = data.get("devices")
        devices = {str(k): v for k, v in raw.items() if isinstance(v, int)} if isinstance(raw, dict) else {}
        folders = data.get("folders")
        return cls(path, {str(k): StoreState.from_dict(v) for k, v in data.get("stores", {}).items()}, devices,
                   folders if isinstance(folders, int) else 0)

    @classmethod
    def _set_aside(cls, path: Path, detail: str) -> IndexState:
        log.warning("index state %s is damaged (%s): set aside, rebuilt from the index", path, detail)
        try:
            os.replace(path, path.with_name(path.name + ".damaged"))
        except OSError:
            pass
        state = cls(path)
        state.recovered = True
        return state

    def store(self, uri: str, library_id: str) -> StoreState:
        return self.stores.setdefault(f"{library_id}@{uri}", StoreState())

    def save(self) -> None:
        write_json(self.path, {"version": VERSION, "devices": self.devices, "folders": self.folders,
                               "stores": {key: s.to_dict() for key, s in self.stores.items()}})
