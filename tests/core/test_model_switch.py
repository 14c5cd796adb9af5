"""Switching models: search keeps working on the old, complete index until the new one is complete, then
the two swap; the re-embed can be cancelled and resumed across restarts; an index is dropped only when
its replacement is complete."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest

import shapes_world
from photoseek.core.indexer import Progress
from support import TINY_MODEL, TOY_MODEL, indexed_paths, run_cli

CLASSES = [("red", "circle"), ("blue", "square"), ("green", "triangle"), ("yellow", "star")]


@pytest.fixture
def photos(tmp_path: Path) -> Path:
    folder = tmp_path / "photos"
    made = shapes_world.write_folder(folder, per_class=4, seed=17, classes=CLASSES, max_px=128)
    RED_CIRCLES[str(folder)] = sorted(str(p.path) for p in made if p.label == "red circle")
    return folder


RED_CIRCLES: dict[str, list[str]] = {}


def red_circles(engine, photos: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """The top 4 for "a red circle" (with the toy model, exactly the red circles)."""
    return sorted(hit.path for hit in engine.search_text("a red circle", limit=4))


def test_search_keeps_the_old_index_until_the_new_one_is_complete_then_they_swap(make_engine, photos: Path
                                                                                 ) -> None:
    engine = make_engine(TOY_MODEL, batch_size=4)
    engine.add_folders([str(photos)])
    engine.index()
    expected = red_circles(engine, photos)
    assert expected == RED_CIRCLES[str(photos)]
    old_collection = engine.store.name

    engine.set_model(str(TINY_MODEL))  # a model that cannot tell shapes apart: the swap would show
    during: list[list[str]] = []

    def search_meanwhile(progress: Progress) -> None:
        if 0 < progress.done < progress.total:
            during.append(red_circles(engine, photos))

    report = engine.index(progress=search_meanwhile)
    assert during and all(found == expected for found in during), "the complete old index answered meanwhile"
    assert report.model_changed and report.added == 16
    assert engine.status()["searching_with"] == str(TINY_MODEL)
    assert engine.db.collection_names() == [engine.store.name] != [old_collection], "old dropped after the swap"


def test_a_cancelled_switch_resumes_after_a_restart_and_the_old_index_stays_searchable(
        make_engine, photos: Path, isolated_home: Path) -> None:
    first = make_engine(TOY_MODEL, batch_size=4)
    first.add_folders([str(photos)])
    first.index()
    expected = red_circles(first, photos)
    first.set_model(str(TINY_MODEL))
    cancel = threading.Event()
    report = first.index(progress=lambda p: cancel.set() if p.done >= 8 else None, cancel=cancel)
    done = report.added  # 8, and the batches being embedded when it was cancelled
    assert report.cancelled and not report.model_changed and 8 <= done < 16
    status = first.status()
    assert status["switch"] == {"from": str(TOY_MODEL), "to": str(TINY_MODEL), "done": done, "total": 16}
    assert status["searching_with"] == str(TOY_MODEL) and status["photos"] == 16
    assert red_circles(first, photos) == expected
    first.close()

    # A restart: the library knows its model (no --model needed) and the switch picks up where it was.
    again = make_engine(None, batch_size=4)
    assert again.settings.get("model") == str(TINY_MODEL)
    assert red_circles(again, photos) == expected, "still the old model's answers"
    rest = again.index()
    assert (rest.added, rest.unchanged, rest.model_changed) == (16 - done, done, True)
    assert again.status()["switch"] is None and len(again.db.collection_names()) == 1


def test_switching_back_before_the_end_drops_only_the_half_built_index(make_engine, photos: Path) -> None:
    engine = make_engine(TOY_MODEL, batch_size=4)
    engine.add_folders([str(photos)])
    engine.index()
    complete = engine.store.name
    engine.set_model(str(TINY_MODEL))
    cancel = threading.Event()
    engine.index(progress=lambda p: cancel.set() if p.done >= 4 else None, cancel=cancel)
    assert len(engine.db.collection_names()) == 2
    engine.set_model(str(TOY_MODEL))
    assert engine.db.collection_names() == [complete]
    assert engine.index().added == 0, "nothing to re-embed: the complete index was never touched"


@pytest.mark.warns
def test_the_swap_waits_while_a_folder_is_unavailable(make_engine, photos: Path, tmp_path: Path) -> None:
    drive = tmp_path / "usb"
    shapes_world.write_folder(drive, per_class=1, seed=18, classes=CLASSES, max_px=96)
    engine = make_engine(TOY_MODEL)
    engine.add_folders([str(photos), str(drive)])
    engine.index()
    shutil.move(drive, tmp_path / "unplugged")
    engine.set_model(str(TINY_MODEL))
    report = engine.index()
    assert not report.model_changed and report.unavailable[0]["path"] == str(drive)
    assert engine.status()["searching_with"] == str(TOY_MODEL), "the old index still holds the drive's photos"
    assert engine.photo_count() == 20
    shutil.move(tmp_path / "unplugged", drive)
    back = engine.index()
    assert back.model_changed and back.added == 4
    assert len(indexed_paths(engine)) == 20


def test_another_program_with_another_default_never_drops_the_index(photos: Path) -> None:
    """The bug this replaces: the window kept its model in settings.ini, the CLI used its own, and each
    re-embedded the library with 'its' model and dropped the other's index as a leftover."""
    assert run_cli("--model", str(TINY_MODEL), "index", str(photos)).returncode == 0
    for command in (["search", "a red circle"], ["index", "--json"]):
        result = run_cli(*command)  # no --model: the library's own model, whatever the default is
        assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["unchanged"] == 16, "nothing re-embedded"
    status = json.loads(run_cli("status", "--json").stdout)
    assert (status["model"], status["photos"], status["stale_model_indexes"]) == (str(TINY_MODEL), 16, 0)
