"""The row PhotoSeek keeps per photo, and the id derived from its path."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

import numpy as np

CAMERA_BYTES = 255  # the store's camera field holds this many bytes


def is_storable(path: str) -> bool:
    """Milvus keeps text as UTF-8: a name with undecodable bytes (an old camera's, another OS's) cannot be stored."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def fit_text(text: str, limit: int) -> str:
    """At most `limit` bytes of UTF-8 (a Milvus VARCHAR's limit), cut between characters."""
    return text.encode("utf-8", "replace")[:limit].decode("utf-8", "ignore")


def path_id(path: str) -> int:
    """Signed 64-bit primary key derived from the path: stable, and never needs escaping."""
    digest = hashlib.blake2b(os.fsencode(path), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    """What the index knows about a file without its vector: enough to decide what changed."""

    id: int
    path: str
    size: int
    mtime_ns: int
    fingerprint: str


@dataclass
class PhotoRecord:
    """One photo as stored: where it is, what it looks like on disk, and its embedding."""

    path: str
    size: int
    mtime_ns: int
    fingerprint: str
    width: int
    height: int
    taken: int
    vector: np.ndarray
    camera: str = ""  # "Canon EOS 5D" from EXIF; "" when unknown

    @property
    def id(self) -> int:
        return path_id(self.path)

    def moved_to(self, path: str, size: int, mtime_ns: int) -> PhotoRecord:
        """The same picture at a new path (or touched in place): keeps its vector and metadata."""
        return PhotoRecord(path, size, mtime_ns, self.fingerprint, self.width, self.height, self.taken,
                           self.vector, self.camera)

    def to_row(self) -> dict[str, object]:
        return {
            "id": self.id,
            "path": self.path,
            "folder": os.path.dirname(self.path),
            "ext": os.path.splitext(self.path)[1][1:].lower(),
            "size": self.size,
            "mtime_ns": self.mtime_ns,
            "fingerprint": self.fingerprint,
            "width": self.width,
            "height": self.height,
            "taken": self.taken,
            "camera": fit_text(self.camera, CAMERA_BYTES),
            "vector": self.vector.astype(np.float32).tolist(),
        }

    @classmethod
    def from_row(cls, row: dict[str, object]) -> PhotoRecord:
        return cls(
            path=str(row["path"]), size=int(row["size"]), mtime_ns=int(row["mtime_ns"]),  # type: ignore[arg-type]
            fingerprint=str(row["fingerprint"]), width=int(row["width"]),  # type: ignore[arg-type]
            height=int(row["height"]), taken=int(row["taken"]),  # type: ignore[arg-type]
            vector=np.asarray(row["vector"], dtype=np.float32), camera=str(row.get("camera", "")),
        )
