"""Multilingual models whose tokenizer comes from the Hugging Face hub: its files are part of the model.

The downloads are real: huggingface_hub fetches from a stand-in hub on 127.0.0.1 (tests/local_hub.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from local_hub import LocalHub
from photoseek.core import modelfiles
from photoseek.core.errors import ModelUnavailableError
from photoseek.core.model import ClipModel
from photoseek.core.modelspec import DEFAULT_MODEL, parse_model_spec
from photoseek.core.paths import AppHome

XLMR = parse_model_spec("xlm-roberta-base-ViT-B-32:laion5b_s13b_b90k")
SIGLIP2 = parse_model_spec("ViT-B-16-SigLIP2:webli")
# What the real repos hold of the files AutoTokenizer may read (the rest answer 404).
XLMR_TOKENIZER = {"tokenizer.json": b'{"version": "1.0"}', "config.json": b'{"model_type": "xlm-roberta"}',
                  "sentencepiece.bpe.model": b"spm"}


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[LocalHub]:
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "hf-cache"))  # transformers' own cache
    with LocalHub() as hub:
        hub.point_client_here(monkeypatch)
        yield hub


@pytest.fixture
def cache(isolated_home: Path) -> Path:
    return AppHome.resolve(isolated_home).ensure().model_cache


def serve_xlmr(hub: LocalHub, tokenizer: dict[str, bytes] = XLMR_TOKENIZER) -> None:
    weights = modelfiles.hub_weights(XLMR)
    assert weights is not None
    hub.add(weights.repo, weights.filenames[0], b"weights")
    for name, data in tokenizer.items():
        hub.add("xlm-roberta-base", name, data)
    hub.full_speed.set()


def test_the_hugging_face_parts_of_each_text_tower_are_known() -> None:
    assert modelfiles.hub_text(XLMR) == modelfiles.HubText("xlm-roberta-base", "xlm-roberta-base")
    assert modelfiles.hub_text(SIGLIP2) == modelfiles.HubText("timm/ViT-B-16-SigLIP2", None)
    assert modelfiles.hub_text(parse_model_spec(DEFAULT_MODEL)) is None, "open_clip's own tokenizer"


def test_download_brings_the_tokenizer_with_the_weights(hub: LocalHub, cache: Path) -> None:
    serve_xlmr(hub)
    assert not modelfiles.is_downloaded(XLMR, cache)
    modelfiles.download(XLMR, cache, lambda done, total: None, lambda: False)

    assert modelfiles.is_downloaded(XLMR, cache)
    from huggingface_hub import constants, try_to_load_from_cache

    for name, data in XLMR_TOKENIZER.items():
        cached = try_to_load_from_cache("xlm-roberta-base", name, cache_dir=str(cache))
        assert isinstance(cached, str) and Path(cached).read_bytes() == data
    tower = try_to_load_from_cache("xlm-roberta-base", "config.json", cache_dir=constants.HF_HUB_CACHE)
    assert isinstance(tower, str), "the text tower's config, where transformers looks for it"
    asked = {path.rsplit("/", 1)[1] for _, path in hub.file_requests if "xlm-roberta-base/" in path}
    assert asked == set(modelfiles.TOKENIZER_FILES), "each file a tokenizer may need was asked for once"


def test_weights_without_their_tokenizer_are_not_downloaded(hub: LocalHub, cache: Path) -> None:
    serve_xlmr(hub, tokenizer={})  # a hub that has the weights but lost the tokenizer repo's files
    with pytest.raises(ModelUnavailableError) as raised:
        modelfiles.download(XLMR, cache, lambda done, total: None, lambda: False)
    assert "could not be downloaded" in str(raised.value)
    assert not modelfiles.is_downloaded(XLMR, cache)


def test_offline_a_missing_tokenizer_gets_the_missing_weights_error(hub: LocalHub, cache: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from huggingface_hub import constants, hf_hub_download

    weights = modelfiles.hub_weights(XLMR)
    assert weights is not None
    serve_xlmr(hub)
    hf_hub_download(weights.repo, weights.filenames[0], cache_dir=str(cache))  # the weights alone, as a copy would
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)

    with pytest.raises(ModelUnavailableError) as tokenizer_missing:
        ClipModel(XLMR, cache)
    empty = cache.parent / "empty-cache"
    empty.mkdir()
    with pytest.raises(ModelUnavailableError) as everything_missing:
        ClipModel(XLMR, empty)

    message = str(tokenizer_missing.value)
    assert "not available" in message and "could not be downloaded" in message and "\n" not in message
    assert message == str(everything_missing.value).replace(str(empty), str(cache)), "the same clear error"
