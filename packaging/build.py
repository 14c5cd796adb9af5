"""Build the installed app here (Linux x86-64) and prove it runs: a PyInstaller bundle, a .deb, a smoke test.

    python3 packaging/build.py            # all three steps
    python3 packaging/build.py bundle     # dist/photoseek/ (the onedir bundle) only
    python3 packaging/build.py deb        # dist/photoseek_<version>_amd64.deb from the bundle
    python3 packaging/build.py smoke      # install the .deb, self-test, index, search, window, remove

It sets up `.venv` with the build tools first (as `bootstrap.py` does). The smoke test installs the
package system-wide with apt-get (root or sudo), so run it on a machine you may change; it removes the
package at the end and fails if anything of it is left behind. Sizes are printed as it goes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "pyinstaller"))
import bootstrap  # noqa: E402
import bundle  # noqa: E402

DIST = REPO / "dist"
BUILD = REPO / "build"
INSTALL_DIR = Path("/opt/photoseek")
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Qt's xcb platform plugin and what Qt's libraries link beyond glibc (checked with ldd on Debian 12).
DEPENDS = [
    "libxcb-cursor0", "libxkbcommon-x11-0", "libxkbcommon0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0",
    "libxcb-image0", "libxcb-render-util0", "libxcb-util1", "libxcb-randr0", "libxcb-render0", "libxcb-shm0",
    "libxcb-sync1", "libxcb-xfixes0", "libxcb-xkb1", "libxcb1", "libx11-xcb1", "libx11-6", "libgl1", "libegl1",
    "libfontconfig1", "libfreetype6", "libdbus-1-3", "libglib2.0-0", "zlib1g",
]
SMOKE_DEBIAN_PACKAGES = ["xvfb"]
WINDOW_WAIT_S = 240


def version() -> str:
    import tomllib

    return tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]


def size(path: Path) -> str:
    total = sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) \
        if path.is_dir() else path.stat().st_size
    return f"{total / 2**20:,.0f} MiB"


def build_bundle() -> Path:
    shutil.rmtree(DIST / bundle.NAME, ignore_errors=True)
    bootstrap.run(bootstrap.venv_python(), "resources/translations/update.py", cwd=REPO)
    bootstrap.run(bootstrap.venv_python(), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                  "--distpath", DIST, "--workpath", BUILD, HERE / "pyinstaller" / "photoseek.spec", cwd=REPO)
    folder = DIST / bundle.NAME
    print(f"bundle: {folder} ({size(folder)})")
    return folder


def build_deb(folder: Path) -> Path:
    """The bundle under /opt/photoseek, commands on PATH, the menu entry, icons and AppStream metainfo."""
    from PIL import Image

    package = f"{bundle.NAME}_{version()}_amd64"
    root = BUILD / "deb" / package
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(folder, root / INSTALL_DIR.relative_to("/"), symlinks=True)
    binaries = root / "usr" / "bin"
    binaries.mkdir(parents=True)
    for name in (bundle.CLI_EXECUTABLE, bundle.GUI_EXECUTABLE):
        (binaries / name).symlink_to(INSTALL_DIR / name)
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(REPO / "resources" / "photoseek.desktop", share / "applications" / "photoseek.desktop")
    (share / "metainfo").mkdir()
    shutil.copy(REPO / "resources" / "photoseek.metainfo.xml", share / "metainfo" / f"{bundle.APP_ID}.metainfo.xml")
    icon = Image.open(REPO / "resources" / "icons" / "photoseek.png")
    for px in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{px}x{px}" / "apps" / "photoseek.png"
        target.parent.mkdir(parents=True)
        icon.resize((px, px), Image.Resampling.LANCZOS).save(target)
    installed_kib = sum(f.stat().st_size for f in root.rglob("*") if f.is_file() and not f.is_symlink()) // 1024
    control = root / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: {bundle.NAME}\nVersion: {version()}\nArchitecture: amd64\nSection: graphics\nPriority: optional\n"
        f"Maintainer: The PhotoSeek developers <photoseek@localhost>\nInstalled-Size: {installed_kib}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        "Description: search your own photos by meaning, offline\n"
        " PhotoSeek embeds your photos with a CLIP model into a local index, keeps it current by\n"
        " watching your folders and finds photos from a description. Nothing leaves the computer.\n")
    validate(share)
    target = DIST / f"{package}.deb"
    bootstrap.run("dpkg-deb", "--root-owner-group", "-Zzstd", "-z3", "--build", root, target)
    print(f"package: {target} ({size(target)}; {installed_kib / 1024:,.0f} MiB installed)")
    return target


def validate(share: Path) -> None:
    """The desktop entry and the AppStream metainfo, with Debian's validators where installed."""
    if shutil.which("desktop-file-validate"):
        bootstrap.run("desktop-file-validate", share / "applications" / "photoseek.desktop")
    if shutil.which("appstreamcli"):
        bootstrap.run("appstreamcli", "validate", "--no-net", share / "metainfo" / f"{bundle.APP_ID}.metainfo.xml")


def smoke(deb: Path) -> None:
    """Install the package, run it as a user would, remove it, and check nothing of it is left."""
    bootstrap.ensure_debian_packages(SMOKE_DEBIAN_PACKAGES)
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    bootstrap.run(*sudo, "apt-get", "install", "-y", "-q", str(deb.resolve()))
    files = subprocess.run(["dpkg-query", "-L", bundle.NAME], capture_output=True, text=True, check=True).stdout
    installed = [Path(line) for line in files.splitlines() if line.startswith(("/opt/photoseek", "/usr/bin/photo"))]
    try:
        with tempfile.TemporaryDirectory(prefix="photoseek-smoke-") as scratch:
            use_installed_app(Path(scratch))
    finally:
        bootstrap.run(*sudo, "apt-get", "remove", "-y", "-q", bundle.NAME)
    left = [path for path in installed if path.exists() or path.is_symlink()]
    if left:
        raise SystemExit(f"apt-get remove left {len(left)} files behind, e.g. {left[0]}")
    print(f"removed cleanly: none of the package's {len(installed)} files under /opt and /usr/bin is left")


def use_installed_app(scratch: Path) -> None:
    """As a new user would: --self-test; index a small shapes library with the toy model; search; the window.

    The user is a fresh one (its own HOME and TMPDIR, the default app home): afterwards nothing may be
    left in either outside the app home.
    """
    command = shutil.which(bundle.CLI_EXECUTABLE)
    if command != f"/usr/bin/{bundle.CLI_EXECUTABLE}":
        raise SystemExit(f"the installed command is not the one on PATH: {command}")
    user, temp = scratch / "user", scratch / "tmp"
    user.mkdir()
    temp.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("XDG_", "PHOTOSEEK_"))}
    env.update(HOME=str(user), TMPDIR=str(temp))
    app_home = user / ".local" / "share" / "photoseek"
    bootstrap.run(command, "--self-test", env=env)
    sys.path.insert(0, str(REPO / "tests"))
    import shapes_world

    photos = shapes_world.write_folder(scratch / "photos", per_class=3, seed=3,
                                       classes=[("red", "circle"), ("blue", "square"), ("green", "triangle"),
                                                ("yellow", "star")], max_px=256)
    toy = str(REPO / "tests" / "assets" / "toy-clip")
    bootstrap.run(command, "--model", toy, "index", scratch / "photos", env=env)
    found = subprocess.run([command, "search", "a red circle", "--json", "--matches-only"], capture_output=True,
                           text=True, check=True, env=env).stdout
    hits = [hit["path"] for hit in json.loads(found)]
    red = {str(photo.path) for photo in photos if photo.label == "red circle"}
    if set(hits) != red:
        raise SystemExit(f"the installed app's search for 'a red circle' found {hits}, not the {len(red)} red circles")
    print(f"installed search: the {len(red)} red circles and nothing else")
    screenshot = DIST / "installed-window.png"
    screenshot.unlink(missing_ok=True)
    with virtual_display() as display:
        window = subprocess.Popen([f"/usr/bin/{bundle.GUI_EXECUTABLE}", "--search", "a red circle",
                                   "--screenshot", str(screenshot), "--no-crash-dialog"],
                                  env={**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"})
        try:
            deadline = time.monotonic() + WINDOW_WAIT_S
            while not screenshot.is_file() and window.poll() is None and time.monotonic() < deadline:
                time.sleep(0.5)
        finally:
            window.terminate()  # closes the window as a user would; its app home is written before it exits
            window.wait(60)
    if not screenshot.is_file():
        raise SystemExit(f"the installed window saved no screenshot (exit status {window.returncode})")
    print(f"installed window: {screenshot} (look at it)")
    elsewhere = [path for path in [*user.rglob("*"), *temp.rglob("*")]
                 if path.is_file() and app_home not in path.parents]
    if elsewhere:
        raise SystemExit(f"the installed app wrote {len(elsewhere)} files outside its app home, e.g. {elsewhere[0]}")
    print(f"the installed app wrote only into its app home ({app_home.relative_to(user)})")


@contextmanager
def virtual_display() -> Iterator[str]:
    """An X server of our own (Xvfb on a free display) for as long as the window needs one."""
    server = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1280x860x24", "-nolisten", "tcp"],
                              stdout=subprocess.PIPE, text=True)
    try:
        yield f":{server.stdout.readline().strip()}"  # type: ignore[union-attr]
    finally:
        server.terminate()
        server.wait(30)


def main(argv: list[str]) -> int:
    step = argv[0] if argv else "all"
    if Path(sys.prefix).resolve() != bootstrap.VENV.resolve():  # the build needs PyInstaller and Pillow
        bootstrap.ensure_venv("build")
        return subprocess.run([str(bootstrap.venv_python()), __file__, *argv]).returncode
    deb = DIST / f"{bundle.NAME}_{version()}_amd64.deb"
    if step in ("bundle", "all"):
        folder = build_bundle()
    else:
        folder = DIST / bundle.NAME
    if step in ("deb", "all"):
        deb = build_deb(folder)
    if step in ("smoke", "all"):
        smoke(deb)
    if step not in ("bundle", "deb", "smoke", "all"):
        raise SystemExit(f"unknown step {step!r}: bundle, deb, smoke or all")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
