"""Kill -9 at random moments of real `photoseek index` runs, with the library changing meanwhile.

After every kill the next run starts where the last one died; at the end the index equals a ground
truth taken from the filesystem: the same paths, one row each, each vector its file's embedding.
The short variant runs in CI; `-m long` runs the issue's two dozen kills.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kill_harness import kill_and_restart

pytestmark = pytest.mark.slow


def test_a_few_kills_anywhere_leave_the_index_exact(exact_env: None, tmp_path: Path) -> None:
    """Four runs killed at random moments while another program edits the library, then one to the end."""
    moments = kill_and_restart(tmp_path, kills=4, edits=True, seed=81, per_class=8)  # 256 photos
    assert sum(m != "finished" for m in moments) >= 2, f"the runs ended before they were killed: {moments}"


@pytest.mark.long
@pytest.mark.parametrize("edits", [False, True], ids=["still", "changing"])
def test_two_dozen_kills_anywhere_leave_the_index_exact(exact_env: None, tmp_path: Path, edits: bool) -> None:
    # Enough photos that two dozen runs killed a few seconds in do not finish the library.
    moments = kill_and_restart(tmp_path, kills=24, edits=edits, seed=82 + edits, per_class=12 if edits else 100)
    print("\nkilled at:", *moments, sep="\n  ")
    assert sum(m != "finished" for m in moments) >= 20, f"fewer than 20 runs were killed: {moments}"
