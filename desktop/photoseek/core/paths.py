"""Where PhotoSeek keeps its state. Every other module asks this one.

One app home holds everything: config, the Milvus Lite database, caches, logs.
`--home DIR` / `PHOTOSEEK_HOME` redirect it (tests, portable installs).
"""

from __future__ import annotations

import logging
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("photoseek.paths")

HOME_ENV = "PHOTOSEEK_HOME"
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


def default_home() -> Path:
    """The platform's per-user data folder for PhotoSeek."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "PhotoSeek"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "PhotoSeek"
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "photoseek"


def make_private(path: Path) -> None:
    """Take group and other users' access away from a path of ours (one made by an older version, or by
    a umask that shares); Windows keeps its per-user ACLs, and file systems without modes are left be."""
    if os.name != "posix":
        return
    try:
        mode = path.lstat()
        if mode.st_uid == os.geteuid() and stat.S_IMODE(mode.st_mode) & 0o077:
            path.chmod(stat.S_IMODE(mode.st_mode) & ~0o077)
    except OSError as error:
        log.debug("cannot make %s private: %s", path, error)


@dataclass(frozen=True)
class AppHome:
    """The folder that holds all of PhotoSeek's state, and the names inside it."""

    root: Path

    @classmethod
    def resolve(cls, explicit: str | os.PathLike[str] | None = None) -> AppHome:
        """`explicit` wins, then $PHOTOSEEK_HOME, then the platform default."""
        chosen = explicit or os.environ.get(HOME_ENV) or default_home()
        return cls(Path(chosen).expanduser().resolve())

    def claim_library_caches(self) -> None:
        """Point the hub client's and torch's own caches into this home (unless the user set them).

        Call before huggingface_hub or torch are imported: they read these once, at import.
        """
        os.environ.setdefault("HF_HOME", str(self.model_cache / "huggingface"))
        os.environ.setdefault("TORCH_HOME", str(self.model_cache / "torch"))
        # torch makes its compiler's cache folder in the system's temp folder at import, even unused.
        os.environ.setdefault("TORCHINDUCTOR_CACHE_DIR", str(self.model_cache / "torchinductor"))

    def ensure(self) -> AppHome:
        """Create the home and its folders, for this user only: they hold thumbnails and the index."""
        for folder in (self.root, self.model_cache, self.thumbnail_cache, self.log_dir):
            folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
            make_private(folder)
        return self

    @property
    def library_file(self) -> Path:
        return self.root / "library.json"

    @property
    def index_state_file(self) -> Path:
        return self.root / "index-state.json"

    @property
    def failures_file(self) -> Path:
        return self.root / "failures.json"

    @property
    def database(self) -> Path:
        return self.root / "index.db"

    @property
    def model_cache(self) -> Path:
        return self.root / "models"

    @property
    def thumbnail_cache(self) -> Path:
        return self.root / "thumbnails"

    @property
    def log_dir(self) -> Path:
        return self.root / "logs"

    @property
    def lock_file(self) -> Path:
        return self.root / "photoseek.lock"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.ini"
