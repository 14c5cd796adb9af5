"""What the frozen app carries and what it leaves out: read by `photoseek.spec` and by the packaging test.

Pure data and small functions (no PyInstaller import), so a fast test can check them without building.
"""

from __future__ import annotations

import fnmatch
from pathlib import Path, PurePosixPath

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
NAME = "photoseek"
CLI_EXECUTABLE = "photoseek"
GUI_EXECUTABLE = "photoseek-gui"  # the launcher tells the two apart by this name
APP_ID = "org.photoseek.PhotoSeek"

# The app's own runtime files, (source in the repository, folder in the bundle). `photoseek.gui.resources`
# finds them under the bundle folder (sys._MEIPASS) as it finds them beside desktop/ in the source tree.
RESOURCES = [
    ("resources/icons/photoseek.png", "resources/icons"),
    ("resources/translations/*.qm", "resources/translations"),
]

# Packages that read their own version from their installed metadata at import (milvus-lite fails without it).
METADATA = ["milvus-lite", "pymilvus", "open_clip_torch", "torch", "pillow-heif", "watchdog", "Pillow",
            "PySide6-Essentials"]

HIDDEN_IMPORTS = [
    "photoseek.core.decoders",  # decoder processes import their function by name
    "milvus_lite.server_manager",  # pymilvus imports it only when it opens a local file
    "PySide6.QtDBus",  # "Show in folder" on Linux (imported where it is used)
    # transformers loads its model families lazily (by name, at run time): the curated multilingual models'
    # towers and tokenizers, and the Auto* classes open_clip asks for. `--self-test` checks them.
    "transformers.models.auto.configuration_auto", "transformers.models.auto.modeling_auto",
    "transformers.models.auto.tokenization_auto",
    "transformers.models.xlm_roberta.configuration_xlm_roberta", "transformers.models.xlm_roberta.modeling_xlm_roberta",
    "transformers.models.xlm_roberta.tokenization_xlm_roberta", "transformers.models.gemma.tokenization_gemma",
]

# Never used by the app: their hooks would otherwise pull in hundreds of MB.
EXCLUDES = [
    "tkinter", "matplotlib", "IPython", "jupyter", "notebook", "pytest", "hypothesis", "milvus",
    "triton",  # torch's GPU compiler; a CPU app never loads it
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngineCore", "PySide6.QtMultimedia", "PySide6.QtPdf",
    "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtOpenGL", "PySide6.QtSvg", "PySide6.QtDesigner",
]

# Qt's own translations: the languages the window speaks.
QT_LANGUAGES = ["de", "fr", "ja", "zh_CN"]
QT_PLATFORMS = {"linux": ["xcb", "wayland", "wayland-egl", "wayland-generic", "offscreen", "minimal"],
                "win32": ["windows", "offscreen", "minimal"], "darwin": ["cocoa", "offscreen", "minimal"]}

# Bundle paths (POSIX, relative to the bundle folder) left out of the build. On Linux torch's CUDA build
# cannot be imported without its CUDA libraries (it links them), even to run on the CPU: the smallest set
# that imports is about 1.8 GB. What only a GPU ever loads goes: cuDNN's kernels (its small front
# library stays: it is linked), cuSOLVER (loaded with CUDA linear algebra), NVRTC's built-ins,
# cuFFTW, NVBLAS. Release builds use PyTorch's CPU-only wheels and carry none of this.
PRUNED = [
    "nvidia/cudnn/lib/libcudnn_*",
    "nvidia/cu13/lib/libcusolver*",
    "nvidia/cu13/lib/libnvrtc-builtins*",
    "nvidia/cu13/lib/libcufftw*",
    "nvidia/cu13/lib/libnvblas*",
    "nvidia/*/include/*",
    "torch/include/*",
    "torch/testing/_internal/data/*",
    "torch/share/*",
    "PySide6/Qt/qml/*",
    "PySide6/Qt/plugins/qmltooling/*",
    "PySide6/Qt/plugins/qmllint/*",
    "PySide6/Qt/plugins/designer/*",
    "PySide6/Qt/plugins/sqldrivers/*",
    "PySide6/Qt/plugins/printsupport/*",
    "PySide6/Qt/plugins/vectorimageformats/*",
    "PySide6/Qt/plugins/wayland-graphics-integration-server/*",
    "PySide6/Qt/plugins/egldeviceintegrations/*",
]


def resources() -> list[tuple[str, str]]:
    """RESOURCES with each pattern expanded: (absolute source file, bundle folder)."""
    found = []
    for pattern, folder in RESOURCES:
        matches = sorted(REPO.glob(pattern))
        if not matches:
            raise FileNotFoundError(f"{pattern}: no such file in {REPO} (run resources/translations/update.py?)")
        found += [(str(path), folder) for path in matches]
    return found


def kept(destination: str, platform: str) -> bool:
    """Whether a file the analysis collected (its path inside the bundle) belongs in the app."""
    path = PurePosixPath(destination.replace("\\", "/"))
    text = str(path)
    if any(fnmatch.fnmatch(text, pattern) for pattern in PRUNED):
        return False
    parts = path.parts
    if "translations" in parts and parts[:3] == ("PySide6", "Qt", "translations"):
        stem = path.stem  # qtbase_de, qt_help_fr…
        return stem.startswith("qtbase_") and stem.removeprefix("qtbase_") in QT_LANGUAGES
    if parts[:4] == ("PySide6", "Qt", "plugins", "platforms"):
        name = path.name.split(".")[0].removeprefix("lib").removeprefix("q")
        return name in QT_PLATFORMS.get(platform, [])
    return True


def icon(platform: str, folder: Path) -> str | None:
    """The executables' icon, made from the app's PNG: .ico on Windows, .icns on macOS (Linux: none)."""
    kind = {"win32": "ico", "darwin": "icns"}.get(platform)
    if kind is None:
        return None
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"photoseek.{kind}"
    Image.open(REPO / "resources" / "icons" / "photoseek.png").save(target)
    return str(target)


def prune(entries, platform: str):  # type: ignore[no-untyped-def]
    """`entries` (PyInstaller's TOC: (destination, source, kind) tuples) without the files `kept` refuses."""
    return [entry for entry in entries if kept(entry[0], platform)]
