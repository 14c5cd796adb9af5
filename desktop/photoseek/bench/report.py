"""One benchmark figure with its same-run reference, and the table and JSON they are printed as."""

from __future__ import annotations

import operator
from dataclasses import asdict, dataclass, field
from typing import Any

GOAL_TESTS = {">=": operator.ge, "<=": operator.le}


@dataclass
class Figure:
    """A measured figure, the reference measured in the same run, and the goal for their ratio.

    `goal` is ">= 4" (ratio at least 4) or "<= 1.5"; with no reference, or with a unit ("<= 25 ms"),
    the goal applies to the value itself.
    """

    id: str
    name: str
    value: float | None
    unit: str
    reference: str = ""
    reference_value: float | None = None
    goal: str = ""
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.reference_value:
            return None
        return self.value / self.reference_value

    @property
    def met(self) -> bool | None:
        if not self.goal:
            return None
        test, _, rest = self.goal.partition(" ")
        limit, _, unit = rest.partition(" ")
        measured = self.value if unit or self.reference_value is None else self.ratio
        if measured is None:
            return None
        return bool(GOAL_TESTS[test](measured, float(limit)))

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = None if self.ratio is None else round(self.ratio, 3)
        data["met"] = self.met
        for key in ("value", "reference_value"):
            data[key] = None if data[key] is None else round(float(data[key]), 3)
        return data


def skipped(id: str, name: str, why: str) -> Figure:
    """A figure this run did not measure, and why (a quick run, a missing tool)."""
    return Figure(id, name, None, "", note=f"not measured: {why}")


def table(figures: list[Figure], machine: str) -> str:
    """The figures as a plain-text table."""
    rows = [("#", "figure", "value", "reference", "ratio", "goal", "met")]
    for f in figures:
        value = "—" if f.value is None else f"{f.value:,.3g} {f.unit}".strip()
        reference = f.reference + (f" = {f.reference_value:,.3g}" if f.reference_value is not None else "")
        ratio = "" if f.ratio is None else f"{f.ratio:.2f}×"
        met = {True: "yes", False: "NO", None: ""}[f.met]
        rows.append((f.id, f.name, value, reference, ratio, f.goal, met))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    notes = [f"  {f.id}: {f.note}" for f in figures if f.note]
    return "\n".join([f"PhotoSeek benchmark on {machine}", *lines, *(["", "notes:", *notes] if notes else [])])
