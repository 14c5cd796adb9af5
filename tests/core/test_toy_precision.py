"""The toy CLIP through the real pipeline: `photoseek index` a fresh shapes world, `photoseek search` it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import shapes_world
from photoseek import cli
from support import TOY_MODEL, run_cli

FRESH_SEED = 2026  # the model was trained on seed 1 and evaluated on 1001/7778: this set is new to it


@pytest.mark.slow
def test_toy_clip_finds_each_colour_and_shape(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PHOTOSEEK_MODEL", str(TOY_MODEL))
    photos = shapes_world.write_folder(tmp_path / "world", per_class=8, seed=FRESH_SEED, max_px=512)
    label_of = {str(p.path): p.label for p in photos}
    indexed = run_cli("index", str(tmp_path / "world"), "--json")
    assert indexed.returncode == 0, indexed.stderr
    assert json.loads(indexed.stdout)["added"] == 256

    precisions = {}
    for colour, shape in shapes_world.CLASSES:
        # The CLI's own entry point in this process: 32 fresh interpreters would cost minutes.
        assert cli.main(["search", f"a {colour} {shape}", "--limit", "8", "--json"]) == 0
        hits = json.loads(capsys.readouterr().out)
        precisions[f"{colour} {shape}"] = sum(label_of[h["path"]] == f"{colour} {shape}" for h in hits) / 8
    mean = sum(precisions.values()) / len(precisions)
    worst = sorted(precisions.items(), key=lambda kv: kv[1])[:3]
    assert mean >= 0.9, f"mean precision@8 {mean:.3f}; worst: {worst}"
