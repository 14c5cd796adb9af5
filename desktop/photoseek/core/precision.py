"""How the model's arithmetic runs on this machine: fp32, bf16 weights, or int8 weights.

Measured with ViT-B-32 on a 2-core machine (`photoseek bench`, figure 3): on a CPU with native bf16
(AVX512-BF16 / AMX) the image tower in bf16 runs 4x fp32's images/s; elsewhere int8 weights for the
transformer blocks' Linear layers (dynamic quantisation) run 1.4-2x. Either way the embeddings stay at
cosine > 0.9999 to fp32's and the toy CLIP finds what it found. Which one this CPU has is measured,
not guessed: one matrix product each way when the model loads (a few milliseconds).

The text tower encodes one short query at a time, where bf16 is slower than fp32 (its kernels pay a
fixed cost per call) and int8 weights are fastest: on a CPU it gets int8 weights in every mode but fp32.
"""

from __future__ import annotations

import logging
import os
import platform
import time
import warnings
from functools import cache
from typing import Any

log = logging.getLogger("photoseek.precision")

ENV = "PHOTOSEEK_INFERENCE"  # "bf16", "int8" or "fp32": overrides the choice (benchmarks, a CPU that lies)
MODES = ("bf16", "int8", "fp32")
BF16_MUST_BE_FASTER = 0.6  # bf16 is chosen when it takes at most this share of fp32's time
CLEARLY_EMULATED = 5.0  # a bf16 product this many times slower than fp32's ends the measurement
X86 = {"x86_64", "amd64", "i386", "i686", "x86"}


def choose(device: str) -> str:
    """$PHOTOSEEK_INFERENCE, else: on a CPU bf16 where it is native, int8 otherwise; fp32 on accelerators."""
    chosen = os.environ.get(ENV, "").strip().lower()
    if device != "cpu":
        return "fp32"
    if chosen in MODES:
        return chosen
    return "bf16" if bf16_is_native() else "int8"


@cache
def bf16_is_native() -> bool:
    """Does this CPU multiply bf16 matrices markedly faster than fp32 ones (a transformer layer's shape)?

    An x86 CPU without AVX-512 has no bf16 instructions at all: there torch emulates bf16 at about a
    hundredth of fp32's speed, and measuring it would cost seconds at every model load (12 s measured
    on an AVX2 EPYC), so it is not measured.
    """
    import torch

    capability = torch.backends.cpu.get_cpu_capability()
    if platform.machine().lower() in X86 and not capability.startswith("AVX512"):
        log.info("bf16 is not native on this CPU (%s)", capability)
        return False
    operands = {dtype: (torch.randn(256, 768, dtype=dtype), torch.randn(768, 3072, dtype=dtype))
                for dtype in (torch.float32, torch.bfloat16)}
    best = dict.fromkeys(operands, float("inf"))
    with torch.inference_mode():
        for _ in range(8):  # interleaved, the fastest of each: another busy program slows both alike
            for dtype, (left, right) in operands.items():
                started = time.perf_counter()
                torch.matmul(left, right)
                best[dtype] = min(best[dtype], time.perf_counter() - started)
            if best[torch.bfloat16] > best[torch.float32] * CLEARLY_EMULATED:
                break  # emulated: no need to wait for more rounds of it
    fp32, bf16 = best[torch.float32], best[torch.bfloat16]
    log.info("bf16 matrix product %.2f ms against fp32 %.2f ms", bf16 * 1000, fp32 * 1000)
    return bf16 <= fp32 * BF16_MUST_BE_FASTER


def apply_text(model: Any, mode: str) -> str:
    """Convert the text tower for `mode` (at load); returns the mode the whole model will run in.

    The image tower is converted by `apply_visual` when the first image is encoded, so a process that
    only searches by text (a one-shot `photoseek search`) pays neither its conversion nor its memory.
    """
    if mode == "fp32":
        return mode
    text_quantized = _quantize_int8(model, visual=False)
    if mode == "bf16":
        return mode
    return "int8" if text_quantized or _has_blocks(getattr(model, "visual", None)) else "fp32"


def apply_visual(model: Any, mode: str) -> None:
    import torch

    if mode == "bf16":
        model.visual.to(torch.bfloat16)
    elif mode == "int8":
        _quantize_int8(model, visual=True)


def _has_blocks(owner: Any) -> bool:
    from open_clip.transformer import Transformer

    return isinstance(getattr(owner, "transformer", None), Transformer)


def input_dtype(mode: str) -> Any:
    import torch

    return torch.bfloat16 if mode == "bf16" else torch.float32


def _quantize_int8(model: Any, visual: bool) -> bool:
    """int8 weights for the Linear layers of a tower's transformer blocks (the bulk of its work).

    Only the blocks: other layers (ModifiedResNet's attention pool) read their weights directly.
    Returns whether anything was quantized.
    """
    import torch
    from open_clip.transformer import Transformer

    done = False
    for owner in [getattr(model, "visual", None)] if visual else [model]:
        block = getattr(owner, "transformer", None)
        if isinstance(block, Transformer):
            with warnings.catch_warnings():  # torch marks its quantized tensors as deprecated, not their use
                warnings.simplefilter("ignore")
                # In place: a copy would cost a second tower's memory and a deep copy's time at every start.
                quantized = torch.ao.quantization.quantize_dynamic(block, {torch.nn.Linear}, dtype=torch.qint8,
                                                                   inplace=True)
            for resblock in getattr(quantized, "resblocks", ()):
                # open_clip reads the blocks' compute dtype from this weight; it honours this attribute
                # for int8 layers (its bitsandbytes support), so tell it the activations stay fp32.
                resblock.mlp.c_fc.int8_original_dtype = torch.float32
            owner.transformer = quantized
            done = True
    return done
