"""The `photoseek` command as a user and other tools see it: JSON contract, errors, kill, Ctrl+C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import shapes_world
from photoseek.core.lock import HomeLock
from photoseek.core.paths import AppHome
from support import TINY_MODEL, run_cli

FEW = [("red", "circle"), ("blue", "square"), ("green", "triangle"), ("yellow", "star")]
# Every key README documents, exactly: a key added or dropped is a change of the contract.
INDEX_KEYS = {"added", "copied", "embedded", "updated", "moved", "removed", "unchanged", "failed", "failures",
              "seconds", "images_per_second", "missing_roots", "unavailable", "cancelled", "model_changed"}
HIT_KEYS = {"path", "score", "width", "height", "taken", "size", "mtime_ns", "offline", "copies", "burst", "match"}
STATUS_KEYS = {"home", "library_id", "model", "model_fingerprint", "searching_with", "switch", "database",
               "folders", "unavailable", "excludes", "photos", "expected_photos", "failed", "failures",
               "stale_model_indexes", "watch"}
WATCH_KEYS = {"folders", "limit", "fits", "note"}


@pytest.fixture
def tiny_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHOTOSEEK_MODEL", str(TINY_MODEL))


def index_json(*paths: str) -> dict:
    result = run_cli("index", *paths, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_index_search_similar_status_json_contract(tiny_env: None, tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    made = shapes_world.write_folder(photos, per_class=2, seed=31, classes=FEW, max_px=160)
    (photos / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really")
    report = index_json(str(photos))
    assert set(report) == INDEX_KEYS
    assert (report["added"], report["failed"]) == (8, 1)
    assert report["failures"] == [{"path": str(photos / "broken.jpg"), "reason": report["failures"][0]["reason"]}]
    assert report["images_per_second"] > 0

    search = run_cli("search", "a red circle", "--limit", "3", "--json")
    hits = json.loads(search.stdout)
    assert len(hits) == 3 and all(set(h) == HIT_KEYS for h in hits)
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)

    similar = json.loads(run_cli("similar", str(made[0].path), "--json").stdout)
    assert len(similar) == 7 and str(made[0].path) not in [h["path"] for h in similar]
    assert all(set(h) == HIT_KEYS for h in similar)

    filtered = json.loads(run_cli("search", "x", "--type", "png", "--json").stdout)
    assert filtered and all(h["path"].endswith(".png") for h in filtered)

    status = json.loads(run_cli("status", "--json").stdout)
    assert set(status) == STATUS_KEYS
    assert status["photos"] == 8 and status["failed"] == 1
    assert status["folders"] == [{"path": str(photos), "exists": True, "available": True, "reason": ""}]
    assert status["model"] == str(TINY_MODEL)
    assert set(status["watch"]) == WATCH_KEYS and status["watch"]["folders"] == 1


@pytest.mark.parametrize(("args", "message"), [
    (["index", "/no/such/folder"], "folder not found"),
    (["search", "   "], "empty query"),
    (["--model", "NoSuchNet:x", "search", "dog"], "unknown model"),
    (["--model", "/no/such/model-dir", "search", "dog"], "model folder not found"),
    (["similar", "/no/such/photo.jpg"], "image not found"),
    (["search", "dog", "--limit", "0"], "limit"),
    (["search", "dog", "--from", "yesterday"], "not a date"),
])
def test_bad_input_is_one_clear_line_and_nonzero_exit(tiny_env: None, args: list[str], message: str) -> None:
    result = run_cli(*args)
    assert result.returncode != 0
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_second_photoseek_on_the_same_home_is_refused(tiny_env: None, isolated_home: Path) -> None:
    home = AppHome.resolve(isolated_home).ensure()
    with HomeLock(home.lock_file):
        result = run_cli("status")
    assert result.returncode == 2 and "already running" in result.stderr


def _index_and_kill(photos: Path, after_line: str) -> None:
    """Start `photoseek index`, SIGKILL it as soon as stderr shows `after_line`."""
    process = subprocess.Popen([sys.executable, "-m", "photoseek", "-v", "index", str(photos), "--batch-size", "4"],
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=os.environ.copy())
    assert process.stderr is not None
    for line in process.stderr:
        if after_line in line:
            process.kill()
            break
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL, "the run finished before it could be killed"


def _assert_index_exact(photos: Path) -> None:
    # In a child process: Milvus Lite keeps its lock until the process that opened it exits.
    dump = subprocess.run([sys.executable, "-c", DUMP_INDEX, str(TINY_MODEL)], capture_output=True, text=True,
                          check=True)
    index = json.loads(dump.stdout)
    files = sorted(str(p) for p in photos.rglob("*") if p.is_file())
    assert index["count"] == len(index["paths"]), "no duplicate rows"
    assert sorted(index["paths"]) == files, "no missing rows, no stale rows"


DUMP_INDEX = """
import json, sys
from photoseek.core.engine import Engine
from photoseek.core.paths import AppHome
engine = Engine(AppHome.resolve(), model=sys.argv[1])
print(json.dumps({"count": engine.store.count(), "paths": [e.path for e in engine.store.catalog()]}))
"""


def test_killing_the_indexer_at_any_point_and_rerunning_gives_the_exact_index(tiny_env: None, tmp_path: Path
                                                                             ) -> None:
    photos = tmp_path / "photos"
    shapes_world.write_folder(photos, per_class=12, seed=41, classes=FEW, max_px=128)
    _index_and_kill(photos, "stored batch: 8/48")  # mid-embedding
    _index_and_kill(photos, "stored batch: 24/")  # again, further along (counts restart: 40 to go)
    final = index_json(str(photos))
    assert final["added"] + final["unchanged"] == 48 and final["added"] > 0
    _assert_index_exact(photos)

    # A run full of moves, edits and deletions, killed as it starts relinking.
    files = sorted(photos.iterdir())
    (photos / "moved").mkdir()
    for photo in files[:20]:
        photo.rename(photos / "moved" / photo.name)
    for photo in files[20:24]:
        photo.unlink()
    for n, photo in enumerate(files[24:30]):
        shapes_world.write_one(photo, "white", "star", seed=100 + n, max_px=128)
    _index_and_kill(photos, "relinking 20 moved")
    again = index_json(str(photos))
    assert again["moved"] + again["unchanged"] >= 20 and again["added"] == 0
    _assert_index_exact(photos)


def test_watch_indexes_new_photos_and_stops_cleanly_on_ctrl_c(tiny_env: None, tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    shapes_world.write_folder(photos, per_class=1, seed=51, classes=FEW, max_px=96)
    assert index_json(str(photos))["added"] == 4
    process = subprocess.Popen([sys.executable, "-m", "photoseek", "watch", "--debounce", "0.3"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None and process.stdout is not None
        assert "reconciled: 0 added" in process.stdout.readline()  # start-up check: nothing new
        assert process.stderr.readline().startswith(("watching", "polling"))
        shapes_world.write_one(photos / "fresh.png", "red", "circle", seed=9, max_px=96)
        assert process.stdout.readline().startswith("1 added")
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 0
    finally:
        if process.poll() is None:
            process.kill()


def test_progress_bar_on_a_terminal(tiny_env: None, tmp_path: Path) -> None:
    """On a terminal, `index` draws a progress bar with the count, the rate and the time left."""
    import pty

    photos = tmp_path / "photos"
    shapes_world.write_folder(photos, per_class=4, seed=61, classes=FEW, max_px=96)
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "photoseek", "index", str(photos), "--batch-size", "4"],
                               stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    drawn = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closes when the process exits
            break
        if not chunk:
            break
        drawn += chunk
    os.close(leader)
    assert process.wait(timeout=60) == 0
    text = drawn.decode(errors="replace")
    assert "16/16" in text and "img/s" in text and "ETA" in text and "\r[" in text


def test_a_long_update_under_watch_shows_progress(tiny_env: None, tmp_path: Path) -> None:
    """Photos arriving by the dozen while `watch` runs on a terminal: a progress bar, then the summary."""
    import pty

    photos = tmp_path / "photos"
    photos.mkdir()
    assert index_json(str(photos))["added"] == 0
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "photoseek", "watch", "--debounce", "0.3"],
                               stdout=subprocess.PIPE, stderr=follower, text=True)
    os.close(follower)
    drawn = b""
    try:
        while b"Ctrl+C stops" not in drawn:
            drawn += os.read(leader, 4096)
        shapes_world.write_folder(photos / "import", per_class=6, seed=71, classes=FEW, max_px=96)
        assert process.stdout is not None
        while not (line := process.stdout.readline()).startswith("24 added"):
            assert line, "watch ended before reporting the import"
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 0
        while chunk := _read_or_empty(leader):
            drawn += chunk
    finally:
        os.close(leader)
        if process.poll() is None:
            process.kill()
    assert "24/24" in drawn.decode(errors="replace"), "the update of 24 photos drew a progress bar"


def _read_or_empty(fd: int) -> bytes:
    try:
        return os.read(fd, 4096)
    except OSError:  # the terminal closes when the process exits
        return b""
