"""Core's sentences the window shows are marked for translation in one way, and the list of them is whole."""

from __future__ import annotations

import re
from pathlib import Path

from photoseek.core import phrases

CORE = Path(phrases.__file__).parent


def test_every_module_that_marks_sentences_is_listed() -> None:
    marking = {f"photoseek.core.{path.stem}" for path in CORE.glob("*.py")
               if path.name != "phrases.py" and "QT_TRANSLATE_NOOP(" in path.read_text(encoding="utf-8")}
    assert marking == set(phrases.DECLARED_IN)


def test_marks_use_the_literal_context_lupdate_can_read() -> None:
    for module in phrases.DECLARED_IN:
        source = (CORE / f"{module.rsplit('.', 1)[1]}.py").read_text(encoding="utf-8")
        calls = re.findall(r"QT_TRANSLATE_NOOP\((\S+?),", source)
        assert calls and set(calls) == {f'"{phrases.CONTEXT}"'}, module


def test_templates_have_plain_named_values() -> None:
    templates = phrases.translatable()
    assert len(templates) >= 20
    for template in templates:
        assert "\n" not in template and template == template.strip()
        for field in re.findall(r"\{([^}]*)\}", template):
            assert field.isidentifier(), f"{template!r}: {{{field}}} (no format specs, no positions)"
