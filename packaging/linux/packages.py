"""The Linux packages of the one-folder bundle dist/metrodesk/ (build it first):

    python3 tasks.py packages   # dist/metrodesk-VERSION-linux-x86_64.tar.gz and the .deb

- the tarball: `metrodesk-VERSION/` holding the bundle and `install.sh` (per user into ~/.local,
  or for everyone with sudo; `--uninstall`);
- the .deb (`sudo apt install ./metrodesk_VERSION_amd64.deb`): the bundle in /opt/metrodesk,
  `/usr/bin/metrodesk`, the menu entry, the icons and the AppStream metainfo where Debian and
  Ubuntu look for them; removing the package removes all of it (never the user's data).

Only Python's standard library and `dpkg-deb` are used, so this runs on any Debian or Ubuntu
build machine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "metrodesk"
sys.path.insert(0, str(ROOT))
from metrodesk import __version__  # noqa: E402
from metrodesk.resources import APP_ID  # noqa: E402

#: what the bundle takes from the system rather than carrying (PyInstaller leaves out the C
#: library, OpenGL/EGL and the font configuration, which must match the machine's)
DEB_DEPENDS = (
    "libc6 (>= 2.31), libegl1, libgl1, libfontconfig1, libfreetype6, libxkbcommon0, "
    "libxkbcommon-x11-0, libdbus-1-3, libxcb-cursor0 | libxcb-cursor-dev, libxcb-icccm4, "
    "libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-randr0, libxcb-shape0, "
    "libxcb-xkb1, fonts-dejavu-core | fonts-noto-core"
)


def _folder_kb(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) // 1024


def tarball() -> Path:
    out = DIST / f"metrodesk-{__version__}-linux-x86_64.tar.gz"
    top = f"metrodesk-{__version__}"
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(BUNDLE, arcname=f"{top}/metrodesk")
        tar.add(ROOT / "packaging" / "linux" / "install.sh", arcname=f"{top}/install.sh")
    return out


def _deb_tree(root: Path) -> None:
    shutil.copytree(BUNDLE, root / "opt" / "metrodesk", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    os.symlink("/opt/metrodesk/metrodesk", root / "usr" / "bin" / "metrodesk")
    resources = BUNDLE / "_internal" / "resources"
    share = root / "usr" / "share"
    for sub, name in (
        ("applications", f"{APP_ID}.desktop"),
        ("metainfo", f"{APP_ID}.metainfo.xml"),
    ):
        (share / sub).mkdir(parents=True)
        shutil.copy2(resources / "linux" / name, share / sub / name)
    for png in (resources / "icons" / "hicolor").glob(f"*/apps/{APP_ID}.png"):
        target = share / "icons" / "hicolor" / png.parent.parent.name / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, target / png.name)
    docs = share / "doc" / "metrodesk"
    docs.mkdir(parents=True)
    shutil.copy2(ROOT / "README.md", docs / "README.md")


def _control(root: Path) -> None:
    debian = root / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(
        f"Package: metrodesk\n"
        f"Version: {__version__}\n"
        f"Architecture: amd64\n"
        f"Maintainer: Metropolis Secretariat General <it@metropolis.org>\n"
        f"Installed-Size: {_folder_kb(root)}\n"
        f"Depends: {DEB_DEPENDS}\n"
        f"Section: misc\n"
        f"Priority: optional\n"
        f"Homepage: https://www.metropolis.org/\n"
        f"Description: contacts, member cities, training and meetings\n"
        f" MetroDesk is the desktop tool of the secretariat of a world association of\n"
        f" cities: contacts and organisations, member cities, the training network and\n"
        f" meeting notes, offline on a laptop, with Excel workbooks in and out.\n",
        encoding="utf-8",
    )
    # the menu and icon caches, refreshed where the tools exist
    for script in ("postinst", "postrm"):
        path = debian / script
        path.write_text(
            "#!/bin/sh\nset -e\n"
            "if command -v update-desktop-database >/dev/null 2>&1; then\n"
            "  update-desktop-database -q /usr/share/applications || true\nfi\n"
            "if command -v gtk-update-icon-cache >/dev/null 2>&1; then\n"
            "  gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true\nfi\n",
            encoding="utf-8",
        )
        path.chmod(0o755)


def deb(work: Path) -> Path:
    root = work / "deb"
    shutil.rmtree(root, ignore_errors=True)
    _deb_tree(root)
    _control(root)
    out = DIST / f"metrodesk_{__version__}_amd64.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(root), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(root)
    return out


def main() -> int:
    if not (BUNDLE / "metrodesk").is_file():
        print(f"{BUNDLE} is not built: run `python3 tasks.py bundle` first", file=sys.stderr)
        return 1
    for made in (tarball(), deb(ROOT / "build")):
        print(f"{made}: {made.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
