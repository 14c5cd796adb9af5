"""Milvus Lite reads its version from its installed metadata at import, and pymilvus imports its server
manager only when it opens a local database."""

from PyInstaller.utils.hooks import collect_submodules, copy_metadata

datas = copy_metadata("milvus-lite")
hiddenimports = collect_submodules("milvus_lite")
