"""The Qt binding keeps Python's reference counts straight. PySide6 6.12.0 returned None from some calls
without a reference of its own (`QModelIndex.data()` answering None, `QListView.doItemsLayout()`): each call
lowered None's count by one, and Python 3.11 aborted ("none_dealloc") after some thousands of grid repaints.
pyproject.toml keeps such a release out; this test fails on one."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QListView

pytestmark = pytest.mark.gui
CALLS = 5000


class Blank(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 10

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> None:
        return None


def none_references_lost(call) -> int:  # type: ignore[no-untyped-def]
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        call()
    return before - sys.getrefcount(None)


def test_calls_that_answer_none_keep_nones_reference_count(qtbot):
    model = Blank()
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    index = model.index(0)
    assert none_references_lost(lambda: index.data(Qt.ItemDataRole.DecorationRole)) < CALLS // 10
    assert none_references_lost(view.doItemsLayout) < CALLS // 10
