"""The application around the window: one instance per app home, the crash dialog hook, launch options."""

from __future__ import annotations

import json
import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import QObject, QThread, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox
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


class Raiser(QObject):
    """A slot that fails, run on a QThread of its own as the engine's slots are."""

    @Slot()
    def fail(self) -> None:
        raise RuntimeError("boom on the engine thread")


def crash_dialogs() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "crash-dialog" and w.isVisible()]


@pytest.mark.warns
def test_an_error_on_any_thread_is_logged_and_shown_on_the_gui_thread_once(qtbot, app_home, monkeypatch, caplog):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # both restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    log_file = app_home.log_dir / "photoseek.log"
    reporter = crash.install_excepthook(log_file, show_dialog=True)
    thread, raiser = QThread(), Raiser()
    raiser.moveToThread(thread)
    thread.started.connect(raiser.fail)
    try:
        thread.start()
        qtbot.waitUntil(lambda: len(crash_dialogs()) == 1, timeout=10_000)
        box = crash_dialogs()[0]
        assert box.thread() is QApplication.instance().thread()
        assert "RuntimeError: boom on the engine thread" in box.text() and str(log_file) in box.text()
        assert "Traceback" in box.detailedText()

        failing = threading.Thread(target=lambda: 1 / 0, name="a-thumbnail-thread")
        failing.start()
        failing.join()
        qtbot.waitUntil(lambda: reporter.repeated == 1, timeout=10_000)
        assert len(crash_dialogs()) == 1, "errors while the dialog is open are counted in it, not stacked"
        assert "1 more" in box.informativeText()
        with qtbot.waitSignal(box.destroyed, timeout=10_000):
            box.close()  # deleted when closed: nothing is leaked
        assert reporter.dialog is None
    finally:
        thread.quit()
        thread.wait()
    logged = [r for r in caplog.records if r.name == "photoseek.gui.crash"]
    assert [type(r.exc_info[1]).__name__ for r in logged] == ["RuntimeError", "ZeroDivisionError"]
    assert "a-thumbnail-thread" in logged[1].getMessage()


@pytest.mark.warns
def test_no_crash_dialog_only_logs(qtbot, app_home, monkeypatch, caplog):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    reporter = crash.install_excepthook(app_home.log_dir / "photoseek.log", show_dialog=False)  # --no-crash-dialog
    with qtbot.waitSignal(reporter.report, timeout=10_000):
        try:
            raise ValueError("quiet")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    QApplication.processEvents()  # delivers the queued report to the GUI thread
    assert reporter.dialog is None and not crash_dialogs()
    assert [r.exc_info[1].args[0] for r in caplog.records if r.name == "photoseek.gui.crash"] == ["quiet"]


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
    from photoseek.gui.resources import ICON, ROOT

    assert not QIcon(str(ICON)).isNull()
    entry = (ROOT / "photoseek.desktop").read_text()
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
