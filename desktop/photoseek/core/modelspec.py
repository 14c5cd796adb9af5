"""What `--model` / PHOTOSEEK_MODEL can name, and the fingerprint that ties an index to a model."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from photoseek.core.errors import ModelUnavailableError
from photoseek.core.phrases import QT_TRANSLATE_NOOP

MODEL_ENV = "PHOTOSEEK_MODEL"
DEFAULT_MODEL = "ViT-B-32:laion2b_s34b_b79k"
LOCAL_DIR_PREFIX = "local-dir:"
WEIGHT_SUFFIXES = (".safetensors", ".pt", ".pth", ".bin")
LOCAL_DIR_WEIGHTS = (".safetensors", ".bin", ".pth")  # what open_clip looks for in a folder
# Bump when the way photos are turned into model input changes: old vectors are then re-embedded.
PREPROCESS_VERSION = "longest-pad-v1"
# `NAME:random-init`: the architecture with random weights. Costs exactly what the trained model costs,
# finds nothing: for `photoseek bench` on machines that cannot download weights.
RANDOM_WEIGHTS = "random-init"
SAMPLE_HEAD, SAMPLE_TAIL = 256 * 1024, 64 * 1024
FOLDER_NOT_FOUND = QT_TRANSLATE_NOOP("core", "model folder not found: {folder}")


@dataclass(frozen=True)
class ModelSpec:
    """One of: a hub model (name + pretrained tag), a local open_clip folder, or name + weights file."""

    name: str | None = None
    pretrained: str | None = None
    local_dir: str | None = None
    weights_file: str | None = None

    @property
    def label(self) -> str:
        if self.local_dir:
            return self.local_dir
        return f"{self.name}:{self.weights_file or self.pretrained}"

    @property
    def random_weights(self) -> bool:
        return self.pretrained == RANDOM_WEIGHTS

    @property
    def open_clip_name(self) -> str:
        return f"{LOCAL_DIR_PREFIX}{self.local_dir}" if self.local_dir else str(self.name)

    def fingerprint(self) -> str:
        """Stable id of the weights + preprocessing; computing it never downloads anything."""
        digest = hashlib.sha256(PREPROCESS_VERSION.encode())
        if self.local_dir:
            folder = Path(self.local_dir)
            config = folder / "open_clip_config.json"
            digest.update(config.read_bytes() if config.exists() else b"")
            for weights in sorted(p for p in folder.iterdir() if p.suffix in WEIGHT_SUFFIXES):
                digest.update(_weights_identity(str(weights)).encode())
        elif self.weights_file:
            digest.update(f"{self.name}\0{_weights_identity(self.weights_file)}".encode())
        else:
            digest.update(f"{self.name}\0{self.pretrained}".encode())
        return digest.hexdigest()[:16]

    def describe(self) -> dict[str, str]:
        return {"spec": self.label, "fingerprint": self.fingerprint()}


def requested_model(explicit: str | None = None) -> str | None:
    """The model asked for on this run: `--model`, else $PHOTOSEEK_MODEL, else None (the library's)."""
    return (explicit or os.environ.get(MODEL_ENV) or "").strip() or None


def parse_model_spec(text: str | None, check_names: bool = True) -> ModelSpec:
    """Parse a model spec (empty: the default); paths must exist, hub names must be known to open_clip.

    `check_names=False` skips asking open_clip about hub names (importing it costs seconds): for specs
    that were checked when they were set.
    """
    spec = (text or DEFAULT_MODEL).strip()
    if spec.startswith(LOCAL_DIR_PREFIX):
        return _local_dir(spec[len(LOCAL_DIR_PREFIX):])
    if os.path.isdir(spec):
        return _local_dir(spec)
    if os.path.isfile(spec):
        raise ModelUnavailableError(
            f"{spec} is a weights file: name its architecture too, e.g. --model ViT-B-32:{spec}"
        )
    name, sep, pretrained = spec.partition(":")
    if not sep and _looks_like_path(spec):
        raise ModelUnavailableError(FOLDER_NOT_FOUND.format(folder=spec))
    if not name or not pretrained:
        raise ModelUnavailableError(
            f"unknown model spec '{spec}': use NAME:PRETRAINED (e.g. {DEFAULT_MODEL}), "
            "a model folder, or NAME:/path/to/weights"
        )
    if check_names:
        _check_known_name(name)
    if _looks_like_path(pretrained):
        weights = os.path.abspath(os.path.expanduser(pretrained))
        if not os.path.isfile(weights):
            raise ModelUnavailableError(f"weights file not found for model {name}: {pretrained}")
        return ModelSpec(name=name, weights_file=weights)
    if check_names and pretrained != RANDOM_WEIGHTS:
        _check_known_tag(name, pretrained)
    return ModelSpec(name=name, pretrained=pretrained)


def _local_dir(path: str) -> ModelSpec:
    folder = os.path.abspath(os.path.expanduser(path))
    if not os.path.isdir(folder):
        raise ModelUnavailableError(FOLDER_NOT_FOUND.format(folder=path))
    config = os.path.join(folder, "open_clip_config.json")
    if not os.path.isfile(config):
        raise ModelUnavailableError(
            f"{path} is not an open_clip model folder (it needs open_clip_config.json and a weights file)"
        )
    try:
        json.loads(Path(config).read_text(encoding="utf-8"))["model_cfg"]
    except (OSError, ValueError, KeyError, TypeError):
        raise ModelUnavailableError(f"unreadable model config: {config}") from None
    if not any(path.suffix in LOCAL_DIR_WEIGHTS for path in Path(folder).iterdir()):
        raise ModelUnavailableError(f"no weights file (.safetensors/.bin/.pth) in model folder {path}")
    return ModelSpec(local_dir=folder)


def _weights_identity(path: str) -> str:
    """blake2b of size + first 256 KiB + last 64 KiB: identifies a weights file without reading 600 MB."""
    digest = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        digest.update(size.to_bytes(8, "little"))
        digest.update(handle.read(SAMPLE_HEAD))
        if size > SAMPLE_HEAD:
            handle.seek(max(SAMPLE_HEAD, size - SAMPLE_TAIL))
            digest.update(handle.read(SAMPLE_TAIL))
    return digest.hexdigest()


def _looks_like_path(text: str) -> bool:
    return "/" in text or "\\" in text or text.startswith(("~", ".")) or text.endswith(WEIGHT_SUFFIXES)


def _check_known_name(name: str) -> None:
    import open_clip

    if name not in open_clip.list_models():
        close = [m for m in open_clip.list_models() if name.lower()[:5] in m.lower()][:5]
        hint = f" (similar: {', '.join(close)})" if close else ""
        raise ModelUnavailableError(f"unknown model '{name}'{hint}; the default is {DEFAULT_MODEL}")


def _check_known_tag(name: str, tag: str) -> None:
    import open_clip

    tags = open_clip.list_pretrained_tags_by_model(name)
    if tag not in tags:
        known = ", ".join(tags) or "none"
        raise ModelUnavailableError(f"unknown pretrained weights '{tag}' for {name}; known: {known}")
