"""Which hits are matches: the relevance cutoff.

A cosine threshold cannot be fixed: each model has its own scale (ViT-B/32 scores a good match near
0.3, the test suite's toy model near 0.9), and a library's photos sit differently in each model's space.
So the bar is measured on the library itself, with the model itself:

* **Text.** A reference list of plain words (colours, shapes, everyday subjects: `PLAIN_WORDS`) is
  scored against a random sample of the library's photos. For each photo, the best word says how well a
  plain word describes it. The bar is the `BAR_PERCENTILE`th percentile of those bests: a photo is a
  match when the query describes it at least as well as the best plain word describes seven photos in
  ten of this library. A query for something the library lacks (a red star in a library of red circles
  and blue stars) reaches only the half-match level of its partial matches and stays below it.
* **A photo** (`similar`). Image-to-image scores have no text to compare with, so the query's own scores
  decide: the matches are the photos before the largest drop in score among the best `LOOK_AT` results.

Measured on the toy model (a shapes library with 24 of 32 classes present, 12 photos each, 8 draws):
the text bar gives 251 of 256 queries with precision and recall ≥ 0.9 (192/192 present classes) or
nothing shown (59/64 absent ones). Rules read from the query's own distribution alone did worse: a
z-score 217/256, the largest gap 214/256, the bar shifted by the query's mean 250/256. The photo rule
gives 185 of 192 photo queries precision and recall ≥ 0.9.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

log = logging.getLogger("photoseek.relevance")

PLAIN_WORDS = (
    "red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "black", "white", "grey",
    "circle", "square", "triangle", "star", "heart", "line",
    "person", "people", "child", "face", "dog", "cat", "bird", "horse", "car", "bicycle", "boat", "train",
    "airplane", "house", "building", "street", "city", "tree", "flower", "grass", "forest", "mountain",
    "beach", "sea", "lake", "river", "sky", "sunset", "snow", "food", "table", "room", "window", "book",
    "phone", "computer", "text", "document", "screenshot", "a photo", "a picture",
)
BAR_PERCENTILE = 70
SAMPLE_SIZE = 1024  # photos the bar is measured on
REMEASURE_GROWTH = 0.25  # measure again when the library has grown or shrunk by a quarter
LOOK_AT = 100  # photo queries: the drop is looked for among this many best results


@dataclass(frozen=True)
class TextBar:
    """The text bar of one library under one model, and the photo count it was measured at."""

    score: float
    photos: int

    def stale(self, photos: int) -> bool:
        return abs(photos - self.photos) > REMEASURE_GROWTH * max(self.photos, 1)


def measure_text_bar(sample: np.ndarray, words: np.ndarray, photos: int) -> TextBar | None:
    """`sample`: unit vectors of library photos; `words`: the model's unit vectors of `PLAIN_WORDS`.
    None for an empty library (nothing to match)."""
    if not len(sample):
        return None
    best = (sample @ words.T).max(axis=1)
    bar = TextBar(float(np.percentile(best, BAR_PERCENTILE)), photos)
    log.info("text bar %.3f, measured on %d of %d photos", bar.score, len(sample), photos)
    return bar


def text_matches(scores: Sequence[float], bar: TextBar | None) -> list[bool]:
    """Which of a text query's scores clear the bar (without a bar, as for an empty library: all)."""
    return [bar is None or score >= bar.score for score in scores]


def photo_matches(scores: Sequence[float]) -> list[bool]:
    """A photo query's scores, best first: those before the largest drop among the best `LOOK_AT`."""
    if len(scores) < 2:
        return [True] * len(scores)
    best = np.asarray(scores[:LOOK_AT], dtype=np.float64)
    drops = best[:-1] - best[1:]
    last = int(np.argmax(drops))  # the last match: the largest drop comes right after it
    return [n <= last for n in range(len(scores))]
