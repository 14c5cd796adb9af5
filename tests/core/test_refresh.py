"""Refreshing the results while indexing goes on moves nothing the user is looking at."""

from __future__ import annotations

from photoseek.core.refresh import settle


def hits(*names: str, score: float = 0.5) -> list[dict]:
    return [{"path": f"/p/{n}.jpg", "score": score} for n in names]


def paths(rows: list[dict]) -> list[str]:
    return [row["path"].rsplit("/", 1)[1][:-4] for row in rows]


def test_new_matches_wait_and_what_is_shown_keeps_its_place() -> None:
    settled = settle(hits("a", "b", "c"), hits("new", "c", "a", "b", score=0.7), limit=100)
    assert paths(settled.shown) == ["a", "b", "c"], "not reshuffled by the new ranking"
    assert settled.new == 1 and paths(settled.waiting) == ["new", "c", "a", "b"]
    assert settled.shown[0]["score"] == 0.7, "kept results carry the fresh facts"


def test_a_result_that_is_gone_leaves_and_nothing_new_means_nothing_waits() -> None:
    settled = settle(hits("a", "b", "c"), hits("a", "c"), limit=100)
    assert paths(settled.shown) == ["a", "c"] and settled.new == 0 and settled.waiting == []


def test_a_full_answer_may_only_have_pushed_a_result_below_the_limit() -> None:
    settled = settle(hits("a", "b", "c"), hits("x", "y", "a"), limit=3)
    assert paths(settled.shown) == ["a", "b", "c"], "b and c may still be there, below the limit"
    assert settled.new == 2


def test_the_first_answer_is_shown_as_it_comes() -> None:
    settled = settle([], hits("x", "y"), limit=100)
    assert paths(settled.shown) == ["x", "y"] and settled.new == 0
