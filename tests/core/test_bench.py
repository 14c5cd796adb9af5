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
        reconcile = query.reconcile_figure(synthetic)
        assert reconcile.extra["re_embedded"] == 0 and reconcile.extra["files"] == 1500
        assert query.size_figure(synthetic).reference_value == pytest.approx(100_000 * tiny.dimension * 4 / 1e6)
    finally:
        synthetic.close()
    assert query.text_encoding_figure(tiny, repeats=3).value > 0  # type: ignore[operator]


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
