"""Searches from a second thread while the owner thread runs the index (the window's search thread):
answered during the run, never wrong or empty through adds, moves, removals and a model switch, and
searches have the cores before the run's decoders and model streams (which run at background priority)."""

from __future__ import annotations

import os
import shutil
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from test_search_cache import assert_same_as_store, wait_ready

import shapes_world
from conftest import EngineFactory
from photoseek.core.engine import Engine
from photoseek.core.indexer import IndexReport, Progress
from photoseek.core.priority import BACKGROUND_NICE, SearchPriority
from support import TINY_MODEL, TOY_MODEL

CLASSES = [("red", "circle"), ("blue", "square"), ("green", "triangle"), ("yellow", "star")]
WAIT_S = 120.0  # only a hang reaches it


RED_CIRCLES: set[str] = set()


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "library" / "first", tmp_path / "library" / "second"
    made = shapes_world.write_folder(first, per_class=3, seed=21, classes=CLASSES, max_px=96)
    made += shapes_world.write_folder(second, per_class=4, seed=22, classes=CLASSES, max_px=96)
    RED_CIRCLES.clear()
    RED_CIRCLES.update(str(p.path) for p in made if p.label == "red circle")
    return first, second


def red_circles(engine: Engine, limit: int) -> list[str]:
    return [hit.path for hit in engine.search_text("a red circle", limit=limit)]


def warm_engine(make_engine: EngineFactory, *folders: Path, **kwargs: object) -> Engine:
    engine = make_engine(TOY_MODEL, batch_size=4, **kwargs)
    engine.add_folders([str(f) for f in folders])
    engine.index()
    engine.keep_search_warm()
    wait_ready(engine.store)
    return engine


def index_while_searching(engine: Engine, search_once: Callable[[], None]) -> IndexReport:
    """`engine.index()`, with another thread calling `search_once()` over and over until the run ends
    (an exception there fails the test)."""
    running, failures = threading.Event(), []
    running.set()

    def keep_searching() -> None:
        while running.is_set():
            try:
                search_once()
            except BaseException as error:  # noqa: BLE001 - re-raised below, on the test's thread
                failures.append(error)
                return

    searcher = threading.Thread(target=keep_searching)
    searcher.start()
    try:
        report = engine.index()
    finally:
        running.clear()
        searcher.join(WAIT_S)
    if failures:
        raise failures[0]
    return report


def test_a_search_from_another_thread_is_answered_while_the_run_holds_its_thread(
        make_engine: EngineFactory, folders: tuple[Path, Path]) -> None:
    first, second = folders
    engine = warm_engine(make_engine, first)
    engine.add_folders([str(second)])
    answers: list[list[str]] = []

    def search_and_wait(progress: Progress) -> None:
        # The run's own thread is held here until a search from another thread is answered.
        if 0 < progress.done < progress.total and not answers:
            searcher = threading.Thread(target=lambda: answers.append(red_circles(engine, 8)))
            searcher.start()
            searcher.join(WAIT_S)
            assert answers, "the search waited for the run"

    report = engine.index(progress=search_and_wait)

    assert report.added == 16 and answers
    reds_then = [p for p in answers[0] if p in RED_CIRCLES]
    assert len(reds_then) >= 3 and answers[0][:len(reds_then)] == reds_then, "the red circles indexed so far, on top"
    assert set(red_circles(engine, 7)) == RED_CIRCLES, "and after the run, all seven"
    assert_same_as_store(engine)


def test_searches_during_adds_moves_and_removals_are_never_wrong_and_the_copy_ends_as_the_store(
        make_engine: EngineFactory, folders: tuple[Path, Path], tmp_path: Path) -> None:
    first, second = folders
    engine = warm_engine(make_engine, first.parent)
    shutil.move(str(first), str(tmp_path / "library" / "renamed"))  # moves: relinked, not re-embedded
    for photo in sorted(second.iterdir())[:5]:
        photo.unlink()  # removals
    shapes_world.write_folder(tmp_path / "library" / "new", per_class=3, seed=23, classes=CLASSES, max_px=96)
    problems: list[str] = []
    answered: list[int] = []

    def search_once() -> None:
        hits = engine.search_text("a red circle", limit=40)
        scores, paths = [h.score for h in hits], [h.path for h in hits]
        if not hits:
            problems.append("nothing found in a library that never went below 23 photos")
        if scores != sorted(scores, reverse=True) or len(set(paths)) != len(paths):
            problems.append(f"hits out of order or repeated: {paths}")
        answered.append(len(hits))

    report = index_while_searching(engine, search_once)

    assert report.moved == 12 and report.removed == 5 and report.added == 12
    assert answered and not problems, problems[:3]
    on_disk = {str(p) for p in (tmp_path / "library").rglob("img_*")}
    assert {h.path for h in engine.search_text("a photo", limit=100)} == on_disk
    assert_same_as_store(engine)


def test_searches_during_a_model_switch_always_find_the_library(make_engine: EngineFactory,
                                                                folders: tuple[Path, Path]) -> None:
    first, _ = folders
    engine = warm_engine(make_engine, first)
    engine.set_model(str(TINY_MODEL))
    found: list[int] = []

    report = index_while_searching(engine, lambda: found.append(len(engine.search_text("a red circle", limit=50))))

    assert report.model_changed
    assert found and set(found) == {12}, "every answer, before, during and after the swap, held the whole library"
    assert engine.status()["searching_with"] == str(TINY_MODEL)


def test_decoders_wait_while_a_search_is_answered_and_never_for_long() -> None:
    priority = SearchPriority()
    waited = threading.Event()

    def decoder() -> None:
        priority.wait_turn(timeout=WAIT_S)
        waited.set()

    with priority.searching():
        thread = threading.Thread(target=decoder)
        thread.start()
        assert not waited.wait(0.2), "a decoder started while a search was being answered"
        priority.wait_turn(timeout=0.01)  # bounded: a stream of searches cannot stall a run
    assert waited.wait(WAIT_S), "the decoder went on once the search was answered"
    thread.join()
    priority.wait_turn()  # no search: returns at once


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread priorities are Linux's")
def test_an_index_runs_decoders_and_model_streams_run_at_background_priority(
        make_engine: EngineFactory, folders: tuple[Path, Path]) -> None:
    first, _ = folders
    engine = make_engine(TOY_MODEL, batch_size=2)
    engine.add_folders([str(first)])
    seen: dict[str, int] = {}

    def look(progress: Progress) -> None:
        if progress.done:
            for thread in threading.enumerate():
                if thread.name.startswith(("photoseek-decode", "photoseek-model")) and thread.native_id:
                    seen[thread.name] = os.getpriority(os.PRIO_PROCESS, thread.native_id)

    own = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    engine.index(progress=look)

    assert any(n.startswith("photoseek-decode") for n in seen) and any(n.startswith("photoseek-model") for n in seen)
    assert set(seen.values()) == {max(own, BACKGROUND_NICE)}, "a search or the window wins a busy core"
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == own, "the owner thread keeps its own"
