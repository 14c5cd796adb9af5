"""Run PhotoSeek as a separate process, the way a user starts it, and read its wall time and peak memory."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ChildRun:
    returncode: int
    seconds: float
    peak_rss: int | None  # bytes; None where the OS does not say
    stdout: str
    stderr: str


def photoseek(*args: str) -> list[str]:
    """The command line of `photoseek ARGS…` in this interpreter (what the entry point runs)."""
    return [sys.executable, "-m", "photoseek", *args]


def run_child(command: Sequence[str], env: dict[str, str] | None = None, timeout: float = 300) -> ChildRun:
    """Run `command` to its end; the peak RSS is that child's own (polled VmHWM, else wait4), not every
    child's maximum (polled every 10 ms: a peak in a child's last 10 ms is missed)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(list(command), stdout=out, stderr=err, env={**os.environ, **(env or {})})
        returncode, peak = _wait(process, timeout)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        return ChildRun(returncode, seconds, peak, out.read().decode(errors="replace"),
                        err.read().decode(errors="replace"))


def _wait(process: subprocess.Popen[bytes], timeout: float) -> tuple[int, int | None]:
    if not hasattr(os, "wait4"):  # Windows: no per-child rusage
        return process.wait(timeout), None
    deadline = time.monotonic() + timeout
    high_water: int | None = None
    while True:
        high_water = _high_water(process.pid) or high_water
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            process.returncode = os.waitstatus_to_exitcode(status)
            if high_water is not None:
                return process.returncode, high_water
            # ru_maxrss is in KiB on Linux, in bytes on macOS. It carries over an exec, so a child forked
            # from a large parent (this benchmark) reads at least the parent's size: Linux has VmHWM instead.
            return process.returncode, usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
        if time.monotonic() > deadline:
            process.kill()
            process.wait()
            raise subprocess.TimeoutExpired(process.args, timeout)
        time.sleep(0.01)


def _high_water(pid: int) -> int | None:
    """The process's peak resident memory so far (Linux: VmHWM, which starts afresh at exec), in bytes."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return None


def rss_of_self() -> int | None:
    """This process's resident memory now, in bytes (Linux)."""
    status = Path("/proc/self/status")
    if not status.is_file():
        return None
    for line in status.read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return None
