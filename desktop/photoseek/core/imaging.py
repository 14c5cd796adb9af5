"""Open a photo the way the model should see it: oriented, RGB, decoded no larger than needed."""

from __future__ import annotations

import io
import logging
import os
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from photoseek.core.errors import ImageError, one_line
from photoseek.core.phrases import QT_TRANSLATE_NOOP

log = logging.getLogger("photoseek.imaging")

try:  # HEIC/HEIF (iPhone photos); AVIF is native in recent Pillow
    from pillow_heif import register_heif_opener

    register_heif_opener()
except ImportError:  # pragma: no cover - declared dependency, but keep JPEG users working without it
    log.warning("pillow-heif is not installed: HEIC/HEIF photos will be reported as unreadable")

EXIF_ORIENTATION = 0x0112
EXIF_MAKE, EXIF_MODEL, EXIF_DATETIME = 0x010F, 0x0110, 0x0132
EXIF_IFD, EXIF_DATETIME_ORIGINAL = 0x8769, 0x9003
EXIF_EXPOSURE_TIME, EXIF_F_NUMBER, EXIF_ISO, EXIF_FOCAL_LENGTH = 0x829A, 0x829D, 0x8827, 0x920A
EXIF_GPS_IFD, GPS_LATITUDE_REF, GPS_LATITUDE, GPS_LONGITUDE_REF, GPS_LONGITUDE = 0x8825, 1, 2, 3, 4
_TRANSPOSED_ORIENTATIONS = {5, 6, 7, 8}
TOO_LARGE_FOR_MEMORY = QT_TRANSLATE_NOOP("core", "too large to decode within the memory allowed for one photo")
EMPTY_FILE = QT_TRANSLATE_NOOP("core", "empty file (0 bytes)")
BOMB = QT_TRANSLATE_NOOP("core", "too many pixels: refused as a possible decompression bomb")
PERMISSION_DENIED = QT_TRANSLATE_NOOP("core", "permission denied")
DISAPPEARED = QT_TRANSLATE_NOOP("core", "file disappeared while reading")
NOT_AN_IMAGE = QT_TRANSLATE_NOOP("core", "not an image, or a format PhotoSeek cannot read")
CORRUPT = QT_TRANSLATE_NOOP("core", "corrupt or truncated image ({detail})")
CANNOT_DECODE = QT_TRANSLATE_NOOP("core", "cannot decode ({kind}: {detail})")


@dataclass(frozen=True)
class PhotoInfo:
    """What we keep about a photo besides its vector. `taken` is 0 when unknown."""

    width: int
    height: int
    taken: int
    camera: str = ""
    exposure: str = ""  # "1/250 s · f/2.8 · ISO 100 · 35 mm", what the camera recorded of it
    location: str = ""  # "48.85840° N, 2.29450° E" from the GPS record


@dataclass
class DecodedPhoto:
    image: Image.Image
    info: PhotoInfo


def open_photo(path: str, min_side: int, data: bytes | None = None) -> DecodedPhoto:
    """Decode `path` (or its bytes, `data`, already read) to an upright RGB image at least `min_side` px
    on its short side where possible.

    Raises ImageError with a one-line reason for anything unreadable.
    """
    try:
        if (len(data) if data is not None else os.path.getsize(path)) == 0:
            raise ImageError(EMPTY_FILE)
        with Image.open(io.BytesIO(data) if data is not None else path) as image:
            info = _read_info(image)
            # JPEG: let libjpeg scale down by 1/2..1/8 while decoding; never smaller than the model needs.
            image.draft("RGB", (min_side, min_side))
            image.seek(0)  # animated formats: the first frame
            image.load()
            upright = ImageOps.exif_transpose(_reduced(image, min_side))
            return DecodedPhoto(image=to_rgb(upright), info=info)
    except ImageError:
        raise
    except MemoryError:  # (a decoder process's memory limit, see `decoders`)
        raise ImageError(TOO_LARGE_FOR_MEMORY) from None
    except Image.DecompressionBombError:
        raise ImageError(BOMB) from None
    except PermissionError:
        raise ImageError(PERMISSION_DENIED) from None
    except FileNotFoundError:
        raise ImageError(DISAPPEARED) from None
    except UnidentifiedImageError:
        raise ImageError(NOT_AN_IMAGE) from None
    except (OSError, SyntaxError, ValueError, zlib.error, EOFError) as error:
        raise ImageError(CORRUPT.format(detail=one_line(error))) from None
    except Exception as error:  # decoders raise a zoo of types; one bad file must not stop a run
        raise ImageError(CANNOT_DECODE.format(kind=type(error).__name__, detail=one_line(error))) from None


def _reduced(image: Image.Image, min_side: int) -> Image.Image:
    """Shrink by a whole factor while the short side stays >= `min_side` (what `draft` does for JPEG), so
    a 100-megapixel PNG, TIFF or WebP is not converted and handed on at full size."""
    factor = min(image.size) // max(1, min_side)
    if factor < 2:
        return image
    if image.mode in ("1", "P", "PA") or image.mode.startswith("I;16"):  # palette indices and bits cannot
        image = to_rgb(image)  # be averaged; Pillow cannot reduce 16-bit
    return image.reduce(factor)


def to_rgb(image: Image.Image) -> Image.Image:
    """Convert any Pillow mode to 8-bit RGB; transparency is composited onto white."""
    if image.mode == "RGB":
        return image
    if image.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        return Image.fromarray(_scale_to_uint8(np.asarray(image))).convert("RGB")
    if image.mode == "P" and "transparency" in image.info:
        image = image.convert("RGBA")
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    return image.convert("RGB")


def _scale_to_uint8(values: np.ndarray) -> np.ndarray:
    """High-bit-depth greyscale to 0..255: by the type's range for 16-bit, by the data for I/F."""
    values = values.astype(np.float64)
    if values.max(initial=0) <= 65535 and values.min(initial=0) >= 0:
        top = 65535.0 if values.max(initial=0) > 255 else 255.0
        return (values * (255.0 / top)).clip(0, 255).astype(np.uint8)
    low, high = float(values.min()), float(values.max())
    span = (high - low) or 1.0
    return ((values - low) * (255.0 / span)).astype(np.uint8)


def _read_info(image: Image.Image) -> PhotoInfo:
    width, height = image.size
    try:
        exif = image.getexif()
    except Exception:  # broken EXIF must not make a viewable photo unreadable
        exif = Image.Exif()
    if exif.get(EXIF_ORIENTATION) in _TRANSPOSED_ORIENTATIONS:
        width, height = height, width
    try:
        taken_text = exif.get_ifd(EXIF_IFD).get(EXIF_DATETIME_ORIGINAL) or exif.get(EXIF_DATETIME)
    except Exception:
        taken_text = exif.get(EXIF_DATETIME)
    return PhotoInfo(width=width, height=height, taken=parse_exif_time(taken_text), camera=camera_name(exif),
                     exposure=_guarded(lambda: exposure_text(exif.get_ifd(EXIF_IFD))),
                     location=_guarded(lambda: location_text(exif.get_ifd(EXIF_GPS_IFD))))


def camera_name(exif: Mapping[int, Any]) -> str:
    """"Canon EOS 5D", not "Canon Canon EOS 5D": most makers repeat their name in the model."""
    make, model = (" ".join(str(exif.get(tag, "")).replace("\x00", " ").split()) for tag in (EXIF_MAKE, EXIF_MODEL))
    if make and model.casefold().startswith(make.split()[0].casefold()):
        return model
    return f"{make} {model}".strip()


def read_camera(path: str) -> str:
    """The camera named in a photo's EXIF, reading its header only ("" when unknown or unreadable)."""
    try:
        with Image.open(path) as image:
            return camera_name(image.getexif())
    except Exception:  # an unreadable file simply has no known camera
        return ""


def _guarded(read: Callable[[], str]) -> str:
    """A detail from EXIF, or "" when the record is broken: it never makes a photo unreadable."""
    try:
        return read()
    except Exception:
        return ""


def exposure_text(exif: Mapping[int, Any]) -> str:
    """Shutter, aperture, ISO and focal length, those the camera recorded."""
    parts = []
    if (shutter := exif.get(EXIF_EXPOSURE_TIME)) and float(shutter) > 0:
        seconds = float(shutter)
        parts.append(f"1/{round(1 / seconds)} s" if seconds < 1 else f"{seconds:g} s")
    if (aperture := exif.get(EXIF_F_NUMBER)) and float(aperture) > 0:
        parts.append(f"f/{float(aperture):g}")
    if iso := exif.get(EXIF_ISO):
        parts.append(f"ISO {int(iso[0] if isinstance(iso, tuple) else iso)}")
    if (focal := exif.get(EXIF_FOCAL_LENGTH)) and float(focal) > 0:
        parts.append(f"{float(focal):g} mm")
    return " · ".join(parts)


def location_text(gps: Mapping[int, Any]) -> str:
    """Latitude and longitude in degrees, as the GPS record has them; "" without both."""
    def degrees(value: Any, ref: Any, positive: str, negative: str) -> str:
        d, m, sec = (float(part) for part in value)
        side = str(ref or positive).strip("\x00 ").upper()[:1] or positive
        return f"{d + m / 60 + sec / 3600:.5f}° {negative if side == negative else positive}"

    if GPS_LATITUDE not in gps or GPS_LONGITUDE not in gps:
        return ""
    return (f"{degrees(gps[GPS_LATITUDE], gps.get(GPS_LATITUDE_REF), 'N', 'S')}, "
            f"{degrees(gps[GPS_LONGITUDE], gps.get(GPS_LONGITUDE_REF), 'E', 'W')}")


def parse_exif_time(text: object) -> int:
    """EXIF 'YYYY:MM:DD HH:MM:SS' (local time, no zone) → seconds, read as UTC; 0 if absent or bad."""
    if not isinstance(text, str):
        return 0
    try:
        moment = datetime.strptime(text.strip("\x00 ")[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return 0
    return int(moment.replace(tzinfo=timezone.utc).timestamp())
