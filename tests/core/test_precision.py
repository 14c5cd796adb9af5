"""The optimised inference paths give the vectors fp32 gives (cosine ≥ 0.99), and the choice can be forced."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photoseek.core import precision
from photoseek.core.model import ClipModel
from photoseek.core.modelspec import parse_model_spec
from support import TINY_MODEL, TOY_MODEL

TEXTS = ["a red circle", "a blue square on a white background", "yellow star"]


def embed(model: ClipModel) -> np.ndarray:
    images = [Image.new("RGB", (320, 240), (40 * n, 200 - 30 * n, 90)) for n in range(5)]
    return np.concatenate([model.encode_images([model.preprocess_image(i) for i in images]),
                           model.encode_text(TEXTS)])


@pytest.mark.parametrize("folder", [TINY_MODEL, TOY_MODEL])
@pytest.mark.parametrize("mode", ["bf16", "int8"])
def test_each_optimised_path_stays_close_to_fp32(folder: Path, mode: str, tmp_path: Path) -> None:
    spec = parse_model_spec(str(folder))
    reference = embed(ClipModel(spec, tmp_path, device="cpu", inference="fp32"))
    model = ClipModel(spec, tmp_path, device="cpu", inference=mode)
    assert model.inference in (mode, "fp32"), "int8 falls back where a model has no transformer blocks"
    vectors = embed(model)
    assert vectors.dtype == np.float32 and np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-4)
    assert np.sum(reference * vectors, axis=1).min() >= 0.99


def test_the_choice_can_be_forced_and_accelerators_keep_fp32(monkeypatch: pytest.MonkeyPatch) -> None:
    for mode in precision.MODES:
        monkeypatch.setenv(precision.ENV, mode)
        assert precision.choose("cpu") == mode
        assert precision.choose("cuda") == "fp32"
    monkeypatch.delenv(precision.ENV)
    assert precision.choose("cpu") == ("bf16" if precision.bf16_is_native() else "int8")


def test_a_cpu_without_bf16_instructions_is_not_measured(monkeypatch: pytest.MonkeyPatch) -> None:
    """Emulated bf16 is ~100x slower than fp32: measuring it cost 12 s at every model load on an AVX2 CPU."""
    import platform

    import torch

    def measured(*_args: object) -> None:
        raise AssertionError("bf16 was measured on a CPU that has no bf16 instructions")

    monkeypatch.setattr(platform, "machine", lambda: "x86_64")
    monkeypatch.setattr(torch.backends.cpu, "get_cpu_capability", lambda: "AVX2")
    monkeypatch.setattr(torch, "matmul", measured)
    precision.bf16_is_native.cache_clear()
    try:
        assert precision.bf16_is_native() is False
    finally:
        precision.bf16_is_native.cache_clear()


def test_decoders_and_the_model_streams_share_the_cores() -> None:
    from photoseek.core.pipeline import CoreShare, share_cores

    assert share_cores(2, "cpu") == CoreShare(decoders=2, streams=2, threads=1), "a laptop: a batch per core"
    assert share_cores(1, "cpu") == CoreShare(1, 1, 1)
    assert share_cores(8, "cpu") == CoreShare(8, 4, 2), "at most four batches at once, each on its share"
    assert share_cores(8, "cuda") == CoreShare(8, 1, 1), "an accelerator: every core feeds it"
