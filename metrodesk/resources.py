"""The files MetroDesk ships beside its code: the top-level `resources/` folder of the source tree
(the icon and its sizes, the Linux menu entry and AppStream metainfo, later the translations).

One place knows where that folder is, whichever way the app was installed:

- a PyInstaller bundle carries it as `resources/` in the bundle's data folder (`sys._MEIPASS`);
- a source checkout or an editable install reads it where it lies, beside `metrodesk/`;
- an installed wheel puts it under `<prefix>/share/metrodesk/` (pyproject's data-files).

No Qt here: the command line and the packaging scripts use it too.
"""

from __future__ import annotations

import functools
import site
import sys
from pathlib import Path

APP_ID = "org.metropolis.MetroDesk"
#: a file every copy of the folder holds, to tell it from a folder of the same name
_MARK = Path("icons") / "metrodesk.svg"


class ResourcesMissing(FileNotFoundError):
    """The installation lacks its resources folder or a file in it (a broken install)."""


def _candidates() -> list[Path]:
    found = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "resources")
    found.append(Path(__file__).resolve().parent.parent / "resources")
    for prefix in (sys.prefix, site.getuserbase()):
        found.append(Path(prefix) / "share" / "metrodesk")
    return found


@functools.cache
def folder() -> Path:
    """The resources folder of this installation."""
    for candidate in _candidates():
        if (candidate / _MARK).is_file():
            return candidate
    looked = ", ".join(str(c) for c in _candidates())
    raise ResourcesMissing(f"MetroDesk's resources are missing (looked in {looked})")


def path(relative: str | Path) -> Path:
    """A file of the resources folder, e.g. `path("icons/metrodesk.svg")`."""
    found = folder() / relative
    if not found.exists():
        raise ResourcesMissing(f"MetroDesk's resource {relative} is missing from {folder()}")
    return found


def icon_files() -> dict[int, Path]:
    """The app icon as PNG files by size in pixels (the freedesktop hicolor layout)."""
    hicolor = folder() / "icons" / "hicolor"
    files = {}
    for png in hicolor.glob(f"*x*/apps/{APP_ID}.png"):
        side = png.parent.parent.name.partition("x")[0]
        if side.isdigit():
            files[int(side)] = png
    if not files:
        raise ResourcesMissing(f"MetroDesk's icons are missing from {hicolor}")
    return dict(sorted(files.items()))
