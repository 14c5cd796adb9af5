"""Folder paths as the library compares them: normalised, absolute, and 'inside' by path components."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field


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


@dataclass
class FolderNode:
    """A folder with photos in it or below it, for a folder list: `count` includes its subfolders'."""

    path: str
    count: int = 0
    children: list[FolderNode] = field(default_factory=list)


def folder_tree(paths: Iterable[str], roots: Iterable[str]) -> list[FolderNode]:
    """Each library folder with the subfolders that hold photos, by name, counted."""
    per_folder = Counter(os.path.dirname(path) for path in paths)
    trees = []
    for root in (normalise_folder(r) for r in roots):
        nodes = {root: FolderNode(root)}
        for folder, count in per_folder.items():
            if not is_within(folder, root):
                continue
            chain = [folder]
            while chain[-1] != root:
                chain.append(os.path.dirname(chain[-1]))
            for child, parent in reversed(list(zip(chain, chain[1:], strict=False))):  # from the root down
                if child not in nodes:
                    nodes[child] = FolderNode(child)
                    nodes[parent].children.append(nodes[child])
            for member in chain:
                nodes[member].count += count
        for node in nodes.values():
            node.children.sort(key=lambda n: os.path.basename(n.path).casefold())
        trees.append(nodes[root])
    return trees


def relative_parts(path: str, folder: str) -> list[str]:
    """The components of `path` below `folder` (empty for the folder itself); `path` must be within it."""
    rest = path[len(folder.rstrip(os.sep)):]
    return [part for part in rest.split(os.sep) if part]
