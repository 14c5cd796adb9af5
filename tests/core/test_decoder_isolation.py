"""A decoder that hangs, crashes or needs too much memory costs one file: the run finishes, the file is
recorded with a clear reason, everything else is indexed (real decoder processes, real kills)."""

from __future__ import annotations

import multiprocessing
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PIL import Image

import shapes_world
from photoseek.core import decoders
from photoseek.core.engine import Engine
from photoseek.core.errors import QueryError
from support import TOY_MODEL, indexed_paths, write_big_png

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the injected hang waits for a POSIX signal")


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "photos"
    shapes_world.write_folder(folder, per_class=2, seed=5, classes=[("red", "circle"), ("blue", "square")],
                              max_px=160)
    return folder


def add_hostile(folder: Path, names: tuple[str, ...] = ("hang.jpg", "crash.jpg", "hang2.jpg")) -> set[str]:
    """Copies of a good photo named for the hostile decoder, and a photo that decodes to 270 MB of RGB."""
    good = sorted(folder.glob("*.*"))[0]
    for name in names:
        shutil.copy(good, folder / name)
    Image.new("1", (9500, 9500), 1).save(folder / "huge.png")
    return {*names, "huge.png"}


def test_hangs_crashes_and_memory_hogs_cost_one_file_each(make_engine, library: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decoders, "DECODE", "hostile_decoders:decode")
    monkeypatch.setattr(decoders, "FILE_SECONDS", 3.0)
    monkeypatch.setattr(decoders, "FILE_MEMORY", 150 * 2**20)
    good = {p.name for p in library.iterdir()}
    hostile = add_hostile(library)
    engine: Engine = make_engine(TOY_MODEL)
    engine.add_folders([str(library)])
    report = engine.index()
    assert report.added == len(good) and report.failed == len(hostile)
    assert {Path(p).name for p in indexed_paths(engine)} == good
    reasons = {Path(f.path).name: f.reason for f in report.failures}
    assert reasons["hang.jpg"] == reasons["hang2.jpg"] == "the decoder did not finish within 3 s (stopped)"
    assert reasons["crash.jpg"] == "the decoder crashed on this file (killed by SIGABRT)"
    assert reasons["huge.png"] == "too large to decode within the memory allowed for one photo"
    assert engine.status()["failed"] == len(hostile)


def test_a_search_by_an_image_that_crashes_its_decoder_is_a_clear_error(
        make_engine, library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decoders, "DECODE", "hostile_decoders:decode")
    engine: Engine = make_engine(TOY_MODEL)
    engine.add_folders([str(library)])
    engine.index()
    query = tmp_path / "crash.jpg"
    shutil.copy(sorted(library.glob("*.*"))[0], query)
    with pytest.raises(QueryError, match="cannot use .* as a query image: the decoder crashed on this file"):
        engine.search_image(str(query))
    assert len(engine.search_image(str(sorted(library.glob("*.*"))[0]), limit=3)) == 3, "the next search works"


def test_a_decoder_process_that_died_while_idle_is_replaced_not_blamed_on_the_next_file(library: Path) -> None:
    pool = decoders.DecoderPool()
    photo = sorted(library.glob("*.*"))[0]
    try:
        assert isinstance(pool.decode(str(photo), photo.stat().st_size, 64), decoders.Decoded)
        for child in multiprocessing.active_children():  # the system ends it between two files
            if child.name == "photoseek-decoder":
                child.kill()
                child.join()
        assert isinstance(pool.decode(str(photo), photo.stat().st_size, 64), decoders.Decoded)
    finally:
        pool.close()


def _memory(pid: int | None, key: str) -> int:
    """VmRSS (now) or VmHWM (peak) of a process, in bytes."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024
    raise AssertionError(f"no {key} for {pid}")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads peak memory from /proc")
def test_several_100_megapixel_photos_at_once_each_take_little_more_than_their_pixels(tmp_path: Path) -> None:
    photos = [write_big_png(tmp_path / f"big{n}.png", 10_000, 10_000, seed=n) for n in range(3)]
    pixels = 10_000 * 10_000 * 3  # one 100-megapixel RGB photo decoded: 300 MB
    small = tmp_path / "small.png"
    Image.new("RGB", (300, 300), (1, 2, 3)).save(small)
    processes = [decoders.DecoderProcess(decoders.DECODE, None, decoders.FILE_MEMORY) for _ in photos]
    try:
        for process in processes:  # started and warmed up: what they hold before a big photo
            process.decode(str(small), small.stat().st_size, 224, 60)
        started = [_memory(p.pid, "VmRSS") for p in processes]
        with ThreadPoolExecutor(len(photos)) as threads:  # all three decoded at the same time
            outcomes = list(threads.map(lambda job: job[0].decode(str(job[1]), job[1].stat().st_size, 224, 60),
                                        zip(processes, photos, strict=True)))
        grown = [_memory(p.pid, "VmHWM") - before for p, before in zip(processes, started, strict=True)]
    finally:
        for process in processes:
            process.stop()
    assert all(isinstance(o, decoders.Decoded) and 224 <= min(o.size) < 448 for o in outcomes), outcomes
    # Shrunk before any conversion: one copy of the pixels and a little more, never two (measured 1.34×).
    assert max(grown) < 1.6 * pixels, [g >> 20 for g in grown]
    assert max(grown) < decoders.FILE_MEMORY
