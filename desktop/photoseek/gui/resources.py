"""Where the window's resources (icons, translations) are: one answer for the source tree and installers.

In the source tree `resources/` sits beside `desktop/`; an installed (PyInstaller) build carries it in
its bundle folder, `sys._MEIPASS`.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[3])) / "resources"
ICON = ROOT / "icons" / "photoseek.png"
TRANSLATIONS = ROOT / "translations"
