"""Core's sentences that the window shows, marked so the window can show them in the user's language.

The engine explains itself in English: the command line prints it as it is (scripts parse it) and the
window receives it as plain text. Each such sentence, or template with `{named}` values, is a module
constant `QT_TRANSLATE_NOOP("core", "…")` beside the code that says it: the name Qt's lupdate looks for,
so the shipped translations list it, and a plain function here, so core never imports Qt. Marking also
records the template; `translatable()` lists them for the window, which matches an English message
against them and shows the translated template with the same values (each value translated too, as
reasons nest: "could not be downloaded: there is no connection…").
"""

from __future__ import annotations

import importlib

CONTEXT = "core"
# The modules that mark sentences (tests/core/test_phrases.py checks that none is missing).
DECLARED_IN = ("photoseek.core.decoders", "photoseek.core.imaging", "photoseek.core.model",
               "photoseek.core.modelfiles", "photoseek.core.modelspec", "photoseek.core.pipeline",
               "photoseek.core.volumes")
_TEMPLATES: dict[str, None] = {}  # insertion-ordered set of the marked templates


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate extracts
    """`text` unchanged; recorded as one of core's translatable sentences."""
    _TEMPLATES.setdefault(text)
    return text


def translatable() -> tuple[str, ...]:
    """Every template core marks."""
    for module in DECLARED_IN:
        importlib.import_module(module)
    return tuple(_TEMPLATES)
