"""torchvision loads its operators (nms, the image codecs) from `_C_stable` / `image_stable` extension files
by path with torch.ops.load_library, not by import: the analysis cannot see them. open_clip's transforms
need the operators registered (without them: "operator torchvision::nms does not exist"). Its modules also
ship as source: TorchScript reads the source of its @torch.jit._overload functions at import, and warns on
every start without it."""

from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from PyInstaller.utils.hooks import get_package_paths

_, package = get_package_paths("torchvision")
binaries = [(str(path), "torchvision") for path in sorted(Path(package).iterdir())
            if path.stem.split(".")[0] in ("_C_stable", "image_stable", "_C", "image")
            and any(path.name.endswith(suffix) for suffix in (*EXTENSION_SUFFIXES, ".so", ".pyd", ".dylib"))]
module_collection_mode = "pyz+py"
