"""Engine fixtures: a real Engine on real Milvus Lite in a temp home, with the tiny or toy CLIP."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from photoseek.core.engine import Engine
from photoseek.core.lock import HomeLock
from photoseek.core.paths import AppHome
from support import TINY_MODEL, TOY_MODEL

EngineFactory = Callable[..., Engine]


@pytest.fixture
def make_engine(isolated_home: Path) -> Iterator[EngineFactory]:
    """Open engines on the test's home (tiny model unless told otherwise; None: the library's own).

    All share the home's lock, as one process would; all are closed afterwards.
    """
    opened: list[Engine] = []
    home = AppHome.resolve(isolated_home).ensure()
    lock = HomeLock(home.lock_file).acquire()

    def factory(model: Path | str | None = TINY_MODEL, **kwargs: object) -> Engine:
        engine = Engine(home, model=None if model is None else str(model), **kwargs)  # type: ignore[arg-type]
        opened.append(engine)
        return engine

    yield factory
    for engine in opened:
        engine.close()
    lock.release()


@pytest.fixture
def engine(make_engine: EngineFactory) -> Engine:
    return make_engine()


@pytest.fixture
def toy_engine(make_engine: EngineFactory) -> Engine:
    return make_engine(TOY_MODEL)
