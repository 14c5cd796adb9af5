"""Input for the benchmark: camera-like 12 MP JPEGs made here, plus real photos where the system has some.

A generated photo has what costs a decoder time in a real one: a full 4000×3000 frame with smooth
colour regions and sensor-like fine noise (3–6 MB at quality 90), EXIF with a camera and a capture
time, and every fourth one stored sideways (Orientation 6) as phones do.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

CAMERA_SIZE = (4000, 3000)
EXIF_IFD, DATETIME_ORIGINAL, ORIENTATION, MAKE, MODEL = 0x8769, 0x9003, 0x0112, 0x010F, 0x0110
# Debian's wallpaper packages (desktop-base, gnome-backgrounds, …) put real photos here.
REAL_PHOTO_FOLDERS = ("/usr/share/backgrounds", "/usr/share/wallpapers", "/usr/share/images/desktop-base")
REAL_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")


@dataclass(frozen=True)
class BenchPhotos:
    folder: Path
    paths: list[Path]
    generated: int
    real: int
    megabytes: float


def camera_photo(rng: np.random.Generator, size: tuple[int, int] = CAMERA_SIZE) -> Image.Image:
    """A frame with the entropy of a real photo: smooth colour fields, edges, and fine noise."""
    width, height = size
    coarse = rng.integers(0, 256, (height // 250 + 2, width // 250 + 2, 3), dtype=np.uint8)
    base = np.asarray(Image.fromarray(coarse).resize((width, height), Image.Resampling.BICUBIC), dtype=np.int16)
    detail = np.asarray(Image.fromarray(rng.integers(0, 256, (height // 8, width // 8, 3), dtype=np.uint8))
                        .resize((width, height), Image.Resampling.BILINEAR), dtype=np.int16)
    noise = rng.integers(-6, 7, (height, width, 1), dtype=np.int16)
    pixels = np.clip(base * 3 // 4 + detail // 4 + noise, 0, 255).astype(np.uint8)
    return Image.fromarray(pixels)


def write_camera_photos(folder: Path, count: int, seed: int = 1) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    clock = random.Random(seed)
    paths = []
    for n in range(count):
        image = camera_photo(rng)
        exif = Image.Exif()
        exif[MAKE], exif[MODEL] = "PhotoSeek", "Bench Camera"
        exif[EXIF_IFD] = {DATETIME_ORIGINAL: f"2024:{clock.randint(1, 12):02d}:{clock.randint(1, 28):02d} 12:00:00"}
        if n % 4 == 3:
            exif[ORIENTATION] = 6  # stored sideways, shown upright
        path = folder / f"IMG_{n:04d}.JPG"
        image.save(path, "JPEG", quality=90, exif=exif.tobytes())
        paths.append(path)
    return paths


def real_photos(limit: int) -> list[Path]:
    """Real photos the system ships (wallpapers), largest first."""
    found = []
    for folder in REAL_PHOTO_FOLDERS:
        root = Path(folder)
        if root.is_dir():
            found += [p for p in root.rglob("*") if p.suffix.lower() in REAL_SUFFIXES and p.is_file()]
    found.sort(key=lambda p: p.stat().st_size, reverse=True)
    return found[:limit]


def prepare(folder: Path, generated: int, real_limit: int) -> BenchPhotos:
    """The benchmark's library: generated photos, with copies of real ones beside them."""
    paths = write_camera_photos(folder / "camera", generated)
    real = []
    for n, source in enumerate(real_photos(real_limit)):
        target = folder / "real" / f"{n:03d}{source.suffix.lower()}"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source.read_bytes())
        real.append(target)
    everything = paths + real
    size = sum(p.stat().st_size for p in everything) / 1e6
    return BenchPhotos(folder, everything, len(paths), len(real), size)
