"""A generated library of everything odd a real photo folder holds (hundreds of files).

`write(folder)` fills `folder` and says what each file must come to: photos a user would call valid must be
indexed, files that cannot be photos must be recorded as failures, and the rest (byte-flipped and cut copies
of real photos, whose fate depends on where the damage fell) must be one or the other, never fatal.
"""

from __future__ import annotations

import io
import os
import random
import socket
import struct
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from support import png_claiming

RED, BLUE = (220, 30, 30), (30, 30, 220)
MUTANTS_PER_SEED = 24
# Query texts a user (or a paste) can type: filter syntax, quotes, format strings, terminal escapes,
# bytes a terminal passed that are not UTF-8, right-to-left text, a pasted essay. Each is a query, never a filter.
QUERIES = [
    'a red circle" or path like "%',
    "'; DROP TABLE photos; --",
    'path in ["x"] || 1 == 1',
    '{"$where": "1"} %s %d {0} {}',
    "caf\udce9 cr\udcc3me",  # argv bytes that are not UTF-8, as Python decodes them
    "\x1b[31mred\x1b[0m \x07",
    "🐶 على الشاطئ ̈́ \u202eevil",
    "\u200b\u200b",
    "!!!???",
    "a red\ncircle\ton the\rbeach",
    "dog " * 5000,
]


@dataclass
class Corpus:
    valid: set[str] = field(default_factory=set)  # paths that must be indexed
    invalid: dict[str, str] = field(default_factory=dict)  # path → a word its failure reason must contain
    either: set[str] = field(default_factory=set)  # indexed or recorded, whichever: never fatal
    passed_over: set[str] = field(default_factory=set)  # fifos, sockets, loops named like photos; hidden files

    @property
    def files(self) -> set[str]:
        return self.valid | set(self.invalid) | self.either


def write(folder: Path) -> Corpus:
    folder.mkdir(parents=True, exist_ok=True)
    corpus = Corpus()
    _valid_oddities(folder, corpus)
    _odd_names(folder / "names", corpus)
    _not_photos(folder / "not photos", corpus)
    _bombs(folder / "bombs", corpus)
    _damaged(folder / "damaged", corpus)
    if hasattr(os, "mkfifo"):
        _not_files(folder / "not files", corpus)
    return corpus


def _save(corpus: Corpus, path: Path, image: Image.Image, **options: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, **options)
    corpus.valid.add(str(path))


def _valid_oddities(folder: Path, corpus: Corpus) -> None:
    """Photos of every awkward shape, mode and container: all must be indexed."""
    base = folder / "valid"
    _save(corpus, base / "dot.png", Image.new("RGB", (1, 1), RED))
    _save(corpus, base / "panorama.jpg", Image.new("RGB", (30000, 10), RED))
    _save(corpus, base / "tower.png", Image.new("RGB", (10, 30000), BLUE))
    _save(corpus, base / "cmyk.jpg", Image.new("CMYK", (64, 48), (0, 200, 200, 0)))
    _save(corpus, base / "cmyk.tif", Image.new("CMYK", (64, 48), (200, 200, 0, 0)))
    _save(corpus, base / "sixteen.png", Image.new("I;16", (64, 48), 40000))
    _save(corpus, base / "sixteen.tif", Image.new("I;16", (64, 48), 1000))
    _save(corpus, base / "float.tif", Image.new("F", (64, 48), 0.5))
    palette = Image.new("P", (64, 48), 1)
    palette.putpalette([0, 0, 0, *RED] + [0] * 762)
    _save(corpus, base / "palette-transparent.png", palette, transparency=0)
    _save(corpus, base / "grey-alpha.png", Image.new("LA", (64, 48), (128, 100)))
    _save(corpus, base / "one-bit.bmp", Image.new("1", (64, 48), 1))
    frames = [Image.new("RGB", (64, 48), c) for c in (RED, BLUE, RED)]
    _save(corpus, base / "animated.gif", frames[0], save_all=True, append_images=frames[1:], loop=0)
    _save(corpus, base / "animated.webp", frames[0], save_all=True, append_images=frames[1:])
    _save(corpus, base / "pages.tif", frames[0], save_all=True, append_images=frames[1:])
    _save(corpus, base / "jpeg-named.png", Image.new("RGB", (64, 48), RED), format="JPEG")
    _save(corpus, base / "png-named.jpg", Image.new("RGB", (64, 48), BLUE), format="PNG")
    for name, exif in _absurd_exif().items():
        _save(corpus, base / name, Image.new("RGB", (64, 48), RED), exif=exif)
    try:
        _save(corpus, base / "phone.heic", Image.new("RGB", (64, 48), RED), format="HEIF")
    except (KeyError, OSError, ValueError):  # pragma: no cover - no HEIF encoder in this build
        corpus.valid.discard(str(base / "phone.heic"))
    inner = base / "x.jpg" / "inside a folder named x.jpg.png"  # a folder named like a photo, a photo in it
    _save(corpus, inner, Image.new("RGB", (64, 48), BLUE))


def _absurd_exif() -> dict[str, bytes]:
    def exif(entries: list[tuple[int, int, int, bytes]], count: int | None = None) -> bytes:
        """A little-endian TIFF/EXIF block; each entry (tag, type, count, 4-byte value)."""
        ifd = struct.pack("<H", len(entries) if count is None else count)
        ifd += b"".join(struct.pack("<HHI", tag, kind, n) + value for tag, kind, n, value in entries)
        return b"II*\x00" + struct.pack("<I", 8) + ifd + struct.pack("<I", 0)

    short = 3
    ascii_time = b"0000:00:00 00:00:00\x00"
    time_at = 8 + 2 + 12 + 4  # the string right after the one-entry IFD
    year_zero = exif([(0x0132, 2, len(ascii_time), struct.pack("<I", time_at))]) + ascii_time
    return {
        "orientation-9.png": exif([(0x0112, short, 1, struct.pack("<HH", 9, 0))]),
        "orientation-huge.png": exif([(0x0112, short, 1, struct.pack("<HH", 65535, 0))]),
        "year-zero.png": year_zero,
        "ten-thousand-entries.png": exif([(0x9000 + n % 4000, short, 1, b"\x01\x00\x00\x00") for n in range(10_000)]),
        "entries-beyond-the-end.png": exif([(0x0112, short, 1, b"\x01\x00\x00\x00")], count=60_000),
    }


def _odd_names(folder: Path, corpus: Corpus) -> None:
    names = ["it's \"quoted\".jpg", "back\\slash.jpg", "new\nline.jpg", "tab\tand\rreturn.jpg", "📷🐱 emoji.jpg",
             "ünïcödé ñame.jpg", "日本語の写真.jpg", " leading and trailing .jpg", "-starts-with-dash.jpg",
             "$(echo no).jpg", "semi;colon&amp.jpg", "percent%s%d.jpg", "a" * 246 + ".jpg"]
    for n, name in enumerate(names):
        _save(corpus, folder / name, Image.new("RGB", (64, 48), RED if n % 2 else BLUE))
    Image.new("RGB", (64, 48), RED).save(folder / ".hidden.jpg")  # the library leaves hidden files out
    corpus.passed_over.add(str(folder / ".hidden.jpg"))
    _save(corpus, folder / ("f" * 250) / ("b" * 246 + ".png"), Image.new("RGB", (64, 48), RED))
    if os.name == "posix":  # a name from another system's code page: bytes that are not UTF-8
        raw = os.fsencode(folder) + b"/caf\xe9 latin-1.jpg"
        with open(raw, "wb") as handle:
            Image.new("RGB", (64, 48), RED).save(handle, "JPEG")
        corpus.either.add(os.fsdecode(raw))  # (a name Milvus cannot store is recorded, see test_odd_names)


def _not_photos(folder: Path, corpus: Corpus) -> None:
    folder.mkdir(parents=True)
    jpeg = _encoded("JPEG")
    cases = {
        "empty.jpg": (b"", "empty"),
        "empty.png": (b"", "empty"),
        "notes.jpg": (b"this is a text file, not a photo\n" * 20, "not an image"),
        "page.webp": (b"<html><body>saved from a browser</body></html>", "not an image"),
        "zeros.tif": (bytes(4096), "not an image"),
        "only-magic.jpg": (b"\xff\xd8\xff", ""),
        "only-magic.png": (b"\x89PNG\r\n\x1a\n", ""),
        "header-only.jpg": (jpeg[:200], ""),
        "png-garbage.png": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, ""),
    }
    for name, (data, word) in cases.items():
        (folder / name).write_bytes(data)
        corpus.invalid[str(folder / name)] = word


def _bombs(folder: Path, corpus: Corpus) -> None:
    """Huge declared dimensions in small files: refused, or decoded within the per-file memory budget."""
    folder.mkdir(parents=True)
    (folder / "claims-40000x40000.png").write_bytes(png_claiming(40000, 40000))
    corpus.invalid[str(folder / "claims-40000x40000.png")] = "decompression bomb"
    Image.new("1", (20000, 20000), 0).save(folder / "real-400-megapixels.png")  # ~50 kB on disk
    corpus.invalid[str(folder / "real-400-megapixels.png")] = "decompression bomb"
    gif = bytearray(_encoded("GIF"))
    gif[6:10] = struct.pack("<HH", 65535, 65535)  # the logical screen
    at = gif.index(b",")  # the first image descriptor
    gif[at + 5:at + 9] = struct.pack("<HH", 65535, 65535)
    (folder / "claims-65535x65535.gif").write_bytes(bytes(gif))
    corpus.invalid[str(folder / "claims-65535x65535.gif")] = ""
    tiff = Image.new("RGB", (8, 8), RED)
    buffer = io.BytesIO()
    tiff.save(buffer, "TIFF")
    data = bytearray(buffer.getvalue())
    for tag, value in ((256, 1_000_000), (257, 1_000_000)):  # ImageWidth, ImageLength as LONG
        data = _retag_tiff(data, tag, value)
    (folder / "claims-1000000x1000000.tif").write_bytes(bytes(data))
    corpus.invalid[str(folder / "claims-1000000x1000000.tif")] = ""
    webp = bytearray(b"RIFF\x00\x00\x00\x00WEBPVP8X" + struct.pack("<I", 10) + b"\x00\x00\x00\x00"
                     + (16383).to_bytes(3, "little") + (16383).to_bytes(3, "little"))
    webp += b"VP8L" + struct.pack("<I", 5) + b"\x2f\x00\x00\x00\x00\x00"
    webp[4:8] = struct.pack("<I", len(webp) - 8)
    (folder / "claims-16384x16384.webp").write_bytes(bytes(webp))
    corpus.invalid[str(folder / "claims-16384x16384.webp")] = ""


def _retag_tiff(data: bytearray, tag: int, value: int) -> bytearray:
    """Set a little-endian TIFF's first-IFD entry `tag` to LONG `value`."""
    offset = struct.unpack_from("<I", data, 4)[0]
    count = struct.unpack_from("<H", data, offset)[0]
    for n in range(count):
        at = offset + 2 + 12 * n
        if struct.unpack_from("<H", data, at)[0] == tag:
            struct.pack_into("<HHII", data, at, tag, 4, 1, value)
    return data


def _damaged(folder: Path, corpus: Corpus) -> None:
    """Real photos in every format, cut short and byte-flipped at random (seeded) places."""
    folder.mkdir(parents=True)
    rng = random.Random(1234)
    for kind in ("JPEG", "PNG", "GIF", "TIFF", "WEBP", "BMP", "HEIF"):
        try:
            seed = _encoded(kind)
        except (KeyError, OSError, ValueError):  # pragma: no cover - no encoder for it here
            continue
        suffix = {"JPEG": "jpg", "HEIF": "heic"}.get(kind, kind.lower())
        for n in range(MUTANTS_PER_SEED):
            data = bytearray(seed)
            if n % 3 == 0:
                data = data[:rng.randrange(1, len(data))]
            else:
                for _ in range(rng.randint(1, 24)):
                    data[rng.randrange(min(16, len(data) - 1), len(data))] = rng.randrange(256)
            path = folder / f"{suffix}-{n:02}.{suffix}"
            path.write_bytes(bytes(data))
            corpus.either.add(str(path))


def _not_files(folder: Path, corpus: Corpus) -> None:
    folder.mkdir(parents=True)
    os.mkfifo(folder / "fifo.jpg")  # opening it would wait for a writer forever
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(folder / "socket.jpg"))
    (folder / "loop.jpg").symlink_to("loop.jpg")
    (folder / "ping.jpg").symlink_to("pong.jpg")
    (folder / "pong.jpg").symlink_to("ping.jpg")
    (folder / "dangling.jpg").symlink_to("nothing here.jpg")
    (folder / "up").symlink_to("..")  # a folder loop: the scan must not walk it forever
    corpus.passed_over |= {str(folder / n) for n in ("fifo.jpg", "socket.jpg", "loop.jpg", "ping.jpg", "pong.jpg",
                                                     "dangling.jpg")}


def _encoded(kind: str) -> bytes:
    image = Image.new("RGB", (96, 64), RED)
    for x in range(0, 96, 8):  # some detail, so the compressed stream is not trivial
        image.paste(BLUE, (x, 0, x + 4, 64))
    buffer = io.BytesIO()
    image.save(buffer, kind)
    return buffer.getvalue()
