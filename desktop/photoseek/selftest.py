"""`photoseek --self-test`: is this installation sound? Each part the app stands on, tried for real.

Nothing of the user's is touched: the checks run in a temporary folder, with a random tiny CLIP written
there (the real model is not needed, nor downloaded). The library check goes through the engine itself,
as `photoseek index` and `search` do: decode, embed, store in Milvus Lite, search, reopen, search again.
An installer runs this after installing; a user runs it when something seems wrong.
"""

from __future__ import annotations

import json
import platform
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from photoseek import __version__
from photoseek.core.logs import quiet_dependencies

FORMATS = (("JPEG", ".jpg"), ("PNG", ".png"), ("WEBP", ".webp"), ("HEIF", ".heic"))
TINY_CLIP = {  # small enough to build in a blink; open_clip's own text tokenizer and context
    "embed_dim": 16,
    "vision_cfg": {"image_size": 32, "layers": 1, "width": 32, "head_width": 16, "patch_size": 8},
    "text_cfg": {"context_length": 16, "vocab_size": 49408, "width": 16, "heads": 1, "layers": 1},
}
WATCH_WAIT_S = 10.0


def run(out: Callable[[str], None] = print) -> int:
    """Run every check, report each on a line; 0 when all passed, else 1."""
    quiet_dependencies()
    out(f"PhotoSeek {__version__} self-test ({'installed build' if getattr(sys, 'frozen', False) else 'Python'} "
        f"{platform.python_version()} on {platform.system()} {platform.machine()})")
    failed = 0
    with tempfile.TemporaryDirectory(prefix="photoseek-self-test-") as scratch:
        work = Path(scratch)
        for name, check in CHECKS:
            try:
                detail = check(work)
            except Exception as error:  # each check reports its own failure; the others still run
                failed += 1
                where = traceback.extract_tb(error.__traceback__)[-1]
                out(f"  FAIL  {name}: {type(error).__name__}: {error} ({Path(where.filename).name}:{where.lineno})")
            else:
                out(f"  ok    {name}: {detail}")
    out(f"{len(CHECKS) - failed} of {len(CHECKS)} checks passed." if failed else f"All {len(CHECKS)} checks passed.")
    return 1 if failed else 0


def check_torch(work: Path) -> str:
    import torch

    product = (torch.ones(64, 64) @ torch.ones(64, 64))[0, 0].item()
    if product != 64:
        raise RuntimeError(f"a matrix product came out {product}, not 64")
    accelerator = "CUDA" if torch.cuda.is_available() else "MPS" if torch.backends.mps.is_available() else None
    return f"torch {torch.__version__}, {torch.get_num_threads()} threads" + (f", {accelerator}" if accelerator else "")


def check_open_clip(work: Path) -> str:
    """The model configs and tokenizer vocabulary are data files an installer must carry."""
    import open_clip
    import torch
    from safetensors.torch import save_file

    configs = open_clip.list_models()
    if "ViT-B-32" not in configs:
        raise RuntimeError(f"open_clip's model configs are missing (found {len(configs)})")
    tokens = open_clip.get_tokenizer("ViT-B-32")(["a white dog on the beach"])
    if int((tokens[0] > 0).sum()) < 8:
        raise RuntimeError("the tokenizer's vocabulary is missing or wrong")
    model = open_clip.model.CLIP(**TINY_CLIP)
    with torch.no_grad():
        text = model.encode_text(tokens[:, :16])
        image = model.encode_image(torch.rand(1, 3, 32, 32))
    if text.shape != (1, 16) or image.shape != (1, 16):
        raise RuntimeError(f"a forward pass gave shapes {tuple(text.shape)} and {tuple(image.shape)}")
    folder = work / "tiny-clip"
    folder.mkdir()
    (folder / "open_clip_config.json").write_text(json.dumps({"model_cfg": TINY_CLIP}))
    save_file(model.state_dict(), str(folder / "open_clip_model.safetensors"))
    return f"open_clip {metadata.version('open_clip_torch')}, {len(configs)} model configs, tokenizer, a forward pass"


def check_transformers(work: Path) -> str:
    """The multilingual models' Hugging Face parts: a tokenizer made here, read back by AutoTokenizer, and the
    classes of the curated towers (transformers loads them lazily, so a frozen build may lack them)."""
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from transformers import AutoTokenizer, GemmaTokenizer, XLMRobertaConfig, XLMRobertaModel, XLMRobertaTokenizer

    folder = work / "tokenizer"
    folder.mkdir()
    words = ["ein roter Kreis", "un cercle rouge", "赤い丸", "红色的圆形"]
    tokenizer = Tokenizer(models.WordLevel(unk_token="<unk>"))
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer.train_from_iterator(words, trainers.WordLevelTrainer(special_tokens=["<unk>", "<pad>"]))
    tokenizer.save(str(folder / "tokenizer.json"))
    (folder / "tokenizer_config.json").write_text(json.dumps({"tokenizer_class": "PreTrainedTokenizerFast",
                                                              "unk_token": "<unk>", "pad_token": "<pad>"}))
    ids = AutoTokenizer.from_pretrained(str(folder))(words)["input_ids"]
    if any(0 in row for row in ids):  # <unk>: the words did not survive the round trip
        raise RuntimeError(f"the tokenizer read back does not know its own words: {ids}")
    towers = (XLMRobertaConfig, XLMRobertaModel, XLMRobertaTokenizer, GemmaTokenizer)
    return f"transformers {metadata.version('transformers')}: a tokenizer and {len(towers)} tower classes"


def check_decoding(work: Path) -> str:
    from PIL import Image, features

    from photoseek.core.imaging import open_photo

    photos = work / "photos"
    photos.mkdir()
    colours = ((220, 30, 30), (40, 70, 220), (30, 170, 60), (240, 220, 40))
    for (fmt, suffix), colour in zip(FORMATS, colours, strict=True):
        path = photos / f"photo{suffix}"
        Image.new("RGB", (96, 64), colour).save(path, fmt)
        decoded = open_photo(str(path), 32)
        if decoded.image.size[0] < 32:
            raise RuntimeError(f"{path.name} decoded to {decoded.image.size}")
    heif = metadata.version("pillow-heif")
    return (f"{', '.join(fmt for fmt, _ in FORMATS)} written and read back (Pillow {metadata.version('Pillow')}, "
            f"pillow-heif {heif}, libjpeg-turbo {features.version('libjpeg_turbo') or '?'})")


def check_library(work: Path) -> str:
    """Index the decoded photos with the tiny model in a temporary home, search, reopen, search again."""
    from photoseek.core.engine import Engine
    from photoseek.core.paths import AppHome

    model = work / "tiny-clip"
    if not model.is_dir():
        raise RuntimeError("not tried: it needs the model the open_clip check makes")
    home = AppHome.resolve(str(work / "home")).ensure()
    photos = sorted((work / "photos").iterdir())
    engine = Engine(home, model=str(model))
    try:
        engine.add_folders([str(work / "photos")])
        report = engine.index()
        if report.added != len(photos):
            raise RuntimeError(f"indexed {report.added} of {len(photos)} photos ({report.failed} failed)")
        found = engine.search_text("a red photo", limit=10)
    finally:
        engine.close()
    engine = Engine(home, model=str(model))
    try:
        again = engine.search_text("a red photo", limit=10)
    finally:
        engine.close()
    if len(found) != len(photos) or [hit.path for hit in again] != [hit.path for hit in found]:
        raise RuntimeError(f"search found {len(found)} photos, then {len(again)} after reopening")
    return (f"Milvus Lite {metadata.version('milvus-lite')} (pymilvus {metadata.version('pymilvus')}): "
            f"{len(photos)} photos indexed, searched, reopened, searched again")


def check_watching(work: Path) -> str:
    from watchdog.observers import Observer

    from photoseek.core.membership import LibraryRules
    from photoseek.core.watcher import LibraryWatcher

    folder = work / "watched"
    folder.mkdir()
    seen = threading.Event()
    watcher = LibraryWatcher({str(folder): str(folder)}, lambda paths: seen.set(), LibraryRules([str(folder)]),
                             debounce=0.1)
    mode = watcher.start()
    try:
        started = time.monotonic()
        (folder / "new.jpg").write_bytes(b"\xff\xd8\xff")
        if not seen.wait(WATCH_WAIT_S):
            raise RuntimeError(f"{Observer.__name__} ({mode}) did not report a new file within {WATCH_WAIT_S:.0f} s")
        took = time.monotonic() - started
    finally:
        watcher.stop()
    return f"watchdog {metadata.version('watchdog')}, {Observer.__name__} ({mode}): a new file seen in {took:.1f} s"


def check_qt(work: Path) -> str:
    """The window's image formats and platform plugins are Qt plugins an installer must carry."""
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtGui import QImage, QImageReader

    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    missing = {"jpeg", "png", "webp"} - formats
    if missing:
        raise RuntimeError(f"Qt cannot read {', '.join(sorted(missing))}")
    if QImage(str(work / "photos" / "photo.jpg")).isNull():
        raise RuntimeError("Qt could not read a JPEG")
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    platforms = sorted(p.name.removeprefix("libq").removeprefix("q").split(".")[0] for p in plugins.glob("*q*"))
    wanted = {"Linux": {"xcb", "wayland", "offscreen"}, "Windows": {"windows"}, "Darwin": {"cocoa"}}
    lacking = wanted.get(platform.system(), set()) - set(platforms)
    if lacking:
        raise RuntimeError(f"Qt's platform plugins {', '.join(sorted(lacking))} are missing from {plugins}")
    return f"PySide6 {pyside}: reads {', '.join(sorted(formats & {'jpeg', 'png', 'webp', 'gif', 'tiff'}))}; " \
           f"platforms {', '.join(platforms)}"


CHECKS: list[tuple[str, Callable[[Path], str]]] = [
    ("torch", check_torch),
    ("open_clip", check_open_clip),
    ("transformers", check_transformers),
    ("image decoding", check_decoding),
    ("library (index, search, reopen)", check_library),
    ("folder watching", check_watching),
    ("Qt", check_qt),
]
