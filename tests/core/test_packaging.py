"""The installers' recipe stays valid without building (`packaging/build.py` builds; that takes minutes).

The spec's lists, its hooks and the release workflow are checked against what the app really opens at
run time: a data file the app reads but the bundle lacks is an installed app that fails on a user's machine.
"""

from __future__ import annotations

import importlib.util
import runpy
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from support import REPO

PACKAGING = REPO / "packaging" / "pyinstaller"
sys.path.insert(0, str(PACKAGING))
import bundle  # noqa: E402


def hook(name: str) -> dict[str, object]:
    return runpy.run_path(str(PACKAGING / "hooks" / f"hook-{name}.py"))


def test_every_resource_the_window_opens_is_in_the_bundle() -> None:
    from photoseek.gui import resources

    carried = {Path(source) for source, _ in bundle.resources()}
    opened = [resources.ICON, *resources.TRANSLATIONS.glob("*.qm")]
    assert len(opened) >= 2 and set(opened) <= carried
    for source, folder in bundle.resources():  # placed where photoseek.gui.resources looks in a bundle
        assert Path(folder) == Path(source).parent.relative_to(REPO)


def test_the_hooks_collect_the_data_files_their_packages_read() -> None:
    import open_clip

    datas = {Path(source).relative_to(Path(open_clip.__file__).parent).as_posix()
             for source, _ in hook("open_clip")["datas"]}  # type: ignore[attr-defined]
    assert "bpe_simple_vocab_16e6.txt.gz" in datas
    assert "model_configs/ViT-B-32.json" in datas and len(datas) > 50
    lite = hook("milvus_lite")
    assert any(source.endswith(".dist-info") for source, _ in lite["datas"])  # type: ignore[attr-defined]
    assert "milvus_lite.server_manager" in lite["hiddenimports"]  # type: ignore[operator]
    assert hook("faiss")["hiddenimports"]
    from torchvision._internally_replaced_utils import _get_extension_path

    operators = Path(_get_extension_path("_C_stable"))  # what torchvision loads by path at import
    assert (str(operators), "torchvision") in hook("torchvision")["binaries"]  # type: ignore[operator]


def test_the_packages_whose_metadata_is_copied_are_installed() -> None:
    assert all(metadata.version(name) for name in bundle.METADATA)
    for name in bundle.HIDDEN_IMPORTS:
        assert importlib.util.find_spec(name) is not None, name


@pytest.mark.parametrize(("destination", "platform", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "linux", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", "linux", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "linux", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", "linux", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", "linux", False),
    ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", "win32", True),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", "darwin", True),
    ("PySide6/Qt/plugins/imageformats/libqwebp.so", "linux", True),
    ("PySide6/Qt/translations/qtbase_de.qm", "linux", True),
    ("PySide6/Qt/translations/qtbase_it.qm", "linux", False),
    ("PySide6/Qt/translations/qt_help_de.qm", "linux", False),
    ("nvidia/cudnn/lib/libcudnn.so.9", "linux", True),  # linked by torch: it must stay
    ("nvidia/cudnn/lib/libcudnn_engines_precompiled.so.9", "linux", False),
    ("nvidia/cu13/lib/libcublas.so.13", "linux", True),
    ("nvidia/cu13/lib/libcusolver.so.12", "linux", False),
    ("torch/lib/libtorch_cpu.so", "linux", True),
    ("torch/include/ATen/ATen.h", "linux", False),
    ("open_clip/model_configs/ViT-B-32.json", "linux", True),
    ("resources/translations/photoseek_en.qm", "linux", True),
])
def test_what_the_build_leaves_out(destination: str, platform: str, kept: bool) -> None:
    assert bundle.kept(destination, platform) is kept


def test_the_spec_and_its_launcher_are_valid_python_and_agree() -> None:
    spec = (PACKAGING / "photoseek.spec").read_text()
    compile(spec, "photoseek.spec", "exec")
    assert "bundle.prune(a.binaries" in spec and "bundle.prune(a.datas" in spec
    launcher = (PACKAGING / "launcher.py").read_text()
    assert f'GUI_EXECUTABLE = "{bundle.GUI_EXECUTABLE}"' in launcher
    desktop_entry = (REPO / "resources" / "photoseek.desktop").read_text()
    assert f"Exec={bundle.GUI_EXECUTABLE}\n" in desktop_entry
    result = subprocess.run([sys.executable, str(PACKAGING / "launcher.py"), "--version"], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.startswith("photoseek "), result.stderr


def test_the_release_workflow_builds_from_the_same_spec_on_three_platforms() -> None:
    workflow = (REPO / ".github" / "workflows" / "release.yml").read_text()
    for runner in ("ubuntu-", "windows-", "macos-"):
        assert f"runs-on: {runner}" in workflow
    assert workflow.count("packaging/pyinstaller/photoseek.spec") >= 3
    assert workflow.count("--self-test") >= 3, "each platform's frozen app tests itself"
    assert "download.pytorch.org/whl/cpu" in workflow, "CPU-only torch keeps the bundles small"
    assert "milvus-lite" in workflow, "pymilvus' extra skips Windows: Lite is installed explicitly"


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstreamcli is not installed (Debian: appstream)")
def test_the_appstream_metainfo_is_valid() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(REPO / "resources" /
                                                                         "photoseek.metainfo.xml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_installers_name_the_projects_version() -> None:
    import tomllib

    version = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    assert f'<release version="{version}"' in (REPO / "resources" / "photoseek.metainfo.xml").read_text()
    assert "/DAppVersion=$version" in (REPO / ".github" / "workflows" / "release.yml").read_text()

