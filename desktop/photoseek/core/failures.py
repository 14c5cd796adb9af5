"""Files that could not be read, with one-line reasons; retried only once the file changes."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from photoseek.core.errors import DamagedFileError
from photoseek.core.folders import is_within
from photoseek.core.scan import FileStat
from photoseek.core.statefile import read_json, write_json

log = logging.getLogger("photoseek.failures")


@dataclass(frozen=True)
class Failure:
    path: str
    reason: str
    size: int
    mtime_ns: int

    def matches(self, stat: FileStat) -> bool:
        return self.size == stat.size and self.mtime_ns == stat.mtime_ns


class FailureLog:
    """Persistent record of unreadable files, keyed by path, saved atomically as JSON.

    Names that are not valid UTF-8 are kept as Python sees them (with surrogate escapes) and survive
    the JSON round trip. A damaged file is only a cache: its files are simply tried again.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._failures: dict[str, Failure] = {}
        try:
            items = read_json(path, "unreadable-files list") or []
            for item in items:
                self._failures[item["path"]] = Failure(**item)
        except (DamagedFileError, TypeError, KeyError) as error:
            log.warning("ignoring the damaged list of unreadable files %s (they are tried again): %s", path, error)
            self._failures = {}

    def known_unchanged(self, stat: FileStat) -> bool:
        failure = self._failures.get(stat.path)
        return failure is not None and failure.matches(stat)

    def record(self, stat: FileStat, reason: str) -> Failure:
        failure = Failure(stat.path, reason, stat.size, stat.mtime_ns)
        self._failures[stat.path] = failure
        return failure

    def forget(self, path: str) -> None:
        self._failures.pop(path, None)

    def forget_missing(self, present: dict[str, FileStat], scope: Iterable[str], keep: Iterable[str] = ()) -> None:
        """Drop entries under `scope` whose files are no longer present (except under `keep`: unknown there)."""
        scope, keep = list(scope), list(keep)
        for path in [p for p in self._failures if any(is_within(p, s) for s in scope)]:
            if path not in present and not any(is_within(path, k) for k in keep):
                del self._failures[path]

    def forget_under(self, folder: str) -> None:
        for path in [p for p in self._failures if is_within(p, folder)]:
            del self._failures[path]

    def get(self, path: str) -> Failure | None:
        return self._failures.get(path)

    def all(self) -> list[Failure]:
        return sorted(self._failures.values(), key=lambda f: f.path)

    def save(self) -> None:
        write_json(self.path, [asdict(f) for f in self.all()])
