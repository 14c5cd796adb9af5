"""Kill -9 of the window's process at random moments of its index run (opening, scanning, embedding,
writing, watching), with another program changing the library meanwhile: the index stays exact."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kill_harness import kill_and_restart
from photoseek.core.paths import AppHome
from photoseek.core.settings import LibrarySettings

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def window_command(home: Path) -> callable:  # type: ignore[valid-type]
    def command(library: Path) -> list[str]:
        settings = LibrarySettings.load(AppHome.resolve(home).ensure().library_file)
        if str(library) not in settings.folders:
            settings.add_folder(library)  # as "Add a folder…" did before the first start
            settings.save()
        return [sys.executable, "-m", "photoseek.gui.app", "-v", "--no-crash-dialog", "--home", str(home)]
    return command


def test_a_few_kills_of_the_window_leave_the_index_exact(exact_env: None, isolated_home: Path,
                                                         tmp_path: Path) -> None:
    moments = kill_and_restart(tmp_path, kills=4, edits=True, seed=91, per_class=8,
                               command=window_command(isolated_home))
    assert all(m != "finished" for m in moments), "the window runs until it is killed"


@pytest.mark.long
def test_twenty_kills_of_the_window_leave_the_index_exact(exact_env: None, isolated_home: Path,
                                                          tmp_path: Path) -> None:
    # 3,200 photos: enough that most of the twenty runs are killed before the library is indexed.
    moments = kill_and_restart(tmp_path, kills=20, edits=True, seed=92, per_class=100,
                               command=window_command(isolated_home))
    print("\nkilled at:", *moments, sep="\n  ")
    assert sum("stored batch" in m or "embedded" in m for m in moments) >= 5, "kills while embedding"
