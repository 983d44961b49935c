"""The shipped files (resources/): icons made from the drawing, the Linux menu entry and AppStream
metainfo that the desktop's own validators accept, found however MetroDesk was installed."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QImageReader

import metrodesk
from metrodesk import resources

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "resources" / "linux"
DESKTOP = LINUX / f"{resources.APP_ID}.desktop"
METAINFO = LINUX / f"{resources.APP_ID}.metainfo.xml"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_passes_desktop_file_validate():
    out = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == "", out.stdout + out.stderr


def test_metainfo_passes_appstreamcli_validate_strictly():
    out = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--strict", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_menu_entry_metainfo_and_icons_name_each_other():
    entry = _desktop_entry()
    assert entry["Icon"] == resources.APP_ID
    assert entry["Exec"].split()[0] == "metrodesk"
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == resources.APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    # the newest release named in the metainfo is the version the app says it is
    assert root.find("releases/release").get("version") == metrodesk.__version__
    assert 48 in resources.icon_files() and 256 in resources.icon_files()


def test_icon_files_are_made_by_the_script_from_the_drawing(qapp, tmp_path):
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import icons
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    # when the script renders the drawing afresh
    written = icons.make_icons(ROOT / "resources" / "icons" / "metrodesk.svg", tmp_path)
    made = sorted(str(p.relative_to(tmp_path)) for p in written)
    committed = ROOT / "resources" / "icons"
    # then it makes the files that are committed, each size the size its folder names
    assert all((committed / name).is_file() for name in made)
    for size, png in resources.icon_files().items():
        assert QImage(str(png)).size() == QSize(size, size)
        assert QImage(str(tmp_path / png.relative_to(committed))).size() == QSize(size, size)
    # and Windows' .ico and macOS' .icns hold every size their systems ask for
    for name, sizes in (("metrodesk.ico", icons.ICO_SIZES), ("metrodesk.icns", (16, 1024))):
        reader = QImageReader(str(committed / name))
        found = set()
        for i in range(reader.imageCount()):
            reader.jumpToImage(i)
            found.add(reader.read().width())
        assert set(sizes) <= found, name


def test_found_in_the_source_checkout():
    assert resources.folder() == ROOT / "resources"
    assert resources.path("icons/metrodesk.svg").is_file()
    with pytest.raises(resources.ResourcesMissing):
        resources.path("icons/no-such-file.png")


def _python_in(folder: Path, code: str, **env: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=folder,
        env={"PATH": "/usr/bin:/bin", **env},
        check=True,
    )
    return out.stdout.strip()


def test_found_in_a_bundle_layout(tmp_path):
    # given the layout PyInstaller makes: code and data under one folder, sys._MEIPASS
    internal = tmp_path / "_internal"
    shutil.copytree(
        ROOT / "metrodesk", internal / "metrodesk", ignore=shutil.ignore_patterns("*.pyc")
    )
    shutil.copytree(ROOT / "resources", internal / "resources")
    code = (
        "import sys; sys._MEIPASS = sys.argv[0] = '.'; sys.path.insert(0, '.');"
        "from metrodesk import resources; print(resources.folder().resolve())"
    )
    # then the bundle's own copy is read
    assert _python_in(internal, code) == str((internal / "resources").resolve())


@pytest.mark.slow
def test_found_in_an_installed_wheel(tmp_path):
    # given MetroDesk built as a wheel and installed (without its dependencies) into a prefix
    wheels = tmp_path / "wheels"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(wheels), str(ROOT)], check=True)
    prefix = tmp_path / "prefix"
    wheel = next(wheels.glob("metrodesk-*.whl"))
    # --ignore-installed: without it pip uninstalls the running environment's own MetroDesk
    # (the developer's editable install) before installing into the prefix
    install = [*pip, "install", "--no-deps", "--ignore-installed", "--prefix", str(prefix)]
    subprocess.run([*install, str(wheel)], check=True)
    site_packages = next(prefix.glob("lib/python3*/site-packages"))
    # the desktop finds the menu entry and icons in the prefix's share/
    assert (prefix / "share" / "applications" / DESKTOP.name).is_file()
    assert (prefix / "share" / "icons" / "hicolor" / "256x256" / "apps").is_dir()
    # when an interpreter whose prefix is that one asks where the resources are
    code = (
        "import sys; sys.prefix = sys.argv[1] if len(sys.argv) > 1 else sys.prefix;"
        f"sys.prefix = {str(prefix)!r};"
        "from metrodesk import resources; print(resources.folder());"
        "print(len(resources.icon_files()))"
    )
    out = _python_in(tmp_path, code, PYTHONPATH=str(site_packages)).splitlines()
    # then it is the installed copy, with every icon size
    assert out == [str(prefix / "share" / "metrodesk"), str(len(resources.icon_files()))]
