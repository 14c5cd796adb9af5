"""The results model and grid: a well-behaved Qt model, and smooth with 10,000 results."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from photoseek.gui.answer import Answer
from photoseek.gui.resultsmodel import ACTION_ROLE, HEADING_ROLE, HIT_ROLE, PATH_ROLE, ResultsModel
from photoseek.gui.resultsview import ResultsView
from photoseek.gui.thumbnails import ThumbnailCache

pytestmark = pytest.mark.gui


def fake_hits(count: int, folder: str = "/nowhere") -> list[dict]:
    return [{"path": f"{folder}/photo_{n:05d}.jpg", "score": 1 - n / (count + 1), "width": 640, "height": 480,
             "taken": None, "size": 1000 + n, "mtime_ns": n} for n in range(count)]


@pytest.fixture
def thumbnails(app_home):  # type: ignore[no-untyped-def]
    cache = ThumbnailCache(app_home.thumbnail_cache)
    yield cache
    cache.stop()


def test_the_model_passes_qtmodeltester(qtmodeltester, thumbnails):
    model = ResultsModel(thumbnails)
    model.set_hits(fake_hits(25))
    qtmodeltester.check(model)
    assert model.rowCount() == 25
    assert model.data(model.index(3), Qt.ItemDataRole.DisplayRole) == "photo_00003.jpg"
    assert model.data(model.index(3), PATH_ROLE) == "/nowhere/photo_00003.jpg"
    assert model.data(model.index(3), HIT_ROLE)["size"] == 1003
    assert model.mimeData([model.index(0)]).urls()[0].toLocalFile() == "/nowhere/photo_00000.jpg"

    model.set_hits(fake_hits(25), [(0, "December 2024"), (10, "November 2024")], show_scores=False)
    qtmodeltester.check(model)
    assert (model.rowCount(), model.photo_count()) == (27, 25)
    assert model.data(model.index(11), HEADING_ROLE) == "November 2024" and model.row_of(model.paths()[10]) == 12
    assert model.photo_number(12) == 10 and model.photo_row(10) == 12 and model.photo_row(25) is None
    assert "match" not in model.data(model.index(1), Qt.ItemDataRole.ToolTipRole), "browsing: no query, no score"
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.mimeData([model.index(0), model.index(1)]).urls()[0].toLocalFile() == "/nowhere/photo_00000.jpg"

    model.set_hits(fake_hits(5), footer=("Show 3 weaker matches", "show_weaker"))
    qtmodeltester.check(model)
    assert (model.rowCount(), model.photo_count()) == (6, 5)
    row = model.index(5)
    assert (row.data(HEADING_ROLE), row.data(ACTION_ROLE), row.data(PATH_ROLE)) == (
        "Show 3 weaker matches", "show_weaker", None)
    assert row.flags() == Qt.ItemFlag.ItemIsEnabled, "reached and clicked, never selected"


@pytest.mark.parametrize("headings", [False, True], ids=["results", "timeline"])
def test_ten_thousand_photos_lay_out_at_once_and_only_visible_cells_ask_for_thumbnails(qtbot, thumbnails,
                                                                                       headings):
    model = ResultsModel(thumbnails)
    view = ResultsView(128)
    view.setModel(model)
    view.resize(900, 700)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    asked = []
    original = thumbnails.image
    thumbnails.image = lambda path, mtime, size: asked.append(path) or original(path, mtime, size)

    days = [(start, f"day {start // 25}") for start in range(0, 10_000, 25)] if headings else None
    model.set_hits(fake_hits(10_000), days)
    view.scrollToBottom()
    view.grab()  # lays out and paints every visible cell

    rows = view.visible_rows()
    assert rows and rows[-1] == model.rowCount() - 1 and model.photo_count() == 10_000
    assert model.rowCount() == 10_000 + (400 if headings else 0)
    assert len(set(asked)) < 200, "only cells on screen request thumbnails"


def test_an_answer_shows_matches_then_folds_or_lists_the_weaker_ones():
    hits = [{**hit, "match": n < 3} for n, hit in enumerate(fake_hits(5))]
    folded = Answer(hits)
    assert folded.grid() == (hits[:3], [], ("Show 2 weaker matches", "show_weaker"))
    assert (folded.summary(), folded.hidden) == ("3 matches", 2)
    opened = folded.opened()
    assert opened.grid() == (hits, [(3, "2 weaker matches")], None)
    assert (opened.summary(), opened.hidden) == ("3 matches and 2 weaker", 0)
    assert opened.with_hits(hits[:4]).weaker_open, "a refresh keeps them open"

    nothing = Answer([{**hit, "match": False} for hit in hits])
    assert nothing.grid() == ([], [], None) and nothing.hidden == 5 and nothing.summary() == "No matches"
    assert Answer(fake_hits(2)).grid() == (fake_hits(2), [], None), "hits without a verdict are matches"
    assert Answer().summary() == "0 matches"
