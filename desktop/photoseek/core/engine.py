"""The engine: one owner for the model, the store and the library. The CLI and the GUI worker use only this.

Not thread-safe by design: one thread owns an Engine. Searches between index batches are served by
that same thread from the progress callback (see the GUI worker), so nothing needs a lock.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterable

from photoseek.core.changes import ChangePlan, plan_changes
from photoseek.core.errors import ImageError, LibraryError, QueryError
from photoseek.core.failures import FailureLog
from photoseek.core.imaging import open_photo
from photoseek.core.indexer import IndexReport, IndexRun, ProgressCallback
from photoseek.core.library import LibraryConfig, is_within, normalise_folder
from photoseek.core.model import ClipModel
from photoseek.core.modelspec import ModelSpec, parse_model_spec
from photoseek.core.paths import AppHome
from photoseek.core.pipeline import EmbeddingPipeline
from photoseek.core.records import CatalogEntry, path_id
from photoseek.core.scan import Scanner
from photoseek.core.search import SearchFilters, SearchHit, check_query
from photoseek.core.store import PhotoStore, prefix_filter, quote

log = logging.getLogger("photoseek.engine")

MILVUS_URI_ENV = "PHOTOSEEK_MILVUS_URI"
MILVUS_TOKEN_ENV = "PHOTOSEEK_MILVUS_TOKEN"
PATHS_PER_QUERY = 64


class Engine:
    """Index and search one library with one model. Callers hold the app-home lock (see HomeLock)."""

    def __init__(self, home: AppHome, model: str | None = None, milvus_uri: str | None = None,
                 milvus_token: str | None = None, device: str | None = None, batch_size: int = 32,
                 threads: int | None = None) -> None:
        self.home = home.ensure()
        self.spec: ModelSpec = parse_model_spec(model)
        self.milvus_uri = milvus_uri or os.environ.get(MILVUS_URI_ENV) or PhotoStore.local_uri(home.database)
        self.milvus_token = milvus_token or os.environ.get(MILVUS_TOKEN_ENV)
        self.device = device
        self.batch_size = batch_size
        self.threads = threads  # CPU threads for decoding and inference; None: what the machine has
        self.library = LibraryConfig.load(home.library_file)
        self.failures = FailureLog(home.failures_file)
        self._model: ClipModel | None = None
        self._store: PhotoStore | None = None

    # -- owned resources ------------------------------------------------------------------

    @property
    def model(self) -> ClipModel:
        """The CLIP model, loaded on first use (raises ModelUnavailableError with a usable message)."""
        if self._model is None:
            self._model = ClipModel(self.spec, self.home.model_cache, self.device, self.threads)
        return self._model

    @property
    def model_loaded(self) -> bool:
        return self._model is not None

    @property
    def store(self) -> PhotoStore:
        if self._store is None:
            self._store = PhotoStore(self.milvus_uri, self.spec.fingerprint(), self.milvus_token)
        return self._store

    def set_model(self, model: str | None) -> None:
        """Switch models; the next index run re-embeds everything into the new model's collection."""
        spec = parse_model_spec(model)
        if spec == self.spec:
            return
        self.spec, self._model = spec, None
        if self._store is not None:
            self._store.close()
            self._store = None

    def set_threads(self, threads: int | None) -> None:
        """CPU threads for decoding (from the next run) and inference (at once if the model is loaded)."""
        self.threads = threads or None
        if self._model is not None:
            self._model.set_threads(self.threads)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    # -- library ----------------------------------------------------------------------------

    def add_folders(self, folders: Iterable[str]) -> list[str]:
        added = [self.library.add_root(folder) for folder in folders]
        self.library.save(self.home.library_file)
        return added

    def remove_folder(self, folder: str) -> int:
        """Forget a folder and delete its photos from the index; returns how many were removed."""
        root = self.library.remove_root(folder)
        self.library.save(self.home.library_file)
        doomed = [e for e in self.store.catalog(prefix_filter("path", os.path.join(root, "")))
                  if not self._in_library(e.path)]
        self.store.delete([e.id for e in doomed])
        self.store.flush()
        for entry in doomed:
            self.failures.forget(entry.path)
        self.failures.forget_missing({}, [root])
        self.failures.save()
        return len(doomed)

    def set_excludes(self, patterns: Iterable[str]) -> None:
        self.library.excludes = [p.strip() for p in patterns if p.strip()]
        self.library.save(self.home.library_file)

    def scanner(self) -> Scanner:
        """The engine's rule for which files are photos: hidden folders, the app home and excludes skipped."""
        return Scanner(self.library.excludes, skip_folders=[str(self.home.root)])

    def _in_library(self, path: str) -> bool:
        return any(is_within(path, root) for root in self.library.roots)

    # -- indexing ---------------------------------------------------------------------------

    def index(self, progress: ProgressCallback | None = None, cancel: threading.Event | None = None
              ) -> IndexReport:
        """Bring the index in line with every library folder (new, changed, moved, removed)."""
        scan = self.scanner().scan_roots(self.library.roots)
        indexed = {e.path: e for e in self.store.catalog()
                   if not any(is_within(e.path, missing) for missing in scan.missing_roots)}
        present_roots = [r for r in self.library.roots if r not in scan.missing_roots]
        self.failures.forget_missing(scan.files, present_roots)
        plan = plan_changes(scan.files, indexed, self.failures)
        report = self._run(plan, progress, cancel)
        report.missing_roots = scan.missing_roots
        leftovers = self.store.other_model_collections()
        report.model_changed = bool(leftovers)
        if leftovers and not report.cancelled and not scan.missing_roots:
            self.store.drop_collections(leftovers)  # the new model's index is complete
        return report

    def update_paths(self, paths: Iterable[str], progress: ProgressCallback | None = None,
                     cancel: threading.Event | None = None) -> IndexReport:
        """Re-check just these files or folders (from the watcher): cheaper than a full run."""
        # A library folder that is gone (deleted, unmounted) is not "delete all its photos".
        missing = [root for root in self.library.roots if not os.path.isdir(root)]
        scope = sorted({p for p in map(normalise_folder, paths)
                        if self._in_library(p) and not any(is_within(p, m) for m in missing)})
        if not scope:
            return IndexReport(missing_roots=missing)
        on_disk = {p: s for p, s in self.scanner().scan_paths(scope).items() if self._in_library(p)}
        indexed = {e.path: e for e in self._catalog_under(scope)}
        self.failures.forget_missing(on_disk, scope)
        return self._run(plan_changes(on_disk, indexed, self.failures), progress, cancel)

    def _catalog_under(self, scope: list[str]) -> list[CatalogEntry]:
        entries: list[CatalogEntry] = []
        for start in range(0, len(scope), PATHS_PER_QUERY):
            chunk = scope[start:start + PATHS_PER_QUERY]
            where = " or ".join(f"path == {quote(p)} or {prefix_filter('path', os.path.join(p, ''))}"
                                for p in chunk)
            entries.extend(self.store.catalog(where))
        return entries

    def _run(self, plan: ChangePlan, progress: ProgressCallback | None, cancel: threading.Event | None
             ) -> IndexReport:
        def make_pipeline() -> EmbeddingPipeline:
            return EmbeddingPipeline(self.model, self.batch_size, self.threads)

        report = IndexRun(self.store, make_pipeline, self.failures, progress, cancel).apply(plan)
        if plan.to_embed:
            log.info("embedded %d photos at %.1f images/s", report.added + report.updated,
                     report.images_per_second)
        return report

    # -- search -------------------------------------------------------------------------------

    def search_text(self, text: str, limit: int = 20, filters: SearchFilters | None = None) -> list[SearchHit]:
        query = check_query(text)
        vector = self.model.encode_text([query])[0]
        return self._search(vector, limit, filters)

    def search_image(self, path: str, limit: int = 20, filters: SearchFilters | None = None) -> list[SearchHit]:
        """Photos that look like the image at `path` (indexed or not); the image itself is left out."""
        path = os.path.abspath(path)
        if not os.path.isfile(path):
            raise QueryError(f"image not found: {path}")
        stored = self.store.records([path_id(path)]).get(path_id(path))
        if stored is not None:
            vector = stored.vector
        else:
            try:
                photo = open_photo(path, self.model.input_size)
            except ImageError as error:
                raise QueryError(f"cannot use {path} as a query image: {error}") from None
            vector = self.model.encode_images([self.model.preprocess_image(photo.image)])[0]
        hits = self._search(vector, limit + 1, filters)
        return [h for h in hits if h.path != path][:limit]

    def _search(self, vector, limit: int, filters: SearchFilters | None) -> list[SearchHit]:  # type: ignore[no-untyped-def]
        if limit < 1:
            raise QueryError("--limit must be at least 1")
        where = filters.expression() if filters else ""
        return [SearchHit.from_store(row) for row in self.store.search(vector, min(limit, 16384), where)]

    # -- status -------------------------------------------------------------------------------

    def status(self) -> dict[str, object]:
        failures = self.failures.all()
        return {
            "home": str(self.home.root),
            "model": self.spec.label,
            "model_fingerprint": self.spec.fingerprint(),
            "database": self.milvus_uri,
            "folders": [{"path": root, "exists": os.path.isdir(root)} for root in self.library.roots],
            "excludes": list(self.library.excludes),
            "photos": self.store.count(),
            "failed": len(failures),
            "failures": [{"path": f.path, "reason": f.reason} for f in failures],
            "stale_model_indexes": len(self.store.other_model_collections()),
        }


def require_folders(folders: Iterable[str]) -> list[str]:
    """Validate folder arguments up front so a typo is one clear error, not a half-done run."""
    checked = []
    for folder in folders:
        if not os.path.isdir(folder):
            raise LibraryError(f"folder not found: {folder}")
        checked.append(folder)
    return checked
