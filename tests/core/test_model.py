"""Model specs, loading, encoding, and the errors a user sees when weights are not there."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photoseek.core.errors import ModelUnavailableError
from photoseek.core.model import ClipModel
from photoseek.core.modelspec import DEFAULT_MODEL, parse_model_spec
from support import TINY_MODEL, TOY_MODEL, run_cli


def test_spec_forms(tmp_path: Path) -> None:
    assert parse_model_spec(str(TINY_MODEL)).local_dir == str(TINY_MODEL)
    assert parse_model_spec(f"local-dir:{TINY_MODEL}").local_dir == str(TINY_MODEL)
    hub = parse_model_spec(DEFAULT_MODEL)
    assert (hub.name, hub.pretrained) == ("ViT-B-32", "laion2b_s34b_b79k")
    weights = parse_model_spec(f"ViT-B-32:{TINY_MODEL / 'open_clip_model.safetensors'}")
    assert weights.name == "ViT-B-32" and weights.weights_file


@pytest.mark.parametrize(("spec", "message"), [
    ("Foo:bar", "unknown model 'Foo'"),
    ("ViT-B-32:no_such_tag", "unknown pretrained weights 'no_such_tag'"),
    ("/no/such/folder", "model folder not found"),
    ("ViT-B-32:/no/such/weights.pt", "weights file not found"),
    ("justaword", "unknown model spec"),
])
def test_bad_specs_explain_themselves(spec: str, message: str) -> None:
    with pytest.raises(ModelUnavailableError, match=message):
        parse_model_spec(spec)


def test_folder_without_weights_or_config_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "model"
    empty.mkdir()
    with pytest.raises(ModelUnavailableError, match="not an open_clip model folder"):
        parse_model_spec(str(empty))
    shutil.copy(TINY_MODEL / "open_clip_config.json", empty)
    with pytest.raises(ModelUnavailableError, match="no weights file"):
        parse_model_spec(str(empty))
    (empty / "open_clip_config.json").write_text("{ this is not json")
    with pytest.raises(ModelUnavailableError, match="unreadable model config"):
        parse_model_spec(str(empty))


def test_fingerprint_follows_the_weights(tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(TINY_MODEL, copy)
    assert parse_model_spec(str(copy)).fingerprint() == parse_model_spec(str(TINY_MODEL)).fingerprint()
    config = json.loads((copy / "open_clip_config.json").read_text())
    config["model_cfg"]["embed_dim"] = 8
    (copy / "open_clip_config.json").write_text(json.dumps(config))
    assert parse_model_spec(str(copy)).fingerprint() != parse_model_spec(str(TINY_MODEL)).fingerprint()


def test_default_model_offline_error_names_model_cache_and_fix(tmp_path: Path) -> None:
    """The real download path, with no network: a clear error, not a hang or a traceback."""
    with pytest.raises(ModelUnavailableError) as caught:
        ClipModel(parse_model_spec(DEFAULT_MODEL), tmp_path / "models")
    message = str(caught.value)
    assert DEFAULT_MODEL in message and str(tmp_path / "models") in message and "--model" in message


def test_cli_offline_error_is_one_line(tmp_path: Path) -> None:
    result = run_cli("search", "a dog", env={"PHOTOSEEK_MODEL": DEFAULT_MODEL})
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "not available" in lines[0]


def test_offline_without_the_offline_setting_fails_at_once_without_retries(tmp_path: Path) -> None:
    """No network and no HF_HUB_OFFLINE (a laptop on a train): the hub client would retry for ~50 s,
    printing each retry; the user gets the one-line explanation instead, with no retry at all."""
    import socket

    with socket.socket() as probe:  # a port nothing listens on: every connection is refused
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    result = run_cli("search", "a dog", env={"PHOTOSEEK_MODEL": DEFAULT_MODEL, "HF_HUB_OFFLINE": "",
                                             "HF_ENDPOINT": f"http://127.0.0.1:{closed}"})
    assert result.returncode == 2
    assert "Retry" not in result.stderr and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "not available" in lines[0], result.stderr


def test_weights_that_do_not_fit_the_architecture(tmp_path: Path) -> None:
    with pytest.raises(ModelUnavailableError, match="cannot load .* as a ViT-B-32 model"):
        ClipModel(parse_model_spec(f"ViT-B-32:{TINY_MODEL / 'open_clip_model.safetensors'}"), tmp_path)


def test_encodings_are_unit_float32_vectors(tmp_path: Path) -> None:
    model = ClipModel(parse_model_spec(str(TINY_MODEL)), tmp_path, device="cpu")
    texts = model.encode_text(["a red circle", "ein blauer Stern 🌟"])
    images = model.encode_images([model.preprocess_image(Image.new("RGB", (90, 60), (200, 10, 10)))] * 3)
    for vectors, rows in ((texts, 2), (images, 3)):
        assert vectors.dtype == np.float32 and vectors.shape == (rows, model.dimension)
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_preprocessing_sees_the_whole_photo_not_a_centre_crop(tmp_path: Path) -> None:
    """A wide photo with its subject at the far left edge: the model input must still contain it."""
    model = ClipModel(parse_model_spec(str(TINY_MODEL)), tmp_path, device="cpu")
    wide = np.full((100, 300, 3), 255, dtype=np.uint8)
    wide[:, :40] = (220, 30, 30)
    tensor = model.preprocess_image(Image.fromarray(wide)).numpy()
    red_columns = (tensor[0] > 0.3) & (tensor[1] < -0.5)  # normalised: high red, low green
    assert red_columns.any(), "the left edge was cropped away"


def test_a_model_loaded_with_its_weights_skips_random_init_and_encodes_exactly_as_open_clip_does(
        tmp_path: Path) -> None:
    """Loading skips torch's initialisation of weights the checkpoint then sets: not one value may differ."""
    import open_clip
    import torch

    ours = ClipModel(parse_model_spec(str(TOY_MODEL)), tmp_path, device="cpu", inference="fp32")
    theirs = open_clip.create_model(f"local-dir:{TOY_MODEL}", pretrained=None, device="cpu")
    open_clip.load_checkpoint(theirs, str(TOY_MODEL / "open_clip_model.safetensors"))
    ours_state, theirs_state = ours._model.state_dict(), theirs.eval().state_dict()
    assert ours_state.keys() == theirs_state.keys()
    assert all(torch.equal(ours_state[k], theirs_state[k]) for k in ours_state), "every weight and buffer"
    assert torch.nn.init.normal_(torch.zeros(1000)).abs().sum() > 0, "torch's own init works again afterwards"


@pytest.mark.parametrize("checkpoint", ["open_clip_model.safetensors", "open_clip_pytorch_model.bin"])
def test_a_half_precision_checkpoint_loads_as_the_fp32_model_open_clip_makes_of_it(
        tmp_path: Path, checkpoint: str) -> None:
    """The model takes the checkpoint's own tensors: one saved in fp16 (as many published ones are),
    in either file format, must still give fp32 weights with the values open_clip's own load gives."""
    import open_clip
    import torch
    from safetensors.torch import load_file, save_file

    folder = tmp_path / "model"
    folder.mkdir()
    shutil.copy(TOY_MODEL / "open_clip_config.json", folder)
    half = {k: v.half() if v.is_floating_point() else v
            for k, v in load_file(TOY_MODEL / "open_clip_model.safetensors").items()}
    if checkpoint.endswith(".bin"):
        torch.save(half, folder / checkpoint)
    else:
        save_file(half, folder / checkpoint)
    ours = ClipModel(parse_model_spec(str(folder)), tmp_path, device="cpu", inference="fp32")
    theirs = open_clip.create_model(f"local-dir:{TOY_MODEL}", pretrained=None, device="cpu")
    open_clip.load_checkpoint(theirs, str(folder / checkpoint))
    ours_state, theirs_state = ours._model.state_dict(), theirs.eval().state_dict()
    assert {v.dtype for v in ours_state.values() if v.is_floating_point()} == {torch.float32}
    assert all(torch.equal(ours_state[k], theirs_state[k]) for k in ours_state)
    image = ours.preprocess_image(Image.new("RGB", (64, 64), (30, 200, 30)))
    with torch.inference_mode():
        expected = theirs.encode_image(image[None])
    assert np.allclose(ours.encode_images([image]), torch.nn.functional.normalize(expected).numpy(), atol=1e-6)


def test_a_loaded_model_survives_its_weights_file_going_away(tmp_path: Path) -> None:
    """Weights on a drive that is unplugged (here: the file cut to nothing) after the model loaded: the
    image tower, first used hours later, must still encode. A model still mapping the file would die of
    SIGBUS at that first use, so the load runs in a process of its own."""
    from safetensors.torch import load_file, save_file

    folder = tmp_path / "model"
    folder.mkdir()
    shutil.copy(TOY_MODEL / "open_clip_config.json", folder)
    weights = load_file(TOY_MODEL / "open_clip_model.safetensors")  # saved in fp16: the model would copy it
    save_file({k: v.float() for k, v in weights.items()}, folder / "open_clip_model.safetensors")
    script = f"""
import sys
from pathlib import Path
from PIL import Image
from photoseek.core.model import ClipModel
from photoseek.core.modelspec import parse_model_spec
model = ClipModel(parse_model_spec({str(folder)!r}), Path({str(tmp_path)!r}), device="cpu", inference="fp32")
with open({str(folder / "open_clip_model.safetensors")!r}, "r+b") as weights:
    weights.truncate(0)
vectors = model.encode_images([model.preprocess_image(Image.new("RGB", (64, 64), (200, 30, 30)))])
print(vectors.shape[1])
"""
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip().isdigit()


def test_weights_asked_for_but_missing_are_an_error_not_a_random_model(tmp_path: Path) -> None:
    broken = tmp_path / "model"
    shutil.copytree(TOY_MODEL, broken)
    (broken / "open_clip_model.safetensors").write_bytes(b"")
    with pytest.raises(ModelUnavailableError):
        ClipModel(parse_model_spec(str(broken)), tmp_path, device="cpu")
