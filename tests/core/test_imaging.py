"""Decoding every odd file a real library holds: the right pixels, or a clear one-line reason."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photoseek.core.errors import ImageError
from photoseek.core.imaging import open_photo, parse_exif_time
from support import bad_files

RED = (220, 30, 30)


def save(image: Image.Image, path: Path, **options: object) -> Path:
    image.save(path, **options)
    return path


def mean_rgb(image: Image.Image) -> tuple[int, ...]:
    return tuple(int(v) for v in np.asarray(image, dtype=np.float64).reshape(-1, 3).mean(axis=0))


def close_to(rgb: tuple[int, ...], expected: tuple[int, int, int], tolerance: int = 12) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(rgb, expected, strict=True))


def test_exif_orientation_is_applied(tmp_path: Path) -> None:
    # Stored landscape 120x60 with the left half red; orientation 6 = rotate 90° clockwise to view.
    pixels = np.zeros((60, 120, 3), dtype=np.uint8)
    pixels[:, :60] = RED
    exif = Image.Exif()
    exif[0x0112] = 6
    path = save(Image.fromarray(pixels), tmp_path / "rotated.jpg", exif=exif, quality=95)
    photo = open_photo(str(path), 32)
    assert photo.image.size == (60, 120)
    assert (photo.info.width, photo.info.height) == (60, 120)
    top, bottom = np.asarray(photo.image)[:50], np.asarray(photo.image)[70:]
    assert top[..., 0].mean() > 150 and bottom[..., 0].mean() < 60  # the red half ends up on top


def test_large_jpeg_is_decoded_reduced_not_full_size(tmp_path: Path) -> None:
    path = save(Image.new("RGB", (4000, 3000), RED), tmp_path / "big.jpg", quality=90)
    photo = open_photo(str(path), 224)
    assert (photo.info.width, photo.info.height) == (4000, 3000)  # metadata keeps the real size
    assert min(photo.image.size) >= 224 and photo.image.size[0] <= 1000  # libjpeg scaled it while decoding


def test_capture_time_read_from_exif(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = "2021:07:14 18:30:05"
    path = save(Image.new("RGB", (64, 64), RED), tmp_path / "dated.jpg", exif=exif)
    assert open_photo(str(path), 32).info.taken == parse_exif_time("2021:07:14 18:30:05") > 0
    assert open_photo(str(save(Image.new("RGB", (8, 8)), tmp_path / "plain.png")), 8).info.taken == 0


@pytest.mark.parametrize("mode", ["P", "RGBA", "LA", "L", "1", "CMYK", "I;16", "I", "F"])
def test_every_pillow_mode_becomes_sensible_rgb(tmp_path: Path, mode: str) -> None:
    base = Image.new("RGB", (40, 30), RED)
    if mode in ("I;16", "I", "F", "L", "1", "LA"):
        grey = np.full((30, 40), 0.5)
        scale = {"I;16": 65535, "I": 65535, "F": 1.0, "L": 255, "1": 255, "LA": 255}[mode]
        if mode == "I;16":
            image = Image.fromarray((grey * scale).astype(np.uint16))  # Pillow reads uint16 as I;16
        elif mode == "I":
            image = Image.fromarray((grey * scale).astype(np.int32), "I")
        elif mode == "F":
            image = Image.fromarray(np.linspace(0, 1, 1200, dtype=np.float32).reshape(30, 40), "F")
        else:
            image = Image.new("L", (40, 30), 128).convert(mode)
        suffix = ".tiff" if mode in ("I", "F") else ".png"
        photo = open_photo(str(save(image, tmp_path / f"img{suffix}")), 16)
        assert photo.image.mode == "RGB"
        if mode != "F":
            assert 100 <= mean_rgb(photo.image)[0] <= 160, "mid-grey must stay mid-grey, not clip to white"
        return
    image = base.convert(mode) if mode != "RGBA" else Image.new("RGBA", (40, 30), (*RED, 255))
    suffix = ".jpg" if mode == "CMYK" else ".png"
    photo = open_photo(str(save(image, tmp_path / f"img{suffix}")), 16)
    assert photo.image.mode == "RGB"
    assert close_to(mean_rgb(photo.image), RED, 25)


def test_transparent_pixels_become_white(tmp_path: Path) -> None:
    path = save(Image.new("RGBA", (20, 20), (0, 0, 0, 0)), tmp_path / "clear.png")
    assert close_to(mean_rgb(open_photo(str(path), 8).image), (255, 255, 255), 2)


def test_animated_gif_uses_first_frame(tmp_path: Path) -> None:
    frames = [Image.new("RGB", (32, 32), c) for c in (RED, (30, 170, 60), (40, 70, 220))]
    path = tmp_path / "anim.gif"
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=100, loop=0)
    assert close_to(mean_rgb(open_photo(str(path), 16).image), RED, 20)


def test_heic_is_readable(tmp_path: Path) -> None:
    path = tmp_path / "phone.heic"
    try:
        Image.new("RGB", (64, 48), RED).save(path, format="HEIF", quality=90)
    except (KeyError, OSError, ValueError) as error:  # pragma: no cover - encoder missing in this build
        pytest.skip(f"pillow-heif cannot encode here: {error}")
    photo = open_photo(str(path), 32)
    assert photo.image.size == (64, 48) and close_to(mean_rgb(photo.image), RED, 25)


def test_bad_file_corpus_gives_one_line_reasons(tmp_path: Path) -> None:
    for name, word in bad_files(tmp_path).items():
        with pytest.raises(ImageError) as caught:
            open_photo(str(tmp_path / name), 64)
        reason = str(caught.value)
        assert word in reason, f"{name}: {reason}"
        assert "\n" not in reason and len(reason) < 260


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files regardless of permissions")
def test_permission_denied_is_a_reason(tmp_path: Path) -> None:
    path = save(Image.new("RGB", (8, 8)), tmp_path / "locked.png")
    path.chmod(0)
    with pytest.raises(ImageError, match="permission denied"):
        open_photo(str(path), 8)


@pytest.mark.parametrize("mode", ["RGB", "P"])
def test_a_large_photo_without_draft_mode_is_reduced_while_decoding(tmp_path: Path, mode: str) -> None:
    """PNG has no draft mode: a 4000 × 3000 one is still handed on near the size asked for, not full size."""
    path = save(Image.new("RGB", (4000, 3000), RED).convert(mode), tmp_path / "big.png")
    photo = open_photo(str(path), 224)
    assert 224 <= min(photo.image.size) < 2 * 224 and photo.info.width == 4000
    assert close_to(mean_rgb(photo.image), RED)


def test_exposure_and_location_from_exif(tmp_path: Path) -> None:
    exif = Image.Exif()
    details = exif.get_ifd(0x8769)
    details[0x829A], details[0x829D], details[0x8827], details[0x920A] = 1 / 250, 2.8, 100, 35.0
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (48.0, 51.0, 30.24), "W", (2.0, 17.0, 40.2)
    path = tmp_path / "paris.jpg"
    Image.new("RGB", (40, 30), (200, 10, 10)).save(path, exif=exif)
    info = open_photo(str(path), 16).info
    assert info.exposure == "1/250 s · f/2.8 · ISO 100 · 35 mm"
    assert info.location == "48.85840° N, 2.29450° W"

    broken = Image.Exif()
    broken.get_ifd(0x8825)[2] = (1.0,)  # a latitude without minutes and seconds
    broken.get_ifd(0x8825)[4] = (1.0,)
    path = tmp_path / "odd.jpg"
    Image.new("RGB", (40, 30), (200, 10, 10)).save(path, exif=broken)
    assert (open_photo(str(path), 16).info.location, open_photo(str(path), 16).info.exposure) == ("", ""), \
        "a broken GPS record leaves the details out, the photo stays readable"
