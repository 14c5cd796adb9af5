"""Search requests and results: filters become one Milvus expression combined with the vector search."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta, timezone

from photoseek.core.errors import QueryError
from photoseek.core.store import prefix_filter, quote


@dataclass(frozen=True)
class SearchFilters:
    """Optional restrictions: folders (with subfolders), capture/modification date range, file types."""

    folders: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    types: tuple[str, ...] = field(default=())

    def expression(self) -> str:
        parts = []
        if self.folders:
            parts.append(" or ".join(prefix_filter("path", os.path.join(f, "")) for f in self.folders))
        if self.date_from or self.date_to:
            taken, modified = ["taken > 0"], ["taken == 0"]
            if self.date_from:
                low = _day_start(self.date_from)
                taken.append(f"taken >= {low}")
                modified.append(f"mtime_ns >= {low * 10**9}")
            if self.date_to:
                high = _day_start(self.date_to + timedelta(days=1))
                taken.append(f"taken < {high}")
                modified.append(f"mtime_ns < {high * 10**9}")
            # EXIF capture time when the photo has one, else the file's modification time.
            parts.append(f"({' and '.join(taken)}) or ({' and '.join(modified)})")
        if self.types:
            kinds = {t.lower().lstrip(".") for t in self.types}
            kinds |= {"jpg", "jpeg"} if kinds & {"jpg", "jpeg"} else set()
            kinds |= {"tif", "tiff"} if kinds & {"tif", "tiff"} else set()
            kinds |= {"heic", "heif"} if kinds & {"heic", "heif"} else set()
            parts.append(f"ext in [{', '.join(quote(k) for k in sorted(kinds))}]")
        return " and ".join(f"({p})" for p in parts)


@dataclass(frozen=True)
class SearchHit:
    """One result, best first; `taken` is 0 when the photo has no EXIF capture time."""

    path: str
    score: float
    width: int
    height: int
    taken: int
    size: int
    mtime_ns: int

    @classmethod
    def from_store(cls, row: dict[str, object]) -> SearchHit:
        return cls(path=str(row["path"]), score=round(float(row["score"]), 6),  # type: ignore[arg-type]
                   width=int(row["width"]), height=int(row["height"]),  # type: ignore[arg-type]
                   taken=int(row["taken"]), size=int(row["size"]), mtime_ns=int(row["mtime_ns"]))  # type: ignore[arg-type]

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["taken"] = (datetime.fromtimestamp(self.taken, tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
                         if self.taken else None)
        return data


def check_query(text: str) -> str:
    cleaned = " ".join(text.split())
    if not cleaned:
        raise QueryError("empty query: type what you are looking for, e.g. \"a white dog on the beach\"")
    return cleaned


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise QueryError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def _day_start(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=timezone.utc).timestamp())
