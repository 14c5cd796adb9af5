"""Kill -9 at random moments of real PhotoSeek processes (`photoseek index`, the window), with another
program changing the library meanwhile, and the check that the index afterwards equals the disk:
the same paths, one row each, each vector its file's embedding (run with `precision.ENV=fp32`).
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO

import numpy as np

import shapes_world
from photoseek.core.engine import Engine
from photoseek.core.lock import HomeLock
from photoseek.core.paths import AppHome
from support import fresh_vectors, run_cli

RUN_TIMEOUT = 240.0
LINES_WAIT_S = 20.0


class Editor:
    """Another program changing the library while the index runs: adds, deletes, renames, rewrites."""

    def __init__(self, root: Path, seed: int) -> None:
        self.root, self.rng, self.made = root, random.Random(seed), 0

    def edit(self, count: int) -> None:
        for _ in range(count):
            files = sorted(p for p in self.root.rglob("*") if p.is_file())
            action = self.rng.choice(["add", "add", "delete", "rename", "rewrite"]) if files else "add"
            if action == "add":
                self.made += 1
                folder = self.root / f"new {self.made % 5}"
                folder.mkdir(exist_ok=True)
                colour, shape = self.rng.choice(shapes_world.CLASSES)
                shapes_world.write_one(folder / f"added_{self.made}.png", colour, shape, seed=self.made, max_px=96)
                continue
            victim = self.rng.choice(files)
            if action == "delete":
                victim.unlink()
            elif action == "rename":
                folder = self.root / f"moved {self.rng.randrange(4)}"
                folder.mkdir(exist_ok=True)
                victim.rename(folder / f"r{self.rng.randrange(10**6)}_{victim.name}")
            else:
                self.made += 1
                colour, shape = self.rng.choice(shapes_world.CLASSES)
                shapes_world.write_one(victim.with_suffix(".png"), colour, shape, seed=10**5 + self.made, max_px=96)
                if victim.suffix != ".png":
                    victim.unlink()


def index_command(root: Path) -> list[str]:
    return [sys.executable, "-m", "photoseek", "-v", "index", str(root), "--batch-size", "8"]


def killed_run(command: list[str], rng: random.Random, editor: Editor | None) -> str:
    """One run of `command` (which logs to stderr), killed at a random moment: after a random count of its
    log lines (or `LINES_WAIT_S`, for a window idle with fewer), or a random time into the run. Returns where
    it was (its last line), or "finished"."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    lines: list[str] = []
    enough = threading.Event()
    edits = threading.Thread(target=editor.edit, args=(rng.randrange(10, 40),)) if editor else None
    if edits:
        edits.start()
    wanted = rng.randrange(1, 40) if rng.random() < 0.5 else None

    def read(stream: IO[str]) -> None:  # always, so a chatty process never blocks on a full pipe
        for line in stream:
            lines.append(line.strip())
            if wanted is not None and len(lines) >= wanted:
                enough.set()
        enough.set()  # the process ended

    reader = threading.Thread(target=read, args=(process.stderr,), daemon=True)
    reader.start()
    if wanted is not None:
        enough.wait(LINES_WAIT_S)
    else:
        try:
            process.wait(timeout=rng.uniform(0.5, 7.0))  # a moment in time, wherever the run is then
        except subprocess.TimeoutExpired:
            pass
    finished = process.poll() is not None
    process.kill()
    process.wait(timeout=30)
    reader.join(30)
    process.stderr.close()
    if edits:
        edits.join()
    return "finished" if finished else (lines[-1] if lines else "started")


def check_exact(home: Path, root: Path) -> None:
    """The index holds exactly the library's photos, one row each, each vector its file's embedding."""
    on_disk = sorted(str(p) for p in root.rglob("*") if p.is_file())
    app_home = AppHome.resolve(home).ensure()
    with HomeLock(app_home.lock_file):
        engine = Engine(app_home)
        try:
            catalog = list(engine.store.catalog())
            assert len(catalog) == len({e.path for e in catalog}), "one row per photo"
            assert sorted(e.path for e in catalog) == on_disk, "the index holds exactly the library"
            stored = engine.store.records(e.id for e in catalog)
            expected = fresh_vectors(engine.model, on_disk)
            worst = max(float(np.abs(r.vector - expected[r.path]).max()) for r in stored.values())
            assert worst <= 1e-5, f"a vector is not its file's embedding (difference {worst:.2g})"
        finally:
            engine.close()


def kill_and_restart(tmp_path: Path, kills: int, edits: bool, seed: int, per_class: int,
                     command: Callable[[Path], list[str]] = index_command) -> list[str]:
    """Kill `command(library)` `kills` times, run `photoseek index` to the end, check the index is exact."""
    root = tmp_path / "library"
    shapes_world.write_folder(root, per_class=per_class, seed=seed, max_px=96)
    rng = random.Random(seed)
    editor = Editor(root, seed) if edits else None
    moments = [killed_run(command(root), rng, editor) for _ in range(kills)]
    final = run_cli("index", str(root), "--json", timeout=RUN_TIMEOUT)
    assert final.returncode == 0, final.stderr
    check_exact(Path(os.environ["PHOTOSEEK_HOME"]), root)
    return moments
