"""The real window, watched from outside its code: `python -m photoseek.bench.windowprobe LAUNCHED -- ARGS…`.

Runs `photoseek-gui ARGS…` unchanged, with an application event filter that finds the main window
when it is first shown, a heartbeat timer on the UI thread, and the window's own signals. Prints one
JSON object per line on stdout as things happen ("shown", "painted", "engine_ready",
"answered", "indexing", "finished", "oneshot", "summary"), each with `t`: seconds since LAUNCHED (the
parent's `time.time()` just before it started this process). Once the first full index run is over,
`--probe-oneshot HOME` times a few `photoseek --home HOME search` commands from a shell, which the
open window answers. Then the window closes; `--probe-timeout S` closes it in any case.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow

HEARTBEAT_MS = 10
IDLE_BEFORE_CLOSING_S = 1.5
AFTER_RESULTS_S = 0.5  # heartbeats this soon after a result update count as "results"
ONESHOTS = 3
ONESHOT_QUERY = "a white dog on the beach"


class Probe(QObject):
    oneshots_done = Signal(list)

    def __init__(self, app: QApplication, launched: float, timeout: float, oneshot_home: str | None) -> None:
        super().__init__()
        self.app, self.launched, self.oneshot_home = app, launched, oneshot_home
        self.oneshots_done.connect(self._oneshots_done)
        self.window: Any = None
        self.painted = self.answered = self.closing = False
        self.phase = "starting"  # → "indexing" during the first full run with photos to embed → "idle"
        self.drift: dict[str, list[float]] = {"starting": [], "indexing": [], "idle": [], "results": []}
        self.results_at = 0.0
        self.last_tick = 0.0
        self.heartbeat = QTimer(self)
        self.heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        self.heartbeat.setInterval(HEARTBEAT_MS)
        self.heartbeat.timeout.connect(self._tick)
        QTimer.singleShot(int(timeout * 1000), lambda: self._close("timeout"))

    def emit(self, event: str, **data: object) -> None:
        print(json.dumps({"event": event, "t": round(time.time() - self.launched, 4), **data}), flush=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self.window is None and event.type() == QEvent.Type.Show and isinstance(watched, QMainWindow):
            self._attach(watched)
        elif watched is self.window and event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            self.emit("painted")
            self.app.removeEventFilter(self)  # nothing else to see: stop filtering every event
        return False

    def _attach(self, window: Any) -> None:
        self.window = window
        self.emit("shown")
        backend = window.backend
        backend.engine_state.connect(lambda state, _text: self.emit(f"engine_{state}"))
        backend.progress.connect(self._progress)
        backend.run_finished.connect(self._finished)
        window.results_shown.connect(self._results)
        self.last_tick = time.perf_counter()
        self.heartbeat.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        drift = (now - self.last_tick) * 1000 - HEARTBEAT_MS
        self.last_tick = now
        self.drift[self.phase].append(drift)
        if now - self.results_at <= AFTER_RESULTS_S:
            self.drift["results"].append(drift)

    def _results(self, rows: int) -> None:
        self.results_at = time.perf_counter()
        if not self.answered:
            self.answered = True
            self.emit("answered", rows=rows)

    def _progress(self, progress: dict[str, Any]) -> None:
        if self.phase == "starting" and progress.get("phase") == "embedding" and progress.get("total"):
            self.phase = "indexing"
            self.emit("indexing", total=progress["total"])

    def _finished(self, report: dict[str, Any]) -> None:
        if report.get("kind") != "full" or self.closing:
            return
        self.phase = "idle"
        self.emit("finished", added=report.get("added"), seconds=report.get("seconds"))
        if self.oneshot_home and not self.closing:
            threading.Thread(target=self._time_oneshots, daemon=True).start()  # the window answers meanwhile
        else:
            QTimer.singleShot(int(IDLE_BEFORE_CLOSING_S * 1000), lambda: self._close("done"))

    def _time_oneshots(self) -> None:
        command = [sys.executable, "-m", "photoseek", "--home", str(self.oneshot_home), "search", ONESHOT_QUERY,
                   "--limit", "20"]
        runs = []
        for _ in range(ONESHOTS):
            started = time.perf_counter()
            done = subprocess.run(command, capture_output=True, text=True, timeout=120)
            runs.append({"seconds": round(time.perf_counter() - started, 3), "returncode": done.returncode,
                         "results": done.stdout.count("\n"), "stderr": done.stderr.strip()[-300:]})
        self.oneshots_done.emit(runs)

    def _oneshots_done(self, runs: list[dict[str, Any]]) -> None:
        self.emit("oneshot", runs=runs)
        self._close("done")

    def _close(self, why: str) -> None:
        if self.closing:
            return
        self.closing = True
        self.heartbeat.stop()
        from photoseek.bench.child import rss_of_self

        stats = {phase: _stats(samples) for phase, samples in self.drift.items()}
        self.emit("summary", why=why, answered=self.answered, rss=rss_of_self(), drift_ms=stats)
        if self.window is not None:
            self.window.close()
        else:
            self.app.quit()


def _stats(samples: list[float]) -> dict[str, float | int]:
    if not samples:
        return {"ticks": 0}
    ordered = sorted(samples)
    p99 = ordered[int(0.99 * (len(ordered) - 1))]
    return {"ticks": len(ordered), "max": round(ordered[-1], 1), "p99": round(p99, 1),
            "p50": round(ordered[len(ordered) // 2], 1)}


def main(argv: list[str]) -> int:
    launched, rest = float(argv[0]), argv[1:]
    timeout, oneshot_home = 300.0, None
    if rest[:1] == ["--probe-timeout"]:
        timeout, rest = float(rest[1]), rest[2:]
    if rest[:1] == ["--probe-oneshot"]:
        oneshot_home, rest = rest[1], rest[2:]
    if rest[:1] == ["--"]:
        rest = rest[1:]
    app = QApplication([sys.argv[0]])
    probe = Probe(app, launched, timeout, oneshot_home)
    app.installEventFilter(probe)
    from photoseek.gui.app import main as gui_main

    return gui_main(rest)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
