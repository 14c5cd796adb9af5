"""Search requests and results: filters become one Milvus expression combined with the vector search."""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from photoseek.core.errors import QueryError
from photoseek.core.folders import normalise_folder
from photoseek.core.membership import PHOTO_TYPES, extensions_of_type
from photoseek.core.records import CAMERA_BYTES, fit_text
from photoseek.core.store import folder_filter, quote

if TYPE_CHECKING:
    from photoseek.core.engine import Engine

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class SearchFilters:
    """Optional restrictions: folders (with subfolders), capture/modification date range, file types,
    cameras (as `Engine.cameras` names them; "" for photos without a known camera).

    Dates are calendar days where the photo was taken: the EXIF capture time is the camera's local
    time (stored as if it were UTC, see `imaging.parse_exif_time`), so its days are compared as such;
    a file's modification time is a real instant, compared with this computer's local days.
    """

    folders: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    types: tuple[str, ...] = field(default=())
    cameras: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # `--folder .`, `--folder ~/Pictures`, `--folder Pictures/2024`: what the user means.
        object.__setattr__(self, "folders", tuple(normalise_folder(f) for f in self.folders))
        for kind in self.types:
            if not extensions_of_type(kind):
                known = ", ".join(extensions[0] for _name, extensions in PHOTO_TYPES)
                raise QueryError(f"not a photo file type: {kind!r} (use {known})")

    def __bool__(self) -> bool:
        return bool(self.folders or self.date_from or self.date_to or self.types or self.cameras)

    def to_message(self) -> dict[str, Any]:
        """As plain data (the window's worker, the command line's message to the window)."""
        return {"folders": list(self.folders), "date_from": self.date_from and self.date_from.isoformat(),
                "date_to": self.date_to and self.date_to.isoformat(), "types": list(self.types),
                "cameras": list(self.cameras)}

    @classmethod
    def from_message(cls, message: dict[str, Any]) -> SearchFilters:
        """Raises QueryError for data that is not such a message."""
        try:
            return cls(folders=tuple(str(f) for f in message.get("folders") or ()),
                       date_from=_optional_date(message.get("date_from")),
                       date_to=_optional_date(message.get("date_to")),
                       types=tuple(str(t) for t in message.get("types") or ()),
                       cameras=tuple(str(c) for c in message.get("cameras") or ()))
        except (TypeError, ValueError, AttributeError):
            raise QueryError("not a search filter") from None

    def expression(self) -> str:
        parts = []
        if self.folders:
            parts.append(" or ".join(folder_filter(f) for f in self.folders))
        if self.date_from or self.date_to:
            taken, modified = ["taken != 0"], ["taken == 0"]
            if self.date_from:
                taken.append(f"taken >= {_camera_day_start(self.date_from)}")
                modified.append(f"mtime_ns >= {_local_day_start(self.date_from) * 10**9}")
            if self.date_to:
                following = self.date_to + timedelta(days=1)
                taken.append(f"taken < {_camera_day_start(following)}")
                modified.append(f"mtime_ns < {_local_day_start(following) * 10**9}")
            # EXIF capture time when the photo has one, else the file's modification time.
            parts.append(f"({' and '.join(taken)}) or ({' and '.join(modified)})")
        if self.types:
            kinds = {ext for t in self.types for ext in extensions_of_type(t)}
            parts.append(f"ext in [{', '.join(quote(k) for k in sorted(kinds))}]")
        if self.cameras:
            parts.append(f"camera in [{', '.join(quote(fit_text(c, CAMERA_BYTES)) for c in self.cameras)}]")
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
    offline: bool = False  # its folder is unavailable (an unplugged drive): shown, but cannot be opened now
    copies: tuple[str, ...] = ()  # other files with the same content, folded into this hit
    burst: tuple[str, ...] = ()  # the other shots of its burst, folded into this hit (`core.bursts`)
    match: bool = True  # above the relevance cutoff (`relevance`); False: a weaker match

    @classmethod
    def from_store(cls, row: dict[str, object]) -> SearchHit:
        return cls(path=str(row["path"]), score=round(float(row["score"]), 6),  # type: ignore[arg-type]
                   width=int(row["width"]), height=int(row["height"]),  # type: ignore[arg-type]
                   taken=int(row["taken"]), size=int(row["size"]), mtime_ns=int(row["mtime_ns"]))  # type: ignore[arg-type]

    def to_dict(self) -> dict[str, object]:
        # By hand: `asdict` deep-copies field by field, 10x slower (2 s for a 100,000-photo timeline).
        return {"path": self.path, "score": self.score, "width": self.width, "height": self.height,
                "taken": format_taken(self.taken) if self.taken else None, "size": self.size,
                "mtime_ns": self.mtime_ns, "offline": self.offline, "copies": list(self.copies),
                "burst": list(self.burst), "match": self.match}


def fold_copies(hits: list[SearchHit], fingerprints: Callable[[list[str]], dict[str, str]]) -> list[SearchHit]:
    """Identical copies (the same content fingerprint) become one hit, the best placed, naming the others.

    Only hits of the same size can be copies; `fingerprints` is asked for just those (rare), and decides.
    (Not the score as well: copies embedded in different batches of one run get vectors that differ in
    the last digits.)"""
    alike: dict[int, list[SearchHit]] = {}
    for hit in hits:
        alike.setdefault(hit.size, []).append(hit)
    candidates = [hit.path for group in alike.values() if len(group) > 1 for hit in group]
    if not candidates:
        return hits
    content = fingerprints(candidates)
    first: dict[tuple[int, str], SearchHit] = {}
    folded: dict[str, list[str]] = {}
    for hit in hits:
        fingerprint = content.get(hit.path)
        if not fingerprint:
            continue
        kept = first.setdefault((hit.size, fingerprint), hit)
        if kept is not hit:
            folded.setdefault(kept.path, []).append(hit.path)
    gone = {path for paths in folded.values() for path in paths}
    return [replace(hit, copies=tuple(sorted(folded[hit.path]))) if hit.path in folded else hit
            for hit in hits if hit.path not in gone]


@dataclass(frozen=True)
class SearchRequest:
    """One search as a user states it: a text, or an image to find look-alikes of; how many; filters.

    The CLI runs it on its own engine, or — when the window holds the library — sends it there as plain
    data (`to_message`), and the window runs the same `run`.
    """

    text: str = ""
    image: str = ""  # a path; made absolute where the request is made
    limit: int = 20
    filters: SearchFilters = field(default_factory=SearchFilters)
    bursts: bool = False  # each burst of near-identical shots as one hit

    def __post_init__(self) -> None:
        if self.image:
            object.__setattr__(self, "image", os.path.abspath(self.image))

    def run(self, engine: Engine) -> list[SearchHit]:
        if self.image:
            return engine.search_image(self.image, self.limit, self.filters, self.bursts)
        return engine.search_text(self.text, self.limit, self.filters, self.bursts)

    def to_message(self) -> dict[str, Any]:
        return {"text": self.text, "image": self.image, "limit": self.limit, "bursts": self.bursts,
                **self.filters.to_message()}

    @classmethod
    def from_message(cls, message: dict[str, Any]) -> SearchRequest:
        try:
            return cls(text=str(message.get("text") or ""), image=str(message.get("image") or ""),
                       limit=int(message.get("limit", 20)), filters=SearchFilters.from_message(message),
                       bursts=bool(message.get("bursts", False)))
        except (TypeError, ValueError, AttributeError):
            raise QueryError("not a search request") from None


def hits_from_message(rows: list[dict[str, Any]]) -> list[SearchHit]:
    """Hits sent as `asdict` rows (the window answering the CLI)."""
    return [SearchHit(**{**row, "copies": tuple(row.get("copies", ())), "burst": tuple(row.get("burst", ()))})
            for row in rows]


def _optional_date(value: object) -> date | None:
    return None if value in (None, "") else parse_date(str(value))


def format_taken(taken: int) -> str:
    """The camera's local capture time as written in EXIF; before 1970 too (and on Windows)."""
    return (EPOCH + timedelta(seconds=taken)).strftime("%Y-%m-%d %H:%M:%S")


def check_query(text: str) -> str:
    """The query as the model is given it: Unicode NFKC (full-width letters and spaces of a CJK keyboard
    become the ones the tokenizer knows, "ﬁ" becomes "fi"), whitespace collapsed."""
    cleaned = " ".join(unicodedata.normalize("NFKC", text).split())
    if not cleaned:
        raise QueryError("empty query: type what you are looking for, e.g. \"a white dog on the beach\"")
    return cleaned


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise QueryError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def _camera_day_start(day: date) -> int:
    return int((datetime(day.year, day.month, day.day, tzinfo=timezone.utc) - EPOCH).total_seconds())


def _local_day_start(day: date) -> int:
    """Seconds since the epoch of local midnight starting `day` (before 1970 too)."""
    local = datetime(day.year, day.month, day.day).astimezone()  # this computer's zone on that day
    return int((local - EPOCH).total_seconds())
