"""`photoseek --self-test`: a sound install passes every check; one with a part missing says which, and how."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from support import run_cli

pytestmark = pytest.mark.slow


def test_a_sound_install_passes_every_check(tmp_path: Path) -> None:
    result = run_cli("--self-test", env={"TMPDIR": str(tmp_path)})
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "All 7 checks passed."
    checks = [line.split(":")[0].split(maxsplit=1) for line in lines[1:-1]]
    assert [status for status, _ in checks] == ["ok"] * 7
    assert "4 photos indexed, searched, reopened, searched again" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert not list(tmp_path.glob("photoseek-*")), "its temporary folder is gone"


def test_an_install_without_open_clips_data_files_says_so_and_fails(tmp_path: Path) -> None:
    """What a frozen build that forgot open_clip's data files does: the other parts are still checked."""
    import open_clip

    broken = tmp_path / "site" / "open_clip"
    shutil.copytree(Path(open_clip.__file__).parent, broken,
                    ignore=shutil.ignore_patterns("model_configs", "*.txt.gz", "__pycache__"))
    result = run_cli("--self-test", env={"PYTHONPATH": _pythonpath(broken.parent)})
    assert result.returncode == 1
    report = {line.split(":")[0].split(maxsplit=1)[1]: line for line in result.stdout.splitlines()[1:-1]}
    assert report["open_clip"].startswith("  FAIL  open_clip: ")
    assert "bpe_simple_vocab_16e6.txt.gz" in report["open_clip"] or "model configs" in report["open_clip"]
    assert report["library (index, search, reopen)"].startswith("  FAIL")
    unharmed = ("torch", "transformers", "image decoding", "folder watching", "Qt")
    assert all(report[name].startswith("  ok") for name in unharmed)
    assert result.stdout.splitlines()[-1] == "5 of 7 checks passed."
    assert "Traceback" not in result.stdout + result.stderr


def _pythonpath(first: Path) -> str:
    import photoseek

    return f"{first}:{Path(photoseek.__file__).parents[1]}"
