"""Decoders that misbehave the way crafted files make native decoders misbehave. They run in
PhotoSeek's decoder processes (tests point `decoders.DECODE` here); every other file is decoded for real."""

from __future__ import annotations

import os
import signal

from photoseek.core.decoders import Outcome, decode_file, decode_for_display


def decode(path: str, file_size: int, min_side: int) -> Outcome:
    _misbehave(path)
    return decode_file(path, file_size, min_side)


def display(path: str, file_size: int, longest: int) -> Outcome:
    """For the window's thumbnails and preview (`decoders.DISPLAY`)."""
    _misbehave(path)
    return decode_for_display(path, file_size, longest)


def _misbehave(path: str) -> None:
    name = os.path.basename(path)
    if name.startswith("hang"):
        signal.pause()  # a decoder stuck in a loop on a crafted file: only a kill ends it
    if name.startswith("crash"):
        os.abort()  # a decoder's segfault, as far as the run can tell
