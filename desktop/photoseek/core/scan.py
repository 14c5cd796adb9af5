"""Find the photos under the library folders: a loop-safe walk that yields file stats.

What the walk cannot see is never reported as "no photos": a folder it cannot list, an entry it
cannot stat, a symlink whose target is gone — each is recorded as unknown, so the photos indexed
under it are kept. The walk also notes mount points (a folder on another device than its parent)
and symlinked folders, for the availability rule (`volumes`) and the watcher.

Before every folder the walk calls `on_folder` with the number of photos found so far: the engine
reports progress there and stops a cancelled scan (by raising out of the walk).
"""

from __future__ import annotations

import errno
import logging
import os
import stat as stat_module
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from photoseek.core.membership import LibraryRules

log = logging.getLogger("photoseek.scan")

GONE_ERRNOS = {errno.ENOENT, errno.ENOTDIR}


@dataclass(frozen=True, slots=True)
class FileStat:
    """A photo file as the scan saw it; size and mtime decide whether it changed."""

    path: str
    size: int
    mtime_ns: int


@dataclass
class ScanResult:
    files: dict[str, FileStat] = field(default_factory=dict)
    missing_roots: list[str] = field(default_factory=list)  # library folders that are not there at all
    unknown: dict[str, str] = field(default_factory=dict)  # path → why it could not be read (rows kept)
    devices: dict[str, int] = field(default_factory=dict)  # each library folder and mount point → st_dev
    links: dict[str, str] = field(default_factory=dict)  # folder entered through a symlink → its real path
    folders: int = 0  # folders listed: each takes one watch when the library is watched


class Scanner:
    """Walks library folders with the library's rules."""

    def __init__(self, rules: LibraryRules, on_folder: Callable[[int], None] | None = None) -> None:
        self.rules = rules
        self.on_folder = on_folder or (lambda _found: None)

    def scan_roots(self, roots: Iterable[str]) -> ScanResult:
        """Scan whole library folders."""
        result = ScanResult()
        for root in roots:
            try:
                info = os.stat(root)
            except OSError as error:
                if error.errno in GONE_ERRNOS:
                    result.missing_roots.append(root)  # the engine says what it does about it
                else:
                    result.unknown[root] = _reason(error)
                continue
            if not stat_module.S_ISDIR(info.st_mode):
                result.missing_roots.append(root)
                continue
            result.devices[root] = info.st_dev
            if os.path.islink(root):
                result.links[root] = os.path.realpath(root)
            self._walk(root, result)
        return result

    def scan_paths(self, paths: Iterable[str]) -> ScanResult:
        """Look at individual paths (files, or folders walked recursively), as the watcher reports them."""
        result = ScanResult()
        for path in paths:
            try:
                info = os.stat(path)
            except OSError as error:
                if error.errno not in GONE_ERRNOS or os.path.islink(path):
                    result.unknown[path] = _reason(error)
                continue  # gone: its rows go
            if stat_module.S_ISDIR(info.st_mode):
                if self.rules.wants_folder(path):
                    self._walk(path, result)
            elif stat_module.S_ISREG(info.st_mode) and self.rules.wants_file(path):
                result.files[path] = FileStat(path, info.st_size, info.st_mtime_ns)
        return result

    def _walk(self, top: str, result: ScanResult) -> None:
        """Depth-first, following symlinks; each real folder is entered once (no loops)."""
        visited: set[tuple[int, int]] = set()
        stack = [(top, False)]
        while stack:
            self.on_folder(len(result.files))
            current, via_link = stack.pop()
            try:
                info = os.stat(current)
                key = (info.st_dev, info.st_ino)
                if key in visited:
                    continue
                visited.add(key)
                entries = list(os.scandir(current))
            except OSError as error:
                if error.errno in GONE_ERRNOS and current != top and not via_link:
                    continue  # deleted while we walked
                log.warning("cannot read folder %s: %s", current, _reason(error))
                result.unknown[current] = _reason(error)
                continue
            result.folders += 1
            if via_link:
                result.links[current] = os.path.realpath(current)
            subfolders = []
            for entry in entries:
                folder = self._look_at(entry, info.st_dev, result)
                if folder is not None:
                    subfolders.append(folder)
            stack.extend(sorted(subfolders, reverse=True))

    def _look_at(self, entry: os.DirEntry[str], device: int, result: ScanResult) -> tuple[str, bool] | None:
        """Record a photo; return a subfolder to walk into (and whether it is a symlink)."""
        if entry.name.startswith("."):
            return None
        try:
            info = entry.stat()  # follows symlinks
        except OSError as error:
            if error.errno not in GONE_ERRNOS or entry.is_symlink():
                result.unknown[entry.path] = _reason(error)  # e.g. a link into a drive that is not mounted
            return None
        if stat_module.S_ISDIR(info.st_mode):
            if not self.rules.admits_folder(entry.path, entry.name):
                return None
            link = entry.is_symlink()
            if link and self.rules.holds_real_folder(os.path.realpath(entry.path)):
                return None  # a link to a folder of the library itself: its photos are indexed where they are
            if info.st_dev != device:
                result.devices[entry.path] = info.st_dev  # a mount point inside the library
            return entry.path, link
        if stat_module.S_ISREG(info.st_mode) and self.rules.admits_file(entry.path, entry.name):
            result.files[entry.path] = FileStat(entry.path, info.st_size, info.st_mtime_ns)
        return None


def _reason(error: OSError) -> str:
    return error.strerror or type(error).__name__
