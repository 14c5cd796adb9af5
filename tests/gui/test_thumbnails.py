"""Thumbnails: off the UI thread and out of the window's process, upright, cached on disk by path + mtime + size."""

from __future__ import annotations

import os
import threading

import pytest
from PIL import Image

from photoseek.core.decoders import DecoderPool
from photoseek.gui import thumbnails as thumbs
from photoseek.gui.preview import PreviewLoader
from photoseek.gui.thumbnails import THUMBNAIL_PX, ThumbnailCache, cache_key

pytestmark = pytest.mark.gui

EXIF_ORIENTATION = 0x0112


@pytest.fixture
def cache(app_home):  # type: ignore[no-untyped-def]
    made = []

    def make(**kwargs):  # type: ignore[no-untyped-def]
        made.append(ThumbnailCache(app_home.thumbnail_cache, **kwargs))
        return made[-1]

    yield make
    for cache in made:
        cache.stop()


def request(qtbot, cache: ThumbnailCache, path: str):  # type: ignore[no-untyped-def]
    """Ask for a thumbnail and wait until it is ready; returns the QImage."""
    stat = os.stat(path)
    found = []
    qtbot.waitUntil(lambda: found.append(cache.image(path, stat.st_mtime_ns, stat.st_size)) or found[-1] is not None,
                    timeout=30_000)
    return found[-1]


def test_a_rotated_jpeg_gets_an_upright_thumbnail_made_off_the_ui_thread(qtbot, cache, tmp_path, monkeypatch):
    photo = tmp_path / "sideways.jpg"
    exif = Image.Exif()
    exif[EXIF_ORIENTATION] = 6  # stored landscape, shown portrait
    Image.new("RGB", (600, 300), "red").save(photo, exif=exif)
    threads = []
    real = thumbs.render_thumbnail
    monkeypatch.setattr(thumbs, "render_thumbnail",
                        lambda *a: threads.append(threading.current_thread()) or real(*a))

    image = request(qtbot, cache(), str(photo))

    assert (image.width(), image.height()) == (THUMBNAIL_PX // 2, THUMBNAIL_PX)
    assert threads and threads[0] is not threading.main_thread()


def test_the_disk_cache_is_keyed_by_path_mtime_and_size(qtbot, cache, tmp_path, app_home):
    photo = tmp_path / "blue.png"
    Image.new("RGB", (400, 400), "blue").save(photo)
    first = cache()
    request(qtbot, first, str(photo))
    stat = os.stat(photo)
    key = cache_key(str(photo), stat.st_mtime_ns, stat.st_size)
    assert (app_home.thumbnail_cache / key[:2] / f"{key}.jpg").exists()

    second = cache()  # a new session: memory is empty, the disk cache answers
    request(qtbot, second, str(photo))
    assert second.rendered == 0

    Image.new("RGB", (400, 200), "green").save(photo)  # edited: new mtime and size, new thumbnail
    image = request(qtbot, second, str(photo))
    assert second.rendered == 1
    assert image.width() == 2 * image.height()


def test_formats_qt_has_no_plugin_for_are_shown_too(qtbot, cache, tmp_path):
    photo = tmp_path / "modern.avif"
    Image.new("RGB", (600, 400), "yellow").save(photo)

    image = request(qtbot, cache(), str(photo))

    assert (image.width(), image.height()) == (THUMBNAIL_PX, round(THUMBNAIL_PX * 2 / 3))
    colour = image.pixelColor(10, 10)
    assert colour.red() > 240 and colour.green() > 240 and colour.blue() < 20, colour.name()  # lossy AVIF


def test_an_unreadable_file_gives_a_null_image_not_an_error(qtbot, cache, tmp_path):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff not really a jpeg")
    assert request(qtbot, cache(), str(broken)).isNull()


@pytest.mark.skipif(os.name != "posix", reason="the injected hang waits for a POSIX signal")
def test_a_photo_that_hangs_or_crashes_its_decoder_costs_one_blank_thumbnail(qtbot, cache, tmp_path):
    good = tmp_path / "good.png"
    Image.new("RGB", (300, 200), "blue").save(good)
    for name in ("crash.png", "hang.png"):
        (tmp_path / name).write_bytes(good.read_bytes())
    pool = DecoderPool(decode="hostile_decoders:display", background=False)
    pool.seconds = 2.0
    thumbnails = cache(decoders=pool, threads=1)

    assert request(qtbot, thumbnails, str(tmp_path / "crash.png")).isNull()  # the decoder died, not the window
    assert request(qtbot, thumbnails, str(tmp_path / "hang.png")).isNull()  # stopped after pool.seconds
    shown = request(qtbot, thumbnails, str(good))
    assert shown.pixelColor(5, 5).name() == "#0000ff", "the next photo gets a decoder that works"
    assert thumbnails.rendered == 3


def test_the_most_recently_requested_photo_is_rendered_first(qtbot, cache, tmp_path):
    paths = []
    for n in range(5):
        paths.append(str(tmp_path / f"p{n}.png"))
        Image.new("RGB", (64, 64), (n * 40, 0, 0)).save(paths[-1])
    lifo = cache(threads=0)  # nothing renders until a thread is started below
    for path in paths:
        stat = os.stat(path)
        lifo.image(path, stat.st_mtime_ns, stat.st_size)
    order = []
    lifo.ready.connect(order.append)
    worker = threading.Thread(target=lifo._render_loop, daemon=True)
    lifo._threads.append(worker)
    worker.start()
    qtbot.waitUntil(lambda: len(order) == len(paths), timeout=30_000)
    assert order == list(reversed(paths))


def test_the_disk_cache_forgets_the_least_recently_used_beyond_its_budget(qtbot, cache, tmp_path, app_home):
    paths = []
    for n in range(4):
        paths.append(str(tmp_path / f"d{n}.png"))
        Image.new("RGB", (300, 300), (0, n * 60, 0)).save(paths[-1])
    filler = cache()
    for path in paths:
        request(qtbot, filler, path)
    cached = sorted(app_home.thumbnail_cache.glob("??/*.jpg"), key=lambda p: p.stat().st_mtime)
    assert len(cached) == 4
    for age, file in enumerate(cached):  # make the order of last use unambiguous
        os.utime(file, (1_000_000 + age, 1_000_000 + age))
    budget = sum(f.stat().st_size for f in cached[1:])

    cache(threads=0, disk_bytes=budget)  # the next start prunes in the background

    qtbot.waitUntil(lambda: not cached[0].exists(), timeout=30_000)
    assert cached[-1].exists()


@pytest.mark.skipif(os.name != "posix", reason="the decoder is killed by a POSIX signal")
def test_a_preview_whose_decoder_crashes_says_why_and_the_next_one_shows(qtbot, tmp_path):
    good = tmp_path / "good.png"
    Image.new("RGB", (900, 600), "green").save(good)
    (tmp_path / "crash.png").write_bytes(good.read_bytes())
    pool = DecoderPool(decode="hostile_decoders:display", background=False)
    loader = PreviewLoader(pool)
    try:
        with qtbot.waitSignal(loader.loaded, timeout=30_000) as crashed:
            loader.load(str(tmp_path / "crash.png"))
        assert crashed.args[1] == {"error": "the decoder crashed on this file (killed by SIGABRT)"}
        with qtbot.waitSignal(loader.loaded, timeout=30_000) as shown:
            loader.load(str(good), longest=300)
        assert (shown.args[1]["width"], shown.args[1]["height"]) == (300, 200)
    finally:
        loader.stop()
        pool.close()
