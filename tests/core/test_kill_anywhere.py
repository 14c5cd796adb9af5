"""Kill -9 at random moments of real `photoseek index` runs, with the library changing meanwhile.

After every kill the next run starts where the last one died; at the end the index equals a ground
truth taken from the filesystem: the same paths, one row each, each vector its file's embedding.
The short variant runs in CI; `-m long` runs the issue's two dozen kills.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

import shapes_world
from photoseek.core import precision
from photoseek.core.engine import Engine
from photoseek.core.lock import HomeLock
from photoseek.core.paths import AppHome
from support import TINY_MODEL, fresh_vectors, run_cli

pytestmark = pytest.mark.slow

RUN_TIMEOUT = 240.0


@pytest.fixture
def exact_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHOTOSEEK_MODEL", str(TINY_MODEL))
    monkeypatch.setenv(precision.ENV, "fp32")  # so "its embedding" can be checked to 1e-5


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


def _killed_run(root: Path, rng: random.Random, editor: Editor | None) -> str:
    """One `photoseek index`, killed at a random moment: after a random count of its log lines, or a
    random time into the run. Returns where it was (its last line), or "finished"."""
    process = subprocess.Popen([sys.executable, "-m", "photoseek", "-v", "index", str(root), "--batch-size", "8"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    last = "started"
    edits = threading.Thread(target=editor.edit, args=(rng.randrange(10, 40),)) if editor else None
    if edits:
        edits.start()
    if rng.random() < 0.5:
        for _ in range(rng.randrange(1, 40)):
            line = process.stderr.readline()
            if not line:
                break
            last = line.strip()
    else:
        try:
            process.wait(timeout=rng.uniform(0.5, 7.0))  # a moment in time, wherever the run is then
        except subprocess.TimeoutExpired:
            pass
    finished = process.poll() is not None
    process.kill()
    process.wait(timeout=30)
    rest = process.stderr.read().strip().splitlines()  # what it printed before the kill, unread so far
    last = rest[-1].strip() if rest else last
    process.stderr.close()
    if edits:
        edits.join()
    return "finished" if finished else last


def _check_exact(home: Path, root: Path) -> None:
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


def _kill_and_restart(tmp_path: Path, kills: int, edits: bool, seed: int, per_class: int) -> list[str]:
    root = tmp_path / "library"
    shapes_world.write_folder(root, per_class=per_class, seed=seed, max_px=96)
    rng = random.Random(seed)
    editor = Editor(root, seed) if edits else None
    moments = [_killed_run(root, rng, editor) for _ in range(kills)]
    final = run_cli("index", str(root), "--json", timeout=RUN_TIMEOUT)
    assert final.returncode == 0, final.stderr
    _check_exact(Path(os.environ["PHOTOSEEK_HOME"]), root)
    return moments


def test_a_few_kills_anywhere_leave_the_index_exact(exact_env: None, tmp_path: Path) -> None:
    """Four runs killed at random moments while another program edits the library, then one to the end."""
    moments = _kill_and_restart(tmp_path, kills=4, edits=True, seed=81, per_class=8)  # 256 photos
    assert sum(m != "finished" for m in moments) >= 2, f"the runs ended before they were killed: {moments}"


@pytest.mark.long
@pytest.mark.parametrize("edits", [False, True], ids=["still", "changing"])
def test_two_dozen_kills_anywhere_leave_the_index_exact(exact_env: None, tmp_path: Path, edits: bool) -> None:
    # Enough photos that two dozen runs killed a few seconds in do not finish the library.
    moments = _kill_and_restart(tmp_path, kills=24, edits=edits, seed=82 + edits, per_class=12 if edits else 100)
    print("\nkilled at:", *moments, sep="\n  ")
    assert sum(m != "finished" for m in moments) >= 20, f"fewer than 20 runs were killed: {moments}"
