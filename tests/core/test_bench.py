"""`photoseek bench`: figures carry their same-run reference and goal; the measurements run for real
(on the tiny model and a few small photos here, so the suite stays fast)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from photoseek.bench import indexing, library, photos, query
from photoseek.bench.report import Figure, skipped, table
from photoseek.bench.run import _order
from photoseek.core.model import ClipModel
from photoseek.core.modelspec import parse_model_spec
from support import TINY_MODEL, run_cli


def test_a_figure_is_judged_by_its_ratio_to_the_reference_or_by_its_value() -> None:
    faster = Figure("1", "throughput", 40.0, "images/s", "seed loop", 8.0, ">= 4")
    assert (faster.ratio, faster.met) == (5.0, True)
    slower = Figure("2a", "decode", 60.0, "core-ms", "bare decode", 30.0, "<= 1.5")
    assert (slower.ratio, slower.met) == (2.0, False)
    absolute = Figure("9", "reconcile", 6.5, "s per 100k", goal="<= 8")
    assert (absolute.ratio, absolute.met) == (None, True)
    latency = Figure("4@100k", "query", 68.8, "ms", "numpy exact", 20.6, "<= 25 ms")  # a unit: the value is judged
    assert latency.ratio is not None and latency.ratio < 25 and latency.met is False
    missing = skipped("14", "vs rclip", "rclip is not installed")
    assert missing.met is None and "rclip is not installed" in missing.note
    data = faster.to_dict()
    assert data["ratio"] == 5.0 and data["met"] is True and json.dumps(data)
    text = table([faster, slower, missing], "test machine")
    assert "5.00×" in text and "NO" in text and "not measured: rclip is not installed" in text


def test_figures_are_listed_in_the_issue_order() -> None:
    ids = ["4@100k", "12", "2b", "1", "4@10k", "2", "2a", "13"]
    assert sorted(ids, key=lambda i: _order(Figure(i, "", 0, ""))) == ["1", "2", "2a", "2b", "4@10k", "4@100k",
                                                                     "12", "13"]


def test_generated_photos_look_like_a_cameras(tmp_path: Path) -> None:
    (path,) = photos.write_camera_photos(tmp_path, 1)
    with Image.open(path) as image:
        assert image.size == photos.CAMERA_SIZE and image.format == "JPEG"
        assert image.getexif().get_ifd(photos.EXIF_IFD)[photos.DATETIME_ORIGINAL].startswith("2024:")
    assert path.stat().st_size > 1_500_000, "realistic entropy, not a flat frame"


@pytest.fixture
def tiny(tmp_path: Path) -> ClipModel:
    return ClipModel(parse_model_spec(str(TINY_MODEL)), tmp_path / "models", device="cpu")


def test_the_indexing_figures_measure_real_runs(tiny: ClipModel, tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    made = [path for n in range(4) for path in [folder / f"{n}.jpg"]]
    folder.mkdir()
    for n, path in enumerate(made):
        Image.new("RGB", (800, 600), (n * 60, 90, 200)).save(path, quality=90)
    figures = {f.id: f for f in indexing.indexing_figures(made, folder, tmp_path, str(TINY_MODEL), tiny, 2)}
    assert set(figures) == {"1", "2", "2a", "2b"}
    assert all(f.value and f.value > 0 and f.reference_value and f.reference_value > 0 for f in figures.values())
    assert figures["2"].extra["model_only_images_per_second"] > 0


def test_the_query_figures_run_on_a_synthetic_library(tiny: ClipModel, tmp_path: Path) -> None:
    synthetic = library.build(tmp_path, 1500, str(TINY_MODEL), tiny.dimension)
    try:
        search = query.search_figure(synthetic, tiny, repeats=4)
        assert search.value and search.value > 0 and search.extra["recall_at_10"] == 1.0, "exact at this size"
        assert search.extra["in_memory_copy"] and search.extra["lite_search_p50_ms"] > 0
        reconcile = query.reconcile_figure(synthetic)
        assert reconcile.extra["re_embedded"] == 0 and reconcile.extra["files"] == 1500
        assert query.size_figure(synthetic).reference_value == pytest.approx(100_000 * tiny.dimension * 4 / 1e6)
    finally:
        synthetic.close()
    assert query.text_encoding_figure(tiny, repeats=3).value > 0  # type: ignore[operator]
    many = query.million_figure(tiny, 3000, repeats=3)  # the million-vector figure's machinery, smaller
    assert many.id == "4@3k" and many.extra["recall_at_10"] == 1.0 and many.value > 0  # type: ignore[operator]


def test_bench_is_a_command_of_its_own() -> None:
    result = run_cli("bench", "--help")
    assert result.returncode == 0 and "--quick" in result.stdout


def test_the_optimised_inference_is_measured_against_fp32_and_checked_for_quality(tiny: ClipModel,
                                                                                 tmp_path: Path) -> None:
    from photoseek.bench import inference

    images = [Image.new("RGB", (300, 200), (n * 40, 120, 255 - n * 40)) for n in range(6)]
    tensors = [tiny.preprocess_image(image) for image in images]
    figure = inference.inference_figure(str(TINY_MODEL), tensors, 3, tmp_path)
    assert figure.value and figure.reference_value and figure.extra["cosine_min"] > 0.9
    fp32, fast = figure.extra["toy_precision_at_8"]
    assert fp32 >= 0.9 and abs(fp32 - fast) <= 0.02, "the toy model finds what it found before"
    assert figure.extra["quality_holds"]


def _small_photos(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True)
    made = [folder / f"{n}.jpg" for n in range(count)]
    for n, path in enumerate(made):
        Image.new("RGB", (800, 600), (n * 40 % 256, 90, 200)).save(path, quality=90)
    return made


@pytest.fixture
def indexed_home(tmp_path: Path) -> tuple[Path, list[Path], object, dict[str, object]]:
    """A home indexed by a real `photoseek index` process (tiny model, three photos)."""
    from photoseek.bench import memory

    made = _small_photos(tmp_path / "photos", 3)
    child, report = memory.index_in_child(tmp_path / "home", tmp_path / "photos", str(TINY_MODEL))
    return tmp_path / "home", made, child, report


def test_a_child_process_reports_its_own_wall_time_and_peak_memory() -> None:
    import sys

    import numpy as np

    from photoseek.bench.child import run_child

    # The child holds its memory a moment, long enough for its peak to be sampled (every 10 ms).
    holds = "import time; block = bytearray(300_000_000); time.sleep(0.2); print('made')"
    run = run_child([sys.executable, "-c", holds])
    assert run.returncode == 0 and run.stdout.strip() == "made" and run.seconds > 0
    assert run.peak_rss is not None and run.peak_rss > 300_000_000
    parent_block = np.ones(150_000_000)  # 1.2 GB resident here: a forked child must not be charged for it
    small = run_child([sys.executable, "-c", "print('small')"])
    del parent_block
    assert small.peak_rss is not None and small.peak_rss < 300_000_000, "the child's own peak, not the parent's"


@pytest.mark.long
def test_peak_memory_and_one_shot_search_are_measured_on_real_processes(indexed_home) -> None:  # type: ignore[no-untyped-def]
    from photoseek.bench import memory, oneshot

    home, made, child, report = indexed_home
    assert report["added"] == len(made), "the child really indexed the photos"
    peak = memory.peak_rss_figure(child, report, 1.0)
    assert peak.value and peak.value > 0.05 and peak.extra["photos"] == 3 and peak.met is not None
    figure = oneshot.oneshot_figure(home, len(made), repeats=1, floor_repeats=1)
    assert figure.value and figure.value > 0 and figure.reference_value and figure.reference_value > 0
    assert figure.extra["in_command_s"] is not None and len(figure.extra["runs_s"]) == 1
    assert "rclip" in figure.note
    fifteen = memory.rss_vs_rclip_figure(child.peak_rss, None)
    assert fifteen.value == peak.value and fifteen.met is None, "no rclip here: not judged"


def test_searching_during_indexing_and_the_watcher_are_measured_on_one_engine(tiny: ClipModel,
                                                                             tmp_path: Path) -> None:
    from photoseek.bench import live

    made = _small_photos(tmp_path / "photos", 12)
    synthetic = library.build(tmp_path, 1500, str(TINY_MODEL), tiny.dimension)
    try:
        during = live.query_during_indexing_figure(synthetic, tmp_path / "photos", idle_samples=3,
                                                   thinking=(0.0, 0.01))
        assert during.extra["photos_embedded"] == len(made)
        assert during.value and during.value > 0 and during.reference_value and len(during.extra["idle_ms"]) == 3
        assert synthetic.engine.batch_size == 32, "the library's batch size is given back"
        watch = live.watch_latency_figure(synthetic, made[0])
        assert watch.value and watch.value > 0 and watch.extra["embedding_s"] > 0
        assert watch.goal.startswith("<= ") and float(watch.goal[3:]) >= 2
    finally:
        synthetic.close()


@pytest.mark.gui
@pytest.mark.long
def test_the_window_is_launched_and_watched_from_outside(indexed_home) -> None:  # type: ignore[no-untyped-def]
    from photoseek.bench import window

    home, made, _, _ = indexed_home
    added = window.add_new_photos(home, made, home.parent / "new")
    events = window.run_window(home, timeout=120)
    assert events["summary"]["why"] == "done" and events["summary"]["answered"]
    assert events["finished"]["added"] == added, "the window indexed the new photos"
    shown, answered = window.cold_start_figures(events)
    assert 0 < shown.value < answered.value  # type: ignore[operator]
    stall = window.ui_stall_figure(events, added)
    assert stall.value is not None and stall.extra["drift_ms"]["indexing"]["ticks"] > 0
    assert events["summary"]["rss"] > 0
    via_window = window.oneshot_via_window_figure(events, 5.0)
    assert via_window.value is not None and len(via_window.extra["runs_s"]) == 3, via_window.note


def test_the_curated_models_figure_measures_each_model_against_the_fp32_reference(tiny: ClipModel,
                                                                                 tmp_path: Path) -> None:
    from photoseek.bench import models

    tensors = [tiny.preprocess_image(Image.new("RGB", (300, 200), (n * 50, 100, 200))) for n in range(3)]
    candidates = (
        models.Candidate(str(TINY_MODEL), "tiny", 60.0, 40.0, "test table"),
        models.Candidate("no-such-architecture", "none", 70.0, 45.0, "test table", image_tower_of=str(TINY_MODEL)),
    )
    figure = models.models_figure(tensors, tmp_path, candidates, images=4, batch_size=2, rounds=2, query_repeats=1,
                                  seconds_per_model=0.0, reference=str(TINY_MODEL))
    assert figure.id == "13" and figure.reference_value and figure.reference_value > 0
    measured, unbuilt = figure.extra["models"]
    assert measured["images_per_second"] > 0 and measured["ratio"] > 0 and measured["query_ms"] > 0
    assert measured["loaded"] == "ClipModel" and measured["inference"] in ("bf16", "int8", "fp32")
    assert unbuilt["loaded"].startswith("not built") and unbuilt["query_ms"] is None
    assert unbuilt["images_per_second"] == measured["images_per_second"], "derived from the same image tower"
    assert "rule's pick" in figure.note and len(models.table_rows(figure)) == 4

    alone = models.models_figure(tensors, tmp_path, candidates[1:], images=4, batch_size=2, rounds=2,
                                 query_repeats=1, seconds_per_model=0.0, reference=str(TINY_MODEL))
    (derived,) = alone.extra["models"]
    assert derived["images_per_second"] > 0 and "measured in its place" in derived["loaded"], \
        "an image tower no candidate has is measured as its own architecture"


def test_the_default_rule_picks_the_best_retrieval_among_models_as_fast_as_the_reference() -> None:
    from photoseek.bench.models import default_pick

    rows = [{"arch": "fast", "ratio": 2.0, "coco_t2i_r1": 39.0, "flickr_t2i_r1": 66.0},
            {"arch": "better", "ratio": 1.1, "coco_t2i_r1": 48.0, "flickr_t2i_r1": 75.0},
            {"arch": "unpublished", "ratio": 3.0, "coco_t2i_r1": None, "flickr_t2i_r1": None},
            {"arch": "best-but-slow", "ratio": 0.7, "coco_t2i_r1": 52.0, "flickr_t2i_r1": 75.0},
            {"arch": "unmeasured", "ratio": None, "coco_t2i_r1": 60.0, "flickr_t2i_r1": 80.0}]
    assert default_pick(rows) == "better", "the mean of Flickr30k and COCO R@1, among those fast enough"
    assert default_pick(rows[2:]) is None
    helped = {"arch": "loads-with-help", "ratio": 1.2, "coco_t2i_r1": 50.0, "flickr_t2i_r1": 76.0,
              "loaded": "ClipModel + re-parameterised by the bench"}
    assert default_pick([*rows, helped]) == "better", "a model PhotoSeek cannot load yet is never the default"
