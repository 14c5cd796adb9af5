"""Bursts: near-identical shots seconds apart in one folder become one result when asked, through the
real engine with the toy model (and not shots that only share a moment, or only a look)."""

from __future__ import annotations

import json
from pathlib import Path

from photoseek.core.engine import Engine
from support import TOY_MODEL, burst_library, run_cli


def test_a_burst_is_one_result_only_when_asked(toy_engine: Engine, tmp_path: Path) -> None:
    made = burst_library(tmp_path / "lib")
    toy_engine.add_folders([str(tmp_path / "lib")])
    toy_engine.index()
    assert len(toy_engine.browse()) == 7 and not any(hit.burst for hit in toy_engine.browse())

    grouped = toy_engine.browse(bursts=True)
    assert len(grouped) == 4
    (burst,) = [hit for hit in grouped if hit.burst]
    shots = {str(made[f"shot{n}"]) for n in range(4)}
    assert {burst.path, *burst.burst} == shots and burst.path == str(made["shot3"]), "the newest shot shows"
    assert {hit.path for hit in grouped if not hit.burst} == {
        str(made[k]) for k in ("same moment, other look", "same look, next day", "same look and moment, other folder")}

    hits = toy_engine.search_text("a red circle", limit=10, bursts=True)
    assert [hit.path in shots for hit in hits].count(True) == 1, "a search shows the burst once"
    (shown,) = [hit for hit in hits if hit.path in shots]
    assert len(shown.burst) == 3 and hits.index(shown) == min(
        n for n, hit in enumerate(toy_engine.search_text("a red circle", limit=10)) if hit.path in shots)


def test_the_command_line_groups_bursts_on_request(home_dir: Path, tmp_path: Path) -> None:
    burst_library(tmp_path / "lib")
    base = ["--home", str(home_dir), "--model", str(TOY_MODEL)]
    assert run_cli(*base, "index", str(tmp_path / "lib")).returncode == 0
    plain = json.loads(run_cli(*base, "search", "a red circle", "--json").stdout)
    grouped = run_cli(*base, "search", "a red circle", "--group-bursts")
    assert grouped.returncode == 0, grouped.stderr
    assert len(plain) == 7 and len(grouped.stdout.splitlines()) == 4
    assert sum("(+3 shots of its burst)" in line for line in grouped.stdout.splitlines()) == 1
