"""Shared fixtures: every test gets its own app home; models are the shipped toy and tiny CLIPs."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any Qt import: tests never need a display unless they start Xvfb themselves.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HF_HUB_OFFLINE"] = "1"  # no test may reach for the network



@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """PHOTOSEEK_HOME (and the model env) point into this test's temp dir."""
    home = tmp_path / "home"
    monkeypatch.setenv("PHOTOSEEK_HOME", str(home))
    monkeypatch.delenv("PHOTOSEEK_MODEL", raising=False)
    monkeypatch.delenv("PHOTOSEEK_MILVUS_URI", raising=False)
    return home


@pytest.fixture
def home_dir(isolated_home: Path) -> Path:
    return isolated_home


@pytest.fixture
def exact_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tiny model in fp32 for every process a test starts: "its embedding" can be checked to 1e-5."""
    from photoseek.core import precision
    from support import TINY_MODEL

    monkeypatch.setenv("PHOTOSEEK_MODEL", str(TINY_MODEL))
    monkeypatch.setenv(precision.ENV, "fp32")


class _Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def no_unexpected_warnings(request: pytest.FixtureRequest) -> Iterator[None]:
    """A warning from our own loggers fails the test, unless the test expects one: it reads the log
    (caplog) or is marked `warns` (a situation that must warn, checked elsewhere)."""
    handler = _Warnings()
    logger = logging.getLogger("photoseek")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    expected = "caplog" in request.fixturenames or request.node.get_closest_marker("warns") is not None
    if handler.records and not expected:
        lines = "\n".join(f"  {r.name}: {r.getMessage()}" for r in handler.records[:5])
        pytest.fail(f"unexpected warnings from PhotoSeek's loggers:\n{lines}", pytrace=False)
