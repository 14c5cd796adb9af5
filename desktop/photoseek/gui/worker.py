"""The worker: the one thread that owns the engine (model + database) and runs the library watcher.

The window never calls the engine. It puts requests in the worker's inbox and gets plain data
back through signals. Searches are answered on a thread of their own (`SearchThread`) while the
engine is open, also during an index run. During a run the engine calls `RunControl` after every
batch; it honours Pause and cancels the run when the library changed or the window is closing, so
nothing waits for a whole run.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import wraps
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QThread, QTimer, Signal, Slot

from photoseek.core import modelfiles
from photoseek.core.browse import timeline_rows
from photoseek.core.engine import Engine
from photoseek.core.errors import (
    DamagedFileError,
    IndexLostError,
    ModelMismatchError,
    ModelUnavailableError,
    PhotoSeekError,
    StoreDamagedError,
    StoreError,
)
from photoseek.core.modelspec import parse_model_spec
from photoseek.core.paths import AppHome
from photoseek.core.search import SearchFilters, SearchRequest
from photoseek.core.settings import LibrarySettings
from photoseek.gui import inbox as req
from photoseek.gui.folderwatch import FolderWatch
from photoseek.gui.inbox import Inbox, Request
from photoseek.gui.runcontrol import RunControl
from photoseek.gui.searchthread import SearchThread

log = logging.getLogger("photoseek.gui.worker")

CAMERAS_PAUSE = 20  # after listing the cameras, wait 20 times as long before listing them again (≥ 2 s)
RECONCILE_MINUTES = 10  # a full re-check now and then catches what a watcher can miss (network drives)
F = TypeVar("F", bound=Callable[..., Any])
NOT_DOWNLOADED = QT_TRANSLATE_NOOP("Worker", "the search model {model} is not downloaded yet")


def _reported(slot: F) -> F:
    """A bug in one of the worker's slots is logged and shown in the status bar, and the worker goes on
    serving: it is the only thread that owns the engine, so nothing may end it silently."""
    @wraps(slot)
    def guarded(self: Worker, *args: Any) -> Any:
        try:
            return slot(self, *args)
        except Exception as error:
            self._internal_error(error, slot.__name__)
            return None
    return guarded  # type: ignore[return-value]


@dataclass(frozen=True)
class EngineOptions:
    model: str | None = None  # asked for with --model / $PHOTOSEEK_MODEL; the library's own otherwise
    milvus_uri: str | None = None
    milvus_token: str | None = None
    batch_size: int = 16  # small batches: searches and Close wait at most one batch
    watch_debounce: float = 1.0
    legacy: tuple[tuple[str, object], ...] = ()  # model/threads an earlier release kept in settings.ini


class Worker(QObject):
    """Lives on its own QThread; every slot and engine call below runs there."""

    # "loading"|"ready"|"download"|"unavailable"|"broken"|"damaged"|"settings_damaged", label or message
    engine_state = Signal(str, str)
    status_changed = Signal(dict)
    search_done = Signal(int, list, float)  # request id, hits as dicts, milliseconds (-1: it waited for the model)
    search_failed = Signal(int, str)
    remote_answered = Signal(int, dict)  # the command line's query id, {"hits": [...], "photos": N} or {"error"}
    progress = Signal(dict)  # done, total, rate, eta, paused
    run_finished = Signal(dict)  # IndexReport.to_dict() plus "kind"
    index_changed = Signal()  # photos were added, removed, moved or updated
    cameras_changed = Signal(list)  # [camera, photos] in `Engine.cameras` order; on opening, as the index changes
    notice = Signal(str)  # a one-line message for the status bar
    stopped = Signal()
    _wake = Signal()

    def __init__(self, home: AppHome, options: EngineOptions) -> None:
        super().__init__()
        self.home, self.options = home, options
        self.inbox = Inbox()
        self.engine: Engine | None = None
        self._problem: str | None = None  # why the model cannot be used, if it cannot (the command line's words)
        self._problem_shown = ""  # the same, as the window says it
        self.watch = FolderWatch(self._on_watched_changes, options.watch_debounce, self.notice.emit)
        self._reconcile: QTimer | None = None
        self._cameras_due: QTimer | None = None  # the pause after listing the cameras
        self._cameras_pending = False  # the index changed during that pause
        self._indexing = False
        self._watching: dict[str, str] = {}
        self.searches = SearchThread(self.inbox, self._search)
        self.runs = RunControl(self.inbox, self._answer_searches, self.progress.emit,
                               searches_elsewhere=lambda: self.searches.serving)
        self._closed = False
        self._wake.connect(self._drain)

    # -- called from any thread -------------------------------------------------------------

    def submit(self, request: Request) -> None:
        self.inbox.put(request)
        self._wake.emit()

    def pause(self) -> None:
        self.runs.pause()

    def resume(self) -> None:
        self.runs.resume()

    def request_stop(self) -> None:
        self.runs.stop()
        self._wake.emit()

    # -- the worker thread ------------------------------------------------------------------

    @Slot()
    @_reported
    def start(self) -> None:
        if not self._open_engine():
            return
        self.searches.serve()
        self._emit_status()
        if self._cameras_due is None:
            self._cameras_due = QTimer(self)
            self._cameras_due.setSingleShot(True)
            self._cameras_due.timeout.connect(self._cameras_cooled)
            self.index_changed.connect(self._cameras_may_change)
        self._prepare_model()
        self._emit_cameras()  # a pass over the index: after the model, which searches wait for
        if self._reconcile is None:
            self._reconcile = QTimer(self)
            self._reconcile.setInterval(RECONCILE_MINUTES * 60_000)
            self._reconcile.timeout.connect(lambda: self.submit(Request(req.INDEX)))
            self._reconcile.start()
        self._drain()

    def _open_engine(self) -> bool:
        """Open the library; on damage, say which kind (the window offers the way out) and stay idle."""
        options = self.options
        kwargs = {"milvus_uri": options.milvus_uri, "milvus_token": options.milvus_token,
                  "batch_size": options.batch_size}
        self.engine = None
        legacy = dict(options.legacy)
        try:
            try:
                if options.model is None and "model" in legacy:  # an earlier release's choice, for a library
                    self.engine = Engine(self.home, model=str(legacy["model"]), on_mismatch="ignore",  # type: ignore[arg-type]
                                         **kwargs)
                else:
                    self.engine = Engine(self.home, model=options.model, **kwargs)  # type: ignore[arg-type]
            except ModelMismatchError as error:
                # The library keeps its own model; the window says why --model was not used.
                self.engine = Engine(self.home, model=options.model, on_mismatch="ignore", **kwargs)  # type: ignore[arg-type]
                self.notice.emit(str(error))
            except ModelUnavailableError as error:
                # The library stays usable (folders, settings) while the user picks a model that works.
                self.engine = Engine(self.home, on_mismatch="ignore", **kwargs)  # type: ignore[arg-type]
                self._set_problem(str(error))
            self._adopt_legacy()
            self.engine.store  # noqa: B018 - opens the database now, so a broken one is reported first
            self.engine.indexes.check_not_lost()
            self.engine.keep_search_warm()
        except DamagedFileError as error:
            return self._cannot_start("settings_damaged", error)
        except (StoreDamagedError, IndexLostError) as error:
            return self._cannot_start("damaged", error)
        except ModelUnavailableError as error:
            self._set_problem(str(error))  # the library opens; search waits for a model that works
            return self.engine is not None
        except PhotoSeekError as error:
            return self._cannot_start("broken", error)
        return True

    def _cannot_start(self, state: str, error: PhotoSeekError) -> bool:
        log.error("cannot start: %s", error)
        self.searches.hold()
        if self.engine is not None:
            self.engine.close()
            self.engine = None
        self.engine_state.emit(state, str(error))
        return False

    def _adopt_legacy(self) -> None:
        """Threads an earlier release kept in settings.ini become the library's (the model was passed above)."""
        engine = self._engine()
        for name, value in self.options.legacy:
            if name == "threads" and not engine.settings.is_set("threads"):
                try:
                    engine.configure(name, value)
                except PhotoSeekError as error:
                    log.warning("not keeping the earlier %s setting %r: %s", name, value, error)
        self.options = EngineOptions(**{**self.options.__dict__, "legacy": ()})

    def _prepare_model(self) -> None:
        """Load the model (or ask for a download); once it works, watch the library and reconcile."""
        engine = self._engine()
        if self._problem is None:
            try:
                downloaded = modelfiles.is_downloaded(engine.spec, self.home.model_cache)
            except Exception:  # let the loader explain what is wrong with the spec
                log.exception("cannot check the model cache")
                downloaded = True
            if not downloaded:
                self._set_problem(NOT_DOWNLOADED.format(model=engine.spec.label),
                                  self.tr(NOT_DOWNLOADED).format(model=engine.spec.label))
                self.engine_state.emit("download", engine.spec.label)
                return
            self.engine_state.emit("loading", engine.spec.label)
            try:
                engine.model  # noqa: B018 - loads it
            except ModelUnavailableError as error:
                self._set_problem(str(error))
        if self._problem is not None:
            log.warning("model not available: %s", self._problem)
            self.watch.stop()
            self.engine_state.emit("unavailable", self._problem_shown)
            return
        self.engine_state.emit("ready", engine.spec.label)
        self._restart_watcher()
        self.inbox.put(Request(req.INDEX))

    @Slot()
    @_reported
    def _drain(self) -> None:
        try:
            if self.engine is None:  # it could not start: only the ways out are open
                self._refuse_searches()
                self._recover_if_asked()
            while self.engine is not None and not self.runs.stopping.is_set():
                search = None if self.searches.serving else self.inbox.take_search()
                if search is not None:
                    self._search(search)
                    continue
                job = self.inbox.take_job()
                if job is None:
                    break
                self._serve(job)
        finally:
            if self.runs.stopping.is_set():
                self._shut_down()  # also after a bug above: Close must not wait for os._exit

    def _serve(self, job: Request) -> None:
        try:
            self._do(job)
        except (StoreDamagedError, IndexLostError) as error:
            self.engine_state.emit("damaged", str(error))
        except PhotoSeekError as error:
            self.notice.emit(str(error))
        except Exception as error:  # a bug must not kill the only thread that owns the engine
            self._internal_error(error, f"request {job.kind}")
        self._emit_status()

    def _do(self, job: Request) -> None:
        engine = self._engine()
        if job.kind == req.INDEX:
            self._index(None)
        elif job.kind == req.UPDATE_PATHS:
            self._index([str(p) for p in job.args])
        elif job.kind == req.ADD_FOLDERS:
            engine.add_folders([str(p) for p in job.args])
            self._library_changed()
        elif job.kind == req.REMOVE_FOLDER:
            removed = engine.remove_folder(str(job.args[0]))
            self.notice.emit(self.tr("removed {folder} from the library (%Ln photo(s) left the index)", "", removed)
                             .format(folder=job.args[0]))
            self.index_changed.emit()
            self._library_changed()
        elif job.kind == req.SET_EXCLUDES:
            engine.set_excludes([str(p) for p in job.args])
            self._library_changed()
        elif job.kind == req.SET_MODEL:
            self._set_problem(None)
            try:
                engine.set_model(str(job.args[0]))
            except ModelUnavailableError as error:
                self._set_problem(str(error))
            self._prepare_model()  # the new model loads; search keeps using the complete index meanwhile
            self.index_changed.emit()
        elif job.kind == req.REBUILD:
            engine.rebuild()
            self.index_changed.emit()
            self.engine_state.emit("ready", engine.spec.label)
            self._index(None)
        elif job.kind == req.LOAD_MODEL:
            self._set_problem(None)
            self._prepare_model()
        elif job.kind == req.SET_THREADS:
            engine.set_threads(int(job.args[0]))  # type: ignore[call-overload]
        elif job.kind == req.RESET_SETTINGS:
            pass  # only meaningful while the engine could not start

    def _set_problem(self, problem: str | None, shown: str | None = None) -> None:
        """Why the model cannot be used (None: it can); `shown`: the window's wording of ours (the engine's
        messages read the same in both)."""
        self._problem, self._problem_shown = problem, shown or problem or ""

    def _library_changed(self) -> None:
        if self._problem is None:
            self._restart_watcher()
            self.inbox.put(Request(req.INDEX))

    def _index(self, paths: list[str] | None) -> None:
        if self._problem is not None or self.runs.stopping.is_set():
            return
        engine = self._engine()
        cancel = self.runs.new_run()
        self._indexing = True
        self._emit_status()
        try:
            if paths is None:
                report = engine.index(progress=self.runs, cancel=cancel)
            else:
                report = engine.update_paths(paths, progress=self.runs, cancel=cancel)
        except ModelUnavailableError as error:
            self._set_problem(str(error))
            self.engine_state.emit("unavailable", self._problem_shown)
            return
        finally:
            self._indexing = False
        if paths is None and engine.watch_folders() != self._watching:
            self._restart_watcher()  # the scan found other symlinked folders to watch
        result = report.to_dict()
        result["kind"] = "full" if paths is None else "update"
        self.run_finished.emit(result)
        if report.added or report.copied or report.updated or report.moved or report.removed or report.model_changed:
            self.index_changed.emit()
        if report.cancelled and not self.runs.stopping.is_set():
            self.inbox.put(Request(req.INDEX))  # finish after whatever interrupted it

    def _answer_searches(self) -> None:
        """Searches waiting while the search thread cannot answer them (the engine is not open)."""
        while not self.searches.serving and (search := self.inbox.take_search()) is not None:
            self._search(search)

    def _search(self, request: Request) -> None:
        if request.kind == req.REMOTE_SEARCH:
            self._answer_remote(int(request.args[0]), request.args[1])  # type: ignore[call-overload]
            return
        if self._problem is not None and request.kind != req.BROWSE:  # browsing needs no model
            self.search_failed.emit(request.id, self._problem_shown)
            return
        started = time.perf_counter()
        cold = request.kind != req.BROWSE and not self._engine().model_loaded  # this one waits for the model
        try:
            filters = SearchFilters.from_message(request.args[-1])  # type: ignore[arg-type]
            bursts = bool(request.args[-2])
            if request.kind == req.BROWSE:
                rows = timeline_rows(self._engine().browse(filters, bursts))
            else:
                query, limit = str(request.args[0]), int(request.args[1])  # type: ignore[call-overload]
                search = self._engine().search_text if request.kind == req.SEARCH_TEXT else self._engine().search_image
                rows = [hit.to_dict() for hit in search(query, limit, filters, bursts)]
        except PhotoSeekError as error:
            self.search_failed.emit(request.id, str(error))
            return
        except Exception as error:
            log.exception("search failed")
            self.search_failed.emit(request.id, self.tr("internal error: {kind} (details in the log)")
                                    .format(kind=type(error).__name__))
            return
        elapsed_ms = -1.0 if cold else (time.perf_counter() - started) * 1000  # -1: not the search's own time
        self.search_done.emit(request.id, rows, elapsed_ms)

    def _answer_remote(self, asked: int, message: object) -> None:
        """The command line's search, run exactly as `photoseek search` would run it on its own."""
        try:
            if self._problem is not None:
                raise ModelUnavailableError(self._problem)
            request = SearchRequest.from_message(message if isinstance(message, dict) else {})
            engine = self._engine()
            model = message.get("model") if isinstance(message, dict) else None
            if model and parse_model_spec(str(model), check_names=False).label != engine.spec.label:
                raise ModelMismatchError(parse_model_spec(str(model), check_names=False).label, engine.spec.label)
            hits = request.run(engine)
            answer = {"hits": [asdict(hit) for hit in hits], "photos": len(hits) or engine.photo_count()}
        except PhotoSeekError as error:
            answer = {"error": str(error)}
        except Exception as error:
            log.exception("the command line's search failed")
            answer = {"error": f"internal error: {type(error).__name__} (details in the window's log)"}
        self.remote_answered.emit(asked, answer)

    def _emit_status(self) -> None:
        engine = self._engine()
        try:
            status = engine.status()
        except (StoreDamagedError, IndexLostError) as error:
            self.engine_state.emit("damaged", str(error))
            return
        except StoreError as error:
            self.engine_state.emit("broken", str(error))
            return
        status["offline_folders"] = {item["path"]: item["reason"] for item in status["unavailable"]}
        status["threads"] = int(engine.settings.get("threads"))
        status["model_problem"] = self._problem_shown
        status["watcher"] = self.watch.mode
        status["indexing"] = self._indexing
        self.status_changed.emit(status)

    def _cameras_may_change(self) -> None:
        """Listing the cameras is a pass over the index: at once, then after a pause (`CAMERAS_PAUSE`)
        while runs or the watcher keep changing it, so it takes at most a twentieth of this thread's time."""
        assert self._cameras_due is not None
        if self._cameras_due.isActive():
            self._cameras_pending = True
            return
        started = time.perf_counter()
        self._emit_cameras()
        self._cameras_due.start(max(2000, int((time.perf_counter() - started) * CAMERAS_PAUSE * 1000)))

    def _cameras_cooled(self) -> None:
        if self._cameras_pending:
            self._cameras_pending = False
            self._cameras_may_change()

    def _emit_cameras(self) -> None:
        try:
            self.cameras_changed.emit([list(item) for item in self._engine().cameras().items()])
        except PhotoSeekError as error:
            log.info("cannot list the library's cameras: %s", error)

    def _restart_watcher(self) -> None:
        engine = self._engine()
        self._watching = engine.watch_folders()
        self.watch.restart(self._watching, engine.rules())

    def _on_watched_changes(self, paths: set[str]) -> None:
        """Runs on the watcher's thread."""
        self.submit(Request(req.UPDATE_PATHS, tuple(sorted(paths))))

    def _refuse_searches(self) -> None:
        """With no library open, the command line is told so at once (the window shows why and the way out)."""
        while (search := self.inbox.take_search()) is not None:
            if search.kind == req.REMOTE_SEARCH:
                self.remote_answered.emit(int(search.args[0]), {  # type: ignore[call-overload]
                    "error": f"the PhotoSeek window open on {self.home.root} cannot open its library now "
                             "(the window says why and what to do)"})

    def _recover_if_asked(self) -> None:
        """With the engine down, only a reset of damaged settings or a rebuild of a damaged index is served."""
        while (job := self.inbox.take_job()) is not None:
            if job.kind == req.RESET_SETTINGS:
                message = LibrarySettings.restore(self.home.library_file)
                log.info(message)
                self.notice.emit(message)
            elif job.kind == req.REBUILD:
                try:
                    Engine(self.home, milvus_uri=self.options.milvus_uri, milvus_token=self.options.milvus_token,
                           on_mismatch="ignore").rebuild()
                except PhotoSeekError as error:
                    self.engine_state.emit("broken", str(error))
                    return
            elif job.kind != req.RETRY:
                continue  # nothing else can be done without an engine
            self.start()
            return

    def _shut_down(self) -> None:
        if self._closed:
            return
        self._closed = True
        started = time.perf_counter()
        for timer in (self._reconcile, self._cameras_due):
            if timer is not None:
                timer.stop()
        self.watch.stop(timeout=0.5)
        self.searches.close()
        if self.engine is not None:
            try:
                self.engine.close()
            except Exception:
                log.exception("closing the engine failed")
        log.info("worker stopped in %.2f s", time.perf_counter() - started)
        self.stopped.emit()
        thread = QThread.currentThread()
        if thread is not None:
            thread.quit()

    def _internal_error(self, error: Exception, what: str) -> None:
        log.error("%s failed", what, exc_info=error)
        self.notice.emit(self.tr("internal error: {kind}: {error} (details in the log)")
                         .format(kind=type(error).__name__, error=error))

    def _engine(self) -> Engine:
        assert self.engine is not None, "the worker has not started"
        return self.engine
