"""Set up PhotoSeek in ./.venv, then launch it or run the tests. The README's two commands.

    python3 packaging/bootstrap.py app    # set up and open the window
    python3 packaging/bootstrap.py test   # set up (with test tools) and run the whole suite

Re-running is cheap: packages are reinstalled only when pyproject.toml or the constraints change.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
VENV = REPO / ".venv"
CONSTRAINTS = REPO / "packaging" / "constraints.txt"
# Qt's xcb platform plugin and a virtual X server, for the end-to-end window test (Debian/Ubuntu).
TEST_DEBIAN_PACKAGES = [
    "xvfb", "xauth", "libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-keysyms1",
    "libxcb-shape0", "libxcb-xinerama0", "libxcb-image0", "libxcb-render-util0", "libxcb-randr0",
    "libxcb-xfixes0", "libxcb-xkb1", "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3", "x11-utils",
    "libglib2.0-0",  # Qt's event loop links GLib; slim images lack it (the offscreen tests need it too)
    "dbus-daemon",  # a private session bus for the file-manager test (org.freedesktop.FileManager1)
]


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(*command: str | os.PathLike[str], **kwargs) -> None:  # type: ignore[no-untyped-def]
    print("+", " ".join(map(str, command)), flush=True)
    subprocess.run(list(map(str, command)), check=True, **kwargs)


def ensure_venv(extras: str) -> None:
    if not venv_python().exists():
        venv.create(VENV, with_pip=True)
    stamp = VENV / f".photoseek-installed-{extras or 'app'}"
    wanted = hashlib.sha256((REPO / "pyproject.toml").read_bytes() + CONSTRAINTS.read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == wanted:
        return
    target = f".[{extras}]" if extras else "."
    run(venv_python(), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-c", CONSTRAINTS,
        "-e", target, cwd=REPO)
    stamp.write_text(wanted)


def ensure_debian_packages(packages: list[str]) -> None:
    """Install missing Debian packages (needs root or sudo); elsewhere, say what the GUI test needs."""
    if not sys.platform.startswith("linux") or not shutil.which("dpkg-query"):
        print("note: not a Debian-like system; the window end-to-end test needs Xvfb and is skipped without it")
        return
    status = subprocess.run(["dpkg-query", "-W", "-f=${Package} ${Status}\\n", *packages],
                            capture_output=True, text=True)
    installed = {line.split()[0] for line in status.stdout.splitlines() if line.endswith("installed")}
    missing = [p for p in packages if p not in installed]
    if not missing:
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run(*sudo, "apt-get", "update", "-qq", env=env)
    run(*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing, env=env)


def main(argv: list[str]) -> int:
    what = argv[0] if argv else ""
    if what == "app":
        ensure_venv("")
        return subprocess.call([str(venv_python()), "-m", "photoseek.gui.app", *argv[1:]])
    if what == "test":
        ensure_debian_packages(TEST_DEBIAN_PACKAGES)
        ensure_venv("test")
        return subprocess.call([str(venv_python()), "-m", "pytest", *argv[1:]], cwd=REPO)
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
