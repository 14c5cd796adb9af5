"""First-run model download: progress in a dialog, Cancel stops waiting at once, failures are explained.

The downloads are real: huggingface_hub fetches from a stand-in hub on 127.0.0.1 (tests/local_hub.py).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from huggingface_hub import try_to_load_from_cache
from PySide6.QtWidgets import QPushButton

from local_hub import LocalHub
from photoseek.core import modelfiles
from photoseek.core.errors import ModelUnavailableError
from photoseek.core.modelspec import DEFAULT_MODEL, parse_model_spec
from photoseek.gui.modeldownload import ModelDownload, ModelDownloadDialog
from support import TINY_MODEL

pytestmark = pytest.mark.gui

SPEC = parse_model_spec(DEFAULT_MODEL)


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalHub]:
    with LocalHub() as hub:
        hub.point_client_here(monkeypatch)
        yield hub


@pytest.fixture
def wanted() -> modelfiles.HubWeights:
    """Where the default model's weights live on the hub: the repo and file names the download asks for."""
    weights = modelfiles.hub_weights(SPEC)
    assert weights is not None
    return weights


def open_download(qtbot, app_home) -> tuple[ModelDownload, ModelDownloadDialog]:  # type: ignore[no-untyped-def]
    download = ModelDownload(DEFAULT_MODEL, app_home.model_cache)
    dialog = ModelDownloadDialog(download, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return download, dialog


def test_progress_is_shown_and_cancel_ends_the_wait(qtbot, app_home, hub, wanted):
    # huggingface_hub reads 10 MiB at a time and reports (and checks for Cancel) once per read,
    # so the file is several reads long for the dialog to show progress mid-transfer.
    weights = random.Random(7).randbytes(40 << 20)
    hub.add(wanted.repo, wanted.filenames[0], weights)
    download, dialog = open_download(qtbot, app_home)
    endings = []
    download.finished.connect(lambda ok, message: endings.append(ok))
    download.start()

    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=30_000)
    assert dialog.value() in (10 << 10, 20 << 10, 30 << 10), "whole reads of 10 MiB"
    assert dialog.maximum() == 40 << 10 and f"{dialog.value() >> 10} of 40 MB" in dialog.labelText()
    assert dialog.value() <= hub.transfers[0].sent >> 10, "the dialog shows bytes that really arrived"

    with qtbot.waitSignal(download.finished, timeout=1_000) as finished:
        dialog.findChild(QPushButton).click()
    assert finished.args[0] is False and "cancelled" in finished.args[1]
    assert not dialog.isVisible()
    assert not hub.transfer_ended.is_set(), "the dialog closed without waiting for the transfer"

    qtbot.waitUntil(hub.transfer_ended.is_set, timeout=30_000)
    transfer = hub.transfers[0]
    assert transfer.hung_up and transfer.sent < transfer.size, "the client stopped the transfer"
    qtbot.waitUntil(lambda: not download._thread.is_alive(), timeout=10_000)
    assert endings == [False], "the cancelled transfer reports nothing more"
    assert not modelfiles.is_downloaded(SPEC, app_home.model_cache)
    assert not list(app_home.model_cache.rglob("*.incomplete")), "the partial file is deleted"


def test_download_completes_into_the_cache(qtbot, app_home, hub, wanted):
    weights = (TINY_MODEL / "open_clip_model.safetensors").read_bytes()
    hub.add(wanted.repo, wanted.filenames[0], weights)
    hub.full_speed.set()
    download, dialog = open_download(qtbot, app_home)
    reports = []
    download.progress.connect(lambda done, total: reports.append((done, total)))
    assert not modelfiles.is_downloaded(SPEC, app_home.model_cache)

    with qtbot.waitSignal(download.finished, timeout=30_000) as finished:
        download.start()

    assert finished.args == [True, ""]
    assert not dialog.isVisible()
    assert reports[-1] == (len(weights) >> 10, len(weights) >> 10), "all of it, reported"
    assert modelfiles.is_downloaded(SPEC, app_home.model_cache)
    cached = try_to_load_from_cache(wanted.repo, wanted.filenames[0], cache_dir=str(app_home.model_cache))
    assert isinstance(cached, str) and Path(cached).read_bytes() == weights
    path = f"/{wanted.repo}/resolve/main/{wanted.filenames[0]}"
    assert hub.file_requests == [("HEAD", path), ("GET", path)], "metadata, then the bytes: no Xet, nothing else"


@pytest.mark.parametrize(("served", "failure", "explained"), [
    ("README.md", None, "404 Client Error. Entry Not Found"),  # the repo is there, its weights are not
    ("open_clip_model.safetensors", ("GET", 500), "500 Internal Server Error"),
    ("open_clip_model.safetensors", ("HEAD", 500), "500 Internal Server Error"),  # retried 5 times, 1 s apart
], ids=["no-such-file", "get-500", "head-500"])
def test_hub_errors_are_explained(app_home, hub, wanted, served, failure, explained):
    hub.add(wanted.repo, served, b"some bytes")
    hub.failure = failure
    with pytest.raises(ModelUnavailableError) as raised:
        modelfiles.download(SPEC, app_home.model_cache, lambda done, total: None, lambda: False)
    message = str(raised.value)
    assert "could not be downloaded" in message and explained in message
    assert "no connection" not in message, "the hub did answer"
    asked = {path.rsplit("/", 1)[1] for _, path in hub.file_requests}
    assert asked == (set(wanted.filenames) if failure is None else {wanted.filenames[0]}), \
        "the other file name is tried only when the first is not on the hub"
    assert not modelfiles.is_downloaded(SPEC, app_home.model_cache)


def test_offline_download_failure_says_so(app_home):
    assert not modelfiles.is_downloaded(SPEC, app_home.model_cache)
    with pytest.raises(ModelUnavailableError) as failure:
        modelfiles.download(SPEC, app_home.model_cache, lambda done, total: None, lambda: False)
    assert "could not be downloaded" in str(failure.value)
    assert "no connection" in str(failure.value)


def test_local_models_need_no_download(app_home, tiny_model, wanted):
    assert modelfiles.is_downloaded(parse_model_spec(tiny_model), app_home.model_cache)
    assert wanted.filenames[0] == "open_clip_model.safetensors"
