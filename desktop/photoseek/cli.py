"""`photoseek`: the command line over the engine. A stable contract: other tools parse its JSON."""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import queue
import signal
import sys
import threading
import time
from collections.abc import Sequence
from contextlib import contextmanager
from typing import Any

from photoseek import __version__
from photoseek.core import modellanguages
from photoseek.core.errors import HomeLockedError, InstanceUnreachableError, PhotoSeekError
from photoseek.core.indexer import IndexReport
from photoseek.core.lock import HomeLock
from photoseek.core.logs import setup_logging
from photoseek.core.modelspec import parse_model_spec, requested_model
from photoseek.core.paths import AppHome
from photoseek.core.progress import EMBEDDING, READING, RELINKING, SCANNING, UPGRADING, Progress
from photoseek.core.search import SearchFilters, SearchHit, SearchRequest, hits_from_message, parse_date
from photoseek.core.statefile import dumps
from photoseek.core.wording import counted

log = logging.getLogger("photoseek.cli")


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr (exit 2), like every other error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"photoseek: error: {message} (see {self.prog} --help)\n")


def date_argument(text: str):  # type: ignore[no-untyped-def]
    try:
        return parse_date(text)
    except PhotoSeekError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="photoseek", description="Search your photos by meaning, offline.")
    parser.add_argument("--version", action="version", version=f"photoseek {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check that this installation works (models, index, watching, images, Qt) and exit")
    parser.add_argument("--home", help="folder for all PhotoSeek state (default: $PHOTOSEEK_HOME or per-user)")
    parser.add_argument("--model", help="NAME:PRETRAINED, a model folder, or NAME:/path/weights ($PHOTOSEEK_MODEL)")
    parser.add_argument("--milvus-uri", help="use a Milvus server, e.g. http://host:19530 ($PHOTOSEEK_MILVUS_URI)")
    parser.add_argument("--milvus-token", help="token for the Milvus server ($PHOTOSEEK_MILVUS_TOKEN)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    index = commands.add_parser("index", help="add folders to the library and index them")
    index.add_argument("paths", nargs="*", metavar="PATH", help="folders to add (none: re-index the library)")
    index.add_argument("--json", action="store_true", help="print the run's report as one JSON object")
    index.add_argument("--batch-size", type=int, default=32, help="photos per model batch (default 32)")
    index.add_argument("--switch-model", action="store_true",
                       help="make --model the library's model (re-embeds in the background; search keeps working)")

    for name, helptext in (("search", "find photos matching a text"), ("similar", "find photos like an image")):
        sub = commands.add_parser(name, help=helptext)
        sub.add_argument("query", metavar="TEXT" if name == "search" else "IMAGE")
        sub.add_argument("--limit", "-k", type=int, default=20, help="how many results (default 20)")
        sub.add_argument("--json", action="store_true", help="print results as a JSON list")
        sub.add_argument("--group-bursts", action="store_true",
                         help="each burst of near-identical shots (seconds apart, one folder) as one result")
        sub.add_argument("--matches-only", action="store_true",
                         help="leave out the weaker matches (those below the relevance cutoff)")
        sub.add_argument("--folder", action="append", default=[], help="only photos under this folder (repeatable)")
        sub.add_argument("--from", dest="date_from", type=date_argument, help="taken on or after YYYY-MM-DD")
        sub.add_argument("--to", dest="date_to", type=date_argument, help="taken on or before YYYY-MM-DD")
        sub.add_argument("--type", action="append", default=[], help="file types, e.g. jpg,png (repeatable)")
        sub.add_argument("--camera", action="append", default=[],
                         help="only photos taken with this camera, as `photoseek cameras` names it (repeatable)")

    watch = commands.add_parser("watch", help="keep the index current while running (Ctrl+C stops)")
    watch.add_argument("--reconcile-minutes", type=float, default=10.0, help="full re-check interval")
    watch.add_argument("--debounce", type=float, default=1.0, help="seconds a file must be quiet")

    status = commands.add_parser("status", help="model, folders, counts and unreadable files")
    status.add_argument("--json", action="store_true")

    cameras = commands.add_parser("cameras", help="the cameras that took the library's photos, with counts")
    cameras.add_argument("--json", action="store_true", help="print one JSON object: camera → photos")

    remove = commands.add_parser("remove", help="remove a folder from the library and its photos from the index")
    remove.add_argument("folder")

    config = commands.add_parser("config", help="the library's settings: list, get NAME, set NAME VALUE…, reset")
    actions = config.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every setting with its value and meaning")
    listing.add_argument("--json", action="store_true")
    actions.add_parser("get", help="one setting's value").add_argument("name")
    setter = actions.add_parser("set", help="change a setting (lists take several values)")
    setter.add_argument("name")
    setter.add_argument("values", nargs="*", metavar="VALUE")
    actions.add_parser("reset", help="restore the last good copy of damaged library settings")

    rebuild = commands.add_parser("rebuild", help="re-create a damaged index from the library folders")
    rebuild.add_argument("--json", action="store_true", help="print the run's report as one JSON object")

    bench = commands.add_parser("bench", help="measure speed and memory on this machine (each figure as a ratio)")
    bench.add_argument("--quick", action="store_true", help="a short run (under 90 s on 2 cores)")
    bench.add_argument("--json", action="store_true", help="print one JSON object instead of a table")

    commands.add_parser("gui", help="open the PhotoSeek window")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # an installed (frozen) build starts its decoder processes through here
    for stream in (sys.stdout, sys.stderr):  # a file name with undecodable bytes must not crash a print
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from photoseek import selftest

        return selftest.run()
    if args.command is None:
        parser.print_help()
        return 0
    if args.command == "gui":
        from photoseek.gui.app import main as gui_main

        return gui_main(_global_args(args))
    home = AppHome.resolve(args.home)
    home.claim_library_caches()
    log_file = home.log_dir / "photoseek.log"
    try:
        home.ensure()
        log_file = setup_logging(home.log_dir, verbose=args.verbose)
        if args.command == "config" and args.action in ("list", "get", "reset"):
            return cmd_config_read(args, home)  # reading needs no lock; reset must work on a damaged file
        if args.command == "bench":
            return cmd_bench(args)  # its own libraries in a temporary folder: the user's home is not touched
        if args.command in ("search", "similar"):
            return cmd_search(args, home)  # takes the lock, or asks the window that holds it
        with HomeLock(home.lock_file):
            return COMMANDS[args.command](args, home)
    except PhotoSeekError as error:
        print(f"photoseek: error: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"photoseek: error: {error.strerror or error}: {error.filename or ''}".rstrip(": "), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("photoseek: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # the last line of defence: one line, the details in the log
        log.exception("unexpected error")
        print(f"photoseek: internal error: {type(error).__name__}: {error} (details in {log_file})",
              file=sys.stderr)
        return 1


def _global_args(args: argparse.Namespace) -> list[str]:
    flags = []
    for name in ("home", "model", "milvus_uri", "milvus_token"):
        if getattr(args, name):
            flags += [f"--{name.replace('_', '-')}", getattr(args, name)]
    return flags


def _engine(args: argparse.Namespace, home: AppHome, on_mismatch: str = "raise"):  # type: ignore[no-untyped-def]
    from photoseek.core.engine import Engine

    if getattr(args, "switch_model", False):
        if not args.model:
            raise PhotoSeekError("--switch-model needs --model SPEC: the model to switch to")
        on_mismatch = "switch"
    return Engine(home, model=args.model, milvus_uri=args.milvus_uri, milvus_token=args.milvus_token,
                  batch_size=max(1, getattr(args, "batch_size", 32)), on_mismatch=on_mismatch)


# Control characters in a name (a newline, an escape sequence) would break "one line per result" or
# drive the terminal: shown as Python writes them. JSON output keeps names exact.
_ESCAPES = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0))} | {0x0A: "\\n", 0x09: "\\t", 0x0D: "\\r"}


def shown(name: str) -> str:
    """`name` for one line of terminal output."""
    return name.translate(_ESCAPES)


def _print_json(data: Any) -> None:
    print(dumps(data))


# -- commands ----------------------------------------------------------------------------------


def cmd_index(args: argparse.Namespace, home: AppHome) -> int:
    from photoseek.core.engine import require_folders

    folders = require_folders(args.paths)
    return _index_run(args, home, lambda engine: engine.add_folders(folders))


def cmd_rebuild(args: argparse.Namespace, home: AppHome) -> int:
    return _index_run(args, home, lambda engine: engine.rebuild(), prefix="rebuilt: ")


def _index_run(args: argparse.Namespace, home: AppHome, first: Any, prefix: str = "") -> int:
    """`first(engine)`, then a full run with a progress bar; Ctrl+C stops after the current batch."""
    engine = _engine(args, home)
    try:
        first(engine)
        if not engine.settings.folders:
            raise PhotoSeekError("no folders in the library yet: photoseek index FOLDER")
        with _cancel_on_interrupt() as cancel, ProgressLine() as line:
            report = engine.index(progress=line, cancel=cancel)
    finally:
        engine.close()
    if args.json:
        _print_json(report.to_dict())
    else:
        _print_report(report, prefix=prefix)
    return 130 if report.cancelled else 0


def cmd_search(args: argparse.Namespace, home: AppHome) -> int:
    text, image = (args.query, "") if args.command == "search" else ("", args.query)
    request = SearchRequest(text=text, image=image, limit=args.limit, filters=_filters(args),
                            bursts=args.group_bursts)
    started = time.perf_counter()
    try:
        lock = HomeLock(home.lock_file).acquire()
    except HomeLockedError as locked:
        hits, photos = _ask_window(args, home, request, locked)
    else:
        try:
            engine = _engine(args, home)
            try:
                hits = request.run(engine)
                photos = engine.photo_count() if not hits else len(hits)
            finally:
                engine.close()
        finally:
            lock.release()
    elapsed = time.perf_counter() - started
    matches = [hit for hit in hits if hit.match]
    weaker = [] if args.matches_only else [hit for hit in hits if not hit.match]
    if args.json:
        _print_json([hit.to_dict() for hit in matches + weaker])
        return 0
    for hit in matches:
        _print_hit(hit)
    if weaker:  # on stderr: stdout stays one line per result, for scripts
        sys.stdout.flush()
        print(f"-- {counted(len(weaker), 'weaker match', 'weaker matches')} --", file=sys.stderr, flush=True)
        for hit in weaker:
            _print_hit(hit)
    found = counted(len(matches), "match", "matches") if matches else "nothing found"
    if weaker:
        found += f" and {len(weaker)} weaker"
    elif len(hits) > len(matches):
        found += f" ({counted(len(hits) - len(matches), 'weaker match', 'weaker matches')} left out)"
    print(f"{found} in {elapsed * 1000:,.0f} ms", file=sys.stderr)
    if not hits and not photos:
        print("photoseek: nothing is indexed yet: photoseek index FOLDER", file=sys.stderr)
    return 0


def _print_hit(hit: SearchHit) -> None:
    copies = f"  (+{counted(len(hit.copies), 'identical copy', 'identical copies')})" if hit.copies else ""
    burst = f"  (+{counted(len(hit.burst), 'shot', 'shots')} of its burst)" if hit.burst else ""
    print(f"{hit.score:6.3f}  {shown(hit.path)}{'  (offline)' if hit.offline else ''}{copies}{burst}")


def _ask_window(args: argparse.Namespace, home: AppHome, request: SearchRequest,
                locked: HomeLockedError) -> tuple[list[SearchHit], int]:
    """The window holds this home: it answers with its model already loaded (no other program does)."""
    if args.milvus_uri:
        raise locked  # the window searches its own index, not the one asked for
    try:
        from photoseek.gui.singleinstance import ask_running
    except ImportError:  # an install without Qt has no window either
        raise locked from None
    answer = ask_running(home, {**request.to_message(), "model": requested_model(args.model)})
    if answer is None:
        raise locked  # `photoseek index` or `watch` holds it
    if "error" in answer:
        raise PhotoSeekError(str(answer["error"]))
    try:
        return hits_from_message(answer["hits"]), int(answer["photos"])
    except (KeyError, TypeError, ValueError):
        raise InstanceUnreachableError("the PhotoSeek window sent an answer this version cannot read") from None


def cmd_status(args: argparse.Namespace, home: AppHome) -> int:
    engine = _engine(args, home, on_mismatch="ignore")
    try:
        status = engine.status()
    finally:
        engine.close()
    if args.json:
        _print_json(status)
        return 0
    print(f"home:     {status['home']}")
    print(f"model:    {status['model']}")
    try:
        print(f"queries:  {modellanguages.describe(parse_model_spec(str(status['model']), check_names=False))}")
    except PhotoSeekError:
        pass  # a model folder that is gone: the model's own problem is reported where it is used
    switch = status["switch"]
    if switch:
        print(f"          switching from {switch['from']}: {switch['done']} of about {switch['total']} photos "  # type: ignore[index]
              "re-embedded; search uses the previous model until it is done (photoseek index continues)")
    print(f"database: {status['database']}")
    print(f"photos:   {status['photos']}")
    expected = status["expected_photos"]
    if expected and status["photos"] < expected:  # type: ignore[operator]
        print(f"          the last run left {expected} photos; {expected - status['photos']} are missing: "  # type: ignore[operator]
              "the index was damaged or another machine removed them (photoseek index re-adds them)")
    for folder in status["folders"]:  # type: ignore[attr-defined]
        note = "" if folder["available"] else f"  (unavailable: {folder['reason']}; its photos are kept)"
        print(f"folder:   {shown(folder['path'])}{note}")
    for item in status["unavailable"]:  # type: ignore[attr-defined]
        if item["path"] not in [f["path"] for f in status["folders"]]:  # type: ignore[attr-defined]
            print(f"offline:  {shown(item['path'])} ({item['reason']}; its photos are kept)")
    if status["watch"]["note"]:  # type: ignore[index]
        print(f"watching: {status['watch']['note']}")  # type: ignore[index]
    print(f"unreadable files: {status['failed']}")
    for failure in status["failures"][:20]:  # type: ignore[index]
        print(f"  {shown(failure['path'])}: {failure['reason']}")
    return 0


def cmd_cameras(args: argparse.Namespace, home: AppHome) -> int:
    engine = _engine(args, home, on_mismatch="ignore")
    try:
        cameras = engine.cameras()
    finally:
        engine.close()
    if args.json:
        _print_json(cameras)
        return 0
    for camera, photos in cameras.items():
        print(f"{photos:8,}  {camera or '(camera not known)'}")
    if not cameras:
        print("photoseek: nothing is indexed yet: photoseek index FOLDER", file=sys.stderr)
    return 0


def cmd_remove(args: argparse.Namespace, home: AppHome) -> int:
    engine = _engine(args, home)
    try:
        removed = engine.remove_folder(args.folder)
    finally:
        engine.close()
    print(f"removed {args.folder} from the library ({removed} photos dropped from the index)")
    return 0


def cmd_config_read(args: argparse.Namespace, home: AppHome) -> int:
    """`config list`, `config get NAME`, `config reset`: no engine, no database."""
    from photoseek.core.settings import OPTIONS, LibrarySettings

    if args.action == "reset":
        with HomeLock(home.lock_file):
            print(LibrarySettings.restore(home.library_file))
        return 0
    settings = LibrarySettings.load(home.library_file)
    if args.action == "get":
        if args.name not in OPTIONS:
            raise PhotoSeekError(f"no setting named {args.name!r}; the settings are: {', '.join(OPTIONS)}")
        value = settings.get(args.name)
        print("\n".join(value) if isinstance(value, list) else value)
        return 0
    described = settings.describe()
    if args.json:
        _print_json(described)
        return 0
    for item in described:
        value = item["value"]
        shown = ", ".join(value) if isinstance(value, list) else str(value)
        print(f"{item['name']} = {shown or '(empty)'}")
        print(f"    {item['description']}")
    return 0


def cmd_config_set(args: argparse.Namespace, home: AppHome) -> int:
    from photoseek.core.settings import OPTIONS

    option = OPTIONS.get(args.name)
    engine = _engine(args, home, on_mismatch="ignore")
    try:
        if option is None:
            raise PhotoSeekError(f"no setting named {args.name!r}; the settings are: {', '.join(OPTIONS)}")
        value = engine.configure(args.name, option.from_text(args.values))
    finally:
        engine.close()
    shown = ", ".join(value) if isinstance(value, list) else value
    print(f"{args.name} = {shown}")
    if args.name == "model":
        print("the next `photoseek index` (or the window) re-embeds the library with it; search keeps using the "
              "previous model until that is complete", file=sys.stderr)
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from photoseek.bench.report import table
    from photoseek.bench.run import run

    figures, facts = run(quick=args.quick, say=lambda text: print(text, file=sys.stderr, flush=True))
    if args.json:
        _print_json({**facts, "figures": [f.to_dict() for f in figures]})
    else:
        print(table(figures, str(facts["machine"])))
        print(f"\n{'quick ' if args.quick else ''}run in {facts['seconds']} s", file=sys.stderr)
    return 0


WATCH_PROGRESS_FROM = 20  # photos: a watcher's update this large gets a progress bar


def cmd_watch(args: argparse.Namespace, home: AppHome) -> int:
    from photoseek.core.watcher import LibraryWatcher

    engine = _engine(args, home)
    changes: queue.Queue[set[str]] = queue.Queue()
    stop = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: stop.set())
    watcher = None
    try:
        with ProgressLine() as line:
            reconciled = engine.index(progress=line, cancel=stop)
        _print_report(reconciled, prefix="reconciled: ")
        watching = engine.watch_folders()
        watcher = LibraryWatcher(watching, changes.put, engine.rules(), debounce=args.debounce)
        mode = watcher.start()
        print(f"{mode} {len(watcher.roots)} folder(s); Ctrl+C stops", file=sys.stderr, flush=True)
        next_reconcile = time.monotonic() + args.reconcile_minutes * 60
        while not stop.is_set():
            try:
                paths = changes.get(timeout=0.25)
            except queue.Empty:
                if time.monotonic() >= next_reconcile:
                    _print_report(engine.index(cancel=stop), prefix="reconciled: ", quiet_if_empty=True)
                    next_reconcile = time.monotonic() + args.reconcile_minutes * 60
                    if engine.watch_folders() != watching:  # other symlinked folders to watch now
                        watcher.stop()
                        watching = engine.watch_folders()
                        watcher = LibraryWatcher(watching, changes.put, engine.rules(), debounce=args.debounce)
                        watcher.start()
                continue
            with ProgressLine(min_total=WATCH_PROGRESS_FROM) as line:
                report = engine.update_paths(paths, progress=line, cancel=stop)
            _print_report(report, quiet_if_empty=True)
    finally:
        signal.signal(signal.SIGINT, previous)
        if watcher is not None:
            watcher.stop()
        engine.close()
    print("stopped", file=sys.stderr)
    return 0


COMMANDS = {"index": cmd_index, "search": cmd_search, "similar": cmd_search, "status": cmd_status,
            "cameras": cmd_cameras,
            "watch": cmd_watch, "remove": cmd_remove, "config": cmd_config_set, "rebuild": cmd_rebuild}


# -- helpers -----------------------------------------------------------------------------------


def _filters(args: argparse.Namespace) -> SearchFilters:
    types = tuple(t for group in args.type for t in group.split(",") if t)
    return SearchFilters(folders=tuple(args.folder), date_from=args.date_from, date_to=args.date_to, types=types,
                         cameras=tuple(args.camera))


@contextmanager
def _cancel_on_interrupt():  # type: ignore[no-untyped-def]
    """First Ctrl+C finishes the current batch and stops cleanly; a second one aborts."""
    cancel = threading.Event()

    def handler(*_: object) -> None:
        if cancel.is_set():
            raise KeyboardInterrupt
        print("\nphotoseek: stopping after this batch (Ctrl+C again to abort)", file=sys.stderr)
        cancel.set()

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield cancel
    finally:
        signal.signal(signal.SIGINT, previous)


class ProgressLine:
    """A one-line progress bar on stderr when it is a terminal; silent otherwise, and for runs of fewer
    than `min_total` photos (the watcher's updates of a photo or two). Before the embedding, a scan or
    index read that takes a while shows a count on the same line."""

    WIDTH = 72

    def __init__(self, min_total: int = 1) -> None:
        self.enabled = sys.stderr.isatty()
        self.min_total = max(1, min_total)
        self._drawn = False

    def __call__(self, progress: Progress) -> None:
        if not self.enabled:
            return
        if progress.phase != EMBEDDING:
            self._draw(f"{PHASE_WORDS.get(progress.phase, progress.phase)}: {progress.done:,}"
                       + (f"/{progress.total:,}" if progress.total else " found"))
            return
        if progress.total < self.min_total:
            self.clear()
            return
        width = 30
        filled = int(width * progress.done / progress.total)
        eta = f"ETA {int(progress.eta_seconds // 60)}:{int(progress.eta_seconds % 60):02d}" \
            if progress.eta_seconds is not None else ""
        self._draw(f"[{'#' * filled}{'.' * (width - filled)}] {progress.done}/{progress.total} "
                   f"{progress.images_per_second:.1f} img/s {eta}")
        if progress.done >= progress.total:
            sys.stderr.write("\n")
            self._drawn = False
        sys.stderr.flush()

    def _draw(self, line: str) -> None:
        sys.stderr.write("\r" + line[:self.WIDTH].ljust(self.WIDTH))
        sys.stderr.flush()
        self._drawn = True

    def __enter__(self) -> ProgressLine:
        return self

    def __exit__(self, *_: object) -> None:
        self.clear()

    def clear(self) -> None:
        """Wipe an unfinished line, so what is printed next starts on a clean one."""
        if self._drawn:
            sys.stderr.write("\r" + " " * self.WIDTH + "\r")
            sys.stderr.flush()
            self._drawn = False


PHASE_WORDS = {SCANNING: "looking for photos", READING: "reading the index", RELINKING: "matching moved photos",
               UPGRADING: "upgrading the index (once, after an update)"}


def _print_report(report: IndexReport, prefix: str = "", quiet_if_empty: bool = False) -> None:
    counts = {k: getattr(report, k) for k in ("added", "copied", "updated", "moved", "removed", "failed")}
    if quiet_if_empty and not any(counts.values()):
        return
    summary = ", ".join(f"{v} {k}" for k, v in counts.items()) + f", {report.unchanged} unchanged"
    print(f"{prefix}{summary} in {report.seconds:.1f} s ({report.images_per_second:.1f} images/s)", flush=True)
    for item in report.unavailable:
        print(f"warning: {shown(item['path'])}: {item['reason']}; its photos were kept as they are", file=sys.stderr)
    for failure in report.failures[:10]:
        print(f"  unreadable: {shown(failure.path)}: {failure.reason}", file=sys.stderr)
    if len(report.failures) > 10:
        print(f"  … and {len(report.failures) - 10} more (photoseek status)", file=sys.stderr)
    if report.model_changed:
        print("the model switch is complete: search now uses the new model", file=sys.stderr)
    if report.cancelled:
        print("stopped early: run the same command again to finish", file=sys.stderr)
