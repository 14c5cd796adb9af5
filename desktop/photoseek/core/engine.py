"""The engine: one owner for the models, the store and the library. The CLI and the GUI worker use only this.

One thread owns an Engine and makes every change. Searches may come from one other thread (the
window answers them on a thread of their own, so a search typed during an index run is not kept
waiting for it): every public method holds the engine's lock, and an index run lets go of it only
where it reads the disk and the store, and while its batches are embedded and written through the
collection, which keeps its search copy consistent under its own locks (see `store`).
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from functools import wraps
from typing import Any, TypeVar

import numpy as np

from photoseek.core.browse import newest_first
from photoseek.core.bursts import fold_bursts
from photoseek.core.changes import plan_changes, reuse_stored_content
from photoseek.core.decoders import DecoderPool, Unreadable
from photoseek.core.errors import (
    LibraryError,
    ModelMismatchError,
    ModelUnavailableError,
    PhotoSeekError,
    QueryError,
    StoreError,
)
from photoseek.core.failures import FailureLog
from photoseek.core.folders import is_within, normalise_folder
from photoseek.core.imaging import read_camera
from photoseek.core.indexer import IndexReport, IndexRun
from photoseek.core.indexes import LibraryIndexes
from photoseek.core.indexstate import IndexState
from photoseek.core.membership import LibraryRules
from photoseek.core.model import ClipModel
from photoseek.core.modelspec import ModelSpec, parse_model_spec, requested_model
from photoseek.core.paths import AppHome
from photoseek.core.pipeline import EmbeddingPipeline, share_cores
from photoseek.core.priority import SearchPriority
from photoseek.core.progress import (
    READING,
    RELINKING,
    SCANNING,
    UPGRADING,
    PhaseTicker,
    ProgressCallback,
    RunCancelled,
)
from photoseek.core.records import CatalogEntry, path_id
from photoseek.core.relevance import (
    LOOK_AT,
    PLAIN_WORDS,
    SAMPLE_SIZE,
    TextBar,
    measure_text_bar,
    photo_matches,
    text_matches,
)
from photoseek.core.scan import Scanner, ScanResult
from photoseek.core.search import SearchFilters, SearchHit, check_query, fold_copies
from photoseek.core.settings import LibrarySettings
from photoseek.core.store import MilvusDatabase, PhotoCollection, folder_filter, release_local, search_cache_folder
from photoseek.core.volumes import innermost, recognises, updated_devices, volume_problem
from photoseek.core.watchlimit import WatchCapacity, system_limit

log = logging.getLogger("photoseek.engine")

MILVUS_URI_ENV = "PHOTOSEEK_MILVUS_URI"
MILVUS_TOKEN_ENV = "PHOTOSEEK_MILVUS_TOKEN"
PATHS_PER_QUERY = 64
ROWS_PER_TICK = 1000  # index rows read between two looks at Pause and Cancel
OFFLINE_CHECK_SECONDS = 5.0
CAMERA_READERS = 8  # threads reading EXIF headers while an older index is upgraded
RECOUNT_S = 10.0  # the text bar's library is counted again (is it a quarter larger?) at most this often
F = TypeVar("F", bound=Callable[..., Any])


def _exclusive(method: F) -> F:
    """Runs under the engine's lock (re-entrant): a search from another thread never sees a change half-made."""
    @wraps(method)
    def locked(self: Engine, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            return method(self, *args, **kwargs)
    return locked  # type: ignore[return-value]


class Engine:
    """Index and search one library. Callers hold the app-home lock (see HomeLock).

    `model` is the model asked for on this run (`--model`, else $PHOTOSEEK_MODEL). A library with no
    index yet takes it as its model; otherwise it must be the library's own, unless `on_mismatch` is
    "switch" (switch to it) or "ignore" (a status report: use the library's).
    """

    def __init__(self, home: AppHome, model: str | None = None, milvus_uri: str | None = None,
                 milvus_token: str | None = None, device: str | None = None, batch_size: int = 32,
                 threads: int | None = None, on_mismatch: str = "raise") -> None:
        self.home = home.ensure()
        self.settings = LibrarySettings.load(home.library_file)
        self.state = IndexState.load(home.index_state_file)
        self._uri_override = milvus_uri or os.environ.get(MILVUS_URI_ENV)
        self.milvus_uri = self._uri_override or self.settings.get("milvus_uri") or str(home.database)
        self.milvus_token = milvus_token or os.environ.get(MILVUS_TOKEN_ENV)
        self.device = device
        self.batch_size = batch_size
        self._threads_override = threads
        self.failures = FailureLog(home.failures_file)
        self.decoders = DecoderPool(stderr_file=str(home.log_dir / "decoders.log"))  # processes start when used
        self._lock = threading.RLock()  # see the module's docstring
        self._loading = threading.Lock()  # one model load at a time, without holding up searches
        self.priority = SearchPriority()  # a search being answered has the cores before the decoders
        self._models: dict[str, ClipModel] = {}
        self._spec: ModelSpec | None = None
        self._db: MilvusDatabase | None = None
        self._indexes: LibraryIndexes | None = None
        self._keep_search_warm = False
        self._offline: tuple[float, dict[str, str]] = (0.0, {})
        self._text_bars: dict[str, tuple[TextBar | None, float]] = {}  # by collection: (bar, when looked at)
        self._plain_words: dict[str, np.ndarray] = {}  # by model fingerprint: `relevance.PLAIN_WORDS` encoded
        self.watched_links: dict[str, str] = {}  # symlinked folders the last full scan followed
        self._adopt_settings(requested_model(model), on_mismatch)

    def _adopt_settings(self, requested: str | None, on_mismatch: str) -> None:
        """Give a new library its id and model; refuse a requested model that is not the library's."""
        settings, changed = self.settings, False
        if not settings.is_set("library_id"):
            settings.adopt_default("library_id")
            changed = True
        if requested is not None:
            try:
                label = parse_model_spec(requested).label
            except PhotoSeekError:
                if on_mismatch != "ignore":
                    raise
                label = str(settings.get("model"))
            has_index = self._store_state().complete is not None or self._store_state().building is not None
            if label != settings.get("model") or not settings.is_set("model"):
                mismatch = settings.is_set("model") and has_index
                if mismatch and on_mismatch == "raise":
                    raise ModelMismatchError(label, settings.get("model"))
                if not mismatch or on_mismatch == "switch":
                    settings.set("model", label)
                    changed = True
        elif not settings.is_set("model"):
            settings.adopt_default("model")
            changed = True
        if changed:
            settings.save()

    # -- owned resources ------------------------------------------------------------------

    @property
    def library_id(self) -> str:
        return str(self.settings.get("library_id"))

    @property
    def spec(self) -> ModelSpec:
        """The library's model (raises ModelUnavailableError if its folder or file is gone)."""
        if self._spec is None or self._spec.label != self.settings.get("model"):
            self._spec = parse_model_spec(self.settings.get("model"), check_names=False)  # checked when set
        return self._spec

    @property
    def threads(self) -> int | None:
        """CPU threads for decoding and inference; None: what the machine has."""
        if self._threads_override is not None:
            return self._threads_override or None
        return int(self.settings.get("threads")) or None

    @property
    def db(self) -> MilvusDatabase:
        if self._db is None:
            self._db = MilvusDatabase(self.milvus_uri, self.milvus_token, self._keep_search_warm)
        return self._db

    @property
    def indexes(self) -> LibraryIndexes:
        if self._indexes is None:
            self._indexes = LibraryIndexes(self.db, self._store_state(), self.library_id, self.state.save)
        return self._indexes

    @property
    def store(self) -> PhotoCollection:
        """The collection the library's model writes to."""
        return self.indexes.target(self.spec)

    @property
    def model(self) -> ClipModel:
        """The library's CLIP model, loaded on first use (raises ModelUnavailableError with a usable message)."""
        return self._model_for(self.spec)

    @property
    def model_loaded(self) -> bool:
        return self._spec is not None and self._spec.fingerprint() in self._models

    def _model_for(self, spec: ModelSpec) -> ClipModel:
        key = spec.fingerprint()
        model = self._models.get(key)
        if model is None:
            with self._loading:
                model = self._models.get(key)
                if model is None:
                    model = ClipModel(spec, self.home.model_cache, self.device, self.threads)
                    self._models = {**self._models, key: model}  # one assignment: readers see old or new
        return model

    def _store_state(self):  # type: ignore[no-untyped-def]
        return self.state.store(self.milvus_uri, self.library_id)

    @_exclusive
    def close(self) -> None:
        self.decoders.close()
        if self._db is not None:
            self._db.close()
            self._db = None
            self._indexes = None

    # -- settings -----------------------------------------------------------------------------

    @_exclusive
    def configure(self, name: str, value: Any) -> Any:
        """Change one declared setting (the CLI's `config set`, the Settings dialog); returns the new value."""
        if name == "model":
            return self.set_model(str(value))
        if name == "folders":
            raise LibraryError("folders are added with `photoseek index FOLDER` and removed with "
                               "`photoseek remove FOLDER`")
        checked = self.settings.set(name, value)
        self.settings.save()
        if name in ("milvus_uri", "library_id"):
            self.close()  # the next use opens the library's index where it now lives
            self.milvus_uri = self._uri_override or self.settings.get("milvus_uri") or str(self.home.database)
        if name == "threads":
            for model in self._models.values():
                model.set_threads(self.threads)
        return checked

    @_exclusive
    def set_model(self, model: str) -> str:
        """Switch models. The old index keeps answering searches until the new one is complete."""
        label = self.settings.set("model", model)
        self.settings.save()
        complete = self._store_state().complete
        if complete is not None and complete.fingerprint == self.spec.fingerprint():
            self.indexes.cancel_switch(self.spec)
        return str(label)

    def set_threads(self, threads: int | None) -> None:
        self._threads_override = None
        self.configure("threads", threads or 0)

    def set_excludes(self, patterns: Iterable[str]) -> None:
        self.configure("excludes", list(patterns))

    # -- library folders ----------------------------------------------------------------------

    @_exclusive
    def add_folders(self, folders: Iterable[str]) -> list[str]:
        added = [self.settings.add_folder(folder) for folder in folders]
        self.settings.save()
        return added

    @_exclusive
    def remove_folder(self, folder: str) -> int:
        """Forget a library folder and delete its photos from the index (never the files); returns how many."""
        target = normalise_folder(folder)
        if target in self.settings.folders:
            self.settings.remove_folder(target)
        elif not self._unavailable_inside(target):
            raise LibraryError(f"not a library folder: {folder}")
        removing = self._store_state().removing
        if target not in removing:
            removing.append(target)
        self.state.save()  # first the intent, so a kill half-way is finished by the next run
        self.settings.save()
        return self._finish_removals()

    def _unavailable_inside(self, folder: str) -> bool:
        """An unavailable mount point inside a library folder may be forgotten like a library folder."""
        return folder in self.state.devices and any(is_within(folder, r) for r in self.settings.folders) \
            and volume_problem(folder, self.state.devices[folder], 1) is not None

    def _finish_removals(self) -> int:
        removed = 0
        state = self._store_state()
        for folder in list(state.removing):
            for name in self.indexes.own_collections():
                collection = self.indexes.collection(name)
                doomed = [e.id for e in collection.catalog(folder_filter(folder))]
                collection.delete(doomed)
                collection.flush()
                removed = max(removed, len(doomed))
            self.failures.forget_under(folder)
            self.failures.save()
            self.state.devices = {v: d for v, d in self.state.devices.items() if not is_within(v, folder)}
            state.removing.remove(folder)
            self.indexes.recount()
        return removed

    def rules(self) -> LibraryRules:
        """The one rule for which files belong to the library (see `membership`)."""
        return LibraryRules(self.settings.folders, self.settings.excludes, skip_folders=[str(self.home.root)])

    def scanner(self, on_folder: Callable[[int], None] | None = None) -> Scanner:
        return Scanner(self.rules(), on_folder)

    def watch_folders(self) -> dict[str, str]:
        """Folders a watcher should watch → the real folder to watch for it (roots and followed symlinks)."""
        folders = {root: root for root in self.settings.folders}
        folders.update(self.watched_links)
        return folders

    # -- indexing ---------------------------------------------------------------------------

    def index(self, progress: ProgressCallback | None = None, cancel: threading.Event | None = None
              ) -> IndexReport:
        """Bring the index in line with every library folder (new, changed, moved, removed).

        Cancelled while it scans or reads the index, it returns at once having changed nothing (a part
        of the disk decides nothing); later, after the batch or chunk being written."""
        with self._lock:
            roots = self.settings.folders
            if not roots:
                return IndexReport()  # nothing to index, and nothing in the store is ours to touch
            self._finish_removals()
            self.indexes.check_not_lost()
            spec, store, previous = self.spec, self.store, self.indexes.previous(self.spec)
        # Unlocked while it reads the disk and the store, embeds and writes through the collections:
        # searches from another thread are answered meanwhile. The bookkeeping at the end is locked.
        started = time.perf_counter()
        try:
            for collection in (store, previous):
                if collection is not None and collection.outdated:
                    _upgrade(collection, PhaseTicker(progress, cancel, UPGRADING, total=collection.count()))
            scan = self.scanner(PhaseTicker(progress, cancel, SCANNING)).scan_roots(roots)
            where = " or ".join(folder_filter(root) for root in roots)
            reading = PhaseTicker(progress, cancel, READING,
                                  total=store.count() + (previous.count() if previous is not None else 0))
            indexed = _read(store.catalog(where), reading)
            earlier = _read(previous.catalog(where), reading, len(indexed)) if previous is not None else []
            volumes = set(roots) | set(scan.devices) | self._recorded_volumes()
            blocked = self._blocked(scan, indexed + earlier, volumes, walked=volumes)
            report = self._apply(scan, indexed, earlier, blocked, roots, progress, cancel)
        except RunCancelled as phase:
            log.info("the index run was cancelled while %s", phase)
            return IndexReport(cancelled=True, seconds=time.perf_counter() - started)
        with self._lock:
            volume_problems = [v for v in blocked if v in volumes]
            self.state.devices = updated_devices(self.state.devices, scan.devices, roots, volume_problems)
            # An offline drive's folders still count: they are watched again when it is back.
            self.state.folders = max(scan.folders, self.state.folders) if volume_problems else scan.folders
            self.watched_links = scan.links
            holding = {p for e in indexed + earlier for p in blocked if is_within(e.path, p)}
            report.model_changed = self.indexes.finished(spec, complete_run=not report.cancelled and not holding)
            if report.model_changed:  # the previous model answered searches until now
                self._models = {k: m for k, m in self._models.items() if k == spec.fingerprint()}
            self.state.save()
            self._offline = (0.0, {})
        return report

    def update_paths(self, paths: Iterable[str], progress: ProgressCallback | None = None,
                     cancel: threading.Event | None = None) -> IndexReport:
        """Re-check just these files or folders (from the watcher): cheaper than a full run."""
        with self._lock:
            rules = self.rules()
            scope = sorted({p for p in map(normalise_folder, paths) if rules.root_of(p)})
            if not scope:
                return IndexReport()
            spec, store, previous = self.spec, self.store, self.indexes.previous(self.spec)
        started = time.perf_counter()
        try:  # unlocked, and cancelled, as in `index`
            scan = self.scanner(PhaseTicker(progress, cancel, SCANNING)).scan_paths(scope)
            reading = PhaseTicker(progress, cancel, READING)
            indexed = _read(self._catalog_under(store, scope), reading)
            earlier = (_read(self._catalog_under(previous, scope), reading, len(indexed))
                       if previous is not None else [])
            volumes = set(self.settings.folders) | self._recorded_volumes()
            affected = {innermost(p, volumes) for p in scope} - {None}
            walked = {v for v in affected if any(is_within(v, s) for s in scope)}  # type: ignore[arg-type]
            blocked = self._blocked(scan, indexed + earlier, affected, walked)  # type: ignore[arg-type]
            report = self._apply(scan, indexed, earlier, blocked, scope, progress, cancel)
        except RunCancelled as phase:
            log.info("the update was cancelled while %s", phase)
            return IndexReport(cancelled=True, seconds=time.perf_counter() - started)
        with self._lock:
            self.indexes.finished(spec, complete_run=False)
            self._offline = (0.0, {})
        return report

    def _recorded_volumes(self) -> set[str]:
        """Mount points inside the library seen by earlier scans (remembered while they are away)."""
        rules = self.rules()
        return {volume for volume in self.state.devices if rules.root_of(volume)}

    def _blocked(self, scan: ScanResult, indexed: list[CatalogEntry], volumes: set[str], walked: set[str]
                 ) -> dict[str, str]:
        """Paths whose photos must be kept as they are: unavailable volumes and what could not be read."""
        blocked = {path: f"cannot be read ({reason})" for path, reason in scan.unknown.items()}
        known = [e for e in indexed if not any(is_within(e.path, b) for b in blocked)]
        by_volume: dict[str, list[CatalogEntry]] = {v: [] for v in volumes}
        for entry in known:
            volume = innermost(entry.path, volumes)
            if volume is not None:
                by_volume[volume].append(entry)
        found_by_volume: dict[str, dict[str, tuple[int, int]]] = {v: {} for v in volumes}
        for path, stat in scan.files.items():
            volume = innermost(path, volumes)
            if volume is not None:
                found_by_volume[volume][path] = (stat.size, stat.mtime_ns)
        for volume in sorted(volumes):
            if volume in walked:
                mine, found = by_volume[volume], found_by_volume[volume]
                problem = volume_problem(volume, self.state.devices.get(volume), len(mine), found=len(found),
                                         recognised=recognises(((e.path, e.size, e.mtime_ns) for e in mine), found))
            else:
                problem = volume_problem(volume, self.state.devices.get(volume),
                                         self.store.count(folder_filter(volume)))
            if problem is not None:
                log.warning("keeping the photos of %s as they are: it is %s", volume, problem)
                blocked[volume] = problem
        return blocked

    def _apply(self, scan: ScanResult, indexed: list[CatalogEntry], earlier: list[CatalogEntry],
               blocked: dict[str, str], scope: list[str], progress: ProgressCallback | None,
               cancel: threading.Event | None) -> IndexReport:
        """Plan and run the changes under `scope`, leaving everything under `blocked` as it is."""
        def kept(path: str) -> bool:
            return any(is_within(path, b) for b in blocked)

        on_disk = {p: s for p, s in scan.files.items() if not kept(p)}
        self.failures.forget_missing(on_disk, scope, keep=blocked)
        matching = PhaseTicker(progress, cancel, RELINKING)
        plan = plan_changes(on_disk, {e.path: e for e in indexed if not kept(e.path)}, self.failures, matching)
        reuse_stored_content(plan, self.store.with_sizes, matching)
        report = self._run(self.store, plan, progress, cancel)
        previous = self.indexes.previous(self.spec)
        if previous is not None:  # keep the searched index current for what needs no model
            old_plan = plan_changes(on_disk, {e.path: e for e in earlier if not kept(e.path)}, self.failures)
            reuse_stored_content(old_plan, previous.with_sizes)
            IndexRun(previous, None, self.failures).apply(old_plan.model_free())
        report.missing_roots = [p for p in scope if p in blocked and not os.path.exists(p)]
        report.unavailable = [{"path": p, "reason": r} for p, r in sorted(blocked.items())]
        return report

    def _catalog_under(self, collection: PhotoCollection, scope: list[str]) -> Iterator[CatalogEntry]:
        for start in range(0, len(scope), PATHS_PER_QUERY):
            chunk = scope[start:start + PATHS_PER_QUERY]
            yield from collection.catalog(" or ".join(folder_filter(p) for p in chunk))

    def _run(self, collection: PhotoCollection, plan: Any, progress: ProgressCallback | None,
             cancel: threading.Event | None) -> IndexReport:
        def make_pipeline() -> EmbeddingPipeline:
            share = share_cores(self.threads or os.cpu_count() or 1, self.model.device)
            self.model.set_threads(share.threads)  # for the run; queries get every thread back afterwards
            return EmbeddingPipeline(self.model, self.batch_size, share.decoders, wait_turn=self.priority.wait_turn,
                                     streams=share.streams, decoders=self.decoders)

        about = {"library": self.library_id, "model": self.spec.label}
        if plan.to_embed:
            with self._lock:
                self.indexes.begin(self.spec)  # recorded before the first row is written: a kill cannot orphan it
        try:
            report = IndexRun(collection, make_pipeline, self.failures, progress, cancel, about).apply(plan)
        finally:
            if self.model_loaded:
                self.model.set_threads(self.threads)
        if plan.to_embed:
            log.info("embedded %d photos at %.1f images/s", report.added + report.updated,
                     report.images_per_second)
        return report

    def keep_search_warm(self, wait: bool = False) -> bool:
        """For a long-lived owner (the window): searches over a Lite index run on an in-memory copy of its
        vectors, read in the background now if no copy was kept from the last run; whether it is ready."""
        self._keep_search_warm = True
        try:
            with self._lock:
                self.db.keep_search_warm = True
                searched = self.indexes.searched(self.spec)[1]
            return searched.warm_search(wait)
        except StoreError as error:  # only an acceleration: the store itself will say what is wrong
            log.warning("searches go to the store: %s", error)
            return False

    @_exclusive
    def rebuild(self) -> None:
        """Start the index again from nothing (after damage); the next `index()` re-embeds every photo."""
        if self.db_is_local:
            if self._db is not None:
                self._db.close()
            self._db = self._indexes = None
            release_local(self.milvus_uri)
            database = self.home.database
            if database.exists() or database.is_symlink():
                aside = database.with_name(f"{database.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
                os.replace(database, aside)
                if aside.is_dir() and not aside.is_symlink():
                    shutil.rmtree(aside, ignore_errors=True)
                else:
                    aside.unlink()
            shutil.rmtree(search_cache_folder(str(database)), ignore_errors=True)
            store_state = self._store_state()
            store_state.complete = store_state.building = None
            store_state.removing = []
            self.state.save()
        else:
            self.indexes.forget_all()
        log.info("the index was reset; the next run re-embeds the library")

    @property
    def db_is_local(self) -> bool:
        return "://" not in self.milvus_uri

    # -- search -------------------------------------------------------------------------------

    @_exclusive
    def search_text(self, text: str, limit: int = 20, filters: SearchFilters | None = None,
                    bursts: bool = False) -> list[SearchHit]:
        """The best `limit` photos for `text`, each a match or a weaker one (`relevance`); `bursts`: each
        burst of near-identical shots as one hit (`core.bursts`)."""
        query = check_query(text)
        with self.priority.searching():
            label, collection = self.indexes.searched(self.spec)
            model = self._model_for(self._spec_of(label))
            vector = model.encode_text([query])[0]
            bar = self._text_bar(collection, model)
            return self._search(collection, vector, limit, filters, judge=lambda scores: text_matches(scores, bar),
                                bursts=bursts)

    def _text_bar(self, collection: PhotoCollection, model: ClipModel) -> TextBar | None:
        """The library's text bar under this model, measured again as the library grows or shrinks (its
        photos are counted again at most every `RECOUNT_S`: searches as you type come many a second)."""
        bar, looked = self._text_bars.get(collection.name, (None, -RECOUNT_S))
        if bar is not None and time.monotonic() - looked < RECOUNT_S:
            return bar
        photos = collection.count()
        if bar is None or bar.stale(photos):
            if model.fingerprint not in self._plain_words:
                self._plain_words[model.fingerprint] = model.encode_text(list(PLAIN_WORDS))
            bar = measure_text_bar(collection.sample_vectors(SAMPLE_SIZE), self._plain_words[model.fingerprint],
                                   photos)
        self._text_bars[collection.name] = (bar, time.monotonic())
        return bar

    @_exclusive
    def search_image(self, path: str, limit: int = 20, filters: SearchFilters | None = None,
                     bursts: bool = False) -> list[SearchHit]:
        """Photos that look like the image at `path` (indexed or not); the image itself is left out."""
        path = os.path.abspath(path)
        if not os.path.isfile(path):
            raise QueryError(f"image not found: {path}")
        with self.priority.searching():
            return self._search_like(path, limit, filters, bursts)

    def _search_like(self, path: str, limit: int, filters: SearchFilters | None, bursts: bool) -> list[SearchHit]:
        label, collection = self.indexes.searched(self.spec)
        stored = collection.records([path_id(path)]).get(path_id(path))
        if stored is not None:
            vector = stored.vector
        else:
            model = self._model_for(self._spec_of(label))
            try:
                outcome = self.decoders.decode(path, os.path.getsize(path), model.input_size)
            except OSError as error:
                raise QueryError(f"cannot use {path} as a query image: {error.strerror or error}") from None
            if isinstance(outcome, Unreadable):
                raise QueryError(f"cannot use {path} as a query image: {outcome.reason}")
            vector = model.encode_images([model.preprocess_image(outcome.image())])[0]
        return self._search(collection, vector, limit, filters, judge=photo_matches, leave_out=path,
                            candidates=LOOK_AT, bursts=bursts)

    def _spec_of(self, label: str) -> ModelSpec:
        return self.spec if label == self.spec.label else parse_model_spec(label, check_names=False)

    def _search(self, collection: PhotoCollection, vector, limit: int,  # type: ignore[no-untyped-def]
                filters: SearchFilters | None, judge: Callable[[list[float]], list[bool]], leave_out: str = "",
                candidates: int = 0, bursts: bool = False) -> list[SearchHit]:
        """The best `limit` hits (`leave_out`: the photo searched by), each judged a match or a weaker one
        (`judge` sees the scores of the best `candidates`, at least `limit`), identical copies folded."""
        if limit < 1:
            raise QueryError("--limit must be at least 1")
        where = _where(collection, filters)
        rows = collection.search(vector, min(max(limit, candidates) + bool(leave_out), 16384), where)
        hits = [SearchHit.from_store(row) for row in rows if row["path"] != leave_out]
        hits = [replace(hit, match=match) for hit, match in zip(hits, judge([h.score for h in hits]), strict=True)]
        hits = hits[:limit]
        if not hits:
            self.indexes.check_not_lost()  # an emptied index is not "nothing matches"
        return self._shown(collection, hits, bursts)

    def _shown(self, collection: PhotoCollection, hits: list[SearchHit], bursts: bool) -> list[SearchHit]:
        """Hits as the user sees them: identical copies folded together (and bursts, when asked), photos on
        offline folders marked."""
        hits = fold_copies(hits, lambda paths: _fingerprints(collection, paths))
        if bursts:
            hits = fold_bursts(hits, lambda paths: _vectors(collection, paths))
        offline = self.offline_folders()
        if offline:
            hits = [replace(h, offline=any(is_within(h.path, f) for f in offline)) for h in hits]
        return hits

    @_exclusive
    def browse(self, filters: SearchFilters | None = None, bursts: bool = False) -> list[SearchHit]:
        """Every photo search can find now (or those the filters admit), newest first (`browse.moment`),
        identical copies folded into the newest (`bursts`: each burst too); scores are 0."""
        with self.priority.searching():
            collection = self._searchable()
            if collection is None:
                return []
            where = _where(collection, filters)
            hits = newest_first(SearchHit.from_store({**row, "score": 0.0}) for row in collection.listing(where))
            return self._shown(collection, hits, bursts)

    @_exclusive
    def cameras(self) -> dict[str, int]:
        """The cameras that took the library's photos → how many each, most first; last "", the photos
        that do not say."""
        collection = self._searchable()
        counts = collection.cameras() if collection is not None else {}
        return dict(sorted(counts.items(), key=lambda item: (not item[0], -item[1], item[0].casefold())))

    @_exclusive
    def photo_count(self) -> int:
        """How many photos search can find now (also while the library's model cannot be loaded)."""
        collection = self._searchable()
        return collection.count() if collection is not None else 0

    def _searchable(self) -> PhotoCollection | None:
        """The collection search uses; the last complete one while the library's model cannot be loaded."""
        try:
            return self.indexes.searched(self.spec)[1]
        except ModelUnavailableError:
            complete = self._store_state().complete
            return self.indexes.collection(complete.collection) if complete is not None else None

    # -- status -------------------------------------------------------------------------------

    @_exclusive
    def offline_folders(self) -> dict[str, str]:
        """Library folders and mount points that are unavailable now → why (checked every few seconds)."""
        checked_at, found = self._offline
        if time.monotonic() - checked_at < OFFLINE_CHECK_SECONDS:
            return found
        volumes = set(self.settings.folders) | self._recorded_volumes()
        found = {}
        for volume in sorted(volumes):
            problem = volume_problem(volume, self.state.devices.get(volume), 1)
            if problem is not None and (volume in self.settings.folders or self._holds_photos(volume)):
                found[volume] = problem
        self._offline = (time.monotonic(), found)
        return found

    def _holds_photos(self, folder: str) -> bool:
        return any(self.indexes.collection(name).count(folder_filter(folder)) > 0
                   for name in self.indexes.own_collections())

    @_exclusive
    def status(self) -> dict[str, object]:
        failures = self.failures.all()
        state = self._store_state()
        self._offline = (0.0, {})
        offline = self.offline_folders()
        try:
            fingerprint: str | None = self.spec.fingerprint()
        except PhotoSeekError:
            fingerprint = None
        complete = state.complete
        switching = complete is not None and fingerprint is not None and complete.fingerprint != fingerprint
        status: dict[str, object] = {
            "home": str(self.home.root),
            "library_id": self.library_id,
            "model": self.settings.get("model"),
            "model_fingerprint": fingerprint,
            "searching_with": complete.model if complete is not None else self.settings.get("model"),
            "switch": None,
            "database": self.milvus_uri,
            "folders": [{"path": root, "exists": os.path.isdir(root), "available": root not in offline,
                         "reason": offline.get(root, "")} for root in self.settings.folders],
            "unavailable": [{"path": p, "reason": r} for p, r in offline.items()],
            "excludes": list(self.settings.excludes),
            "photos": self.photo_count(),
            "expected_photos": complete.photos if complete is not None else None,
            "failed": len(failures),
            "failures": [{"path": f.path, "reason": f.reason} for f in failures],
            "stale_model_indexes": len(self.indexes.stale()),
            "watch": WatchCapacity(self.state.folders, system_limit()).to_dict(),
        }
        if switching:
            assert complete is not None
            status["switch"] = {"from": complete.model, "to": self.settings.get("model"), "done": self.store.count(),
                                "total": complete.photos}
        return status


def _where(collection: PhotoCollection, filters: SearchFilters | None) -> str:
    if filters and filters.cameras and collection.outdated:
        raise QueryError("this index was made by an older PhotoSeek and knows no cameras yet: "
                         "`photoseek index` (or the open window) adds them")
    return filters.expression() if filters else ""


def _upgrade(collection: PhotoCollection, tick: PhaseTicker) -> None:
    """Bring a collection made by an older PhotoSeek up to date (reading each photo's camera, in parallel:
    a header read each, waiting mostly on the disk)."""
    log.info("upgrading %s: reading the camera of its %d photos", collection.name, tick.total)
    with ThreadPoolExecutor(max_workers=CAMERA_READERS, thread_name_prefix="camera") as pool:
        collection.upgrade(lambda paths: list(pool.map(read_camera, paths)), tick)


def _vectors(collection: PhotoCollection, paths: list[str]) -> dict[str, np.ndarray]:
    return {record.path: record.vector for record in collection.records(path_id(p) for p in paths).values()}


def _fingerprints(collection: PhotoCollection, paths: list[str]) -> dict[str, str]:
    return {record.path: record.fingerprint for record in collection.records(path_id(p) for p in paths).values()}


def _read(entries: Iterable[CatalogEntry], tick: PhaseTicker, before: int = 0) -> list[CatalogEntry]:
    """The index rows, read with a look at Pause and Cancel every `ROWS_PER_TICK`."""
    read: list[CatalogEntry] = []
    for entry in entries:
        read.append(entry)
        if len(read) % ROWS_PER_TICK == 0:
            tick(before + len(read))
    return read


def require_folders(folders: Iterable[str]) -> list[str]:
    """Validate folder arguments up front so a typo is one clear error, not a half-done run."""
    checked = []
    for folder in folders:
        if not os.path.isdir(folder):
            raise LibraryError(f"folder not found: {folder}")
        checked.append(folder)
    return checked
