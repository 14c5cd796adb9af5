"""Which languages a model understands: the one answer Settings, the first-run proposal, the example
queries and `photoseek status` read.

English-only CLIP models collapse outside English (ViT-B-32 OpenAI: 69.9 % mean recall in English,
24.1 % in German), so a user who searches in German needs a multilingual model. Languages are codes as
ISO 639-1 has them ("de", "zh"); the window's "zh_CN" is "zh" here.

Published per-language quality is the mean recall over Crossmodal-3600, XTD-10 and Flickr30k of Immich's
multilingual benchmark (immich.app docs, "Smart Search" model tables), copied, not measured here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from photoseek.core.modelspec import DEFAULT_MODEL, ModelSpec

ENGLISH = "en"
EVERY_LANGUAGE = ("en", "de", "fr", "ja", "zh")  # the languages the window speaks
MULTILINGUAL_RECALL = "Immich's multilingual benchmark (mean recall: Crossmodal-3600, XTD-10, Flickr30k)"
CONFIG_KEY = "languages"  # in a model folder's open_clip_config.json: the languages it was trained for
GOOD_RECALL = 70.0  # % mean recall: below it a language "works, but weaker" (SigLIP 2 in Japanese: 56.4)


@dataclass(frozen=True)
class Languages:
    """The languages a model's queries may be written in, and its published quality in each."""

    codes: tuple[str, ...]
    recall: dict[str, float] = field(default_factory=dict)  # %, where published

    @property
    def multilingual(self) -> bool:
        return self.codes != (ENGLISH,)

    def suits(self, language: str) -> bool:
        """Whether queries in `language` find photos about as well as in English."""
        code = base(language)
        return code in self.codes and self.recall.get(code, GOOD_RECALL) >= GOOD_RECALL

    def weaker(self) -> tuple[str, ...]:
        """Languages the model understands, but clearly worse than its best."""
        return tuple(code for code in self.codes if not self.suits(code))


ENGLISH_ONLY = Languages((ENGLISH,))
KNOWN = {
    DEFAULT_MODEL: ENGLISH_ONLY,
    "ViT-B-32-256:datacomp_s34b_b86k": ENGLISH_ONLY,
    "ViT-B-32-quickgelu:openai": Languages((ENGLISH,), {"en": 69.9, "de": 24.1, "fr": 38.3}),
    "ViT-B-16:laion2b_s34b_b88k": ENGLISH_ONLY,
    "ViT-L-14:laion2b_s32b_b82k": ENGLISH_ONLY,
    # XLM-RoBERTa text towers were trained on LAION-5B's captions in 100+ languages; open_clip's table gives
    # about 43 % R@1 averaged over 36 languages of Crossmodal-3600 for the base model (English-only ViT-B-32: 4–7 %).
    "xlm-roberta-base-ViT-B-32:laion5b_s13b_b90k": Languages(EVERY_LANGUAGE),
    "ViT-B-16-SigLIP2:webli": Languages(EVERY_LANGUAGE,
                                        {"en": 84.9, "de": 84.3, "fr": 82.9, "zh": 66.8, "ja": 56.4}),
    "xlm-roberta-large-ViT-H-14:frozen_laion5b_s13b_b90k": Languages(
        EVERY_LANGUAGE, {"en": 82.4, "de": 84.5, "fr": 83.0, "zh": 75.2, "ja": 84.0}),
}
# What first run proposes when the window speaks another language than English: the best published quality
# in that language among models a laptop can index (SigLIP 2 takes 3–6× the default's time per photo; the
# XLM-RoBERTa base model the default's, being the same image model). XLM-R Large + ViT-H-14 is better in
# Chinese and Japanese but wants a GPU: Settings offers it.
PROPOSED = {
    "de": "ViT-B-16-SigLIP2:webli",
    "fr": "ViT-B-16-SigLIP2:webli",
    "ja": "xlm-roberta-base-ViT-B-32:laion5b_s13b_b90k",
    "zh": "xlm-roberta-base-ViT-B-32:laion5b_s13b_b90k",
}


def base(language: str) -> str:
    """ "zh_CN" → "zh", "de-AT" → "de"."""
    return language.replace("-", "_").split("_")[0].lower()


def languages_of(spec: ModelSpec) -> Languages | None:
    """What `spec` understands; None when nobody said (a model file or folder that does not declare it)."""
    if spec.local_dir:
        return _declared(Path(spec.local_dir) / "open_clip_config.json")
    if spec.weights_file:
        return None
    return KNOWN.get(spec.label)


def proposal(language: str, current: ModelSpec) -> str | None:
    """The model first run offers for a window in `language`, or None when `current` already suits it."""
    understood = languages_of(current)
    if understood is not None and understood.suits(language):
        return None
    return PROPOSED.get(base(language))


def describe(spec: ModelSpec) -> str:
    """One English line for `photoseek status`: which languages queries may be written in."""
    understood = languages_of(spec)
    if understood is None:
        return "not known (most CLIP models understand only English)"
    if not understood.multilingual:
        return "English only"
    weaker = understood.weaker()
    good = ", ".join(code for code in understood.codes if code not in weaker)
    return f"{good}" + (f" (weaker: {', '.join(weaker)})" if weaker else "")


def _declared(config: Path) -> Languages | None:
    try:
        codes = json.loads(config.read_text(encoding="utf-8")).get(CONFIG_KEY)
    except (OSError, ValueError, AttributeError):
        return None
    if not isinstance(codes, list) or not codes or not all(isinstance(code, str) for code in codes):
        return None
    return Languages(tuple(base(code) for code in codes))
