"""Thumbnails: made off the UI thread as QImages, kept in a memory LRU and a disk cache.

`image()` answers from memory at once or returns None and queues the photo. Render threads take
the most recently requested photo first (a LIFO), so the cells on screen now win over cells that
scrolled past. Each photo is decoded in a decoder process (`core.decoders`), never in the window's:
a crafted file that hangs or crashes a native decoder costs its cell a blank thumbnail. The disk
cache is keyed by path + mtime + size: an edited photo gets a new thumbnail.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import threading
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from photoseek.core.decoders import DISPLAY, Decoded, DecoderPool

log = logging.getLogger("photoseek.gui.thumbnails")

THUMBNAIL_PX = 256  # the largest cell, in logical pixels: rendered once at that size (times the screen's
# pixel ratio: 512 px on a 2× display), cells scale down when painting
MEMORY_BYTES = 96 * 1024 * 1024
DISK_BYTES = 1024 * 1024 * 1024  # ~70,000 thumbnails; the least recently used go first
MAX_QUEUED = 400  # older requests than this are for cells long scrolled away
JPEG_QUALITY = 85


def cache_key(path: str, mtime_ns: int, size: int, px: int = THUMBNAIL_PX) -> str:
    return hashlib.sha1(f"{path}\0{mtime_ns}\0{size}\0{px}".encode("utf-8", "surrogateescape")).hexdigest()


def rendering_px(pixel_ratio: float) -> int:
    """How many device pixels the largest cell needs on a screen of this pixel ratio (1.25, 2, …)."""
    return math.ceil(THUMBNAIL_PX * max(1.0, pixel_ratio))


class ThumbnailCache(QObject):
    """Emits `ready(path)` when a requested thumbnail is in memory (a null QImage: unreadable)."""

    ready = Signal(str)

    def __init__(self, cache_dir: Path, decoders: DecoderPool | None = None, threads: int = 2,
                 memory_bytes: int = MEMORY_BYTES, disk_bytes: int = DISK_BYTES, pixel_ratio: float = 1.0,
                 parent: QObject | None = None) -> None:
        """`pixel_ratio`: the largest of the screens' (thumbnails are sharp on each)."""
        super().__init__(parent)
        self.cache_dir = cache_dir
        self.px = rendering_px(pixel_ratio)
        self.decoders = decoders or display_decoders()
        self.memory_bytes = round(memory_bytes * (self.px / THUMBNAIL_PX) ** 2)  # as many thumbnails on 2×
        self.disk_bytes = disk_bytes
        self.rendered = 0  # thumbnails decoded from the photo itself (not from the disk cache)
        self._memory: OrderedDict[str, QImage] = OrderedDict()
        self._used = 0
        self._wanted: OrderedDict[str, tuple[str, int]] = OrderedDict()  # key → (path, size), newest last
        self._busy: set[str] = set()
        self._changed = threading.Condition()
        self._stopping = False
        self._threads = [threading.Thread(target=self._render_loop, name=f"photoseek-thumbnails-{n}",
                                          daemon=True) for n in range(threads)]
        self._threads.append(threading.Thread(target=self.prune_disk, name="photoseek-thumbnail-prune", daemon=True))
        for thread in self._threads:
            thread.start()

    def image(self, path: str, mtime_ns: int, size: int) -> QImage | None:
        """The thumbnail if it is ready (a null image if the photo is unreadable), else None and queue it."""
        key = cache_key(path, mtime_ns, size, self.px)
        with self._changed:
            found = self._memory.get(key)
            if found is not None:
                self._memory.move_to_end(key)
                return found
            if key not in self._busy:
                self._wanted[key] = (path, size)
                self._wanted.move_to_end(key)
                while len(self._wanted) > MAX_QUEUED:
                    self._wanted.popitem(last=False)
                self._changed.notify()
        return None

    @property
    def queued(self) -> int:
        with self._changed:
            return len(self._wanted) + len(self._busy)

    def stop(self, timeout: float = 0.5) -> None:
        with self._changed:
            self._stopping = True
            self._wanted.clear()
            self._changed.notify_all()
        for thread in self._threads:
            thread.join(timeout)
        self.decoders.close()

    def _render_loop(self) -> None:
        while True:
            with self._changed:
                self._changed.wait_for(lambda: self._stopping or bool(self._wanted))
                if self._stopping:
                    return
                key, (path, size) = self._wanted.popitem(last=True)
                self._busy.add(key)
            try:
                image = self._load(key, path, size)
            except Exception:  # one odd file must not end thumbnails for everyone
                log.exception("thumbnail for %s failed", path)
                image = QImage()
            with self._changed:
                self._busy.discard(key)
                self._remember(key, image)
                if self._stopping:
                    return
            self.ready.emit(path)

    def _remember(self, key: str, image: QImage) -> None:
        self._memory[key] = image
        self._used += image.sizeInBytes()
        while self._used > self.memory_bytes and len(self._memory) > 1:
            _, dropped = self._memory.popitem(last=False)
            self._used -= dropped.sizeInBytes()

    def _disk_path(self, key: str) -> Path:
        return self.cache_dir / key[:2] / f"{key}.jpg"

    def _load(self, key: str, path: str, size: int) -> QImage:
        cached = self._disk_path(key)
        if cached.exists():
            image = QImage(str(cached))
            if not image.isNull():
                _touch(cached)  # the disk cache forgets the least recently used first
                return image
        image = render_thumbnail(self.decoders, path, size, self.px)
        self.rendered += 1
        if not image.isNull():
            self._save(cached, image)
        return image

    def _save(self, target: Path, image: QImage) -> None:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(f"{target.stem}.{threading.get_ident()}.tmp")
            if image.save(str(partial), "JPEG", JPEG_QUALITY):
                os.replace(partial, target)
        except OSError as error:
            log.warning("cannot write the thumbnail cache %s: %s", target, error)

    def prune_disk(self) -> None:
        """Keep the disk cache under its budget: delete the least recently used thumbnails."""
        files = []
        for folder in self.cache_dir.glob("??"):
            for entry in os.scandir(folder):
                try:
                    info = entry.stat()
                except OSError:
                    continue
                files.append((info.st_mtime, info.st_size, entry.path))
        total = sum(size for _, size, _ in files)
        if total <= self.disk_bytes:
            return
        for _, size, path in sorted(files):
            if total <= self.disk_bytes * 0.8 or self._stopping:
                break
            try:
                os.remove(path)
                total -= size
            except OSError:
                pass
        log.info("thumbnail cache pruned to %.0f MB", total / 1e6)


def _touch(path: Path) -> None:
    try:
        os.utime(path)
    except OSError:
        pass


def display_decoders(stderr_file: str | None = None) -> DecoderPool:
    """Decoder processes for what the window shows, at the window's priority (not a run's)."""
    return DecoderPool(stderr_file, decode=DISPLAY, background=False)


def render_thumbnail(decoders: DecoderPool, path: str, size: int, longest: int) -> QImage:
    """`path` upright and no larger than `longest` px; a null QImage if it cannot be read."""
    outcome = decoders.decode(path, size, longest)
    if not isinstance(outcome, Decoded):
        log.info("no thumbnail for %s: %s", path, outcome.reason)
        return QImage()
    width, height = outcome.size
    return rgb_image(outcome.rgb, width, height).convertToFormat(QImage.Format.Format_RGB32)  # quick to paint


def rgb_image(rgb: bytes, width: int, height: int) -> QImage:
    """A decoder's RGB pixels as a QImage that owns its memory."""
    return QImage(rgb, width, height, width * 3, QImage.Format.Format_RGB888).copy()
