"""The library: which folders to index and which files to leave out, persisted in the app home."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from photoseek.core.errors import LibraryError

log = logging.getLogger("photoseek.library")


@dataclass
class LibraryConfig:
    """Root folders (absolute, normalised) and fnmatch-style exclude patterns."""

    roots: list[str] = field(default_factory=list)
    excludes: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> LibraryConfig:
        if not path.exists():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(roots=list(data.get("roots", [])), excludes=list(data.get("excludes", [])))
        except (OSError, ValueError) as error:
            raise LibraryError(f"cannot read the library settings {path}: {error}") from None

    def save(self, path: Path) -> None:
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)

    def add_root(self, folder: str | os.PathLike[str]) -> str:
        """Add a folder (must exist); returns its normalised form. Nested roots are kept once."""
        root = normalise_folder(folder)
        if not os.path.isdir(root):
            raise LibraryError(f"folder not found: {folder}")
        if not any(is_within(root, existing) for existing in self.roots):
            self.roots = [r for r in self.roots if not is_within(r, root)] + [root]
        return root

    def remove_root(self, folder: str | os.PathLike[str]) -> str:
        root = normalise_folder(folder)
        if root not in self.roots:
            raise LibraryError(f"not a library folder: {folder}")
        self.roots.remove(root)
        return root


def normalise_folder(folder: str | os.PathLike[str]) -> str:
    return os.path.normpath(os.path.abspath(os.path.expanduser(os.fspath(folder))))


def is_within(path: str, folder: str) -> bool:
    """True if `path` is `folder` or lies below it (string-wise, on normalised paths)."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)
