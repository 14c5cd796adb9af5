"""The synthetic "shapes world" the toy CLIP is trained on and the tests search.

One filled shape per image: shape × colour = 32 classes, each with a caption like "a red circle".
"""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

SHAPES = ("circle", "square", "triangle", "star")
COLOURS = {
    "red": (220, 30, 30),
    "green": (30, 170, 60),
    "blue": (40, 70, 220),
    "yellow": (240, 220, 40),
    "purple": (140, 50, 170),
    "orange": (250, 140, 20),
    "white": (245, 245, 245),
    "black": (15, 15, 15),
}
CLASSES = [(colour, shape) for colour in COLOURS for shape in SHAPES]
TEMPLATES = ("a {colour} {shape}", "a photo of a {colour} {shape}", "{colour} {shape}")
FORMATS = (("JPEG", ".jpg"), ("PNG", ".png"), ("WEBP", ".webp"))


@dataclass(frozen=True)
class ShapePhoto:
    path: Path
    colour: str
    shape: str

    @property
    def label(self) -> str:
        return f"{self.colour} {self.shape}"


# The same world in the languages the interface speaks, with the words the multilingual issue names.
LANGUAGES = ("en", "de", "fr", "ja", "zh")
_JA_COLOURS = {"red": "赤い", "green": "緑の", "blue": "青い", "yellow": "黄色い", "purple": "紫の",
               "orange": "オレンジの", "white": "白い", "black": "黒い"}
_JA_SHAPES = {"circle": "丸", "square": "四角", "triangle": "三角", "star": "星"}
_ZH_COLOURS = {"red": "红色的", "green": "绿色的", "blue": "蓝色的", "yellow": "黄色的", "purple": "紫色的",
               "orange": "橙色的", "white": "白色的", "black": "黑色的"}
_ZH_SHAPES = {"circle": "圆形", "square": "正方形", "triangle": "三角形", "star": "星形"}
# French: (masculine, feminine) colour; shape and its gender.
_FR_COLOURS = {"red": ("rouge", "rouge"), "green": ("vert", "verte"), "blue": ("bleu", "bleue"),
               "yellow": ("jaune", "jaune"), "purple": ("violet", "violette"), "orange": ("orange", "orange"),
               "white": ("blanc", "blanche"), "black": ("noir", "noire")}
_FR_SHAPES = {"circle": ("cercle", "un"), "square": ("carré", "un"), "triangle": ("triangle", "un"),
              "star": ("étoile", "une")}
# German after "ein": a strong ending by the noun's gender (-er masculine, -es neuter); lila and orange
# take none.
_DE_COLOURS = {"red": "rot", "green": "grün", "blue": "blau", "yellow": "gelb", "purple": "lila",
               "orange": "orange", "white": "weiß", "black": "schwarz"}
_DE_SHAPES = {"circle": ("Kreis", "er"), "square": ("Quadrat", "es"), "triangle": ("Dreieck", "es"),
              "star": ("Stern", "er")}


def query(colour: str, shape: str, language: str = "en") -> str:
    """The caption form a user of `language` would type: "a red circle", "ein roter Kreis", "赤い丸"."""
    if language == "ja":
        return _JA_COLOURS[colour] + _JA_SHAPES[shape]
    if language == "zh":
        return _ZH_COLOURS[colour] + _ZH_SHAPES[shape]
    if language == "fr":
        noun, article = _FR_SHAPES[shape]
        return f"{article} {noun} {_FR_COLOURS[colour][article == 'une']}"
    if language == "de":
        noun, ending = _DE_SHAPES[shape]
        stem = _DE_COLOURS[colour]
        return f"ein {stem if stem in ('lila', 'orange') else stem + ending} {noun}"
    return f"a {colour} {shape}"


def caption(colour: str, shape: str, rng: random.Random, language: str = "en") -> str:
    if language == "en":
        return rng.choice(TEMPLATES).format(colour=colour, shape=shape)
    return query(colour, shape, language)


def render(colour: str, shape: str, rng: random.Random, min_px: int = 64, max_px: int = 1024) -> Image.Image:
    """One image of the world: a jittered-colour shape on a clearly different background."""
    short = rng.randint(min_px, max_px)
    long = min(max_px, int(short * rng.uniform(1.0, 1.5)))
    width, height = (long, short) if rng.random() < 0.5 else (short, long)
    fill = tuple(max(0, min(255, c + rng.randint(-20, 20))) for c in COLOURS[colour])
    image = _background(width, height, fill, rng)
    side = rng.uniform(0.25, 0.75) * min(width, height)
    left = rng.uniform(0, width - side)
    top = rng.uniform(0, height - side)
    draw = ImageDraw.Draw(image)
    box = (left, top, left + side, top + side)
    if shape == "circle":
        draw.ellipse(box, fill=fill)
    elif shape == "square":
        draw.rectangle(box, fill=fill)
    elif shape == "triangle":
        draw.polygon([(left + side / 2, top), (left + side, top + side), (left, top + side)], fill=fill)
    else:
        draw.polygon(_star_points(left + side / 2, top + side / 2, side / 2), fill=fill)
    return image


def _background(width: int, height: int, fill: tuple[int, ...], rng: random.Random) -> Image.Image:
    while True:
        colour = np.array([rng.randint(0, 255) for _ in range(3)], dtype=np.float64)
        if np.linalg.norm(colour - np.array(fill)) > 160:
            break
    pixels = np.broadcast_to(colour, (height, width, 3)).copy()
    if rng.random() < 0.5:  # lightly noisy background
        noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, 8, (height, width, 1))
        pixels = pixels + noise
    return Image.fromarray(pixels.clip(0, 255).astype(np.uint8), "RGB")


def _star_points(cx: float, cy: float, radius: float) -> list[tuple[float, float]]:
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return points


def encode(image: Image.Image, rng: random.Random) -> tuple[bytes, str]:
    """Save in a random format (JPEG/PNG/WebP) as a real library would hold; returns (bytes, suffix)."""
    fmt, suffix = rng.choice(FORMATS)
    buffer = io.BytesIO()
    options = {"quality": rng.randint(80, 95)} if fmt != "PNG" else {}
    image.save(buffer, fmt, **options)
    return buffer.getvalue(), suffix


def write_folder(folder: Path, per_class: int, seed: int, classes=CLASSES, max_px: int = 1024) -> list[ShapePhoto]:
    """Write `per_class` images of each class into `folder`; file names don't reveal the class."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    photos = []
    jobs = [(colour, shape) for colour, shape in classes for _ in range(per_class)]
    rng.shuffle(jobs)
    for number, (colour, shape) in enumerate(jobs):
        data, suffix = encode(render(colour, shape, rng, max_px=max_px), rng)
        path = folder / f"img_{seed}_{number:05d}{suffix}"
        path.write_bytes(data)
        photos.append(ShapePhoto(path=path, colour=colour, shape=shape))
    return photos


def write_one(path: Path, colour: str, shape: str, seed: int, max_px: int = 512) -> ShapePhoto:
    """Write a single shape photo at `path` (format from its suffix)."""
    rng = random.Random(seed)
    render(colour, shape, rng, max_px=max_px).save(path)
    return ShapePhoto(path=path, colour=colour, shape=shape)
