"""End to end: the real photoseek-gui process on a virtual X display searches, saves a screenshot and closes.

Needs Xvfb and Qt's xcb libraries (packaging/bootstrap.py installs them for `bootstrap.py test`).
The screenshot is kept in test-artifacts/ at the repository root.
"""

from __future__ import annotations

import os
import re
import selectors
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image
from window_support import CLASSES

import shapes_world
from support import REPO, TINY_MODEL, TOY_MODEL

pytestmark = [pytest.mark.gui, pytest.mark.slow]

ARTIFACTS = REPO / "test-artifacts"
START_TIMEOUT_S = 120  # model load and first indexing on 2 busy cores
CLOSE_LIMIT_S = 2.0


def gui_command() -> list[str]:
    """The installed photoseek-gui script next to this Python, else the module (the same main())."""
    script = Path(sys.executable).with_name("photoseek-gui.exe" if os.name == "nt" else "photoseek-gui")
    return [str(script)] if script.exists() else [sys.executable, "-m", "photoseek.gui.app"]


def read_until(stream, marker: str, timeout: float) -> str:  # type: ignore[no-untyped-def]
    """Read a process's output until `marker` appears (or the process ends, or time runs out)."""
    selector = selectors.DefaultSelector()
    selector.register(stream, selectors.EVENT_READ)
    seen = b""
    deadline = time.monotonic() + timeout
    while marker.encode() not in seen and (left := deadline - time.monotonic()) > 0:
        if not selector.select(left):
            break
        chunk = os.read(stream.fileno(), 65536)
        if not chunk:
            break
        seen += chunk
    selector.close()
    return seen.decode("utf-8", "replace")


@pytest.fixture
def x_display():  # type: ignore[no-untyped-def]
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (it is in TEST_DEBIAN_PACKAGES: python3 packaging/bootstrap.py test)")
    reader, writer = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(writer), "-screen", "0", "1280x860x24", "-nolisten", "tcp"],
                              pass_fds=(writer,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(writer)
    with os.fdopen(reader, "rb") as numbers:
        display = read_until(numbers, "\n", 30).strip()
    try:
        if not display:
            pytest.fail("Xvfb did not report a display")
        yield f":{display}"
    finally:
        server.terminate()
        server.wait(10)


def test_the_real_app_searches_on_a_real_display_and_closes_in_time(x_display, tmp_path):
    model = TOY_MODEL if any(TOY_MODEL.glob("*.safetensors")) else TINY_MODEL
    photos = shapes_world.write_folder(tmp_path / "photos", per_class=3, seed=5, classes=CLASSES, max_px=160)
    home = tmp_path / "home"
    home.mkdir()
    (home / "library.json").write_text(f'{{"roots": ["{photos[0].path.parent}"], "excludes": []}}')
    shot = ARTIFACTS / "photoseek-window.png"
    shot.unlink(missing_ok=True)
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("HF_HUB_OFFLINE", None)  # as on a user's laptop; the guard reports any reach past loopback
    guarded = [sys.executable, str(REPO / "tests" / "network_guard.py"), "photoseek.gui.app"]
    app = subprocess.Popen([*guarded, "--home", str(home), "--model", str(model), "--search", "a red circle",
                            "--screenshot", str(shot), "--no-crash-dialog"],
                           env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        output = read_until(app.stdout, "screenshot:", START_TIMEOUT_S)
        assert f"screenshot: {shot}" in output, output[-3000:]

        second = subprocess.run([*gui_command(), "--home", str(home), "--search", "a blue square"],
                                env=env, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0 and "already open" in second.stdout, second.stdout + second.stderr
        assert app.poll() is None, "the first window keeps running"

        started = time.monotonic()
        app.send_signal(signal.SIGTERM)  # what a session logout sends; closes the window like a click
        rest, _ = app.communicate(timeout=30)
        exited_after = time.monotonic() - started
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert app.returncode == 0, (output + rest.decode(errors="replace"))[-3000:]
    assert "network blocked" not in output + rest.decode(errors="replace"), "the window tried the network"
    log = (home / "logs" / "photoseek.log").read_text()
    closed = re.findall(r"window closed in ([0-9.]+) s \((\w+)", log)
    assert closed and float(closed[-1][0]) < CLOSE_LIMIT_S and closed[-1][1] == "clean", log[-2000:]
    assert exited_after < CLOSE_LIMIT_S + 3, f"the process took {exited_after:.1f} s to exit"

    image = Image.open(shot).convert("RGB")
    assert image.width >= 600 and image.height >= 400
    colours = image.getcolors(maxcolors=1 << 20) or []
    assert len(colours) > 200, "the screenshot shows thumbnails, not a blank window"
