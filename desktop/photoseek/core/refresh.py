"""A refreshed answer to the query on screen (the index changed while it was shown), merged so that
nothing the user is looking at moves: results still there keep their places (with their new facts),
results that are gone leave, and new matches wait to be asked for ("N new matches — show").

Hits are the plain dicts the window shows (`SearchHit.to_dict()` rows), keyed by "path".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Hit = dict[str, Any]


@dataclass(frozen=True)
class Settled:
    shown: list[Hit]  # what stays on screen, in the order it was
    waiting: list[Hit] = field(default_factory=list)  # the fresh answer, whole, for "show new matches"
    new: int = 0  # matches in the fresh answer that are not on screen


def settle(shown: list[Hit], fresh: list[Hit], limit: int) -> Settled:
    """`fresh` is the whole answer when it holds fewer than `limit` hits: a shown hit missing from it is gone
    (deleted, moved out of the library); a full answer may only have pushed it below the limit, so it stays."""
    if not shown:
        return Settled(list(fresh))
    by_path = {hit["path"]: hit for hit in fresh}
    complete = len(fresh) < limit
    kept = [by_path.get(hit["path"], hit) for hit in shown if hit["path"] in by_path or not complete]
    on_screen = {hit["path"] for hit in kept}
    new = sum(1 for hit in fresh if hit["path"] not in on_screen)
    return Settled(kept, list(fresh) if new else [], new)
