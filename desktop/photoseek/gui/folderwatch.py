"""Keep the engine's LibraryWatcher running over the library's current folders."""

from __future__ import annotations

import logging
from collections.abc import Callable

from photoseek.core.membership import LibraryRules
from photoseek.core.watcher import ChangesCallback, LibraryWatcher

log = logging.getLogger("photoseek.gui.watch")


class FolderWatch:
    """One watcher at a time; `restart` after the folders or exclude patterns change."""

    def __init__(self, on_changes: ChangesCallback, debounce: float, on_error: Callable[[str], None]) -> None:
        self.on_changes = on_changes
        self.debounce = debounce
        self.on_error = on_error
        self._watcher: LibraryWatcher | None = None
        self._started = False  # until the model is ready nothing is watched, and nothing has gone wrong

    @property
    def mode(self) -> str:
        """"starting", "watching", "polling" (the OS limit on watches is reached) or "stopped"."""
        if self._watcher is not None:
            return self._watcher.mode
        return "stopped" if self._started else "starting"

    def restart(self, folders: dict[str, str], rules: LibraryRules) -> None:
        """Watch `folders` (library path → real path, see `Engine.watch_folders`) under the library's rules."""
        self.stop()
        if not folders:
            return
        watcher = LibraryWatcher(folders, self.on_changes, rules, debounce=self.debounce)
        try:
            watcher.start()
        except OSError as error:
            log.warning("cannot watch the library: %s", error)
            self.on_error(f"cannot watch the library folders ({error.strerror or error}): "
                          "changes are found by the periodic re-check")
            return
        self._watcher = watcher

    def stop(self, timeout: float = 1.0) -> None:
        self._started = True
        if self._watcher is not None:
            self._watcher.stop(timeout)
            self._watcher = None
