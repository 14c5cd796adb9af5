"""Apply a change plan to the store: the incremental index run, safe to kill at any point.

Every step is idempotent against a fresh scan: a move writes the new row before deleting the old,
an embedded batch is upserted by path id, so a re-run after a crash finds exactly what is left.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from photoseek.core.changes import ChangePlan
from photoseek.core.failures import Failure, FailureLog
from photoseek.core.pipeline import EmbeddingPipeline
from photoseek.core.progress import RELINKING, PhaseTicker, Progress, ProgressCallback, RunCancelled
from photoseek.core.records import path_id
from photoseek.core.store import ROWS_PER_WRITE, PhotoCollection

log = logging.getLogger("photoseek.indexer")


@dataclass
class IndexReport:
    added: int = 0
    updated: int = 0
    moved: int = 0
    copied: int = 0  # new photos whose content was indexed already: they took its vector, nothing embedded
    embedded: int = 0  # photos that went through the model (added, or updated with new content)
    removed: int = 0
    unchanged: int = 0
    failed: int = 0
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0
    images_per_second: float = 0.0
    missing_roots: list[str] = field(default_factory=list)
    unavailable: list[dict[str, str]] = field(default_factory=list)  # folders kept as they were: path, reason
    cancelled: bool = False
    model_changed: bool = False  # this run completed a model switch: search now uses the new model

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["failures"] = [{"path": f.path, "reason": f.reason} for f in self.failures]
        data["seconds"] = round(self.seconds, 3)
        data["images_per_second"] = round(self.images_per_second, 2)
        return data


class IndexRun:
    """Applies one ChangePlan: moves and removals first (cheap), then embedding in batches."""

    def __init__(self, store: PhotoCollection, make_pipeline: Callable[[], EmbeddingPipeline] | None,
                 failures: FailureLog, progress: ProgressCallback | None = None,
                 cancel: threading.Event | None = None, about: dict[str, str] | None = None) -> None:
        self.store = store
        self.make_pipeline = make_pipeline  # called only if something needs embedding: loads the model
        self.about = about or {}  # what a new collection records about itself
        self.failures = failures
        self.progress = progress or (lambda _p: None)
        self.cancel = cancel or threading.Event()

    def apply(self, plan: ChangePlan) -> IndexReport:
        started = time.perf_counter()
        report = IndexReport(unchanged=plan.unchanged)
        try:
            self._relink(plan, report)
        except RunCancelled:  # what is relinked stays relinked; removals and embedding wait for the next run
            report.cancelled = True
            report.seconds = time.perf_counter() - started
            return report
        self.store.delete([entry.id for entry in plan.removed])
        report.removed = len(plan.removed)
        for entry in plan.removed:
            self.failures.forget(entry.path)
        self._embed(plan, report)
        for stat in plan.known_failures:
            failure = self.failures.get(stat.path)
            if failure:
                report.failures.append(failure)
        report.failed = len(report.failures)
        self.store.flush()
        self.failures.save()
        report.seconds = time.perf_counter() - started
        return report

    def _relink(self, plan: ChangePlan, report: IndexReport) -> None:
        """Moves, touches and copies reuse the stored vector: write the new rows, then drop the old ones
        (a copy's stays).

        In bounded chunks, so a folder of 100,000 photos moved at once never holds all their vectors.
        """
        pairs = [(entry, stat, kind) for kind, group in (("moved", plan.moves), ("updated", plan.touched),
                                                         ("copied", plan.copies)) for entry, stat in group]
        if not pairs:
            return
        log.debug("relinking %d moved, touched or copied photos", len(pairs))
        tick = PhaseTicker(self.progress, self.cancel, RELINKING, total=len(pairs))
        for start in range(0, len(pairs), ROWS_PER_WRITE):
            tick(start)
            chunk = pairs[start:start + ROWS_PER_WRITE]
            old = self.store.records([entry.id for entry, _, _ in chunk])
            self.store.upsert([old[entry.id].moved_to(stat.path, stat.size, stat.mtime_ns)
                               for entry, stat, _ in chunk if entry.id in old])
            self.store.delete([entry.id for entry, stat, kind in chunk
                               if kind == "moved" and path_id(stat.path) != entry.id and entry.id in old])
            for entry, stat, kind in chunk:
                if entry.id in old:
                    setattr(report, kind, getattr(report, kind) + 1)
                else:  # its row went meanwhile (another machine's run): embed the file instead
                    plan.new.append(stat)

    def _embed(self, plan: ChangePlan, report: IndexReport) -> None:
        todo = plan.to_embed
        if not todo or self.make_pipeline is None:
            return
        pipeline = self.make_pipeline()
        self.store.ensure(pipeline.model.dimension, self.about)
        changed = {stat.path for stat in plan.changed}
        total, done = len(todo), 0
        started = time.perf_counter()
        latest = Progress(0, total, 0.0, None)
        self.progress(latest)
        # Also while the model waits for decodes (the window answers a search typed meanwhile), with the
        # progress as it stands then: the lambda reads `latest` late on purpose.
        for batch in pipeline.run(todo, self.cancel.is_set, waiting=lambda: self.progress(latest)):  # noqa: B023
            self.store.upsert(batch.records)
            report.embedded += len(batch.records)
            for record in batch.records:
                self.failures.forget(record.path)
                if record.path in changed:
                    report.updated += 1
                else:
                    report.added += 1
            # A photo that became unreadable must not keep its old vector.
            self.store.delete([path_id(stat.path) for stat, _ in batch.unreadable if stat.path in changed])
            for stat, reason in batch.unreadable:
                log.info("cannot read %s: %s", stat.path, reason)
                report.failures.append(self.failures.record(stat, reason))
            done += len(batch.records) + len(batch.unreadable)
            log.debug("stored batch: %d/%d", done, total)
            elapsed = time.perf_counter() - started
            rate = done / elapsed if elapsed > 0 else 0.0
            eta = (total - done) / rate if rate > 0 else None
            latest = Progress(done, total, rate, eta)
            self.progress(latest)
        report.cancelled = done < total
        elapsed = time.perf_counter() - started
        report.images_per_second = done / elapsed if done and elapsed > 0 else 0.0
