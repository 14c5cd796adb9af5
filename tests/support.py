"""Helpers shared by the test modules (import as `support`)."""

from __future__ import annotations

import io
import os
import random
import struct
import subprocess
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, ImageEnhance

import shapes_world
from photoseek.core.imaging import EXIF_DATETIME_ORIGINAL, EXIF_IFD

if TYPE_CHECKING:
    import numpy as np

    from photoseek.core.engine import Engine
    from photoseek.core.model import ClipModel

REPO = Path(__file__).resolve().parents[1]
TOY_MODEL = REPO / "tests" / "assets" / "toy-clip"
TOY_MULTILINGUAL = REPO / "tests" / "assets" / "toy-clip-multilingual"  # the same world in en, de, fr, ja, zh
TINY_MODEL = REPO / "tests" / "assets" / "tiny-clip"


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    """Run the real `photoseek` command in a subprocess (the user's view of the CLI)."""
    return subprocess.run([sys.executable, "-m", "photoseek", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=timeout)


def fresh_vectors(model: ClipModel, paths: list[str]) -> dict[str, np.ndarray]:
    """Each photo embedded from scratch, one at a time, the way an index run decodes it."""
    from photoseek.core.decoders import Decoded, decode_file

    vectors = {}
    for path in paths:
        decoded = decode_file(path, os.path.getsize(path), model.input_size)
        assert isinstance(decoded, Decoded), (path, decoded)
        vectors[path] = model.encode_images([model.preprocess_image(decoded.image())])[0]
    return vectors


def indexed_paths(engine: Engine) -> list[str]:
    """Every path the engine's index holds, sorted."""
    return sorted(entry.path for entry in engine.store.catalog())


def wait_for(condition: Callable[[], bool], timeout: float, interval: float = 0.25) -> bool:
    """Poll `condition` until it holds (True) or `timeout` seconds pass (False).

    For state that offers nothing to wait on (another process, a thread of a library): not a fixed sleep.
    """
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(interval)
    return True


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims the given size (a decompression-bomb shape)."""
    chunk = _png_chunk
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0")) + chunk(b"IEND", b"")


def write_big_png(path: Path, width: int, height: int, seed: int = 0) -> Path:
    """A real RGB PNG of `width` × `height` with varied pixels, written row by row (never all in memory)."""
    chunk = _png_chunk
    row = bytes((x * 7 + seed * 40) % 256 for x in range(width * 3))
    packer = zlib.compressobj(1)
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)))
        for y in range(height):
            shift = y % 3
            data = packer.compress(b"\x00" + row[shift:] + row[:shift])
            if data:
                out.write(chunk(b"IDAT", data))
        out.write(chunk(b"IDAT", packer.flush()) + chunk(b"IEND", b""))
    return path


def bad_files(folder: Path) -> dict[str, str]:
    """The bad-file corpus: file name → a word its failure reason must contain."""
    good = io.BytesIO()
    Image.new("RGB", (300, 200), (220, 30, 30)).save(good, "JPEG", quality=90)
    corpus = {
        "empty.jpg": (b"", "empty"),
        "truncated.jpg": (good.getvalue()[: len(good.getvalue()) // 3], "truncated"),
        "notes.jpg": (b"this is a text file, not a photo\n" * 20, "not an image"),
        "huge.png": (png_claiming(40000, 40000), "decompression bomb"),
        "garbage.png": (b"\x89PNG\r\n\x1a\n" + bytes(range(200)), "not an image"),
    }
    for name, (data, _) in corpus.items():
        (folder / name).write_bytes(data)
    return {name: word for name, (_, word) in corpus.items()}


def seed_index(engine: Engine, folder: Path, folders: int, per_folder: int, dimension: int = 16) -> list[str]:
    """A library of small files already in the index (rows written directly, random unit vectors): the
    scan, the index read and relinking can be tried at scale without embedding thousands of photos.
    The files are not decodable, so a run that wrongly re-embeds one records a failure."""
    import numpy as np

    from photoseek.core.fingerprint import content_fingerprint
    from photoseek.core.records import PhotoRecord

    rng = np.random.default_rng(5)
    paths, records = [], []
    for f in range(folders):
        album = folder / f"album {f:04d}"
        album.mkdir(parents=True, exist_ok=True)
        for n in range(per_folder):
            path = album / f"IMG_{n:04d}.jpg"
            path.write_bytes(f"seeded photo {f}/{n}".encode())  # distinct content: moves are recognised
            info = path.stat()
            vector = rng.standard_normal(dimension).astype(np.float32)
            records.append(PhotoRecord(str(path), info.st_size, info.st_mtime_ns, content_fingerprint(str(path)),
                                       1, 1, 0, vector / np.linalg.norm(vector)))
            paths.append(str(path))
    engine.add_folders([str(folder)])
    engine.indexes.begin(engine.spec)
    engine.store.ensure(dimension, {"library": engine.library_id})
    engine.store.upsert(records)
    engine.store.flush()
    report = engine.index()  # records the index as complete; nothing to embed
    assert (report.added, report.unchanged) == (0, len(paths)), report
    return paths


class SlowDrive:
    """A slow filesystem stand-in (a network share): listing a folder under `root` takes `latency`
    seconds more, and each listing is counted. Install with `monkeypatch.setattr(os, "scandir", drive)`."""

    def __init__(self, root: Path, latency: float) -> None:
        self.root, self.latency = str(root), latency
        self.listed = 0
        self._scandir = os.scandir

    def __call__(self, path: str | os.PathLike[str] = ".") -> object:
        if str(path).startswith(self.root):
            time.sleep(self.latency)  # the drive's latency, not a wait for anything
            self.listed += 1
        return self._scandir(path)


def recreate_without_cameras(client) -> str:  # type: ignore[no-untyped-def]
    """Re-create the one `photos_` collection as PhotoSeek wrote it before it kept cameras (same rows)."""
    from pymilvus import DataType, MilvusClient

    from photoseek.core.store import STORED_FIELDS

    (name,) = [n for n in client.list_collections() if n.startswith("photos_")]
    info = client.describe_collection(name)
    client.load_collection(name)
    old_fields = [f for f in STORED_FIELDS if f != "camera"]
    rows = client.query(name, filter="id != 0", output_fields=old_fields)
    client.drop_collection(name)
    schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
    schema.add_field("id", DataType.INT64, is_primary=True)
    for field in ("path", "folder", "fingerprint"):
        schema.add_field(field, DataType.VARCHAR, max_length=65535)
    schema.add_field("ext", DataType.VARCHAR, max_length=16)
    for field in ("size", "mtime_ns", "taken"):
        schema.add_field(field, DataType.INT64)
    for field in ("width", "height"):
        schema.add_field(field, DataType.INT32)
    dim = next(int(f["params"]["dim"]) for f in info["fields"] if f["name"] == "vector")
    schema.add_field("vector", DataType.FLOAT_VECTOR, dim=dim)
    index = client.prepare_index_params()
    index.add_index("vector", index_type="AUTOINDEX", metric_type="COSINE")
    client.create_collection(name, schema=schema, index_params=index, properties=info.get("properties"))
    client.insert(name, [{**row, "folder": str(Path(row["path"]).parent), "ext": "jpg"} for row in rows])
    client.flush(name)
    return name


def shoot(path: Path, image: Image.Image, taken: str) -> Path:
    exif = Image.Exif()
    exif.get_ifd(EXIF_IFD)[EXIF_DATETIME_ORIGINAL] = taken
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "JPEG", quality=90, exif=exif)
    return path


def burst_library(root: Path) -> dict[str, Path]:
    """Four shots of one red circle in three seconds, and photos that are each only half a burst."""
    circle = shapes_world.render("red", "circle", random.Random(5), min_px=200, max_px=240)
    moment = "2024:07:14 10:00:0"
    made = {f"shot{n}": shoot(root / "beach" / f"IMG_{100 + n}.jpg",
                               ImageEnhance.Brightness(circle).enhance(1 + n / 50), f"{moment}{n}")
            for n in range(4)}
    square = shapes_world.render("blue", "square", random.Random(6), min_px=200, max_px=240)
    made["same moment, other look"] = shoot(root / "beach" / "IMG_104.jpg", square, f"{moment}4")
    made["same look, next day"] = shoot(root / "beach" / "IMG_200.jpg", circle, "2024:07:15 10:00:00")
    made["same look and moment, other folder"] = shoot(root / "friend" / "DSC_1.jpg", circle, f"{moment}1")
    return made
