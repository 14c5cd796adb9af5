"""Milvus Lite's in-process server, reachable by this user only.

pymilvus serves a Lite folder through milvus_lite's server manager, which binds a gRPC port on
127.0.0.1 without authentication: while PhotoSeek runs, any local user could list, read, change
or delete the index through it, whatever the permissions of the home. So the same server is
started here on a Unix socket in a folder only this user may enter (0700), and pymilvus connects
to that. Where gRPC has no Unix sockets (Windows) Lite's own loopback port is used, and said.

One server per database folder per process, shared by every connection to it and stopped with
the last (`release`), which also frees Lite's lock on the folder.
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from photoseek.core.paths import PRIVATE_FOLDER, make_private

log = logging.getLogger("photoseek.liteserver")

SOCKET_NAME = "lite.sock"
STOP_GRACE_S = 2  # in-flight calls get this long at close (what Lite's own manager allows)


@dataclass
class _Served:
    uri: str
    users: int
    server: Any = None  # None: served by Lite's own manager (a loopback port)
    db: Any = None
    folder: str | None = None


_served: dict[str, _Served] = {}
_lock = threading.Lock()


def private_sockets() -> bool:
    """Whether Lite is served on a Unix socket here (gRPC has none on Windows)."""
    return os.name == "posix"


def acquire(path: str) -> str:
    """The URI pymilvus connects to for the Lite folder `path`, starting its server if none runs."""
    key = os.path.abspath(path)
    with _lock:
        served = _served.get(key)
        if served is None:
            served = _served[key] = _start(key)
        served.users += 1
        return served.uri


def opened(path: str) -> bool:
    """Whether this process serves `path` (its Lite lock is then ours, not another process's)."""
    return os.path.abspath(path) in _served


def release(path: str) -> None:
    """One connection to `path` is closed; the last one stops its server and frees its lock."""
    key = os.path.abspath(path)
    with _lock:
        served = _served.get(key)
        if served is None:
            return
        served.users -= 1
        if served.users > 0:
            return
        del _served[key]
    _stop(key, served)


def release_all_of(path: str) -> None:
    """Stop the server for `path` whoever still uses it (the folder is about to be replaced)."""
    key = os.path.abspath(path)
    with _lock:
        served = _served.pop(key, None)
    if served is not None:
        _stop(key, served)


def release_all() -> None:
    """Stop every server (at exit: Lite flushes and unlocks on close)."""
    with _lock:
        everything = list(_served.items())
        _served.clear()
    for key, served in everything:
        _stop(key, served)


atexit.register(release_all)


def _start(key: str) -> _Served:
    os.makedirs(key, mode=PRIVATE_FOLDER, exist_ok=True)  # (Lite would make it readable by all)
    make_private(Path(key))
    if private_sockets():
        try:
            return _start_on_socket(key)
        except (ImportError, AttributeError) as error:  # a milvus-lite without the pieces this uses
            log.warning("Milvus Lite cannot be served privately (%s): it listens on a loopback port", error)
    from milvus_lite.server_manager import server_manager_instance

    uri = server_manager_instance.start_and_get_uri(key)
    if uri is None:
        raise OSError(f"Milvus Lite could not start for {key}")
    log.info("serving %s on a loopback port (%s), reachable by other local users", key, uri)
    return _Served(uri=uri, users=0)


def _start_on_socket(key: str) -> _Served:
    from milvus_lite.adapter.grpc.server import DEFAULT_MAX_WORKERS, _build_server
    from milvus_lite.db import MilvusLite

    folder = tempfile.mkdtemp(prefix="photoseek-")  # 0700, and short: a socket path has ~100 bytes
    try:
        db = MilvusLite(key)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    try:
        server = _build_server(db, DEFAULT_MAX_WORKERS)
        socket = os.path.join(folder, SOCKET_NAME)
        if not server.add_insecure_port(f"unix:{socket}"):
            raise OSError(f"cannot listen on {socket}")
        server.start()
    except BaseException:
        db.close()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    log.info("serving %s on %s (this user only)", key, socket)
    return _Served(uri=f"unix:{socket}", users=0, server=server, db=db, folder=folder)


def _stop(key: str, served: _Served) -> None:
    if served.server is None:
        from milvus_lite.server_manager import server_manager_instance

        server_manager_instance.release_server(key)
        return
    for what, stop in (("server", lambda: served.server.stop(grace=STOP_GRACE_S).wait()),
                       ("database", served.db.close)):
        try:
            stop()
        except Exception:  # closing for good: nothing to hand the error to
            log.warning("stopping Milvus Lite's %s for %s failed", what, key, exc_info=True)
    shutil.rmtree(served.folder or "", ignore_errors=True)
    log.info("stopped serving %s", key)
