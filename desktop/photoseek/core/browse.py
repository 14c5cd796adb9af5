"""The library as a timeline: every photo, newest first, in groups of a month or a day.

A photo's moment is its EXIF capture time (the camera's wall clock, stored as if it were UTC, see
`imaging.parse_exif_time`), else its file's modification time on this computer's wall clock; both are
wall-clock times, so they sort together and fall on the calendar days the user remembers. The same rule
decides the date filter (`search.SearchFilters`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from photoseek.core.search import EPOCH, SearchHit

MONTH, DAY = "month", "day"
BEST, NEWEST, OLDEST = "best", "newest", "oldest"  # orders of the grid
NAIVE_EPOCH = EPOCH.replace(tzinfo=None)


def moment(taken: int, mtime_ns: int) -> datetime:
    """When the photo was taken, as the wall clock showed it (naive)."""
    try:
        if taken:
            return NAIVE_EPOCH + timedelta(seconds=taken)
        return datetime.fromtimestamp(mtime_ns / 1e9)
    except (OverflowError, OSError, ValueError):  # a nonsense time (a broken file system or camera)
        return NAIVE_EPOCH


def newest_first(hits: Iterable[SearchHit]) -> list[SearchHit]:
    """Newest first; photos of the same moment by path, so the order is the same every time."""
    by_path = sorted(hits, key=lambda hit: hit.path)
    return sorted(by_path, key=lambda hit: moment(hit.taken, hit.mtime_ns), reverse=True)


def ordered(rows: list[dict[str, Any]], order: str) -> list[dict[str, Any]]:
    """Rows (`SearchHit.to_dict()`) as they came (best match first), or by their moment either way."""
    if order == BEST:
        return list(rows)
    return sorted(rows, key=_row_moment, reverse=order == NEWEST)


def _row_moment(row: dict[str, Any]) -> datetime:
    taken = row.get("taken")
    if taken:
        try:
            return datetime.strptime(str(taken), "%Y-%m-%d %H:%M:%S")  # `format_taken`'s form
        except ValueError:  # a camera's year 1 or 99999
            return NAIVE_EPOCH
    return moment(0, int(row.get("mtime_ns", 0)))


def day_of(hit: SearchHit) -> date:
    return moment(hit.taken, hit.mtime_ns).date()


def timeline_rows(hits: list[SearchHit]) -> list[dict[str, Any]]:
    """A timeline as the window's rows: hits as dicts without a score, each with its `day` (ISO)."""
    return [{**hit.to_dict(), "score": None, "day": day_of(hit).isoformat()} for hit in hits]


@dataclass(frozen=True)
class DateGroup:
    """Photos `start` to `start + count - 1` (in timeline order) fall in the month or day of `day`."""

    day: date  # the first of the month for a month group
    start: int
    count: int


def date_groups(days: Sequence[date], by: str = MONTH) -> list[DateGroup]:
    """Runs of a timeline's photos (given by their `day_of`) that share a month (or a day)."""
    groups: list[DateGroup] = []
    for row, day in enumerate(days):
        if by == MONTH:
            day = day.replace(day=1)
        if groups and groups[-1].day == day:
            last = groups[-1]
            groups[-1] = DateGroup(last.day, last.start, last.count + 1)
        else:
            groups.append(DateGroup(day, row, 1))
    return groups
