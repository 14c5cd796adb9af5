"""Which files belong to the library: one rule for the full scan, the single-file check and the watcher.

A file belongs if it lies under a library folder, has a photo extension, and neither it nor any folder
between it and the library folder is hidden (a name starting with "."), excluded by a pattern (matched
against the name and against the full path), or one of PhotoSeek's own folders (the app home).
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable

from photoseek.core.folders import is_within, normalise_folder, relative_parts

# The photo file types as people name them, each with its extensions (the first is the one filters use).
PHOTO_TYPES = (("JPEG", ("jpg", "jpeg")), ("HEIC", ("heic", "heif")), ("AVIF", ("avif",)), ("PNG", ("png",)),
               ("WebP", ("webp",)), ("TIFF", ("tif", "tiff")), ("GIF", ("gif",)), ("BMP", ("bmp",)))
PHOTO_EXTENSIONS = frozenset(ext for _name, extensions in PHOTO_TYPES for ext in extensions)


def extensions_of_type(ext: str) -> tuple[str, ...]:
    """Every extension of the type `ext` is one of ("jpeg" → jpg, jpeg); () for no photo type."""
    ext = ext.lower().lstrip(".")
    return next((extensions for _name, extensions in PHOTO_TYPES if ext in extensions), ())


def extension_of(path: str) -> str:
    return os.path.splitext(path)[1][1:].lower()


def is_photo_name(name: str) -> bool:
    return not name.startswith(".") and extension_of(name) in PHOTO_EXTENSIONS


class LibraryRules:
    """The library's folders and exclusions, and the one rule built on them."""

    def __init__(self, roots: Iterable[str] = (), excludes: Iterable[str] = (),
                 skip_folders: Iterable[str] = ()) -> None:
        self.roots = [normalise_folder(r) for r in roots]
        self.excludes = list(excludes)
        self.skip_folders = [normalise_folder(f) for f in skip_folders]
        self._real_roots = [os.path.realpath(r) for r in self.roots]

    # -- one entry, as a walk meets it ------------------------------------------------------

    def admits_folder(self, path: str, name: str) -> bool:
        """May the walk enter the subfolder `name` at `path`?"""
        return (not name.startswith(".") and not self._excluded(path, name)
                and not any(is_within(path, skip) for skip in self.skip_folders))

    def admits_file(self, path: str, name: str) -> bool:
        """Is the file `name` at `path`, in a folder already admitted, a library photo?"""
        return is_photo_name(name) and not self._excluded(path, name)

    def holds_real_folder(self, real_path: str) -> bool:
        """Is this resolved folder inside the library already? (A symlink to it is not followed.)"""
        return any(is_within(real_path, root) for root in self._real_roots)

    # -- a whole path, as the watcher or a single-file check sees it -----------------------

    def root_of(self, path: str) -> str | None:
        """The library folder that holds `path` (the deepest, should folders nest), or None."""
        holders = [root for root in self.roots if is_within(path, root)]
        return max(holders, key=len) if holders else None

    def wants_folder(self, path: str) -> bool:
        """Is `path` a library folder or a folder the walk would enter below one?"""
        root = self.root_of(path)
        if root is None or any(is_within(root, skip) for skip in self.skip_folders):
            return False
        current = root
        for part in relative_parts(path, root):
            current = os.path.join(current, part)
            if not self.admits_folder(current, part):
                return False
        return True

    def wants_file(self, path: str) -> bool:
        """Would the full scan index the file at `path`?"""
        folder, name = os.path.split(path)
        return self.wants_folder(folder) and self.admits_file(path, name)

    def _excluded(self, path: str, name: str) -> bool:
        return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(path, p) for p in self.excludes)
