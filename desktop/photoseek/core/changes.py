"""Work out what changed between the files on disk and the index: the plan an index run applies.

Telling a move, a touch or a copy from a new photo reads the file (its fingerprint); `tick` is
called after each file read, so a run over a slow drive can be paused or cancelled meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from photoseek.core.failures import FailureLog
from photoseek.core.fingerprint import content_fingerprint
from photoseek.core.records import CatalogEntry, is_storable
from photoseek.core.scan import FileStat

log = logging.getLogger("photoseek.changes")


@dataclass
class ChangePlan:
    """new/changed files to embed; moves, touches and copies that keep their vector; rows to remove."""

    new: list[FileStat] = field(default_factory=list)
    changed: list[FileStat] = field(default_factory=list)
    moves: list[tuple[CatalogEntry, FileStat]] = field(default_factory=list)
    touched: list[tuple[CatalogEntry, FileStat]] = field(default_factory=list)
    copies: list[tuple[CatalogEntry, FileStat]] = field(default_factory=list)  # the entry stays as it is
    removed: list[CatalogEntry] = field(default_factory=list)
    unchanged: int = 0
    known_failures: list[FileStat] = field(default_factory=list)

    @property
    def to_embed(self) -> list[FileStat]:
        return self.changed + self.new

    def model_free(self) -> ChangePlan:
        """Only what needs no model: moves, touches and removals (for the previous index during a switch)."""
        return ChangePlan(moves=self.moves, touched=self.touched, copies=self.copies, removed=self.removed,
                          unchanged=self.unchanged)


Tick = Callable[[int], None]


def _no_tick(_read: int) -> None:
    pass


def plan_changes(on_disk: dict[str, FileStat], indexed: dict[str, CatalogEntry], failures: FailureLog,
                 tick: Tick = _no_tick) -> ChangePlan:
    """Compare disk and index. Only the files that can be moves or touches get fingerprinted."""
    plan = ChangePlan()
    read = 0
    vanished = {path: entry for path, entry in indexed.items() if path not in on_disk}
    for path, stat in on_disk.items():
        entry = indexed.get(path)
        if entry is None:
            if failures.known_unchanged(stat):
                plan.known_failures.append(stat)
            else:
                plan.new.append(stat)
        elif entry.size == stat.size and entry.mtime_ns == stat.mtime_ns:
            plan.unchanged += 1
        elif entry.size != stat.size:
            plan.changed.append(stat)
        else:
            read += 1
            tick(read)
            if _fingerprint(path) == entry.fingerprint:
                plan.touched.append((entry, stat))  # time changed, the whole content did not (touch, copy, sync)
            else:
                plan.changed.append(stat)
    _match_moves(plan, vanished, tick)
    plan.removed = list(vanished.values())
    return plan


def _match_moves(plan: ChangePlan, vanished: dict[str, CatalogEntry], tick: Tick) -> None:
    """A new file with the fingerprint of a vanished row is that row, moved: it keeps its vector."""
    by_size: dict[int, list[CatalogEntry]] = {}
    for entry in vanished.values():
        by_size.setdefault(entry.size, []).append(entry)
    if not by_size:
        return
    still_new = []
    for read, stat in enumerate(plan.new, 1):
        tick(read)
        candidates = by_size.get(stat.size) if is_storable(stat.path) else None
        fingerprint = _fingerprint(stat.path) if candidates else None
        match = next((e for e in candidates or [] if e.fingerprint == fingerprint), None)
        if match is None:
            still_new.append(stat)
            continue
        candidates.remove(match)  # type: ignore[union-attr]
        del vanished[match.path]
        plan.moves.append((match, stat))
    plan.new = still_new


def reuse_stored_content(plan: ChangePlan, stored_with_sizes: Callable[[set[int]], Iterable[CatalogEntry]],
                         tick: Tick = _no_tick) -> None:
    """A new file whose whole content is already in the index reuses that row's vector: a copy, or the
    far side of a move whose removal has not been seen yet (the watcher delivers a file moved into a
    new folder as a creation first). The row it copies stays; its own removal, if any, comes later.

    Only files of a size the index holds are fingerprinted, so a first run reads nothing twice.
    """
    candidates = {stat.size for stat in plan.new if is_storable(stat.path)}
    if not candidates:
        return
    stored = {(entry.size, entry.fingerprint): entry for entry in stored_with_sizes(candidates)}
    sizes = {size for size, _ in stored}
    still_new = []
    for read, stat in enumerate(plan.new, 1):
        tick(read)
        fingerprint = _fingerprint(stat.path) if stat.size in sizes and is_storable(stat.path) else None
        entry = stored.get((stat.size, fingerprint)) if fingerprint else None
        if entry is None:
            still_new.append(stat)
        else:
            plan.copies.append((entry, stat))
    plan.new = still_new


def _fingerprint(path: str) -> str | None:
    try:
        return content_fingerprint(path)
    except OSError:
        return None
