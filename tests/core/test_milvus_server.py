"""The same engine on a real Milvus server (the `milvus` package's standalone 2.3), through the real CLI.

One server for the module, on loopback, with its data in a temp dir. A server is not Lite: Bounded
consistency unless told otherwise, its own expression parser (`like` without escapes), its own iterator.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

import shapes_world
from photoseek.core.engine import Engine
from photoseek.core.paths import AppHome
from photoseek.core.records import PhotoRecord
from photoseek.core.store import PAGE, MilvusDatabase, prefix_filter
from support import TINY_MODEL, recreate_without_cameras, run_cli, wait_for

SERVER = Path(sys.executable).with_name("milvus-server")
if importlib.util.find_spec("milvus") is None or not SERVER.is_file():
    pytest.skip("needs a Milvus server: pip install 'milvus==2.3.5' (the milvus-server command)",
                allow_module_level=True)

pytestmark = pytest.mark.slow

LOOPBACK = "127.0.0.1"
# Components register the machine's first network address unless told otherwise: keep them on loopback.
COMPONENTS = ("rootCoord", "proxy", "queryCoord", "queryNode", "indexNode", "dataCoord", "dataNode")
START_TIMEOUT = 120.0
STOP_TIMEOUT = 15.0  # its own shutdown can hang; then the whole group is killed
TWO = [("red", "circle"), ("blue", "square")]
SERVER_MESSAGE_LIMIT = 8 * 1024 * 1024  # a smaller limit than the default 64 MB, so a test can exceed it cheaply
ODD_NAMES = ['it\'s "quoted"', "back\\slash", "emoji 📷🐱", "100% pure_fun", "tab\there"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return int(probe.getsockname()[1])


def _proxy_port(config: Path) -> int | None:
    """The port the server's proxy was given: the launcher moves up from the one asked for if it is taken."""
    try:
        found = re.search(r"^proxy:\n(?:[ #].*\n|\n)*?  port: (\d+)", config.read_text(encoding="utf-8"), re.M)
    except OSError:
        return None
    return int(found[1]) if found else None


def _live_group_members(group: int) -> list[int]:
    """Processes still in the process group, zombies left out (orphans may never be reaped here)."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            members.append(int(stat.parent.name))
    return members


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGINT is the launcher's own stop (it ends and reaps the server); then SIGKILL the whole group."""
    group = process.pid  # started in a new session: its own process group

    def gone() -> bool:
        return process.poll() is not None and not _live_group_members(group)

    if process.poll() is None:
        process.send_signal(signal.SIGINT)
    if not wait_for(gone, STOP_TIMEOUT):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGKILL)
        assert wait_for(gone, STOP_TIMEOUT), f"Milvus server processes survived SIGKILL: {_live_group_members(group)}"


def _log_tail(data: Path) -> str:
    logs = [data / "logs" / "milvus-stderr.log", data / "launcher.log"]
    return "\n".join(p.read_text(errors="replace")[-2000:] for p in logs if p.is_file())


@pytest.fixture(scope="module")
def milvus_uri(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Milvus standalone server for this module; its URI once it answers a client."""
    from pymilvus import MilvusClient

    data = tmp_path_factory.mktemp("milvus-server")
    command = [str(SERVER), "--data", str(data), "--proxy-port", str(_free_port())]
    for component in COMPONENTS:
        command += ["--extra-config", f"{component}.ip={LOOPBACK}"]
    command += ["--extra-config", f"proxy.grpc.serverMaxRecvSize={SERVER_MESSAGE_LIMIT}"]
    started = time.monotonic()
    with (data / "launcher.log").open("wb") as launcher_log:
        process = subprocess.Popen(command, stdout=launcher_log, stderr=subprocess.STDOUT, start_new_session=True)
    uri = ""

    def serving() -> bool:
        nonlocal uri
        if process.poll() is not None:
            return True  # it died: stop waiting
        port = _proxy_port(data / "configs" / "milvus.yaml")
        if port is None:
            return False
        try:
            client = MilvusClient(uri=f"http://{LOOPBACK}:{port}", timeout=5)
            client.list_collections()
            client.close()
        except Exception:
            return False
        uri = f"http://{LOOPBACK}:{port}"
        return True

    try:
        ready = wait_for(serving, START_TIMEOUT, interval=0.5)
        if process.poll() is not None:
            pytest.fail(f"milvus-server exited ({process.returncode}) while starting:\n{_log_tail(data)}")
        if not ready:
            pytest.fail(f"milvus-server did not answer within {START_TIMEOUT:.0f} s:\n{_log_tail(data)}")
        print(f"\nMilvus server at {uri} answered after {time.monotonic() - started:.1f} s")
        yield uri
    finally:
        _stop(process)


@pytest.fixture
def server(milvus_uri: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """The module's server with no collections (every test starts empty), and the tiny model."""
    from pymilvus import MilvusClient

    client = MilvusClient(uri=milvus_uri)
    for name in client.list_collections():
        client.drop_collection(name)
    client.close()
    monkeypatch.setenv("PHOTOSEEK_MODEL", str(TINY_MODEL))
    return milvus_uri


def cli_json(uri: str, *args: str) -> object:
    result = run_cli("--milvus-uri", uri, *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def catalog(uri: str, home: Path) -> list[str]:
    """Every path the server's collection holds, sorted; no duplicates allowed."""
    engine = Engine(AppHome.resolve(home), model=str(TINY_MODEL), milvus_uri=uri)
    try:
        paths = sorted(entry.path for entry in engine.store.catalog())
        assert engine.store.count() == len(paths), "no duplicate rows"
    finally:
        engine.close()
    return paths


def files_in(*folders: Path) -> list[str]:
    return sorted(str(p) for folder in folders for p in folder.rglob("*") if p.is_file())


def test_index_search_status_then_moves_and_deletions(server: str, isolated_home: Path, tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    made = shapes_world.write_folder(photos, per_class=4, seed=61, classes=TWO, max_px=128)
    report = cli_json(server, "index", str(photos))
    assert isinstance(report, dict)
    assert (report["added"], report["unchanged"], report["failed"], report["moved"]) == (8, 0, 0, 0)

    hits = cli_json(server, "search", "a red circle")
    assert isinstance(hits, list)
    assert sorted(h["path"] for h in hits) == files_in(photos)
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)

    status = cli_json(server, "status")
    assert isinstance(status, dict)
    assert (status["photos"], status["failed"], status["database"]) == (8, 0, server)

    first, second, third = (photo.path for photo in made[:3])
    (photos / "album").mkdir()
    first.rename(photos / "album" / first.name)  # moved
    second.rename(second.with_name("renamed" + second.suffix))  # renamed in place
    third.unlink()
    again = cli_json(server, "index", str(photos))
    assert isinstance(again, dict)
    assert (again["moved"], again["removed"], again["added"], again["updated"], again["unchanged"]) == (2, 1, 0, 0, 5)
    assert catalog(server, isolated_home) == files_in(photos)

    # The variable, not the flag, points the CLI at the server just as well; nothing stale is found.
    by_env = run_cli("search", "a blue square", "--limit", "50", "--json", env={"PHOTOSEEK_MILVUS_URI": server})
    assert by_env.returncode == 0, by_env.stderr
    assert sorted(h["path"] for h in json.loads(by_env.stdout)) == files_in(photos)


def test_odd_paths_round_trip_and_folder_filters_are_exact(server: str, isolated_home: Path, tmp_path: Path
                                                            ) -> None:
    odd = tmp_path / ("odd " + " ".join(ODD_NAMES))
    # `_` and `%` taken as wildcards would let this folder match the odd one's prefix.
    decoy = tmp_path / ("odd " + " ".join(ODD_NAMES).replace("_", "X").replace("%", "%more"))
    odd.mkdir()
    decoy.mkdir()
    odd_photos = [shapes_world.write_one(odd / f"{name}.png", "red", "circle", seed=n, max_px=96).path
                  for n, name in enumerate(ODD_NAMES)]
    shapes_world.write_one(decoy / "decoy.png", "blue", "square", seed=99, max_px=96)
    report = cli_json(server, "index", str(odd), str(decoy))
    assert isinstance(report, dict) and (report["added"], report["failed"]) == (len(ODD_NAMES) + 1, 0)
    assert catalog(server, isolated_home) == files_in(odd, decoy)

    in_odd = cli_json(server, "search", "a red circle", "--folder", str(odd))
    assert isinstance(in_odd, list) and sorted(h["path"] for h in in_odd) == files_in(odd)
    similar = cli_json(server, "similar", str(odd_photos[0]))  # looked up by its id, not its path
    assert isinstance(similar, list)
    assert sorted(h["path"] for h in similar) == sorted(set(files_in(odd, decoy)) - {str(odd_photos[0])})

    renamed = odd_photos[1].with_name("renamed " + ODD_NAMES[2] + ".png")
    odd_photos[1].rename(renamed)
    again = cli_json(server, "index")
    assert isinstance(again, dict) and (again["moved"], again["added"]) == (1, 0)

    removed = run_cli("--milvus-uri", server, "remove", str(odd))
    assert removed.returncode == 0, removed.stderr
    assert catalog(server, isolated_home) == files_in(decoy)
    assert cli_json(server, "status")["photos"] == 1  # type: ignore[index]


def test_catalog_pages_through_more_rows_than_a_page(server: str) -> None:
    """The query iterator over several pages, plain and with a prefix filter, then deletes."""
    rows = 2 * PAGE + 7
    rng = np.random.default_rng(7)
    records = [PhotoRecord(f"/lib/{'a_%' if n % 2 else 'aX'}/{n:05d}.jpg", n, n, "f", 1, 1, 0,
                           rng.random(4, dtype=np.float32)) for n in range(rows)]
    db = MilvusDatabase(server)
    store = db.collection("paging")
    try:
        store.ensure(4, {"library": "test"})
        for start in range(0, rows, 1000):
            store.upsert(records[start:start + 1000])
        assert store.count() == rows
        assert sorted(e.path for e in store.catalog()) == sorted(r.path for r in records)
        odd = sorted(e.path for e in store.catalog(prefix_filter("path", "/lib/a_%/")))
        assert odd == sorted(r.path for r in records[1::2])
        store.delete([r.id for r in records[::2]])
        assert store.count() == len(odd)
        assert sorted(e.path for e in store.catalog()) == odd
        about = db.about("paging")
        assert about["library"] == "test" and about["created"], "what a collection records about itself survives"
    finally:
        db.close()


def test_two_homes_on_one_server_never_touch_each_others_photos(server: str, tmp_path: Path) -> None:
    """Each library's rows carry its identity: a full run of one home, or a fresh home's first start, never
    deletes another's index. Sharing one index is an explicit opt-in (the same library_id)."""
    alice, bob, fresh = tmp_path / "alice-home", tmp_path / "bob-home", tmp_path / "fresh-home"
    alice_photos, bob_photos = tmp_path / "alice", tmp_path / "bob"
    shapes_world.write_folder(alice_photos, per_class=2, seed=71, classes=TWO, max_px=96)
    shapes_world.write_folder(bob_photos, per_class=3, seed=72, classes=TWO, max_px=96)

    def cli(home: Path, *args: str) -> object:
        return cli_json(server, "--home", str(home), *args)

    assert cli(alice, "index", str(alice_photos))["added"] == 4  # type: ignore[index]
    assert cli(bob, "index", str(bob_photos))["added"] == 6  # type: ignore[index]
    assert cli(alice, "index")["removed"] == 0  # type: ignore[index]
    assert sorted(h["path"] for h in cli(alice, "search", "a red circle", "--limit", "50")) == files_in(alice_photos)  # type: ignore[union-attr]
    assert sorted(h["path"] for h in cli(bob, "search", "a red circle", "--limit", "50")) == files_in(bob_photos)  # type: ignore[union-attr]

    # A fresh home pointed at the server: its engine runs nothing (no folders), its status touches nothing.
    engine = Engine(AppHome.resolve(fresh), model=str(TINY_MODEL), milvus_uri=server)
    try:
        assert engine.index().added == 0 and engine.status()["photos"] == 0
    finally:
        engine.close()
    assert cli(alice, "status")["photos"] == 4 and cli(bob, "status")["photos"] == 6  # type: ignore[index]

    # Bob joins Alice's library: both see one index; each run only touches its own folders' photos.
    alice_id = run_cli("--home", str(alice), "config", "get", "library_id").stdout.strip()
    joined = run_cli("--home", str(bob), "--milvus-uri", server, "config", "set", "library_id", alice_id)
    assert joined.returncode == 0, joined.stderr
    assert cli(bob, "index")["added"] == 6  # type: ignore[index]  # bob's folder joins the shared index
    assert cli(alice, "index")["removed"] == 0, "alice's run leaves bob's photos alone"  # type: ignore[index]
    shared = sorted(h["path"] for h in cli(alice, "search", "a red circle", "--limit", "50"))  # type: ignore[union-attr]
    assert shared == files_in(alice_photos, bob_photos)
    assert cli(bob, "status")["photos"] == 10  # type: ignore[index]


def test_bulk_moves_and_removals_stay_within_the_servers_message_limit(server: str, tmp_path: Path) -> None:
    """6,000 rows of 512 dimensions are ~13 MB: more than the server takes in one message (8 MB here)."""
    from photoseek.core.fingerprint import content_fingerprint

    home, album = tmp_path / "home", tmp_path / "library" / "2019"
    album.mkdir(parents=True)
    engine = Engine(AppHome.resolve(home), model=str(TINY_MODEL), milvus_uri=server)
    try:
        rng = np.random.default_rng(3)
        records = []
        for n in range(6000):
            path = album / f"IMG_{n:05d}.jpg"
            path.write_bytes(n.to_bytes(4, "little") * 8)
            info = path.stat()
            vector = rng.standard_normal(512).astype(np.float32)
            records.append(PhotoRecord(str(path), info.st_size, info.st_mtime_ns, content_fingerprint(str(path)),
                                       1, 1, 0, vector / np.linalg.norm(vector)))
        assert len(records) * 512 * 4 > SERVER_MESSAGE_LIMIT
        engine.add_folders([str(album.parent)])
        engine.indexes.begin(engine.spec)
        engine.store.ensure(512, {"library": engine.library_id})
        engine.store.upsert(records)
        os.rename(album, album.with_name("holiday 2019"))
        report = engine.index()
        assert (report.moved, report.added, report.removed) == (6000, 0, 0)
        assert engine.store.count() == 6000
        assert engine.remove_folder(str(album.parent)) == 6000 and engine.store.count() == 0
    finally:
        engine.close()


def test_an_older_collection_is_upgraded_on_a_server_too(server: str) -> None:
    """Copy (page by page, past the query limit), drop, rename: a server does all three as Lite does."""
    rows = 2 * PAGE + 7
    rng = np.random.default_rng(11)
    records = [PhotoRecord(f"/lib/{n:05d}.jpg", n, n, "f", 1, 1, 0, rng.random(4, dtype=np.float32))
               for n in range(rows)]
    db = MilvusDatabase(server)
    try:
        store = db.collection("photos_older")
        store.ensure(4, {"library": "test"})
        store.upsert(records)
        db.call("downgrade", recreate_without_cameras)
        db.forget("photos_older")
        older = db.collection("photos_older")
        assert older.outdated and older.count() == rows
        older.upgrade(lambda paths: ["Canon EOS R5" if int(p[5:10]) % 2 else "" for p in paths], lambda done: None)
        assert not older.outdated and older.count() == rows
        assert older.cameras() == {"Canon EOS R5": rows // 2, "": rows - rows // 2}
        assert db.collection_names("upgrading_") == [] and db.about("photos_older")["library"] == "test"
        kept = older.records([records[5].id])[records[5].id]
        assert kept.camera == "Canon EOS R5" and np.allclose(kept.vector, records[5].vector, atol=1e-6)
    finally:
        db.close()
