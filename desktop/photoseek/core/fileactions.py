"""What the user does with photos they found: copy them to a folder, and undo a move to the trash.

Nothing here overwrites: a name already taken gets " (2)", " (3)"… as file managers do. Every file is
tried on its own and a failure is reported with its reason, so one unreadable photo or a full disk
says which files did not make it. (Moving to the trash itself is the platform's: `gui.desktop.trash`.)
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from photoseek.core.errors import one_line

log = logging.getLogger("photoseek.fileactions")


@dataclass
class FileReport:
    done: list[tuple[str, str]] = field(default_factory=list)  # (from, to)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, why)

    def to_dict(self) -> dict[str, object]:
        return {"done": [list(pair) for pair in self.done], "failed": [list(pair) for pair in self.failed]}


def free_name(folder: Path, name: str) -> Path:
    """`folder/name`, or `name (2)`, `name (3)`… before the extension: the first that does not exist."""
    candidate = folder / name
    stem, suffix = os.path.splitext(name)
    number = 2
    while os.path.lexists(candidate):
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate


def copy_files(paths: Iterable[str], destination: str) -> FileReport:
    """Copy each photo (with its dates) into `destination`, never over an existing file."""
    report = FileReport()
    folder = Path(destination)
    if not folder.is_dir():
        report.failed = [(path, f"{destination} is not a folder") for path in paths]
        return report
    for path in paths:
        try:
            report.done.append((path, str(_copy_one(path, folder))))
        except OSError as error:
            report.failed.append((path, error.strerror or one_line(error, 80)))
    log.info("copied %d photos to %s (%d failed)", len(report.done), destination, len(report.failed))
    return report


def restore_from_trash(moved: Iterable[tuple[str, str]]) -> FileReport:
    """Undo a move to the trash: each (original path, path in the trash) goes back, unless something new
    took its place meanwhile. On freedesktop trashes the `.trashinfo` record goes too."""
    report = FileReport()
    for original, in_trash in moved:
        if os.path.lexists(original):
            report.failed.append((original, "another file has that name now"))
            continue
        try:
            os.makedirs(os.path.dirname(original), exist_ok=True)
            shutil.move(in_trash, original)
        except OSError as error:
            report.failed.append((original, error.strerror or one_line(error, 80)))
            continue
        info = Path(in_trash).parent.parent / "info" / (os.path.basename(in_trash) + ".trashinfo")
        if Path(in_trash).parent.name == "files" and info.is_file():
            info.unlink(missing_ok=True)
        report.done.append((in_trash, original))
    return report


def _copy_one(path: str, folder: Path) -> Path:
    with open(path, "rb") as source:
        target = free_name(folder, os.path.basename(path))
        with open(target, "xb") as copy:  # "x": never over a file that appeared meanwhile
            try:
                shutil.copyfileobj(source, copy, 1 << 20)
            except OSError:
                copy.close()
                target.unlink(missing_ok=True)  # no half photo left behind (a full disk, a drive unplugged)
                raise
    shutil.copystat(path, target)
    return target
