"""A model whose text tower and tokenizer are Hugging Face's (as XLM-RoBERTa CLIP's are) loads and encodes
offline through `ClipModel`: a tiny one is built here, since no real one can be downloaded."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from PIL import Image

from photoseek.core.model import ClipModel
from photoseek.core.modelspec import parse_model_spec

CAPTIONS = ["a red circle", "ein roter Kreis", "un cercle rouge", "赤い丸", "红色的圆形"]


def tiny_hf_model(folder: Path) -> Path:
    """An open_clip folder with an XLM-RoBERTa-shaped transformers tower and a tokenizer trained on CAPTIONS."""
    import open_clip
    from safetensors.torch import save_file
    from tokenizers import Tokenizer, models, pre_tokenizers, processors, trainers

    folder.mkdir()
    tokenizer = Tokenizer(models.WordPiece(unk_token="<unk>"))
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer.train_from_iterator(CAPTIONS, trainers.WordPieceTrainer(
        vocab_size=200, special_tokens=["<s>", "<pad>", "</s>", "<unk>"]))
    tokenizer.post_processor = processors.TemplateProcessing(single="<s> $A </s>",
                                                            special_tokens=[("<s>", 0), ("</s>", 2)])
    tokenizer.save(str(folder / "tokenizer.json"))  # open_clip reads a folder model's tokenizer from the folder
    (folder / "tokenizer_config.json").write_text(json.dumps({
        "tokenizer_class": "PreTrainedTokenizerFast", "bos_token": "<s>", "eos_token": "</s>", "pad_token": "<pad>",
        "unk_token": "<unk>", "model_max_length": 16}))
    (folder / "config.json").write_text(json.dumps({
        "model_type": "xlm-roberta", "vocab_size": 200, "hidden_size": 32, "num_hidden_layers": 1,
        "num_attention_heads": 2, "intermediate_size": 64, "max_position_embeddings": 40, "pad_token_id": 1,
        "bos_token_id": 0, "eos_token_id": 2, "type_vocab_size": 1}))
    (folder / "open_clip_config.json").write_text(json.dumps({
        "model_cfg": {"embed_dim": 16,
                      "vision_cfg": {"image_size": 32, "layers": 1, "width": 32, "head_width": 16, "patch_size": 8},
                      "text_cfg": {"hf_model_name": str(folder), "hf_tokenizer_name": str(folder),
                                   "hf_pooler_type": "mean_pooler", "context_length": 16}},
        "preprocess_cfg": {"mean": [0.5] * 3, "std": [0.5] * 3},
        "languages": ["en", "de", "fr", "ja", "zh"]}))
    model = open_clip.create_model(f"local-dir:{folder}", pretrained_text=False)  # its tower: random, no download
    save_file({name: tensor.contiguous() for name, tensor in model.state_dict().items()},
              str(folder / "open_clip_model.safetensors"))
    return folder


def test_a_transformers_text_tower_loads_and_encodes_every_language_offline(tmp_path: Path) -> None:
    model = ClipModel(parse_model_spec(str(tiny_hf_model(tmp_path / "hf-clip"))), tmp_path / "cache", device="cpu")
    assert type(model.tokenizer).__name__ == "HFTokenizer"

    texts = model.encode_text(CAPTIONS)
    assert texts.shape == (5, 16) and np.allclose(np.linalg.norm(texts, axis=1), 1, atol=1e-3)
    assert len({tuple(np.round(row, 4)) for row in texts}) == 5, "each language's caption is its own query"
    image = model.encode_images([model.preprocess_image(Image.new("RGB", (64, 48), (200, 30, 30)))])
    assert image.shape == (1, 16)
