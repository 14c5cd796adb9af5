"""One declaration of the library (core.settings), read by the CLI and the engine; `photoseek config`;
damaged settings files; a --model that is not the library's."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import shapes_world
from photoseek.core.errors import ConfigError
from photoseek.core.settings import OPTIONS, LibrarySettings
from photoseek.core.statefile import backup_of, write_json
from support import TINY_MODEL, TOY_MODEL, run_cli

FEW = [("red", "circle"), ("blue", "square")]


def one_line_error(result, *words: str) -> None:  # type: ignore[no-untyped-def]
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("photoseek: error:"), result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0], lines[0]


@pytest.fixture
def indexed(tmp_path: Path, isolated_home: Path) -> Path:
    """A library indexed by the CLI with the tiny model."""
    photos = tmp_path / "photos"
    shapes_world.write_folder(photos, per_class=2, seed=3, classes=FEW, max_px=96)
    result = run_cli("--model", str(TINY_MODEL), "index", str(photos), "--json")
    assert result.returncode == 0, result.stderr
    return photos


def test_every_option_is_declared_with_a_default_a_check_and_a_description(tmp_path: Path) -> None:
    assert set(OPTIONS) == {"folders", "excludes", "model", "threads", "milvus_uri", "library_id"}
    settings = LibrarySettings(tmp_path / "library.json")
    for option in OPTIONS.values():
        assert option.description and len(option.description.splitlines()) == 1
        assert settings.get(option.name) == option.default() or option.name == "library_id"
    with pytest.raises(ConfigError, match="0 .automatic. to 256"):
        settings.set("threads", 999)
    with pytest.raises(ConfigError, match="not a whole number"):
        settings.set("threads", "many")
    with pytest.raises(ConfigError, match="not a server address"):
        settings.set("milvus_uri", "nas:19530")
    assert settings.set("excludes", [" *.gif ", "", "*.gif", "Screenshots"]) == ["*.gif", "Screenshots"]


def test_config_list_get_set_from_the_command_line(indexed: Path) -> None:
    listing = run_cli("config", "list", "--json")
    assert listing.returncode == 0, listing.stderr
    described = {item["name"]: item for item in json.loads(listing.stdout)}
    assert described["folders"]["value"] == [str(indexed)]
    assert described["model"]["value"] == str(TINY_MODEL), "the model the library was indexed with is recorded"
    assert all(item["description"] for item in described.values())

    assert run_cli("config", "set", "excludes", "*.gif", "Screenshots").returncode == 0
    assert run_cli("config", "get", "excludes").stdout.split() == ["*.gif", "Screenshots"]
    assert run_cli("config", "set", "threads", "1").returncode == 0
    assert run_cli("config", "get", "threads").stdout.strip() == "1"

    one_line_error(run_cli("config", "set", "threads", "-3"), "threads", "0 (automatic)")
    one_line_error(run_cli("config", "set", "threads", "lots"), "not a whole number")
    one_line_error(run_cli("config", "set", "colour", "blue"), "no setting named 'colour'")
    one_line_error(run_cli("config", "set", "model", "/no/such/model"), "model folder not found")
    one_line_error(run_cli("config", "set", "folders", "/tmp"), "photoseek index FOLDER")
    assert run_cli("config", "get", "threads").stdout.strip() == "1", "a refused value changes nothing"


def test_a_model_that_is_not_the_librarys_is_refused_with_how_to_switch(indexed: Path) -> None:
    for args, env in ((["--model", str(TOY_MODEL)], {}), ([], {"PHOTOSEEK_MODEL": str(TOY_MODEL)})):
        for command in (["search", "a red circle"], ["similar", str(next(indexed.iterdir()))], ["index"]):
            result = run_cli(*args, *command, env=env)
            one_line_error(result, f"indexed with the model {TINY_MODEL}", "config set model")
    status = json.loads(run_cli("--model", str(TOY_MODEL), "status", "--json").stdout)
    assert status["model"] == str(TINY_MODEL) and status["photos"] == 4, "nothing was re-embedded or dropped"
    hits = json.loads(run_cli("search", "a red circle", "--json").stdout)
    assert len(hits) == 4, "the library's own model still searches the complete index"


def test_a_new_library_takes_the_model_it_is_first_indexed_with(tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    shapes_world.write_folder(photos, per_class=1, seed=4, classes=FEW, max_px=96)
    assert run_cli("status").returncode == 0  # before anything is indexed, a model asked for is just adopted
    result = run_cli("index", str(photos), env={"PHOTOSEEK_MODEL": str(TINY_MODEL)})
    assert result.returncode == 0, result.stderr
    assert run_cli("config", "get", "model").stdout.strip() == str(TINY_MODEL)


@pytest.mark.parametrize(("content", "detail"), [
    (b"", "empty"),  # every command says so
    (b'{"roots": 5}', "'folders' must be a list"),
    (b'{"version": 2, "folders": "/photos"}', "'folders' must be a list"),
    (b'{"version": 2, "threads": "two"}', "'threads' must be a whole number"),
    (b'{"version": 2, "model": ""}', "'model' is empty"),
    (b'[1, 2]', "not a JSON object"),
    (b'{"version": 2, "folders": ["/ph', "not valid JSON"),
    (b"\xff\xfe garbage", "not valid JSON"),
])
def test_a_damaged_settings_file_is_one_clear_line_then_reset_restores_the_last_good_copy(
        indexed: Path, isolated_home: Path, content: bytes, detail: str) -> None:
    library = isolated_home / "library.json"
    assert run_cli("config", "set", "threads", "1").returncode == 0  # leaves the previous version as .bak
    good = json.loads(library.read_text())
    library.write_bytes(content)
    commands = [["status"], ["search", "a red circle"], ["index"], ["config", "list"]] if not content else [["status"]]
    for command in commands:
        one_line_error(run_cli(*command), str(library), "damaged", detail, "photoseek config reset")
    reset = run_cli("config", "reset")
    assert reset.returncode == 0 and "restored" in reset.stdout
    restored = json.loads(library.read_text())
    assert restored["folders"] == good["folders"] and restored["library_id"] == good["library_id"]
    hits = json.loads(run_cli("search", "a red circle", "--json").stdout)
    assert len(hits) == 4, "the index was never touched"


def test_version_1_library_files_are_read() -> None:
    path = Path(os.environ["PHOTOSEEK_HOME"]) / "library.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"roots": ["/photos/a"], "excludes": ["*.gif"]}))
    settings = LibrarySettings.load(path)
    assert (settings.folders, settings.excludes) == (["/photos/a"], ["*.gif"])


def test_settings_are_written_atomically_with_the_previous_version_kept(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "library.json"
    settings = LibrarySettings(path)
    settings.set("excludes", ["*.gif"])
    settings.save()
    settings.set("excludes", ["*.png"])
    settings.save()
    assert json.loads(backup_of(path).read_text())["excludes"] == ["*.gif"]

    def power_cut(*_args: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", power_cut)
    settings.set("excludes", ["*.bmp"])
    with pytest.raises(OSError):
        settings.save()
    assert LibrarySettings.load(path).excludes == ["*.png"], "a failed write leaves the old version whole"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.json", "library.json.bak"], "no temp files left"


def test_write_json_keeps_names_with_undecodable_bytes(tmp_path: Path) -> None:
    name = os.fsdecode(b"/photos/caf\xe9.jpg")
    write_json(tmp_path / "x.json", {"path": name})
    assert json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))["path"] == name


def test_an_earlier_releases_library_and_index_are_adopted_without_re_embedding(indexed: Path,
                                                                              isolated_home: Path) -> None:
    """Before library ids, a home had library.json {roots, excludes} and one collection per model."""
    from photoseek.core.engine import Engine
    from photoseek.core.paths import AppHome

    engine = Engine(AppHome.resolve(isolated_home), model=str(TINY_MODEL))
    name, fingerprint = engine.store.name, engine.spec.fingerprint()
    engine.db.call("rename", lambda client: client.rename_collection(name, f"photos_{fingerprint}"))
    engine.close()
    (isolated_home / "index-state.json").unlink()
    (isolated_home / "library.json").write_text(json.dumps({"roots": [str(indexed)], "excludes": []}))
    result = run_cli("--model", str(TINY_MODEL), "index", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["added"], report["unchanged"]) == (0, 4)
    assert json.loads(run_cli("status", "--json").stdout)["photos"] == 4
