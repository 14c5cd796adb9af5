"""Hundreds of hostile files through the real `photoseek index` (and a fuzzed image loader): every run finishes,
every photo a user would call valid is indexed, everything else is one recorded line, nothing is fatal."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

import hostile_corpus
from photoseek.core.engine import Engine
from photoseek.core.errors import ImageError
from photoseek.core.imaging import open_photo
from photoseek.core.lock import HomeLock
from photoseek.core.paths import AppHome
from support import TOY_MODEL, indexed_paths, run_cli

FUZZ_EXAMPLES = 300


def test_a_library_of_hostile_files_is_indexed_to_the_last_valid_photo(tmp_path: Path) -> None:
    corpus = hostile_corpus.write(tmp_path / "photos")
    assert len(corpus.files) >= 200
    home = ["--home", str(tmp_path / "home"), "--model", str(TOY_MODEL)]

    run = run_cli(*home, "index", str(tmp_path / "photos"), "--json", timeout=600)

    assert run.returncode == 0, run.stderr[-2000:]
    assert "Traceback" not in run.stderr + run.stdout
    report = json.loads(run.stdout)
    reasons = {f["path"]: f["reason"] for f in report["failures"]}
    indexed = set(catalog(tmp_path / "home"))
    assert corpus.valid <= indexed, sorted(corpus.valid - indexed)
    for path, word in corpus.invalid.items():
        assert path in reasons and word in reasons[path], (path, reasons.get(path))
    assert not indexed & set(reasons), "a file both indexed and failed"
    assert indexed | set(reasons) == corpus.files, "every file ends indexed or recorded"
    assert not (indexed | set(reasons)) & corpus.passed_over, "fifos, sockets, loops, hidden files"
    assert all("\n" not in reason and len(reason) < 260 for reason in reasons.values())
    assert report["added"] == len(indexed) and report["failed"] == len(reasons)

    hits = json.loads(run_cli(*home, "search", "a red square", "--json", "--limit", "1000").stdout)
    text = run_cli(*home, "search", "a red square", "--limit", "1000").stdout.splitlines()
    assert len(text) == len(hits) > 0, "one line per result, whatever the names hold"
    again = json.loads(run_cli(*home, "index", "--json", timeout=600).stdout)
    assert (again["added"], again["embedded"], again["unchanged"]) == (0, 0, len(indexed))


def catalog(home: Path) -> list[str]:
    """Every path the home's index holds (read after the CLI has finished)."""
    app_home = AppHome.resolve(home).ensure()
    lock = HomeLock(app_home.lock_file).acquire()
    engine = Engine(app_home, model=None)
    try:
        return indexed_paths(engine)
    finally:
        engine.close()
        lock.release()


def _encoded(kind: str) -> bytes:
    buffer = io.BytesIO()
    image = Image.new("RGB", (48, 32), (220, 30, 30))
    image.paste((30, 30, 220), (0, 0, 16, 32))
    image.save(buffer, kind)
    return buffer.getvalue()


SEEDS = {kind: _encoded(kind) for kind in ("JPEG", "PNG", "GIF", "TIFF", "WEBP", "BMP")}


@st.composite
def damaged_photos(draw: st.DrawFn) -> bytes:
    """A real photo of some format with random bytes overwritten, then maybe cut short or extended."""
    data = bytearray(SEEDS[draw(st.sampled_from(sorted(SEEDS)))])
    for _ in range(draw(st.integers(0, 16))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    cut = draw(st.one_of(st.none(), st.integers(1, len(data))))
    return bytes(data[:cut]) + draw(st.binary(max_size=64))


@pytest.mark.filterwarnings("ignore::UserWarning", "ignore::RuntimeWarning")
@settings(max_examples=FUZZ_EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(damaged_photos(), st.binary(max_size=512)))
def test_the_image_loader_fails_only_with_its_one_line_error(data: bytes) -> None:
    """Whatever the bytes, open_photo gives an upright RGB image or raises ImageError with one short line."""
    try:
        photo = open_photo(os.devnull, 224, data)
    except ImageError as error:
        reason = str(error)
        assert reason and "\n" not in reason and len(reason) < 260
        return
    assert photo.image.mode == "RGB" and min(photo.image.size) >= 1
