"""Refresh the translation sources from the window's code, then compile them.

    .venv/bin/python resources/translations/update.py

Runs Qt's `lupdate` over `desktop/photoseek/gui` into each `photoseek_<lang>.ts` (keeping what
translators wrote), and `lrelease` into the `.qm` files the window loads. English is the source
language, so `photoseek_en.ts` holds only the counted strings, with forms derived from the source:
"%Ln photo(s)" → "%Ln photo" / "%Ln photos"; "(es)" likewise; "(y|ies)" picks one side of the bar.
`lupdate`'s Python parser marks only `self.tr(…, n)` as counted, so every source with %n is marked here.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE.parents[1] / "desktop" / "photoseek" / "gui"
BIN = Path(sys.executable).parent
ENGLISH = HERE / "photoseek_en.ts"
COUNT = re.compile(r"%L?n")
CHOICE = re.compile(r"\((\w*)\|(\w*)\)|\((e?s)\)")


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural of a counted English source."""
    def pick(form: int):  # type: ignore[no-untyped-def]
        def choose(match: re.Match[str]) -> str:
            if match.group(3) is not None:
                return "" if form == 0 else match.group(3)
            return match.group(1 + form)
        return choose
    return CHOICE.sub(pick(0), source), CHOICE.sub(pick(1), source)


def extract() -> ET.ElementTree:
    """Every translatable string in the window's code, as lupdate writes it."""
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / "all.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), *sorted(map(str, SOURCES.glob("*.py"))), "-locations", "none",
                        "-no-obsolete", "-ts", str(target)], check=True, capture_output=True)
        return ET.parse(target)


def english(extracted: ET.ElementTree) -> ET.Element:
    root = ET.Element("TS", version="2.1", language="en_US")
    for context in extracted.getroot().iter("context"):
        counted = [m for m in context.iter("message") if COUNT.search(m.findtext("source") or "")]
        if not counted:
            continue
        out = ET.SubElement(root, "context")
        ET.SubElement(out, "name").text = context.findtext("name")
        for message in counted:
            item = ET.SubElement(out, "message", numerus="yes")
            source = message.findtext("source") or ""
            ET.SubElement(item, "source").text = source
            if message.find("comment") is not None:
                ET.SubElement(item, "comment").text = message.findtext("comment")
            translation = ET.SubElement(item, "translation")
            for form in english_forms(source):
                ET.SubElement(translation, "numerusform").text = form
    return root


def write(root: ET.Element, path: Path) -> None:
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{text}\n', encoding="utf-8")


def release(ts: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main() -> int:
    write(english(extract()), ENGLISH)
    for ts in sorted(HERE.glob("photoseek_*.ts")):
        release(ts)
    print(f"updated {', '.join(p.name for p in sorted(HERE.glob('photoseek_*.qm')))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
