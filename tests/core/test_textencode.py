"""Short queries do not pay for 77 tokens, and get exactly the same vector as the full context."""

from __future__ import annotations

import pytest

from photoseek.core.textencode import can_trim, encode_trimmed
from support import TINY_MODEL, TOY_MODEL

QUERIES = ["dog", "a red circle", "a white dog running on the beach at sunset with a frisbee",
           "the " * 40 + "end"]


@pytest.mark.parametrize("model_name", [f"local-dir:{TINY_MODEL}", f"local-dir:{TOY_MODEL}", "ViT-B-32"])
def test_the_trimmed_text_tower_equals_the_full_context(model_name: str) -> None:
    import open_clip
    import torch

    model = open_clip.create_model(model_name, pretrained=None)  # random weights: the cost and maths are the same
    model.eval()
    tokenizer = open_clip.get_tokenizer(model_name)
    assert can_trim(model)
    tokens = tokenizer(QUERIES)
    with torch.inference_mode():
        full = model.encode_text(tokens)
        trimmed = encode_trimmed(model, tokens)
        one = torch.cat([encode_trimmed(model, tokenizer([q])) for q in QUERIES])
    assert torch.allclose(full, trimmed, atol=1e-5, rtol=1e-4)
    assert torch.allclose(full, one, atol=1e-5, rtol=1e-4), "a batch trims to its longest query; one alone too"


def test_towers_that_read_the_last_position_are_not_trimmed() -> None:
    import open_clip

    model = open_clip.create_model("ViT-B-16-SigLIP", pretrained=None)
    assert not can_trim(model)
