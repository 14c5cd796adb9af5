"""The application around the window: one instance per app home, the crash dialog hook, launch options."""

from __future__ import annotations

import json
import logging
import subprocess
import sys

import pytest
from PySide6.QtGui import QIcon
from window_support import run_photoseek, wait_indexed

from photoseek.core.paths import AppHome
from photoseek.gui import crash
from photoseek.gui.app import build_parser, serve_other_launches
from photoseek.gui.singleinstance import SingleInstance, server_name
from support import TINY_MODEL

pytestmark = pytest.mark.gui


def test_a_second_launch_hands_its_search_to_the_running_instance(qtbot, app_home, tmp_path):
    first = SingleInstance(app_home)
    assert first.listen()
    try:
        with qtbot.waitSignal(first.activated, timeout=10_000) as activated:
            assert SingleInstance(app_home).forward_to_running({"search": "a red circle"})
        assert activated.args[0] == {"search": "a red circle"}
    finally:
        first.close()
    assert not SingleInstance(app_home).forward_to_running({}), "nobody listens any more"
    assert server_name(app_home) != server_name(AppHome.resolve(tmp_path / "another-home"))


@pytest.mark.warns
def test_an_unexpected_error_is_logged_and_shown_with_the_log_location(qtbot, app_home, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    shown = []
    monkeypatch.setattr(crash, "show_crash_dialog", lambda error, details, log_file: shown.append(
        (str(error), details, log_file)))
    records = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    logging.getLogger("photoseek.gui.crash").addHandler(handler)
    log_file = app_home.log_dir / "photoseek.log"
    try:
        crash.install_excepthook(log_file, show_dialog=True)
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        crash.install_excepthook(log_file, show_dialog=False)  # --no-crash-dialog
        try:
            raise ValueError("quiet")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        logging.getLogger("photoseek.gui.crash").removeHandler(handler)

    assert [(message, path) for message, _, path in shown] == [("boom", log_file)]
    assert "RuntimeError: boom" in shown[0][1]
    assert [r.exc_info[1].args[0] for r in records] == ["boom", "quiet"]


def test_a_native_crash_from_last_time_is_set_aside_to_mention_once(app_home):
    (app_home.log_dir / "crash.log").write_text("Fatal Python error: Segmentation fault\n")
    kept = crash.take_previous_crash(app_home.log_dir)
    assert kept is not None and "Segmentation fault" in open(kept).read()
    assert crash.take_previous_crash(app_home.log_dir) is None


def test_launch_options_match_the_command_line(tmp_path):
    args = build_parser().parse_args(["--home", str(tmp_path), "--model", "m", "--milvus-uri", "http://x:19530",
                                      "--milvus-token", "t", "--search", "dogs", "--no-crash-dialog"])
    assert (args.home, args.model, args.milvus_uri, args.milvus_token, args.search) == (
        str(tmp_path), "m", "http://x:19530", "t", "dogs")
    assert args.no_crash_dialog


def test_app_icon_and_desktop_entry_ship_with_the_app(qapp) -> None:  # type: ignore[no-untyped-def]
    from photoseek.gui.app import APP_ICON

    assert not QIcon(str(APP_ICON)).isNull()
    entry = (APP_ICON.parents[1] / "photoseek.desktop").read_text()
    assert "Exec=photoseek-gui" in entry and "Icon=photoseek" in entry


def test_the_command_line_searches_through_the_open_window(qtbot, make_window, app_home, toy_model, photos):
    """`photoseek search` while the window holds the library: answered by the window's loaded model, with
    the same filters, errors and output as when it runs on its own."""
    window = make_window(toy_model, [photos[0].path.parent])
    wait_indexed(qtbot, window, len(photos))
    instance = SingleInstance(app_home)
    assert instance.listen()
    serve_other_launches(instance, window)

    def photoseek(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return run_photoseek(qtbot, *args, env=env)

    try:
        labels = {str(p.path): p.label for p in photos}
        found = photoseek("search", "a red circle", "--limit", "2", "--json")
        assert found.returncode == 0, found.stderr
        hits = json.loads(found.stdout)
        assert [labels[h["path"]] for h in hits] == ["red circle", "red circle"]
        assert set(hits[0]) >= {"path", "score", "width", "height", "taken", "offline"}

        looks_alike = photoseek("similar", str(hits[0]["path"]), "--limit", "1")
        assert looks_alike.returncode == 0 and labels[looks_alike.stdout.split()[1]] == "red circle"
        elsewhere = photoseek("search", "a red circle", "--folder", str(photos[0].path.parent / "none"))
        assert elsewhere.returncode == 0 and elsewhere.stdout == "", "the folder filter applied"

        empty = photoseek("search", "  ")
        assert empty.returncode == 2 and empty.stderr.count("\n") == 1 and "empty query" in empty.stderr
        other_model = photoseek("search", "a red circle", env={"PHOTOSEEK_MODEL": str(TINY_MODEL)})
        assert other_model.returncode == 2 and "indexed with the model" in other_model.stderr
    finally:
        instance.close()
    alone = photoseek("search", "a red circle")
    assert alone.returncode == 2 and "already running" in alone.stderr, "nobody answers: the lock's message"
