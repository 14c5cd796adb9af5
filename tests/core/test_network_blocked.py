"""Private by default: with every connection but loopback refused, the whole CLI works and tries none.

Each command runs under `tests/network_guard.py` (an audit hook that refuses and reports any socket
connection or name lookup that is not local), with HF_HUB_OFFLINE unset, as on a user's laptop. Only
the explicit model download may reach out — and offline it says so in one line.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import shapes_world
from support import REPO, TINY_MODEL

pytestmark = pytest.mark.slow

GUARD = str(REPO / "tests" / "network_guard.py")
BLOCKED = "network blocked: "


@pytest.fixture
def open_env(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setenv("PHOTOSEEK_MODEL", str(TINY_MODEL))
    return dict(os.environ)


def guarded(*args: str, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, GUARD, "photoseek", *args], capture_output=True, text=True,
                          timeout=timeout)


def test_index_search_similar_status_and_watch_never_leave_the_machine(open_env: dict[str, str],
                                                                         tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    made = shapes_world.write_folder(photos, per_class=2, seed=91, classes=[("red", "circle"), ("blue", "star")],
                                     max_px=96)
    for args in (["index", str(photos)], ["search", "a red circle"], ["similar", str(made[0].path)],
                 ["status"]):
        result = guarded(*args)
        assert result.returncode == 0, (args, result.stderr)
        assert BLOCKED not in result.stderr, (args, result.stderr)

    process = subprocess.Popen([sys.executable, GUARD, "photoseek", "watch", "--debounce", "0.3"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert process.stdout is not None and process.stderr is not None
        assert b"reconciled" in process.stdout.readline()
        said = b""
        while b"Ctrl+C stops" not in said:  # watching from here on
            line = process.stderr.readline()
            assert line, "watch ended early"
            said += line
        assert BLOCKED.encode() not in said
        shapes_world.write_one(photos / "new.png", "red", "circle", seed=3, max_px=96)
        assert process.stdout.readline().startswith(b"1 added")
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 0
        assert BLOCKED.encode() not in process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()


def test_only_the_model_download_reaches_out_and_offline_it_is_one_line(open_env: dict[str, str]) -> None:
    result = guarded("--model", "ViT-B-32:openai", "search", "a dog")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if not line.startswith(BLOCKED)]
    assert len(errors) == 1 and "could not be downloaded" in errors[0], result.stderr
