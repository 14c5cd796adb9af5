"""The relevance cutoff: the toy CLIP on a shapes library that lacks some classes, through the real engine."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

import shapes_world
from photoseek.core.engine import Engine
from photoseek.core.relevance import TextBar, measure_text_bar, photo_matches, text_matches
from support import TOY_MODEL, run_cli

SEED = 2027  # not one the toy model was trained or evaluated on
PER_CLASS = 12


def lacking_library(folder: Path, absent: int = 8) -> tuple[dict[str, str], set[str]]:
    """A shapes library without `absent` of the 32 classes: (label of each photo, the absent labels)."""
    rng = random.Random(SEED)
    missing = set(rng.sample(shapes_world.CLASSES, absent))
    present = [c for c in shapes_world.CLASSES if c not in missing]
    photos = shapes_world.write_folder(folder, PER_CLASS, SEED, classes=present, max_px=512)
    return {str(p.path): p.label for p in photos}, {f"{c} {s}" for c, s in missing}


@pytest.fixture(scope="module")
def lacking(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], set[str]]:
    folder = tmp_path_factory.mktemp("lacking")
    label_of, absent = lacking_library(folder)
    return folder, label_of, absent


def test_shown_matches_are_each_present_class_and_nothing_for_absent_ones(
        toy_engine: Engine, lacking: tuple[Path, dict[str, str], set[str]]) -> None:
    folder, label_of, absent = lacking
    toy_engine.add_folders([str(folder)])
    assert toy_engine.index().added == len(label_of)
    misses = []
    for colour, shape in shapes_world.CLASSES:
        label = f"{colour} {shape}"
        hits = toy_engine.search_text(f"a {label}", limit=60)
        shown = [hit.path for hit in hits if hit.match]
        assert [hit.match for hit in hits] == sorted((hit.match for hit in hits), reverse=True)  # matches first
        if label in absent:
            if shown:
                misses.append(f"{label} (absent): {len(shown)} shown")
            continue
        right = sum(label_of[path] == label for path in shown)
        precision, recall = right / max(1, len(shown)), right / PER_CLASS
        if precision < 0.9 or recall < 0.9:
            misses.append(f"{label}: precision {precision:.2f}, recall {recall:.2f}")
    assert not misses, misses


def test_photo_query_matches_look_alikes(toy_engine: Engine, lacking: tuple[Path, dict[str, str], set[str]]) -> None:
    folder, label_of, _absent = lacking
    toy_engine.add_folders([str(folder)])
    toy_engine.index()
    by_label: dict[str, list[str]] = {}
    for path, label in sorted(label_of.items()):
        by_label.setdefault(label, []).append(path)
    precisions, recalls = [], []
    for label, paths in sorted(by_label.items()):
        shown = [hit.path for hit in toy_engine.search_image(paths[0], limit=40) if hit.match]
        right = sum(label_of[path] == label for path in shown)
        precisions.append(right / max(1, len(shown)))
        recalls.append(right / (PER_CLASS - 1))
    assert np.mean(precisions) >= 0.8 and np.mean(recalls) >= 0.6, (np.mean(precisions), np.mean(recalls))


def test_cli_marks_matches_and_can_leave_weaker_ones_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHOTOSEEK_MODEL", str(TOY_MODEL))
    label_of, absent = lacking_library(tmp_path / "lib")
    assert run_cli("index", str(tmp_path / "lib")).returncode == 0
    present = next(label for label in sorted(set(label_of.values())))
    everything = run_cli("search", f"a {present}", "--limit", "30", "--json")
    assert everything.returncode == 0, everything.stderr
    hits = json.loads(everything.stdout)
    assert len(hits) == 30 and {type(hit["match"]) for hit in hits} == {bool}
    matches = [hit for hit in hits if hit["match"]]
    assert 0.9 * PER_CLASS <= len(matches) < 30
    assert all(label_of[hit["path"]] == present for hit in matches[:10])

    only = run_cli("search", f"a {present}", "--limit", "30", "--json", "--matches-only")
    assert json.loads(only.stdout) == matches

    missing = sorted(absent)[0]
    nothing = run_cli("search", f"a {missing}", "--limit", "5", "--matches-only")
    assert nothing.returncode == 0 and nothing.stdout == ""
    assert nothing.stderr.startswith("nothing found (5 weaker matches left out)"), nothing.stderr
    shown = run_cli("search", f"a {missing}", "--limit", "5")
    assert shown.stdout.count("\n") == 5, "one line per result"
    assert shown.stderr.startswith("-- 5 weaker matches --\nnothing found and 5 weaker in "), shown.stderr


def test_bar_is_measured_on_the_library_not_fixed() -> None:
    rng = np.random.default_rng(0)
    words = _unit(rng.normal(size=(10, 8)))
    near = _unit(words[rng.integers(0, 10, 200)] + 0.1 * rng.normal(size=(200, 8)))  # photos words describe well
    far = _unit(rng.normal(size=(200, 8)))  # photos no word describes
    tight, loose = measure_text_bar(near, words, 200), measure_text_bar(far, words, 200)
    assert tight is not None and loose is not None and tight.score > loose.score + 0.2
    assert measure_text_bar(np.zeros((0, 8), np.float32), words, 0) is None
    assert text_matches([0.9, 0.5, 0.1], TextBar(0.5, 10)) == [True, True, False]
    assert text_matches([0.2], None) == [True]  # no bar (an empty library): nothing to judge against
    assert TextBar(0.5, 1000).stale(1300) and not TextBar(0.5, 1000).stale(1200)


def test_photo_matches_end_at_the_largest_drop() -> None:
    assert photo_matches([0.95, 0.94, 0.93, 0.70, 0.69, 0.68]) == [True, True, True, False, False, False]
    assert photo_matches([0.9]) == [True]
    assert photo_matches([]) == []


def _unit(vectors: np.ndarray) -> np.ndarray:
    return (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
