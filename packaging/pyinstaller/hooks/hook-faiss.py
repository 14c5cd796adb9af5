"""faiss picks its build (avx512, avx2, generic) by importing it by name at run time."""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("faiss") + ["packaging", "packaging.version"]
