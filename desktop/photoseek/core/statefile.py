"""The app home's small JSON files: written so a crash or power cut leaves the old or the new version,
read so that damage is one clear error naming the file."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from photoseek.core.errors import DamagedFileError, one_line

log = logging.getLogger("photoseek.statefile")


def write_atomic(path: Path, text: str, keep_backup: bool = False) -> None:
    """Write `text` to `path` durably: temp file in the same folder, fsync, rename, fsync the folder.

    With `keep_backup`, the previous version (if it was readable) stays beside it as `NAME.bak`.
    """
    data = text.encode("utf-8")
    write_file_atomic(path, lambda out: out.write(data), keep_backup)


def write_file_atomic(path: Path, write: Callable[[BinaryIO], object], keep_backup: bool = False) -> None:
    """`write_atomic` for any content: `write(out)` fills the temp file."""
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        if keep_backup and path.is_file():
            shutil.copy2(path, backup_of(path))
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    fsync_folder(path.parent)


def write_json(path: Path, data: Any, keep_backup: bool = False) -> None:
    """JSON with non-ASCII kept readable; names that are not valid UTF-8 survive as \\udcXX escapes."""
    write_atomic(path, dumps(data, indent=1) + "\n", keep_backup)


def dumps(data: Any, indent: int | None = None) -> str:
    """json.dumps that never fails on a file name with undecodable bytes (lone surrogates)."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates become \udcXX escapes, which json reads back as they were
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def read_json(path: Path, what: str) -> Any:
    """The parsed file, or None if it does not exist; a damaged file raises DamagedFileError."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise DamagedFileError(path, what, error.strerror or str(error)) from None
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        detail = "empty" if not raw.strip() else f"not valid JSON: {one_line(error, 80)}"
        raise DamagedFileError(path, what, detail) from None


def backup_of(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return  # Windows cannot open a directory for fsync; its rename is durable enough via NTFS's log
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

