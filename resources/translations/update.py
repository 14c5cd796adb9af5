"""Refresh the translation sources from the window's code, then compile them.

    .venv/bin/python resources/translations/update.py

Runs Qt's `lupdate` over `desktop/photoseek/gui` and the core modules that mark sentences for the window
(`photoseek.core.phrases`) to list every string the window shows, writes each
shipped language's `photoseek_<lang>.ts` with those strings (keeping what translators wrote; a new
string is left "unfinished" for them, a string the code no longer has is dropped), and runs `lrelease`
into the `.qm` files the window loads. Translators edit the `.ts` files (Qt Linguist, or any editor).
English is the source language, so `photoseek_en.ts` holds only the counted strings, with forms
derived from the source: "%Ln photo(s)" → "%Ln photo" / "%Ln photos"; "(es)" likewise; "(y|ies)" picks
one side of the bar. `lupdate`'s Python parser marks only `self.tr(…, n)` as counted, so every source
with %n is marked here.
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
CORE = HERE.parents[1] / "desktop" / "photoseek" / "core"  # marks what the window shows of it (core/phrases.py)
BIN = Path(sys.executable).parent
ENGLISH = HERE / "photoseek_en.ts"
COUNT = re.compile(r"%L?n")
# The shipped languages and how many plural forms Qt gives each (its rules: de n == 1; fr n <= 1; ja, zh one).
LANGUAGES = {"de": 2, "fr": 2, "ja": 1, "zh_CN": 1}
Key = tuple[str, str, str]  # context, source, disambiguation
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
        sources = [*SOURCES.glob("*.py"), *(path for path in CORE.glob("*.py") if path.name != "phrases.py"
                                            and "QT_TRANSLATE_NOOP(\"core\"" in path.read_text(encoding="utf-8"))]
        subprocess.run([str(BIN / "pyside6-lupdate"), *sorted(map(str, sources)), "-locations", "none",
                        "-no-obsolete", "-ts", str(target)], check=True, capture_output=True)
        return ET.parse(target)


def messages(ts: ET.ElementTree | ET.Element) -> list[Key]:
    """The (context, source, disambiguation) of each message of a .ts, in order."""
    root = ts.getroot() if isinstance(ts, ET.ElementTree) else ts
    return [(context.findtext("name") or "", message.findtext("source") or "", message.findtext("comment") or "")
            for context in root.iter("context") for message in context.iter("message")]


def translations(ts: Path) -> dict[Key, str | list[str]]:
    """What a .ts file's translators wrote: a text, or the plural forms of a counted string."""
    if not ts.exists():
        return {}
    known: dict[Key, str | list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            key = (context.findtext("name") or "", message.findtext("source") or "", message.findtext("comment") or "")
            forms = [form.text or "" for form in translation.iter("numerusform")]
            known[key] = forms if message.get("numerus") == "yes" else translation.text or ""
    return known


def language(keys: list[Key], name: str, known: dict[Key, str | list[str]], forms: int) -> ET.Element:
    """A .ts for language `name` with every string of `keys`: `known` translations kept, the rest unfinished."""
    root = ET.Element("TS", version="2.1", language=name)
    contexts: dict[str, ET.Element] = {}
    for key in keys:
        context_name, source, comment = key
        if context_name not in contexts:
            contexts[context_name] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context_name], "name").text = context_name
        counted = bool(COUNT.search(source))
        item = ET.SubElement(contexts[context_name], "message", numerus="yes") if counted \
            else ET.SubElement(contexts[context_name], "message")
        ET.SubElement(item, "source").text = source
        if comment:
            ET.SubElement(item, "comment").text = comment
        translation = ET.SubElement(item, "translation")
        done = known.get(key)
        if counted:
            done_forms = done if isinstance(done, list) and len(done) == forms and all(done) else None
            for form in done_forms or [""] * forms:
                ET.SubElement(translation, "numerusform").text = form
            if done_forms is None:
                translation.set("type", "unfinished")
        elif isinstance(done, str) and done:
            translation.text = done
        else:
            translation.set("type", "unfinished")
    return root


def english(extracted: ET.ElementTree) -> ET.Element:
    """Only the counted strings, with the English singular and plural derived from the source."""
    keys = [key for key in messages(extracted) if COUNT.search(key[1])]
    return language(keys, "en_US", {key: list(english_forms(key[1])) for key in keys}, 2)


def write(root: ET.Element, path: Path) -> None:
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{text}\n', encoding="utf-8")


def release(ts: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main() -> int:
    extracted = extract()
    write(english(extracted), ENGLISH)
    for name, forms in LANGUAGES.items():
        ts = HERE / f"photoseek_{name}.ts"
        write(language(messages(extracted), name, translations(ts), forms), ts)
    for ts in sorted(HERE.glob("photoseek_*.ts")):
        release(ts)
    print(f"updated {', '.join(p.name for p in sorted(HERE.glob('photoseek_*.qm')))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
