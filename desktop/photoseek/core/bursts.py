"""Bursts: near-identical shots taken seconds apart in one folder, shown as one photo when asked.

A burst needs both: the camera's capture times (EXIF, whole seconds) at most `GAP_S` apart, and
embeddings at least `SIMILARITY` alike, each shot to the one before it. Time alone would fold two
people photographed one after the other; likeness alone would fold the same view taken years apart.
Only photos with a close neighbour in time are compared, so a library mostly of single shots costs
almost nothing to group.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from photoseek.core.search import SearchHit

GAP_S = 3  # seconds between two shots of one burst, at most
SIMILARITY = 0.92  # cosine between consecutive shots of one burst, at least (same scene, a moment later)


def fold_bursts(hits: list[SearchHit], vectors_of: Callable[[list[str]], dict[str, np.ndarray]]
                ) -> list[SearchHit]:
    """Each burst becomes its best-placed hit, naming the other shots (`SearchHit.burst`); the order of
    `hits` is kept. `vectors_of` is asked only for photos with a neighbour at most `GAP_S` away."""
    dated = sorted((h for h in hits if h.taken), key=lambda h: (os.path.dirname(h.path), h.taken, h.path))
    close = [(a, b) for a, b in zip(dated, dated[1:], strict=False)
             if os.path.dirname(a.path) == os.path.dirname(b.path) and b.taken - a.taken <= GAP_S]
    if not close:
        return hits
    vectors = vectors_of(sorted({hit.path for pair in close for hit in pair}))
    first_of: dict[str, str] = {}  # a shot → the first shot of its burst (pairs come in time order)
    for a, b in close:
        if a.path in vectors and b.path in vectors and _cosine(vectors[a.path], vectors[b.path]) >= SIMILARITY:
            first_of[b.path] = first_of.setdefault(a.path, a.path)
    shots: dict[str, list[str]] = {}
    for path, first in first_of.items():
        shots.setdefault(first, []).append(path)
    place = {hit.path: n for n, hit in enumerate(hits)}
    others: dict[str, tuple[str, ...]] = {}  # the shot shown → the other shots of its burst
    hidden: set[str] = set()
    for burst in shots.values():
        best = min(burst, key=place.__getitem__)
        others[best] = tuple(sorted(p for p in burst if p != best))
        hidden.update(others[best])
    return [replace(hit, burst=others[hit.path]) if hit.path in others else hit
            for hit in hits if hit.path not in hidden]


def _cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.dot(a, b) / max(float(np.linalg.norm(a) * np.linalg.norm(b)), 1e-12))
