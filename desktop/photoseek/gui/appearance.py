"""Light or dark: the system's choice unless the user picks one in Settings.

Qt follows the system's colour scheme where the platform tells it (Windows 11, macOS, GNOME and KDE
through the desktop portal). An explicit choice asks Qt for that scheme; where the platform cannot
switch (plain X11, a headless session), Qt's Fusion style is used with a palette of that scheme.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

log = logging.getLogger("photoseek.gui.appearance")

SYSTEM, LIGHT, DARK = "system", "light", "dark"
CHOICES = {  # shown translated: QCoreApplication.translate("appearance", label)
    SYSTEM: QT_TRANSLATE_NOOP("appearance", "Follow the system"),
    LIGHT: QT_TRANSLATE_NOOP("appearance", "Light"),
    DARK: QT_TRANSLATE_NOOP("appearance", "Dark"),
}

_DARK = {  # Fusion's roles, as dark-mode apps on each platform colour them
    QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1f1f1f", QPalette.ColorRole.AlternateBase: "#303030",
    QPalette.ColorRole.Text: "#e8e8e8", QPalette.ColorRole.PlaceholderText: "#8c8c8c",
    QPalette.ColorRole.Button: "#353535", QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.BrightText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#3c3c3c",
    QPalette.ColorRole.ToolTipText: "#e8e8e8", QPalette.ColorRole.Highlight: "#3d6fd1",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.Link: "#79a6ff",
    QPalette.ColorRole.Light: "#4a4a4a", QPalette.ColorRole.Midlight: "#3e3e3e",
    QPalette.ColorRole.Mid: "#2f2f2f", QPalette.ColorRole.Dark: "#1a1a1a", QPalette.ColorRole.Shadow: "#000000",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour).darker(150))
    return palette


def is_dark(app: QApplication) -> bool:
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


class Appearance:
    """Applies a choice to the whole application, and can go back to what the system gave."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self._system_style = app.style().name()
        self._overridden = False

    def apply(self, choice: str) -> None:
        hints = self.app.styleHints()
        if choice not in (LIGHT, DARK):
            hints.unsetColorScheme()
            if self._overridden:
                self.app.setStyle(self._system_style)
                self.app.setPalette(self.app.style().standardPalette())
                self._overridden = False
            return
        scheme = Qt.ColorScheme.Dark if choice == DARK else Qt.ColorScheme.Light
        hints.setColorScheme(scheme)
        if hints.colorScheme() == scheme and not self._overridden:
            return  # the platform switched
        log.debug("the platform cannot switch to %s: Fusion with its palette", choice)
        self.app.setStyle("Fusion")
        self.app.setPalette(dark_palette() if choice == DARK else self.app.style().standardPalette())
        self._overridden = True
