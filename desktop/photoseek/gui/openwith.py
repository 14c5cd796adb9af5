"""Open with…: the applications that say they open a photo's type, and starting one on photos.

Linux lists the desktop entries (freedesktop.org Desktop Entry spec) whose MimeType names the type;
Windows has its own "Open with" dialog; everywhere, "Other application…" runs a program the user
picks. Each start returns whether the program started, so the window can say when it did not.
"""

from __future__ import annotations

import configparser
import logging
import os
import shlex
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeDatabase

from photoseek.gui.desktop import file_url

log = logging.getLogger("photoseek.gui.openwith")

ENTRY = "Desktop Entry"
FIELD_CODES_DROPPED = ("%i", "%c", "%k", "%d", "%D", "%n", "%N", "%v", "%m")  # deprecated or not for files


@dataclass(frozen=True)
class Application:
    name: str
    command: str  # the entry's Exec line, field codes and all
    entry: str = ""  # the desktop entry file it came from ("": chosen by the user)


def mime_type(path: str) -> str:
    return QMimeDatabase().mimeTypeForFile(path).name()


def applications_for(paths: Iterable[str]) -> list[Application]:
    """The applications that open every one of these photos' types, by name (Linux: desktop entries)."""
    types = {mime_type(p) for p in paths}
    if not types or sys.platform in ("win32", "darwin"):
        return []
    found: dict[str, Application | None] = {}
    for folder in _application_folders():
        for entry in sorted(folder.rglob("*.desktop")) if folder.is_dir() else ():
            desktop_id = entry.relative_to(folder).as_posix().replace("/", "-")
            if desktop_id not in found:  # the first folder's entry of an id wins (a user's over the system's)
                read = _read_entry(entry)
                found[desktop_id] = read[0] if read is not None and types <= read[1] else None
    return sorted((a for a in found.values() if a is not None), key=lambda a: a.name.casefold())


def _application_folders() -> list[Path]:
    home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    dirs = os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    return [Path(folder) / "applications" for folder in [home, *dirs.split(":")] if folder]


def _read_entry(entry: Path) -> tuple[Application, set[str]] | None:
    """The application a desktop entry starts and the types it opens; None for one not to offer."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    try:
        parser.read(entry, encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError) as error:
        log.debug("skipping the desktop entry %s: %s", entry, error)
        return None
    if not parser.has_section(ENTRY):
        return None
    section = parser[ENTRY]
    if section.get("Type", "Application") != "Application" or not section.get("Exec"):
        return None
    if section.get("NoDisplay") == "true" or section.get("Hidden") == "true":
        return None
    types = {t for t in section.get("MimeType", "").split(";") if t}
    return Application(section.get("Name") or entry.stem, section["Exec"], str(entry)), types


def command_lines(application: Application, paths: list[str]) -> list[list[str]]:
    """The programs to start: one for all photos (%F, %U), else one per photo (%f, %u, or no code)."""
    try:
        words = shlex.split(application.command)
    except ValueError:
        return []
    words = [w for w in words if w not in FIELD_CODES_DROPPED]
    if "%F" in words or "%U" in words:
        return [_expanded(words, paths)]
    return [_expanded(words, [path]) for path in paths]


def _expanded(words: list[str], paths: list[str]) -> list[str]:
    line: list[str] = []
    for word in words:
        if word in ("%F", "%f"):
            line += paths
        elif word in ("%U", "%u"):
            line += [bytes(file_url(p).toEncoded().data()).decode("ascii") for p in paths]
        else:
            line.append(word.replace("%%", "%"))
    if not any(code in words for code in ("%F", "%f", "%U", "%u")):
        line += paths  # an entry without a code is given the files at the end, as file managers do
    return line


def start(application: Application, paths: list[str]) -> str | None:
    """Start the application on the photos; None, or why it could not start (one line)."""
    lines = command_lines(application, paths)
    if not lines:
        problem = QCoreApplication.translate("openwith",
                                             "{application} cannot be started (its command is not readable)")
        return problem.format(application=application.name)
    for line in lines:
        try:
            subprocess.Popen(line, start_new_session=True, stdin=subprocess.DEVNULL,  # noqa: S603
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as error:
            log.info("could not start %s: %s", line, error)
            return QCoreApplication.translate("openwith", "{application} did not start: {reason}").format(
                application=application.name, reason=error.strerror or error)
    return None


def chosen_program(program: str) -> Application:
    """A program the user picked (macOS: an application bundle, opened through `open -a`)."""
    name = Path(program).stem
    if sys.platform == "darwin":
        return Application(name, shlex.join(["open", "-a", program]) + " %F")
    return Application(name, shlex.join([program]) + " %F")


def system_dialog(path: str) -> str | None:
    """Windows' own "Open with" dialog for the photo; None, or why it did not show."""
    try:
        subprocess.Popen(["rundll32.exe", "shell32.dll,OpenAs_RunDLL", os.path.normpath(path)])  # noqa: S603,S607
    except OSError as error:
        return QCoreApplication.translate("openwith", "the Open with dialog did not show: {reason}").format(
            reason=error.strerror or error)
    return None
