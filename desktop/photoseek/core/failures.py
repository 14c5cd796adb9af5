"""Files that could not be read, with one-line reasons; retried only once the file changes."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from photoseek.core.library import is_within
from photoseek.core.scan import FileStat

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
    """Persistent record of unreadable files, keyed by path, saved atomically as JSON."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._failures: dict[str, Failure] = {}
        if path.exists():
            try:
                for item in json.loads(path.read_text(encoding="utf-8")):
                    self._failures[item["path"]] = Failure(**item)
            except (OSError, ValueError, TypeError, KeyError) as error:
                log.warning("ignoring unreadable failure log %s: %s", path, error)

    def known_unchanged(self, stat: FileStat) -> bool:
        failure = self._failures.get(stat.path)
        return failure is not None and failure.matches(stat)

    def record(self, stat: FileStat, reason: str) -> Failure:
        failure = Failure(stat.path, reason, stat.size, stat.mtime_ns)
        self._failures[stat.path] = failure
        return failure

    def forget(self, path: str) -> None:
        self._failures.pop(path, None)

    def forget_missing(self, present: dict[str, FileStat], scope: list[str]) -> None:
        """Drop entries under `scope` whose files are no longer present."""
        for path in [p for p in self._failures if any(is_within(p, s) for s in scope)]:
            if path not in present:
                del self._failures[path]

    def get(self, path: str) -> Failure | None:
        return self._failures.get(path)

    def all(self) -> list[Failure]:
        return sorted(self._failures.values(), key=lambda f: f.path)

    def save(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps([asdict(f) for f in self.all()], ensure_ascii=False, indent=1),
                       encoding="utf-8")
        os.replace(tmp, self.path)
