"""First-run model download: progress in a dialog, Cancel stops waiting at once, failures are explained."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QPushButton

from photoseek.core import modelfiles
from photoseek.core.errors import ModelUnavailableError
from photoseek.core.modelspec import DEFAULT_MODEL, parse_model_spec
from photoseek.gui.modeldownload import ModelDownload, ModelDownloadDialog

pytestmark = pytest.mark.gui


def test_progress_is_shown_and_cancel_ends_the_wait(qtbot, app_home, monkeypatch):
    release = threading.Event()
    seen_cancel = []

    def slow_download(spec, cache_dir, progress, cancelled):  # type: ignore[no-untyped-def]
        progress(1 << 20, 4 << 20)  # 1 of 4 MB, then a stalled connection
        release.wait(30)
        seen_cancel.append(cancelled())
        raise modelfiles.DownloadCancelled()

    monkeypatch.setattr(modelfiles, "download", slow_download)
    download = ModelDownload(DEFAULT_MODEL, app_home.model_cache)
    dialog = ModelDownloadDialog(download, None)
    qtbot.addWidget(dialog)
    dialog.show()
    download.start()
    qtbot.waitUntil(lambda: dialog.value() == 1024, timeout=30_000)
    assert dialog.maximum() == 4096 and "1 of 4 MB" in dialog.labelText()

    with qtbot.waitSignal(download.finished, timeout=10_000) as finished:
        dialog.findChild(QPushButton).click()

    assert finished.args[0] is False and "cancelled" in finished.args[1]
    assert not dialog.isVisible()
    release.set()
    download._thread.join(10)
    assert seen_cancel == [True], "the transfer is told to stop"


def test_offline_download_failure_says_so(app_home):
    spec = parse_model_spec(DEFAULT_MODEL)
    assert not modelfiles.is_downloaded(spec, app_home.model_cache)
    with pytest.raises(ModelUnavailableError) as failure:
        modelfiles.download(spec, app_home.model_cache, lambda done, total: None, lambda: False)
    assert "could not be downloaded" in str(failure.value)
    assert "no connection" in str(failure.value)


def test_local_models_need_no_download(app_home, tiny_model):
    assert modelfiles.is_downloaded(parse_model_spec(tiny_model), app_home.model_cache)
    assert modelfiles.hub_weights(parse_model_spec(DEFAULT_MODEL)).filenames[0] == "open_clip_model.safetensors"
