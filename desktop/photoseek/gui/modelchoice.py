"""The models offered in Settings, and turning a chosen folder or weights file into a model spec."""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from photoseek.core.modelspec import DEFAULT_MODEL


@dataclass(frozen=True)
class CuratedModel:
    spec: str
    title: str
    download: str
    tradeoff: str


CURATED = (
    CuratedModel(DEFAULT_MODEL, "CLIP ViT-B/32 (LAION-2B)", "605 MB",
                 "The default: good accuracy and the fastest indexing on a CPU."),
    CuratedModel("ViT-B-32-quickgelu:openai", "CLIP ViT-B/32 (OpenAI)", "605 MB",
                 "The original CLIP: as fast as the default, a little less accurate."),
    CuratedModel("ViT-B-16:laion2b_s34b_b88k", "CLIP ViT-B/16 (LAION-2B)", "599 MB",
                 "Better at small details; indexing takes about 3× longer."),
    CuratedModel("xlm-roberta-base-ViT-B-32:laion5b_s13b_b90k", "Multilingual CLIP ViT-B/32", "1.5 GB",
                 "Understands queries in many languages, not only English; slower queries."),
    CuratedModel("ViT-L-14:laion2b_s32b_b82k", "CLIP ViT-L/14 (LAION-2B)", "1.7 GB",
                 "The most accurate; about 10× slower to index — best with a GPU."),
)
# Architectures offered when the user picks a bare weights file (a folder carries its own config);
# OpenAI's original .pt files need the -quickgelu variant.
ARCHITECTURES = ("ViT-B-32", "ViT-B-32-quickgelu", "ViT-B-16", "ViT-L-14", "xlm-roberta-base-ViT-B-32")
MODEL_FILES = "Model files (open_clip_config.json *.safetensors *.bin *.pt *.pth);;All files (*)"


def curated(spec: str) -> CuratedModel | None:
    return next((model for model in CURATED if model.spec == spec), None)


def spec_for_file(path: str, architecture: str | None = None) -> str | None:
    """A config file or a weights file inside an open_clip folder means that folder; a bare
    weights file needs its architecture (NAME:/path/to/weights)."""
    folder = os.path.dirname(path)
    if os.path.basename(path) == "open_clip_config.json" or os.path.isfile(
            os.path.join(folder, "open_clip_config.json")):
        return folder
    return f"{architecture}:{path}" if architecture else None


def ask_for_model(parent: QWidget | None) -> str | None:
    """Ask for an open_clip model folder's config or a weights file; None if the user gives up."""
    path, _ = QFileDialog.getOpenFileName(parent, "Choose a model: open_clip_config.json or a weights file",
                                          "", MODEL_FILES)
    if not path:
        return None
    spec = spec_for_file(path)
    if spec is not None:
        return spec
    architecture, ok = QInputDialog.getItem(parent, "Model architecture",
                                            f"Which architecture are the weights in {os.path.basename(path)} for?",
                                            list(ARCHITECTURES), 0, False)
    return spec_for_file(path, architecture) if ok else None
