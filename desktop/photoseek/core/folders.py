"""Folder paths as the library compares them: normalised, absolute, and 'inside' by path components."""

from __future__ import annotations

import os
from collections.abc import Iterable


def normalise_folder(folder: str | os.PathLike[str]) -> str:
    """Absolute, normalised, `~` expanded: the one form every library path is stored and compared in."""
    return os.path.normpath(os.path.abspath(os.path.expanduser(os.fspath(folder))))


def is_within(path: str, folder: str) -> bool:
    """True if `path` is `folder` or lies below it (string-wise, on normalised paths)."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def photos_per_folder(paths: Iterable[str], folders: Iterable[str]) -> dict[str, int]:
    """How many of `paths` lie in each folder (with its subfolders); a path in nested library folders
    counts for each."""
    roots = [normalise_folder(f) for f in folders]
    counts = dict.fromkeys(roots, 0)
    for path in paths:
        for root in roots:
            if is_within(path, root):
                counts[root] += 1
    return counts


def relative_parts(path: str, folder: str) -> list[str]:
    """The components of `path` below `folder` (empty for the folder itself); `path` must be within it."""
    rest = path[len(folder.rstrip(os.sep)):]
    return [part for part in rest.split(os.sep) if part]
