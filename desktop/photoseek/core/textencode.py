"""The text tower over only the tokens a query has, not its whole 77-token context.

CLIP's text transformer is causal: position i attends only to positions ≤ i, and the feature is read
at the end-of-text token. The padding after that token therefore cannot change the result, and a
short query ("a dog on the beach" is 7 tokens) costs a tenth of the full context. This holds for
open_clip's `CLIP` models with a causal mask and argmax pooling; any other text tower (SigLIP's
reads the last position, Hugging Face towers have their own masks) gets the whole context.
"""

from __future__ import annotations

from typing import Any


def can_trim(model: Any) -> bool:
    """Whether `encode_trimmed` computes exactly what `model.encode_text` does."""
    import open_clip

    return (type(model) is open_clip.CLIP and getattr(model, "attn_mask", None) is not None
            and getattr(model, "text_pool_type", "argmax") == "argmax")


def encode_trimmed(model: Any, tokens: Any) -> Any:
    """`model.encode_text(tokens)` computed over the tokens up to the batch's last end-of-text."""
    import torch

    ends = tokens.argmax(dim=-1)  # the end-of-text token has the highest id (open_clip's argmax pooling)
    length = int(ends.max()) + 1
    cast_dtype = model.transformer.get_cast_dtype()
    x = model.token_embedding(tokens[:, :length]).to(cast_dtype)
    x = x + model.positional_embedding[:length].to(cast_dtype)
    x = model.transformer(x, attn_mask=model.attn_mask[:length, :length])
    x = model.ln_final(x)
    x = x[torch.arange(x.shape[0], device=x.device), ends]
    if model.text_projection is not None:
        x = model.text_projection(x) if isinstance(model.text_projection, torch.nn.Linear) \
            else x @ model.text_projection
    return x
