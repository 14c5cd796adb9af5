"""Photo decoding in worker processes: a decoder that hangs or crashes costs one file, not the run.

Native decoders (libjpeg, libpng, libtiff, libwebp, libheif) have hung and crashed on crafted files,
and a thread cannot be stopped. So each decoder thread of an index run hands its file to a process
of its own and waits at most `FILE_SECONDS` for the pixels: a process that does not answer is
killed, one that died is replaced, and the file is recorded as unreadable with the reason. On Linux
a process may also take at most `FILE_MEMORY` more memory than it started with, so a few huge PNGs
decoded side by side cannot exhaust the machine. The processes import only Pillow and numpy (no
torch), start once per engine and are reused; what the decoders print natively (libtiff's warnings,
a crash's last words) goes to a log file, and Python warnings come back with the result, for the log.
The window's thumbnails and preview are decoded the same way (`DISPLAY`), so a crafted file in a
result costs one blank cell, not the window.
"""

from __future__ import annotations

import importlib
import logging
import multiprocessing
import os
import signal
import sys
import threading
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PIL import Image

from photoseek.core.errors import ImageError, one_line
from photoseek.core.fingerprint import content_fingerprint, fingerprint_bytes
from photoseek.core.imaging import CANNOT_DECODE, TOO_LARGE_FOR_MEMORY, PhotoInfo, open_photo
from photoseek.core.phrases import QT_TRANSLATE_NOOP
from photoseek.core.priority import BACKGROUND_NICE  # as the run's own threads

log = logging.getLogger("photoseek.decoders")

FILE_SECONDS = 60.0  # a 100-megapixel PNG takes 2-3 s here; a slow laptop reading a share, many times that
FILE_MEMORY = 1536 * 2**20  # more than the largest photo Pillow accepts (178 MP RGBA: 712 MB) needs
READ_WHOLE_LIMIT = 256 * 1024 * 1024  # larger files are hashed and decoded from disk, not held in memory
DECODE = "photoseek.core.decoders:decode_file"  # what the processes run (tests swap in hostile decoders)
DISPLAY = "photoseek.core.decoders:decode_for_display"  # the window's thumbnails and preview
CANNOT_READ = QT_TRANSLATE_NOOP("core", "cannot read file ({detail})")
TIMED_OUT = QT_TRANSLATE_NOOP("core", "the decoder did not finish within {seconds} s (stopped)")
CRASHED = QT_TRANSLATE_NOOP("core", "the decoder crashed on this file ({detail})")


@dataclass(frozen=True)
class Decoded:
    """A decoded photo as it crosses from a decoder process: upright RGB pixels, facts, fingerprint."""

    size: tuple[int, int]
    rgb: bytes
    info: PhotoInfo
    fingerprint: str

    def image(self) -> Image.Image:
        return Image.frombytes("RGB", self.size, self.rgb)


@dataclass(frozen=True)
class Unreadable:
    reason: str


Outcome = Decoded | Unreadable


def decode_file(path: str, file_size: int, min_side: int) -> Outcome:
    """Read one photo once, decode it at least `min_side` px where possible, fingerprint its bytes."""
    def decode() -> Decoded:
        data = None if file_size > READ_WHOLE_LIMIT else _read(path)
        photo = open_photo(path, min_side, data)
        fingerprint = fingerprint_bytes(data) if data is not None else content_fingerprint(path)
        return Decoded(photo.image.size, photo.image.tobytes(), photo.info, fingerprint)
    return _outcome(decode)


def decode_for_display(path: str, file_size: int, longest: int) -> Outcome:
    """The photo upright and no larger than `longest` px on its long side, for showing (no fingerprint)."""
    def decode() -> Decoded:
        photo = open_photo(path, longest)
        picture = photo.image
        picture.thumbnail((longest, longest))
        return Decoded(picture.size, picture.tobytes(), photo.info, "")
    return _outcome(decode)


def _outcome(decode: Callable[[], Decoded]) -> Outcome:
    """What one decode came to: the photo, or why it is unreadable in one line."""
    try:
        return decode()
    except ImageError as error:
        return Unreadable(str(error))
    except MemoryError:
        return Unreadable(TOO_LARGE_FOR_MEMORY)
    except OSError as error:
        return Unreadable(CANNOT_READ.format(detail=error.strerror or error))
    except Exception as error:  # decoders raise a zoo of types; one odd file must never stop a run
        return Unreadable(CANNOT_DECODE.format(kind=type(error).__name__, detail=one_line(error))[:200])


def _read(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


class DecoderProcess:
    """One decoder process and the pipe to it; used by one thread at a time."""

    def __init__(self, decode: str, stderr_file: str | None, memory: int, background: bool = True) -> None:
        context = multiprocessing.get_context("spawn")  # no inherited threads, locks or torch
        self._pipe, child_end = context.Pipe()
        self._process = context.Process(target=_serve, args=(child_end, decode, stderr_file, memory, background),
                                        name="photoseek-decoder", daemon=True)
        self._process.start()
        child_end.close()

    @property
    def alive(self) -> bool:
        return self._process.is_alive()

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def decode(self, path: str, file_size: int, min_side: int, seconds: float) -> Outcome:
        try:
            self._pipe.send((path, file_size, min_side))
            if not self._pipe.poll(seconds):
                self.stop(kill=True)
                return Unreadable(TIMED_OUT.format(seconds=f"{seconds:.0f}"))
            outcome, said = self._pipe.recv()
        except (EOFError, OSError):
            self._process.join(5)
            return Unreadable(CRASHED.format(detail=_exit_reason(self._process.exitcode)))
        for warning in said:
            log.info("decoding %s: %s", path, warning)
        return outcome  # type: ignore[no-any-return]

    def stop(self, kill: bool = False) -> None:
        if kill or not self.alive:
            self._process.kill()
        else:
            try:
                self._pipe.send(None)
            except OSError:
                self._process.kill()
        self._process.join(5)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()
        self._pipe.close()


class DecoderPool:
    """Decoder processes lent to decoding threads, one each: started when first needed, then reused."""

    def __init__(self, stderr_file: str | None = None, decode: str | None = None, background: bool = True) -> None:
        """`stderr_file`: where the processes' native output goes (nowhere if None); `decode`: what they
        run (`DECODE`, for index runs); `background`: at the run's lower priority."""
        self._decode = decode or DECODE
        self._stderr_file = stderr_file
        self._background = background
        self.seconds = FILE_SECONDS
        self.memory = FILE_MEMORY
        self._idle: list[DecoderProcess] = []
        self._lock = threading.Lock()

    def decode(self, path: str, file_size: int, min_side: int) -> Outcome:
        process = self._borrow()
        try:
            return process.decode(path, file_size, min_side, self.seconds)
        finally:
            self._give_back(process)

    def _borrow(self) -> DecoderProcess:
        while True:
            with self._lock:
                if not self._idle:
                    return DecoderProcess(self._decode, self._stderr_file, self.memory, self._background)
                process = self._idle.pop()
            if process.alive:
                return process
            process.stop()  # ended while idle (the system's OOM killer, say): not this file's fault

    def _give_back(self, process: DecoderProcess) -> None:
        if process.alive:
            with self._lock:
                self._idle.append(process)
        else:
            process.stop()

    def close(self) -> None:
        """Stop the idle processes (the pool stays usable: the next decode starts one again)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for process in idle:
            process.stop()


def _exit_reason(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


# -- in the decoder process --------------------------------------------------------------------

def _serve(pipe: Any, decode: str, stderr_file: str | None, memory: int, background: bool) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is for the run, which stops its decoders
    _quiet_native_output(stderr_file)
    _limit_memory(memory)
    if background and hasattr(os, "nice"):
        try:
            os.nice(BACKGROUND_NICE)
        except OSError:
            pass
    function = _resolve(decode)
    while True:
        try:
            request = pipe.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            outcome = function(*request)
        pipe.send((outcome, [f"{w.category.__name__}: {w.message}" for w in caught]))


def _resolve(name: str) -> Callable[..., Outcome]:
    module, _, function = name.partition(":")
    return getattr(importlib.import_module(module), function)  # type: ignore[no-any-return]


def _quiet_native_output(stderr_file: str | None) -> None:
    """Native libraries write to file descriptor 2: to the decoders' log, never the user's terminal."""
    target = os.open(stderr_file or os.devnull, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.dup2(target, 2)
    os.close(target)
    sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False)  # noqa: SIM115


def _limit_memory(memory: int) -> None:
    try:
        import resource
    except ImportError:  # Windows
        return
    if not sys.platform.startswith("linux"):  # macOS does not enforce RLIMIT_AS
        return
    with open("/proc/self/statm") as statm:
        started = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    limit = started + memory
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
