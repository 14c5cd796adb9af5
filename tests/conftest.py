"""Shared fixtures: every test gets its own app home; models are the shipped toy and tiny CLIPs."""

from __future__ import annotations

import os
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
