"""Valid photos of extreme shapes and names: indexed like any other, and shown on the terminal one per line."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PIL import Image

from support import TOY_MODEL, run_cli

SHAPES = {"panorama.jpg": (30000, 10), "tower.png": (10, 30000), "dot.png": (1, 1), "strip.gif": (3, 3000)}


def test_extreme_shapes_are_indexed_and_found(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    for name, size in SHAPES.items():
        Image.new("RGB", size, (220, 30, 30)).save(folder / name)
    home = ["--home", str(tmp_path / "home"), "--model", str(TOY_MODEL)]
    run = run_cli(*home, "index", str(folder))
    assert run.returncode == 0, run.stderr
    assert f"{len(SHAPES)} added" in run.stdout and " 0 failed" in run.stdout, run.stdout + run.stderr
    assert "Traceback" not in run.stderr
    found = run_cli(*home, "search", "a red square", "--json", "--limit", "10")
    assert {Path(hit["path"]).name for hit in json.loads(found.stdout)} == set(SHAPES)


def test_names_with_control_characters_print_one_line_each(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    names = ["new\nline.jpg", "tab\there.jpg", "bell\x07.jpg", "plain.jpg"]
    for n, name in enumerate(names):  # distinct photos: identical copies would be folded into one result
        Image.new("RGB", (64, 48), (30, 30 + 40 * n, 220)).save(folder / name, "JPEG")
    (folder / "broken\nname.jpg").write_bytes(b"not a photo")
    home = ["--home", str(tmp_path / "home"), "--model", str(TOY_MODEL)]
    indexed = run_cli(*home, "index", str(folder))
    assert indexed.returncode == 0, indexed.stderr
    assert f"{folder}/broken\\nname.jpg: " in indexed.stderr, "the unreadable file's name, escaped, on one line"
    found = run_cli(*home, "search", "a blue square", "--limit", "10")
    lines = found.stdout.splitlines()
    assert len(lines) == len(names), lines
    assert {line.split("  ", 1)[1] for line in lines} == {
        f"{folder}/new\\nline.jpg", f"{folder}/tab\\there.jpg", f"{folder}/bell\\x07.jpg", f"{folder}/plain.jpg"}
    status = run_cli(*home, "status")
    assert f"  {folder}/broken\\nname.jpg: " in status.stdout
    as_json = json.loads(run_cli(*home, "search", "a blue square", "--json", "--limit", "10").stdout)
    assert f"{folder}/new\nline.jpg" in {hit["path"] for hit in as_json}, "JSON keeps the real name"


def test_decoder_warnings_go_to_the_log_not_the_terminal(tmp_path: Path) -> None:
    """Pillow warns (DecompressionBombWarning) about a photo of 90 megapixels, under its refusal limit:
    the photo is indexed, and the warning is in the log file, not on the user's terminal."""
    folder = tmp_path / "photos"
    folder.mkdir()
    Image.new("1", (9500, 9500), 1).save(folder / "huge.png")  # 1-bit: a small file, a big declared size
    home = tmp_path / "home"
    run = run_cli("--home", str(home), "--model", str(TOY_MODEL), "index", str(folder))
    assert run.returncode == 0 and "1 added" in run.stdout, run.stdout + run.stderr
    assert "Warning" not in run.stderr, run.stderr
    assert "DecompressionBombWarning" in (home / "logs" / "photoseek.log").read_text()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="fifos and Unix sockets are POSIX")
def test_things_named_like_photos_that_are_not_files_are_passed_over(tmp_path: Path) -> None:
    """A fifo (opening it would wait forever), a socket, a folder named x.jpg and a symlink loop among the
    photos: the run finishes, indexes the photo, and names the loop it could not read in one line."""
    import socket

    folder = tmp_path / "photos"
    (folder / "x.jpg").mkdir(parents=True)
    Image.new("RGB", (64, 48), (220, 30, 30)).save(folder / "ok.jpg")
    os.mkfifo(folder / "fifo.jpg")
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(folder / "sock.jpg"))
    (folder / "loop.jpg").symlink_to("loop.jpg")
    run = run_cli("--home", str(tmp_path / "home"), "--model", str(TOY_MODEL), "index", str(folder), timeout=120)
    assert run.returncode == 0, run.stderr
    assert "1 added" in run.stdout and " 0 failed" in run.stdout, run.stdout
    assert run.stderr.strip().splitlines() == [
        f"warning: {folder}/loop.jpg: cannot be read (Too many levels of symbolic links); "
        "its photos were kept as they are"], run.stderr
