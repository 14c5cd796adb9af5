"""A search's answer as the grid shows it: the matches, then the weaker matches folded behind a
"Show 12 weaker matches" row until the user asks for them. Which hits are matches is the engine's
call (`core.relevance`: each hit's "match"); this only lays them out."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from photoseek.gui import i18n

SHOW_WEAKER = "show_weaker"  # the action of the row (and of the empty state's button)

Hit = dict[str, Any]


@dataclass(frozen=True)
class Answer:
    hits: list[Hit] = field(default_factory=list)  # in the order shown
    weaker_open: bool = False

    @property
    def matches(self) -> list[Hit]:
        return [hit for hit in self.hits if hit.get("match", True)]

    @property
    def weaker(self) -> list[Hit]:
        return [hit for hit in self.hits if not hit.get("match", True)]

    @property
    def hidden(self) -> int:
        """Weaker matches waiting behind the row."""
        return 0 if self.weaker_open else len(self.weaker)

    def with_hits(self, hits: list[Hit]) -> Answer:
        """The same answer, fresh hits (a refresh, another order): the weaker matches stay as they were."""
        return replace(self, hits=hits)

    def opened(self) -> Answer:
        return replace(self, weaker_open=True)

    def grid(self) -> tuple[list[Hit], list[tuple[int, str]], tuple[str, str] | None]:
        """The grid's photos, its headings (before which photo, text) and its action row (text, action)."""
        matches, weaker = self.matches, self.weaker
        if not weaker:
            return matches, [], None
        if self.weaker_open:
            count = len(weaker)  # a name: lupdate skips a translate() whose count is a call
            heading = QCoreApplication.translate("answer", "%Ln weaker match(es)", "", count)
            return matches + weaker, [(len(matches), heading)], None
        if not matches:
            return [], [], None  # the empty state says "Nothing found" and offers them
        return matches, [], (show_weaker_text(len(weaker)), SHOW_WEAKER)

    def summary(self) -> str:
        """The count beside the search box: it counts matches."""
        matches, weaker = len(self.matches), len(self.weaker)
        if not self.weaker_open or not weaker:
            if matches or not self.hits:
                return QCoreApplication.translate("answer", "%Ln match(es)", "", matches)
            return QCoreApplication.translate("answer", "No matches")
        if matches:
            text = QCoreApplication.translate("answer", "%Ln match(es) and {weaker} weaker", "", matches)
        else:
            text = QCoreApplication.translate("answer", "No matches and {weaker} weaker")
        return text.format(weaker=i18n.number(weaker))


def show_weaker_text(count: int) -> str:
    return QCoreApplication.translate("answer", "Show %Ln weaker match(es)", "", count)
