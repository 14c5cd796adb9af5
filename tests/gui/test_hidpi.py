"""On a 2× display (QT_SCALE_FACTOR=2) thumbnails are rendered with twice the cell's pixels: sharp, not
scaled up from a 1× rendering."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

import shapes_world
from support import REPO, TINY_MODEL

pytestmark = pytest.mark.gui


def test_thumbnails_have_the_screens_pixels_on_a_2x_display(tmp_path: Path) -> None:
    library = tmp_path / "photos"
    library.mkdir()
    for n, (colour, shape) in enumerate([("red", "circle"), ("blue", "square")]):  # larger than a 2× cell
        shapes_world.render(colour, shape, random.Random(n), min_px=900, max_px=1000).save(library / f"{n}.png")
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    probe = subprocess.run([sys.executable, str(REPO / "tests" / "gui" / "hidpi_probe.py"), str(tmp_path / "home"),
                            str(library), str(TINY_MODEL)], capture_output=True, text=True, env=env, timeout=240)
    assert probe.returncode == 0, probe.stderr[-2000:]
    shown = json.loads(probe.stdout.strip().splitlines()[-1])
    assert shown["pixel_ratio"] == 2
    assert max(shown["thumbnail"]) >= 2 * shown["cell"], shown
    assert max(shown["photo"]) > max(shown["thumbnail"]), "made from a larger photo, not upscaled"
