"""Figure 3: the optimised inference path against fp32 — speed, closeness of the vectors, and whether the
toy CLIP still finds what it found (precision@8 over the shapes world)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import numpy as np

from photoseek.bench.indexing import model_only
from photoseek.bench.report import Figure
from photoseek.core import precision
from photoseek.core.model import ClipModel
from photoseek.core.modelspec import parse_model_spec

REPO = Path(__file__).resolve().parents[3]
TOY_MODEL = REPO / "tests" / "assets" / "toy-clip"


def inference_figure(spec_text: str, tensors: list, batch_size: int, work: Path) -> Figure:  # type: ignore[type-arg]
    """images/s of the default CPU path against fp32 on the same tensors (the model-only limit)."""
    spec = parse_model_spec(spec_text)
    fp32 = ClipModel(spec, work / "models", device="cpu", inference="fp32")
    fp32_rate, _, fp32_vectors = model_only(fp32, tensors, batch_size)
    del fp32
    chosen = precision.choose("cpu")
    fast = ClipModel(spec, work / "models", device="cpu", inference=chosen)
    fast_rate, _, fast_vectors = model_only(fast, tensors, batch_size)
    cosines = np.sum(fp32_vectors * fast_vectors, axis=1)
    toy = toy_precision_change(chosen)
    note = f"{chosen}: cosine to fp32 mean {cosines.mean():.5f}, min {cosines.min():.5f}"
    note += f"; toy precision@8 {toy[0]:.3f} fp32, {toy[1]:.3f} {chosen}" if toy else "; toy model not found"
    quality_holds = bool(cosines.min() >= 0.99 and toy is not None and abs(toy[0] - toy[1]) <= 0.02)
    return Figure("3", f"optimised inference ({chosen}, chosen for this CPU), model only", fast_rate, "images/s",
                  "fp32 model-only limit", fp32_rate, ">= 2", note=note,
                  extra={"cosine_mean": float(cosines.mean()), "cosine_min": float(cosines.min()),
                         "toy_precision_at_8": toy, "quality_holds": quality_holds})


def toy_precision_change(mode: str) -> tuple[float, float] | None:
    """Mean precision@8 of the toy CLIP over a fresh shapes world, in fp32 and with the optimised path."""
    if not TOY_MODEL.is_dir():
        return None
    sys.path.insert(0, str(REPO / "tests"))
    try:
        import shapes_world
    finally:
        sys.path.pop(0)
    with tempfile.TemporaryDirectory(prefix="photoseek-toy-") as temp:
        made = shapes_world.write_folder(Path(temp), per_class=8, seed=4242, max_px=256)
        results = []
        for inference in ("fp32", mode):
            model = ClipModel(parse_model_spec(str(TOY_MODEL)), Path(temp) / "models", device="cpu",
                              inference=inference)
            from PIL import Image

            images = np.concatenate([model.encode_images([model.preprocess_image(Image.open(p.path).convert("RGB"))
                                                          for p in made[i:i + 32]]) for i in range(0, len(made), 32)])
            labels = [p.label for p in made]
            precisions = []
            for colour, shape in shapes_world.CLASSES:
                query = model.encode_text([f"a {colour} {shape}"])[0]
                best = np.argsort(-(images @ query))[:8]
                precisions.append(sum(labels[i] == f"{colour} {shape}" for i in best) / 8)
            results.append(float(np.mean(precisions)))
    return results[0], results[1]
