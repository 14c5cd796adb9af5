"""Which languages a model understands: declared once in core, read by Settings, first run and the examples."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from photoseek.core import modellanguages
from photoseek.core.modelspec import DEFAULT_MODEL, parse_model_spec
from support import TOY_MODEL, TOY_MULTILINGUAL

SIGLIP2 = "ViT-B-16-SigLIP2:webli"
XLMR_BASE = "xlm-roberta-base-ViT-B-32:laion5b_s13b_b90k"


def languages(spec: str) -> modellanguages.Languages | None:
    return modellanguages.languages_of(parse_model_spec(spec, check_names=False))


def test_every_declared_model_is_a_real_open_clip_model() -> None:
    for spec in modellanguages.KNOWN:
        parse_model_spec(spec)  # raises for a name or tag open_clip does not know


def test_english_only_and_multilingual_models_are_told_apart() -> None:
    default = languages(DEFAULT_MODEL)
    assert default is not None and not default.multilingual and default.suits("en") and not default.suits("de")
    siglip = languages(SIGLIP2)
    assert siglip is not None and siglip.suits("de") and siglip.suits("fr")
    assert not siglip.suits("ja") and siglip.weaker() == ("ja", "zh"), "56 % and 67 % are weaker"
    large = languages("xlm-roberta-large-ViT-H-14:frozen_laion5b_s13b_b90k")
    assert large is not None and all(large.suits(code) for code in ("en", "de", "fr", "ja", "zh_CN"))


def test_a_model_folder_declares_its_languages_in_its_config(tmp_path: Path) -> None:
    toy = languages(str(TOY_MULTILINGUAL))
    assert toy is not None and toy.codes == ("en", "de", "fr", "ja", "zh")
    assert languages(str(TOY_MODEL)) is None, "a folder that says nothing: not known"
    odd = tmp_path / "odd"
    shutil.copytree(TOY_MODEL, odd)
    config = json.loads((odd / "open_clip_config.json").read_text())
    (odd / "open_clip_config.json").write_text(json.dumps({**config, "languages": "de"}))
    assert languages(str(odd)) is None, "a malformed declaration is no declaration"


@pytest.mark.parametrize(("window", "current", "proposed"), [
    ("de_DE", DEFAULT_MODEL, SIGLIP2),
    ("fr", DEFAULT_MODEL, SIGLIP2),
    ("ja_JP", DEFAULT_MODEL, XLMR_BASE),
    ("zh_CN", DEFAULT_MODEL, XLMR_BASE),
    ("ja", SIGLIP2, XLMR_BASE),  # SigLIP 2 is weak in Japanese
    ("de", SIGLIP2, None),
    ("zh", XLMR_BASE, None),
    ("en_US", DEFAULT_MODEL, None),
])
def test_first_run_proposes_a_model_that_suits_the_window_language(window: str, current: str,
                                                                     proposed: str | None) -> None:
    assert modellanguages.proposal(window, parse_model_spec(current, check_names=False)) == proposed


def test_status_says_which_languages_the_library_model_understands() -> None:
    from support import run_cli

    multilingual = run_cli("--model", str(TOY_MULTILINGUAL), "status")
    assert multilingual.returncode == 0, multilingual.stderr
    assert "queries:  en, de, fr, ja, zh\n" in multilingual.stdout
    assert modellanguages.describe(parse_model_spec(SIGLIP2, check_names=False)) == "en, de, fr (weaker: ja, zh)"
    assert modellanguages.describe(parse_model_spec(DEFAULT_MODEL, check_names=False)) == "English only"
