"""The installed app's entry point: `photoseek` is the command line, `photoseek-gui` the window.

PyInstaller builds both executables from this one script; the name of the one that ran decides what it does.
A windowed build (Windows, macOS) has no console: `sys.stdout`/`sys.stderr` are None there, and code that
writes to them must find a file.
"""

import multiprocessing
import os
import sys
from pathlib import Path

GUI_EXECUTABLE = "photoseek-gui"

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a decoder process: it serves and exits here, before torch is imported
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives for the process
    if sys.platform == "win32":
        import torch  # noqa: F401 - before Qt: Qt's DLLs loaded first break torch's (elsewhere torch is
        # imported later, after the app home has claimed its caches)

    if Path(sys.executable).stem == GUI_EXECUTABLE:
        from photoseek.gui.app import main
    else:
        from photoseek.cli import main
    sys.exit(main())
