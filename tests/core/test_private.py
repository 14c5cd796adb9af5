"""Private by default: nothing in the app home, and nothing of the open index, is reachable by another user."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from photoseek.core.paths import AppHome
from photoseek.core.store import MilvusDatabase
from support import TOY_MODEL, run_cli

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and Unix sockets")
needs_other_user = pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0 or shutil.which("setpriv") is None,
    reason="acting as another user needs root and setpriv")


@pytest.fixture
def shared_parent() -> Iterator[Path]:
    """A folder every user may enter (pytest's own temp folder is private to its user)."""
    folder = Path(tempfile.mkdtemp(prefix="photoseek-shared-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def photos(tmp_path: Path) -> Path:
    folder = tmp_path / "photos"
    folder.mkdir()
    for n, colour in enumerate([(220, 30, 30), (30, 200, 30), (30, 30, 220)]):
        Image.new("RGB", (96, 64), colour).save(folder / f"IMG_{n}.jpg")
    return folder


def as_nobody(code: str) -> subprocess.CompletedProcess[str]:
    """Run Python `code` as the user `nobody`; it prints what it could do."""
    return subprocess.run(["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                           sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


@posix_only
def test_a_new_home_and_everything_photoseek_makes_in_it_are_this_users_only(
        shared_parent: Path, photos: Path) -> None:
    home = shared_parent / "home"
    run = run_cli("--home", str(home), "--model", str(TOY_MODEL), "index", str(photos))
    assert run.returncode == 0, run.stderr
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    for entry in home.iterdir():
        mode = stat.S_IMODE(entry.lstat().st_mode)
        assert mode & 0o077 == 0, f"{entry.name} is {oct(mode)}"


@posix_only
def test_an_existing_home_open_to_others_is_made_private(shared_parent: Path) -> None:
    home = shared_parent / "home"
    (home / "thumbnails").mkdir(parents=True)
    home.chmod(0o755)
    (home / "thumbnails").chmod(0o755)
    AppHome.resolve(home).ensure()
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert stat.S_IMODE((home / "thumbnails").stat().st_mode) == 0o700


@needs_other_user
def test_another_user_cannot_read_the_home(shared_parent: Path, photos: Path) -> None:
    home = shared_parent / "home"
    assert run_cli("--home", str(home), "--model", str(TOY_MODEL), "index", str(photos)).returncode == 0
    probe = as_nobody(f"""
import os
for what in ({str(home)!r}, {str(home / 'library.json')!r}, {str(home / 'index.db')!r}):
    try:
        os.listdir(what) if os.path.isdir(what) else open(what).read()
        print("read", what)
    except PermissionError:
        print("denied")
""")
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.split() == ["denied"] * 3, probe.stdout


def _listening_sockets() -> tuple[list[str], list[str]]:
    """This process's listening sockets: (TCP local addresses, Unix socket paths), read from /proc."""
    inodes = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    tcp = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and fields[9] in inodes:  # 0A: LISTEN
                tcp.append(fields[1])
    unix = []
    for line in Path("/proc/net/unix").read_text().splitlines()[1:]:
        fields = line.split()
        if len(fields) >= 8 and fields[6] in inodes and fields[5] == "01":  # 01: listening
            unix.append(fields[7])
    return tcp, unix


@pytest.mark.skipif(not Path("/proc/net/unix").exists(), reason="reads Linux's socket tables")
def test_the_open_index_listens_only_on_a_socket_of_this_users(tmp_path: Path) -> None:
    tcp_before, unix_before = _listening_sockets()
    db = MilvusDatabase(str(tmp_path / "index.db"))
    try:
        db.collection_names()
        tcp, unix = _listening_sockets()
        assert tcp == tcp_before, "Milvus Lite listens on a TCP port any local user can reach"
        served = [path for path in unix if path not in unix_before]
        assert len(served) == 1
        folder = Path(served[0]).parent
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700 and folder.stat().st_uid == os.geteuid()
        if os.geteuid() == 0 and shutil.which("setpriv"):
            probe = as_nobody(f"""
import socket
s = socket.socket(socket.AF_UNIX)
try:
    s.connect({served[0]!r})
    print("connected")
except PermissionError:
    print("denied")
""")
            assert probe.stdout.strip() == "denied", probe.stdout + probe.stderr
    finally:
        db.close()
    assert not folder.exists(), "the socket's folder is removed when the index closes"


def test_a_reconnect_reuses_the_server_and_close_still_stops_it(tmp_path: Path) -> None:
    """A connection Lite dropped (GOAWAY after an idle) is reopened on the same private server, and the
    last close still stops it: the folder's lock is free for the next program."""
    from photoseek.core import liteserver

    path = str(tmp_path / "index.db")
    db = MilvusDatabase(path)
    db.collection_names()
    db._drop_client()  # what a dropped connection leaves behind
    db.collection_names()
    db.close()
    assert not liteserver.opened(path)
    other = subprocess.run([sys.executable, "-c", f"""
from photoseek.core.store import MilvusDatabase
db = MilvusDatabase({path!r}); print(db.collection_names()); db.close()
"""], capture_output=True, text=True, timeout=120)
    assert other.returncode == 0, other.stderr[-1500:]
