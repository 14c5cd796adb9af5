"""Find the photos under the library folders: a recursive, loop-safe walk that yields file stats."""

from __future__ import annotations

import fnmatch
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from photoseek.core.library import is_within

log = logging.getLogger("photoseek.scan")

PHOTO_EXTENSIONS = frozenset(
    {"jpg", "jpeg", "png", "webp", "bmp", "gif", "tif", "tiff", "heic", "heif", "avif"}
)


@dataclass(frozen=True, slots=True)
class FileStat:
    """A photo file as the scan saw it; size and mtime decide whether it changed."""

    path: str
    size: int
    mtime_ns: int


@dataclass
class ScanResult:
    files: dict[str, FileStat] = field(default_factory=dict)
    missing_roots: list[str] = field(default_factory=list)


def extension_of(path: str) -> str:
    return os.path.splitext(path)[1][1:].lower()


def is_photo_name(name: str) -> bool:
    return not name.startswith(".") and extension_of(name) in PHOTO_EXTENSIONS


class Scanner:
    """Walks folders for photos, skipping hidden folders, the app's own data and excluded patterns."""

    def __init__(self, excludes: Iterable[str] = (), skip_folders: Iterable[str] = ()) -> None:
        self.excludes = list(excludes)
        self.skip_folders = [os.path.normpath(f) for f in skip_folders]

    def scan_roots(self, roots: Iterable[str]) -> ScanResult:
        """Scan whole library roots. A root that is gone is reported, never read as 'no photos'."""
        result = ScanResult()
        for root in roots:
            if not os.path.isdir(root):
                log.warning("library folder is missing, keeping its photos in the index: %s", root)
                result.missing_roots.append(root)
                continue
            for stat in self.walk(root):
                result.files[stat.path] = stat
        return result

    def scan_paths(self, paths: Iterable[str]) -> dict[str, FileStat]:
        """Stat individual paths (files, or folders walked recursively) that still exist."""
        found: dict[str, FileStat] = {}
        for path in paths:
            if os.path.isdir(path):
                found.update((s.path, s) for s in self.walk(path))
            elif self.wants_file(path):
                stat = _stat_file(path)
                if stat is not None:
                    found[path] = stat
        return found

    def wants_file(self, path: str) -> bool:
        name = os.path.basename(path)
        if not is_photo_name(name) or self._excluded(path, name):
            return False
        parent = os.path.dirname(path)
        return not any(is_within(parent, skip) for skip in self.skip_folders)

    def walk(self, folder: str) -> Iterator[FileStat]:
        """Depth-first walk following symlinks; each real folder is entered once (no loops)."""
        visited: set[tuple[int, int]] = set()
        stack = [folder]
        while stack:
            current = stack.pop()
            try:
                info = os.stat(current)
            except OSError as error:
                log.warning("cannot open folder %s: %s", current, error.strerror)
                continue
            key = (info.st_dev, info.st_ino)
            if key in visited or any(is_within(current, skip) for skip in self.skip_folders):
                continue
            visited.add(key)
            try:
                entries = list(os.scandir(current))
            except OSError as error:
                log.warning("cannot list folder %s: %s", current, error.strerror)
                continue
            subfolders = []
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    continue
                if is_dir:
                    if not self._excluded(entry.path, entry.name):
                        subfolders.append(entry.path)
                elif is_photo_name(entry.name) and not self._excluded(entry.path, entry.name):
                    stat = _stat_file(entry.path)
                    if stat is not None:
                        yield stat
            stack.extend(sorted(subfolders, reverse=True))

    def _excluded(self, path: str, name: str) -> bool:
        return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(path, p) for p in self.excludes)


def _stat_file(path: str) -> FileStat | None:
    try:
        info = os.stat(path)
    except OSError:
        return None  # vanished or a dangling symlink
    if not os.path.isfile(path):
        return None
    return FileStat(path=path, size=info.st_size, mtime_ns=info.st_mtime_ns)
