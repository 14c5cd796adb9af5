"""Train the toy CLIP on the shapes world, or write the tiny random model for fast unit tests.

    python tests/assets/toy-clip/train.py                 # → tests/assets/toy-clip/
    python tests/assets/toy-clip/train.py --multilingual  # → tests/assets/toy-clip-multilingual/
    python tests/assets/toy-clip/train.py --random --out tests/assets/tiny-clip

Images go through PhotoSeek's own decoder and open_clip's transform with PhotoSeek's resize mode,
so the model is trained on exactly what indexing feeds it. Reports mean precision@8 for
"a {colour} {shape}" (and, multilingual, "ein roter Kreis", "un cercle rouge", "赤い丸", "红色的圆形") on a
fresh set (other seed, 32 classes × 8 images); the target is ≥ 0.9 in each language.

The multilingual toy keeps open_clip's BPE tokenizer: it has no tokens for most CJK characters and falls
back to their UTF-8 bytes (三角 is 4 tokens), so its context is longer (32) and the model learns the byte
sequences. Its config names the languages it was trained for, which PhotoSeek reads (core.modellanguages).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import torch
import torch.nn.functional as F

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path[:0] = [str(REPO / "desktop"), str(REPO / "tests")]

import open_clip  # noqa: E402
from safetensors.torch import save_file  # noqa: E402

import shapes_world  # noqa: E402
from photoseek.core.imaging import open_photo  # noqa: E402
from photoseek.core.model import RESIZE_MODE  # noqa: E402

TOY_CONFIG = {
    "model_cfg": {
        "embed_dim": 64,
        # A small ModifiedResNet (layers as a list): convolutions tell a 10-px star from a triangle
        # far better than a ViT whose patches are as large as the shape.
        "vision_cfg": {"image_size": 96, "layers": [1, 1, 1, 1], "width": 16, "head_width": 32},
        "text_cfg": {"context_length": 16, "vocab_size": 49408, "width": 64, "heads": 2, "layers": 2},
    },
    "preprocess_cfg": {"mean": [0.5, 0.5, 0.5], "std": [0.5, 0.5, 0.5], "resize_mode": RESIZE_MODE,
                       "interpolation": "bicubic"},
}
TINY_CONFIG = {
    "model_cfg": {
        "embed_dim": 16,
        "vision_cfg": {"image_size": 32, "layers": 1, "width": 32, "head_width": 16, "patch_size": 8},
        "text_cfg": {"context_length": 16, "vocab_size": 49408, "width": 16, "heads": 1, "layers": 1},
    },
    "preprocess_cfg": TOY_CONFIG["preprocess_cfg"],
}
MULTILINGUAL_CONFIG = {
    "model_cfg": {**TOY_CONFIG["model_cfg"],
                  "text_cfg": {**TOY_CONFIG["model_cfg"]["text_cfg"], "context_length": 32}},
    "preprocess_cfg": TOY_CONFIG["preprocess_cfg"],
    "languages": list(shapes_world.LANGUAGES),
}
WEIGHTS = "open_clip_model.safetensors"


def build(config: dict, out: Path):
    out.mkdir(parents=True, exist_ok=True)
    (out / "open_clip_config.json").write_text(json.dumps(config, indent=2) + "\n")
    for old in out.glob("*.safetensors"):
        old.unlink()
    model, _, preprocess = open_clip.create_model_and_transforms(f"local-dir:{out}", image_resize_mode=RESIZE_MODE)
    return model, preprocess, open_clip.get_tokenizer(f"local-dir:{out}")


def save(model: torch.nn.Module, out: Path) -> None:
    state = {k: v.detach().to(torch.float16).contiguous() for k, v in model.state_dict().items()}
    save_file(state, str(out / WEIGHTS))


def load_pool(folder: Path, per_class: int, seed: int, preprocess) -> tuple[torch.Tensor, list[int]]:
    """Render, save, decode (PhotoSeek's decoder) and preprocess a pool of images."""
    photos = shapes_world.write_folder(folder, per_class, seed)
    index = {c: i for i, c in enumerate(shapes_world.CLASSES)}
    tensors, labels = [], []
    for photo in photos:
        decoded = open_photo(str(photo.path), TOY_CONFIG["model_cfg"]["vision_cfg"]["image_size"])
        tensors.append(preprocess(decoded.image))
        labels.append(index[(photo.colour, photo.shape)])
    return torch.stack(tensors), labels


def precision_at_8(model, tokenizer, images: torch.Tensor, labels: list[int], language: str = "en") -> float:
    model.eval()
    with torch.inference_mode():
        image_vecs = F.normalize(model.encode_image(images), dim=-1)
        queries = [shapes_world.query(c, s, language) for c, s in shapes_world.CLASSES]
        text_vecs = F.normalize(model.encode_text(tokenizer(queries)), dim=-1)
    top = (text_vecs @ image_vecs.T).topk(8, dim=1).indices
    label_tensor = torch.tensor(labels)
    hits = (label_tensor[top] == torch.arange(len(queries))[:, None]).float()
    return hits.mean().item()


def train(out: Path, steps: int, seed: int, config: dict) -> None:
    torch.manual_seed(seed)
    rng = random.Random(seed)
    languages = config.get("languages", ["en"])
    model, preprocess, tokenizer = build(config, out)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.time()
        images, labels = load_pool(Path(tmp) / "train", 120, seed, preprocess)
        eval_images, eval_labels = load_pool(Path(tmp) / "eval", 8, seed + 1000, preprocess)
        print(f"rendered {len(labels)} training images in {time.time() - started:.0f}s", flush=True)
    by_class: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        by_class.setdefault(label, []).append(i)
    optimiser = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=0.05)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, max_lr=1e-3, total_steps=steps, pct_start=0.1)
    started = time.time()
    for step in range(1, steps + 1):
        model.train()
        # Two images per class, so every batch holds each class and labels tell true pairs apart.
        picks = [(c, i) for c in range(len(shapes_world.CLASSES)) for i in rng.sample(by_class[c], 2)]
        batch = images[[i for _, i in picks]]
        texts = tokenizer([shapes_world.caption(*shapes_world.CLASSES[c], rng, rng.choice(languages))
                           for c, _ in picks])
        image_vecs = F.normalize(model.encode_image(batch), dim=-1)
        text_vecs = F.normalize(model.encode_text(texts), dim=-1)
        logits = model.logit_scale.exp() * image_vecs @ text_vecs.T
        classes = torch.tensor([c for c, _ in picks])
        same = (classes[:, None] == classes[None, :]).float()
        targets = same / same.sum(dim=1, keepdim=True)
        loss = (F.cross_entropy(logits, targets) + F.cross_entropy(logits.T, targets)) / 2
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        schedule.step()
        with torch.no_grad():
            model.logit_scale.clamp_(0, 4.6052)
        if step % 250 == 0 or step == steps:
            p8 = "  ".join(f"{language} {precision_at_8(model, tokenizer, eval_images, eval_labels, language):.3f}"
                           for language in languages)
            print(f"step {step}: loss {loss.item():.3f}  P@8 {p8}  ({time.time() - started:.0f}s)", flush=True)
    save(model, out)
    report(out, seed)


def report(out: Path, seed: int) -> float:
    """Reload the saved weights as PhotoSeek would and measure P@8 on a freshly generated set."""
    model, _, preprocess = open_clip.create_model_and_transforms(f"local-dir:{out}", image_resize_mode=RESIZE_MODE)
    tokenizer = open_clip.get_tokenizer(f"local-dir:{out}")
    with tempfile.TemporaryDirectory() as tmp:
        images, labels = load_pool(Path(tmp), 8, seed + 7777, preprocess)
    languages = json.loads((out / "open_clip_config.json").read_text()).get("languages", ["en"])
    worst = 1.0
    for language in languages:
        p8 = precision_at_8(model, tokenizer, images, labels, language)
        print(f"fresh set (seed {seed + 7777}, 32 classes x 8 images), {language}: mean precision@8 = {p8:.3f}",
              flush=True)
        worst = min(worst, p8)
    return worst


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--multilingual", action="store_true", help="captions in en, de, fr, ja and zh")
    parser.add_argument("--steps", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--random", action="store_true", help="write the tiny untrained model instead")
    parser.add_argument("--report", action="store_true", help="only measure the saved model")
    args = parser.parse_args()
    args.out = args.out or (HERE.parent / "toy-clip-multilingual" if args.multilingual else HERE)
    torch.set_num_threads(max(1, torch.get_num_threads()))
    if args.random:
        torch.manual_seed(args.seed)
        model, _, _ = build(TINY_CONFIG, args.out)
        save(model, args.out)
        print(f"wrote tiny random model to {args.out}")
        return 0
    if args.report:
        return 0 if report(args.out, args.seed) >= 0.9 else 1
    train(args.out, args.steps, args.seed, MULTILINGUAL_CONFIG if args.multilingual else TOY_CONFIG)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
