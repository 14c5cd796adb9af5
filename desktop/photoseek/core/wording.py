"""Counts in words: "1 folder", "3 folders", "1,234 photos" (no "folder(s)"), for the window and the CLI.

English forms for now; when the window's strings go through Qt's translations, these become Qt's
plural forms (`QCoreApplication.translate` with a count), which know each language's rules.
"""

from __future__ import annotations


def counted(count: int, one: str, many: str | None = None) -> str:
    return f"{count:,} {one if count == 1 else many or one + 's'}"
