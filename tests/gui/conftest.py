"""Window fixtures: a real worker with Milvus Lite and a real (toy or tiny) CLIP in a temp app home."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from window_support import CLASSES

import shapes_world
from photoseek.core.lock import HomeLock
from photoseek.core.paths import AppHome
from photoseek.core.settings import LibrarySettings
from photoseek.gui import i18n
from support import TINY_MODEL, TOY_MODEL


@pytest.fixture(autouse=True, scope="session")
def english(qapp) -> None:  # type: ignore[no-untyped-def]
    """The window's strings as `photoseek gui` shows them in English (the plural forms are a translation)."""
    assert i18n.install(qapp, "en") == ["en"]


@pytest.fixture(autouse=True)
def clipboard_left_empty(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Qt's offscreen platform crashes while the app is destroyed (at exit, after every test passed) when its
    clipboard still holds mime data the app made (Copy: files and paths). Measured with PySide6 6.11.3 and
    6.12.0; xcb is fine. Tests that copy leave the clipboard empty."""
    yield
    qapp.clipboard().clear()


@pytest.fixture
def app_home(isolated_home: Path) -> AppHome:
    return AppHome.resolve(isolated_home).ensure()


@pytest.fixture
def home_lock(app_home: AppHome) -> Iterator[HomeLock]:
    with HomeLock(app_home.lock_file) as lock:
        yield lock


@pytest.fixture
def toy_model() -> str:
    if not any(TOY_MODEL.glob("*.safetensors")):
        pytest.skip("the toy CLIP has no weights yet: python tests/assets/toy-clip/train.py")
    return str(TOY_MODEL)


@pytest.fixture
def tiny_model() -> str:
    return str(TINY_MODEL)


@pytest.fixture
def photos(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Two photos of each of four classes in a 'photos' folder, as a library would hold them."""
    return shapes_world.write_folder(tmp_path / "photos", per_class=2, seed=7, classes=CLASSES, max_px=96)


@pytest.fixture
def make_window(qtbot, app_home: AppHome, home_lock: HomeLock) -> Iterator[Callable[..., object]]:  # type: ignore[no-untyped-def]
    """Open a window (folders already in the library if given); every window is closed and must stop cleanly.

    `show_weaker`: the window lists every hit, weaker matches too, as when a user has chosen so in Settings.
    That is the default here: the tiny model's weights are random, so which hits clear the relevance cutoff
    is chance, and the tests of other features count on seeing every photo. The cutoff's own tests (with the
    toy model) pass show_weaker=False, the window's default."""
    from photoseek.gui.app import create_window
    from photoseek.gui.settings import SHOW_WEAKER

    windows = []

    def make(model: str | None, folders: list[Path] = (), show_weaker: bool = True,  # type: ignore[no-untyped-def,assignment]
             **kwargs: object):
        preferences = QSettings(str(app_home.settings_file), QSettings.Format.IniFormat)  # nothing else touched
        preferences.setValue(SHOW_WEAKER.key, int(show_weaker))
        preferences.sync()
        if folders:
            library = LibrarySettings.load(app_home.library_file)
            for folder in folders:
                library.add_folder(folder)
            library.save()
        kwargs.setdefault("watch_debounce", 0.3)
        window = create_window(app_home, model=model, **kwargs)
        windows.append(window)
        window.show()
        return window

    yield make
    for window in windows:
        window.close()
        assert window.shutdown_clean, "the engine thread did not stop in time"
