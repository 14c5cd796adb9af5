"""The CLIP model: loads it through open_clip and turns images and text into unit vectors."""

from __future__ import annotations

import functools
import logging
import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from PIL import Image

from photoseek.core import modelfiles, precision
from photoseek.core.errors import ModelUnavailableError, one_line
from photoseek.core.modelspec import ModelSpec
from photoseek.core.phrases import QT_TRANSLATE_NOOP
from photoseek.core.textencode import can_trim, encode_trimmed

if TYPE_CHECKING:
    import torch

log = logging.getLogger("photoseek.model")

# open_clip's default inference transform ("shortest") centre-crops to a square, so a third of
# a 3:2 landscape is never seen: a dog at the edge of a beach photo would be unfindable. We resize
# the whole photo to fit ("longest") and pad the rest. The toy model is trained with this same
# transform; pretrained CLIP tolerates the padding far better than it tolerates missing content.
RESIZE_MODE = "longest"
DEVICE_ENV = "PHOTOSEEK_DEVICE"
CANNOT_LOAD_FOLDER = QT_TRANSLATE_NOOP("core", "cannot load model folder {folder}: {detail}")
CANNOT_LOAD_FILE = QT_TRANSLATE_NOOP("core", "cannot load {file} as a {model} model: {detail}")
NOT_AVAILABLE = QT_TRANSLATE_NOOP("core", "model {model} is not available: it is not in {cache} and could not be "
                                  "downloaded from the Hugging Face hub (offline?). Download it on a connected "
                                  "machine, or point PhotoSeek at a local copy with --model /path/to/model-folder "
                                  "(or PHOTOSEEK_MODEL)")


def pick_device() -> str:
    """$PHOTOSEEK_DEVICE, else CUDA, else Apple's MPS, else CPU."""
    import torch

    if os.environ.get(DEVICE_ENV):
        return os.environ[DEVICE_ENV]
    if torch.cuda.is_available():
        return "cuda"
    if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available():
        return "mps"
    return "cpu"


class ClipModel:
    """One loaded CLIP model: `preprocess` (PIL → tensor), `encode_images`, `encode_text`."""

    def __init__(self, spec: ModelSpec, cache_dir: Path, device: str | None = None,
                 threads: int | None = None, inference: str | None = None) -> None:
        import open_clip
        import torch

        self._torch = torch
        self._default_threads = torch.get_num_threads()
        self.set_threads(threads)
        self.spec = spec
        self.fingerprint = spec.fingerprint()
        self.device = device or pick_device()
        loads_weights = not spec.random_weights
        if loads_weights and not modelfiles.is_downloaded(spec, cache_dir) and not modelfiles.hub_reachable():
            raise ModelUnavailableError(_explain_load_failure(spec, cache_dir, ConnectionError(modelfiles.NO_HUB)))
        try:
            with torch.random.fork_rng(devices=[]), _weights_from_checkpoint() if loads_weights else nullcontext():
                torch.manual_seed(0)  # "random" weights are the same in every process: one fingerprint, one model
                model, _, preprocess = open_clip.create_model_and_transforms(
                    spec.open_clip_name,
                    pretrained=None if spec.random_weights else spec.weights_file or spec.pretrained,
                    cache_dir=str(cache_dir),
                    device=self.device,
                    image_resize_mode=RESIZE_MODE,
                    require_pretrained=loads_weights,  # never a half-random model when weights were asked for
                )
            self.tokenizer = open_clip.get_tokenizer(spec.open_clip_name, cache_dir=str(cache_dir))
        except Exception as error:
            raise ModelUnavailableError(_explain_load_failure(spec, cache_dir, error)) from None
        if loads_weights:  # the checkpoint's own tensors, as loaded: on the CPU, in the file's precision
            model.to(device=self.device, dtype=torch.float32)
        model.eval()
        self.inference = precision.apply_text(model, inference or precision.choose(self.device))
        self._input_dtype = precision.input_dtype(self.inference)
        self._visual_converted = False
        self._converting = threading.Lock()  # an index run and a search by image may both encode first
        self._model: Any = model
        self._trim_text = can_trim(model)
        self.preprocess = preprocess
        size = model.visual.image_size
        self.input_size = int(min(size) if isinstance(size, (tuple, list)) else size)
        self.dimension = int(model.visual.output_dim)
        log.info("loaded model %s on %s, %s (dim %d, input %d px)", spec.label, self.device, self.inference,
                 self.dimension, self.input_size)

    def set_threads(self, threads: int | None) -> None:
        """Threads torch uses for inference; None restores what torch chose for this machine."""
        self._torch.set_num_threads(threads or self._default_threads)

    def preprocess_image(self, image: Image.Image) -> torch.Tensor:
        """A photo → the model's input tensor: the whole photo, fitted into the input square and padded."""
        width, height = image.size
        if min(width, height) * self.input_size < max(width, height):
            # A strip longer than input_size:1 (a 30000×10 panorama) would fit as a line 0 px thick,
            # which the transform refuses: keep it one pixel thick.
            scale = self.input_size / max(width, height)
            image = image.resize((max(1, round(width * scale)), max(1, round(height * scale))), Image.BILINEAR)
        return self.preprocess(image)

    def encode_images(self, batch: Sequence[torch.Tensor]) -> np.ndarray:
        """Preprocessed image tensors → (N, dim) float32 unit vectors."""
        if not self._visual_converted:
            with self._converting:
                if not self._visual_converted:
                    precision.apply_visual(self._model, self.inference)
                    self._visual_converted = True
        with self._torch.inference_mode():
            images = self._torch.stack(list(batch)).to(self.device, dtype=self._input_dtype)
            features = self._model.encode_image(images)
        return _normalise(features)

    def encode_text(self, texts: Sequence[str], full_context: bool = False) -> np.ndarray:
        """Query strings → (N, dim) float32 unit vectors (`full_context`: open_clip's own 77-token path)."""
        tokens = self.tokenizer(list(texts)).to(self.device)
        with self._torch.inference_mode():
            if self._trim_text and not full_context:
                features = encode_trimmed(self._model, tokens)
            else:
                features = self._model.encode_text(tokens)
        return _normalise(features)


_INIT_FUNCTIONS = ("uniform_", "normal_", "trunc_normal_", "constant_", "ones_", "zeros_", "eye_", "dirac_",
                   "xavier_uniform_", "xavier_normal_", "kaiming_uniform_", "kaiming_normal_", "orthogonal_")
_init_patch = threading.Lock()


@contextmanager
def _weights_from_checkpoint() -> Iterator[None]:
    """Build a model whose weights are the checkpoint's tensors: no random init, no second copy.

    Only for a model whose checkpoint then sets every weight: open_clip loads a full checkpoint with
    `strict=True`, and `require_pretrained` makes a missing one an error. Torch's initialisation is
    wasted work (1-2.5 s of loading ViT-B-32 on a laptop core, measured), and copying the loaded
    tensors into the model's own held both at once (+600 MB at the peak for ViT-B-32); assigning
    them leaves the model's never-written allocations to be freed untouched. A safetensors file is
    read, not mapped: the model outlives the load, and a mapped file on a drive or share that goes
    away kills the process at its next page-in (SIGBUS). The caller moves the
    model to its device and to fp32 afterwards, since assigned tensors keep the file's. Buffers the
    modules compute themselves (the text tower's causal mask) are not made by these functions.
    """
    import open_clip.factory
    import safetensors.torch
    import torch

    load_checkpoint, load_file = open_clip.factory.load_checkpoint, safetensors.torch.load_file

    def assigning_load(model: torch.nn.Module, *args: Any, **kwargs: Any) -> Any:
        model.load_state_dict = functools.partial(type(model).load_state_dict, model, assign=True)  # type: ignore[method-assign]
        try:
            return load_checkpoint(model, *args, **kwargs)
        finally:
            del model.load_state_dict

    with _init_patch:
        saved = {name: getattr(torch.nn.init, name) for name in _INIT_FUNCTIONS}
        for name in _INIT_FUNCTIONS:
            setattr(torch.nn.init, name, lambda tensor, *_args, **_kwargs: tensor)
        open_clip.factory.load_checkpoint = assigning_load
        safetensors.torch.load_file = functools.partial(load_file, backend="pread")
        try:
            yield
        finally:
            open_clip.factory.load_checkpoint = load_checkpoint
            safetensors.torch.load_file = load_file
            for name, function in saved.items():
                setattr(torch.nn.init, name, function)


def _normalise(features: torch.Tensor) -> np.ndarray:
    vectors = features.float().cpu().numpy().astype(np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


def _explain_load_failure(spec: ModelSpec, cache_dir: Path, error: Exception) -> str:
    detail = one_line(error, 160)
    if spec.local_dir:
        return CANNOT_LOAD_FOLDER.format(folder=spec.local_dir, detail=detail)
    if spec.weights_file:
        return CANNOT_LOAD_FILE.format(file=spec.weights_file, model=spec.name, detail=detail)
    return NOT_AVAILABLE.format(model=spec.label, cache=cache_dir)
