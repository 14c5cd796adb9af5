"""The models offered in Settings, and turning a chosen folder or weights file into a model spec."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from photoseek.core import modellanguages
from photoseek.core.errors import PhotoSeekError
from photoseek.core.modelspec import DEFAULT_MODEL, parse_model_spec
from photoseek.gui import i18n


@dataclass(frozen=True)
class CuratedModel:
    """`title`, `download` and `tradeoff` are English source texts: show them through `shown`."""

    spec: str
    title: str
    download: str
    tradeoff: str
    # Published zero-shot text→image retrieval, recall@1 in % (Flickr30k 1k test, MSCOCO 5k test; None: not
    # found), and where it was published. Sources: open_clip's docs/openclip_retrieval_results.csv; Apple's
    # github.com/apple/ml-mobileclip results/mobileclip2_*.jsonl; the SigLIP 2 paper (arXiv 2502.14786), Table 1.
    retrieval_r1: tuple[float | None, float | None] = (None, None)
    retrieval_source: str = ""


OPEN_CLIP_TABLE = "open_clip retrieval results"
# Speeds: `photoseek bench` figure 13 (random weights, 2 cores, the default inference path — int8 or bf16 — against
# ViT-B-32 fp32 in the same run); "x× longer" is against the default on the same path: ViT-B-16-sized image models
# 3–5×, ViT-L/14 10–20×. Percentages: published text→image recall@1 on Flickr30k / MSCOCO.
CURATED = (
    CuratedModel(DEFAULT_MODEL, "CLIP ViT-B/32 (LAION-2B)", QT_TRANSLATE_NOOP("modelchoice", "605 MB"),
                 QT_TRANSLATE_NOOP("modelchoice", "The default: the fastest indexing on a CPU, good accuracy "
                                   "(finds the right photo first 67 % / 39 % of the time on Flickr30k / COCO)."),
                 (66.8, 39.3), OPEN_CLIP_TABLE),
    CuratedModel("ViT-B-32-256:datacomp_s34b_b86k", "CLIP ViT-B/32-256 (DataComp)",
                 QT_TRANSLATE_NOOP("modelchoice", "605 MB"),
                 QT_TRANSLATE_NOOP("modelchoice", "About as accurate as the default (65 % / 40 %) and a little slower "
                                   "to index (256 px input: about 20 % more time per photo); the model rclip uses."),
                 (64.9, 39.9), OPEN_CLIP_TABLE),
    CuratedModel("ViT-B-32-quickgelu:openai", "CLIP ViT-B/32 (OpenAI)", QT_TRANSLATE_NOOP("modelchoice", "605 MB"),
                 QT_TRANSLATE_NOOP("modelchoice",
                                   "The original CLIP: as fast as the default, less accurate (59 % / 30 %)."),
                 (58.8, 30.4), OPEN_CLIP_TABLE),
    CuratedModel("ViT-B-16:laion2b_s34b_b88k", "CLIP ViT-B/16 (LAION-2B)", QT_TRANSLATE_NOOP("modelchoice", "599 MB"),
                 QT_TRANSLATE_NOOP("modelchoice", "Better at small details (70 % / 42 %); indexing takes 3–5× longer "
                                   "than the default."),
                 (69.8, 42.3), OPEN_CLIP_TABLE),
    CuratedModel("xlm-roberta-base-ViT-B-32:laion5b_s13b_b90k",
                 QT_TRANSLATE_NOOP("modelchoice", "Multilingual CLIP ViT-B/32"),
                 QT_TRANSLATE_NOOP("modelchoice", "1.5 GB"),
                 QT_TRANSLATE_NOOP("modelchoice", "Understands queries in about 100 languages, Chinese and "
                                   "Japanese among them; indexes as fast as the default (the same image model), "
                                   "slower queries, a little less accurate in English (64 % / 38 %)."),
                 (64.5, 37.8), OPEN_CLIP_TABLE),
    CuratedModel("ViT-B-16-SigLIP2:webli", "SigLIP 2 ViT-B/16 (Google)", QT_TRANSLATE_NOOP("modelchoice", "1.5 GB"),
                 QT_TRANSLATE_NOOP("modelchoice", "Multilingual and the most accurate here in English, German and "
                                   "French (COCO 52 %); indexing takes 3–6× longer than the default, queries "
                                   "about 5× longer."),
                 (None, 52.1), "SigLIP 2 paper, Table 1"),
    CuratedModel("ViT-L-14:laion2b_s32b_b82k", "CLIP ViT-L/14 (LAION-2B)", QT_TRANSLATE_NOOP("modelchoice", "1.7 GB"),
                 QT_TRANSLATE_NOOP("modelchoice", "Among the most accurate (76 % / 47 %); 10–20× slower to index — "
                                   "best with a GPU."),
                 (75.5, 46.5), OPEN_CLIP_TABLE),
    CuratedModel("xlm-roberta-large-ViT-H-14:frozen_laion5b_s13b_b90k",
                 QT_TRANSLATE_NOOP("modelchoice", "Multilingual CLIP ViT-H/14"),
                 QT_TRANSLATE_NOOP("modelchoice", "4.8 GB"),
                 QT_TRANSLATE_NOOP("modelchoice", "The best published quality in Chinese and Japanese, as good as "
                                   "the best in English, German and French; a very large image model: indexing "
                                   "takes over 20× longer than the default — best with a GPU."),
                 (None, None), ""),
)
# Measured for the list (figure 13) but not offered yet: PhotoSeek cannot load them today.
# - MobileCLIP2 (Apple, 2025): `ClipModel` reads `visual.output_dim`, which open_clip's TimmModel image tower lacks,
#   and MobileOne/FastViT blocks must be re-parameterised for inference (timm's `reparameterize_model`).
# Which languages each model understands is core's answer (core.modellanguages), read by the Settings note.
NOT_YET_LOADABLE = (
    CuratedModel("MobileCLIP2-S2:dfndr2b", "MobileCLIP2-S2 (Apple)", "≈ 400 MB",
                 "Much more accurate than the default (75 % / 49 %) in a smaller download; indexing takes "
                 "about 4× longer on a CPU, queries about 3× longer.",
                 (74.8, 48.8), "apple/ml-mobileclip results"),
    CuratedModel("MobileCLIP2-B:dfndr2b", "MobileCLIP2-B (Apple)", "≈ 600 MB",
                 "More accurate still (77 % / 50 %); a ViT-B/16-sized image model: indexing takes 3–5× longer "
                 "than the default.",
                 (76.5, 49.9), "apple/ml-mobileclip results"),
)
# Architectures offered when the user picks a bare weights file (a folder carries its own config);
# OpenAI's original .pt files need the -quickgelu variant.
ARCHITECTURES = ("ViT-B-32", "ViT-B-32-quickgelu", "ViT-B-16", "ViT-L-14", "xlm-roberta-base-ViT-B-32")
MODEL_PATTERNS = "open_clip_config.json *.safetensors *.bin *.pt *.pth"  # what the file dialog lists


def curated(spec: str) -> CuratedModel | None:
    return next((model for model in CURATED if model.spec == spec), None)


def shown(text: str) -> str:
    """A curated model's title, download size or trade-off (or any other text) in the user's language."""
    return QCoreApplication.translate("modelchoice", text)


def language_name(code: str) -> str:
    """A language as its speakers write it: "Deutsch", "français", "日本語" (and "English", not Qt's
    "American English")."""
    if modellanguages.base(code) == modellanguages.ENGLISH:
        return i18n.LANGUAGES[modellanguages.ENGLISH]
    return QLocale(code).nativeLanguageName() or code


def window_language() -> str:
    """The language the window speaks ("de", "zh"), as core names languages."""
    return modellanguages.base(QLocale().name())


def proposal(spec_text: str, language: str | None = None) -> CuratedModel | None:
    """The curated model to suggest instead of `spec_text` for queries in `language` (the window's)."""
    language = language or window_language()
    if language == modellanguages.ENGLISH:
        return None
    try:
        spec = parse_model_spec(spec_text, check_names=False)
    except PhotoSeekError:
        return None
    suggested = modellanguages.proposal(language, spec)
    return curated(suggested) if suggested else None


@functools.lru_cache(maxsize=16)
def understands(spec_text: str | None, language: str) -> bool:
    """Whether the model `spec_text` finds photos for queries in `language` about as well as in English.
    Remembered: the window asks on every refresh, and a model folder may be on a slow or absent share."""
    try:
        understood = modellanguages.languages_of(parse_model_spec(spec_text, check_names=False))
    except PhotoSeekError:
        return False
    return understood is not None and understood.suits(language)


def languages_text(spec_text: str) -> str:
    """Which of the window's languages queries may be written in with this model, and the better choice for
    the window's own language when this model does not suit it."""
    try:
        understood = modellanguages.languages_of(parse_model_spec(spec_text, check_names=False))
    except PhotoSeekError:
        return ""
    if understood is None:
        said = [QCoreApplication.translate("modelchoice", "Which languages this model understands is not known; "
                                           "most CLIP models understand only English.")]
    elif not understood.multilingual:
        said = [QCoreApplication.translate("modelchoice", "Queries in English only.")]
    else:
        names = QLocale().createSeparatedList
        good = [language_name(code) for code in modellanguages.EVERY_LANGUAGE if understood.suits(code)]
        said = [QCoreApplication.translate("modelchoice", "Good for queries in {languages}.").format(
            languages=names(good))]
        if understood.weaker():
            said.append(QCoreApplication.translate("modelchoice", "Weaker in {languages}.").format(
                languages=names([language_name(code) for code in understood.weaker()])))
    better = proposal(spec_text)
    if better is not None:
        said.append(QCoreApplication.translate("modelchoice", "For queries in {language}, choose {model}.").format(
            language=language_name(window_language()), model=shown(better.title)))
    return sentences(said)


def sentences(said: list[str]) -> str:
    """Sentences one after another: a space after a Latin full stop, none after 。 (Japanese, Chinese)."""
    text = ""
    for sentence in said:
        text += sentence if not text or text.endswith("。") else " " + sentence
    return text


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
    title = QCoreApplication.translate("modelchoice", "Choose a model: open_clip_config.json or a weights file")
    files = QCoreApplication.translate("modelchoice", "Model files ({patterns});;All files (*)")
    path, _ = QFileDialog.getOpenFileName(parent, title, "", files.format(patterns=MODEL_PATTERNS))
    if not path:
        return None
    spec = spec_for_file(path)
    if spec is not None:
        return spec
    question = QCoreApplication.translate("modelchoice", "Which architecture are the weights in {file} for?")
    architecture, ok = QInputDialog.getItem(parent, QCoreApplication.translate("modelchoice", "Model architecture"),
                                            question.format(file=os.path.basename(path)), list(ARCHITECTURES), 0,
                                            False)
    return spec_for_file(path, architecture) if ok else None
