"""Milvus Lite's database folder, checked before Lite opens it.

Lite (3.2) recovers a collection when it opens it, and that recovery can destroy data: with a
damaged `manifest.json` and no usable `manifest.json.prev` it opens the collection as empty and
deletes every segment file the manifest no longer lists. Its own errors also cannot tell "locked
by another process" from "damaged". So the folder is examined first, with the facts measured in a
damage study of Lite 3.2 (38 kinds of damage):

- a plain file where the folder should be, an unreadable schema, no readable manifest at all, or a
  segment file that is not Parquet: damaged — Lite must not open it; `photoseek rebuild` re-creates it;
- a segment file the manifest lists but that is gone, or a manifest that falls back to its `.prev`:
  Lite opens it with fewer rows, and the engine's own photo count reports the loss (the next run re-adds);
- vector index files (`*.idx`) are derived: a broken one is deleted and Lite rebuilds it (`drop_vector_indexes`).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from photoseek.core.errors import StoreDamagedError, StoreLockedError

log = logging.getLogger("photoseek.litecheck")

PARQUET_MAGIC = b"PAR1"
REBUILD_HINT = "`photoseek rebuild` re-creates it from your library folders (your photos are not touched)"


def check_database(path: Path) -> None:
    """Raise StoreDamagedError or StoreLockedError if Lite must not open `path`; a missing folder is new."""
    if not path.exists() and not path.is_symlink():
        return
    if not path.is_dir():
        raise StoreDamagedError(f"the index {path} is damaged (a file, not a folder): {REBUILD_HINT}")
    _probe_lock(path / "LOCK")
    collections = path / "collections"
    if not collections.is_dir():
        return
    for folder in sorted(p for p in collections.iterdir() if p.is_dir()):
        problem = collection_problem(folder)
        if problem:
            raise StoreDamagedError(f"the index {path} is damaged ({folder.name}: {problem}): {REBUILD_HINT}")


def collection_problem(folder: Path) -> str | None:
    """What makes one collection folder unsafe to open, or None."""
    schema = folder / "schema.json"
    if not schema.is_file():
        return "its schema is missing"
    if _read_json(schema) is None:
        return "its schema is unreadable"
    manifest = _read_json(folder / "manifest.json")
    if manifest is None:
        manifest = _read_json(folder / "manifest.json.prev")
        if manifest is None:
            return "its list of segments is unreadable"
        log.warning("%s: manifest.json is damaged; Lite falls back to its previous copy (recent rows may be lost)",
                    folder)
    partitions = manifest.get("partitions") if isinstance(manifest, dict) else None
    if not isinstance(partitions, dict):
        return "its list of segments is unreadable"
    for name, partition in partitions.items():
        files = partition.get("data_files", []) + partition.get("delta_files", []) if isinstance(partition, dict) \
            else []
        for relative in files:
            segment = folder / "partitions" / name / str(relative)
            if not segment.exists():
                log.warning("%s: segment %s is missing; its rows are lost", folder, relative)
                continue
            if not _is_parquet(segment):
                return f"segment {relative} is not readable"
    return None


def drop_vector_indexes(database: Path, collection: str) -> int:
    """Delete a collection's vector index files (derived: Lite rebuilds them on load); returns how many."""
    dropped = 0
    for index_file in (database / "collections" / collection).glob("partitions/*/indexes/*.idx"):
        try:
            index_file.unlink()
            dropped += 1
        except OSError as error:
            log.warning("cannot delete the damaged index file %s: %s", index_file, error)
    return dropped


def _probe_lock(lock: Path) -> None:
    """Lite's 'Open local milvus failed' means locked or broken alike: ask the lock itself."""
    if os.name == "nt" or not lock.exists():
        return
    import fcntl

    try:
        fd = os.open(lock, os.O_RDWR)
    except OSError:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.flock(fd, fcntl.LOCK_UN)
    except BlockingIOError:
        raise StoreLockedError(f"the index {lock.parent} is in use by another program "
                               "(is another PhotoSeek running?)") from None
    finally:
        os.close(fd)


def _read_json(path: Path) -> object | None:
    try:
        return json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None


def _is_parquet(path: Path) -> bool:
    try:
        size = path.stat().st_size
        if size < 2 * len(PARQUET_MAGIC):
            return False
        with open(path, "rb") as handle:
            head = handle.read(len(PARQUET_MAGIC))
            handle.seek(size - len(PARQUET_MAGIC))
            return head == PARQUET_MAGIC and handle.read(len(PARQUET_MAGIC)) == PARQUET_MAGIC
    except OSError:
        return False
