"""Make every icon file the systems need from the one drawing, resources/icons/metrodesk.svg.

    python3 tasks.py icons            # rewrites the files under resources/icons/

Linux takes PNGs in the freedesktop `hicolor` layout, Windows one .ico holding several sizes,
macOS one .icns. All are rendered by Qt's own SVG renderer, each size from the drawing itself
(never a big image scaled down), so small sizes stay sharp. The files are committed: the app
and the bundle read them as they are, and this script is only run after the drawing changes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
APP_ID = "org.metropolis.MetroDesk"

#: the freedesktop sizes (the app itself picks among these at run time)
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
#: Windows: Explorer and the taskbar, at 100 % to 200 %
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
#: macOS: the PNG-based types of the .icns format and their sizes in pixels
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico whose images are PNGs (read by Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    chunks = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def make_icons(svg: Path, out: Path) -> list[Path]:
    """Write the hicolor PNGs, the .ico and the .icns under `out`; the files written."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a drawing Qt can read")
    wanted = set(HICOLOR_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    pngs = {size: png_bytes(render(renderer, size)) for size in sorted(wanted)}
    written = []
    for size in HICOLOR_SIZES:
        path = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pngs[size])
        written.append(path)
    for name, data in (
        ("metrodesk.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES})),
        ("metrodesk.icns", icns_bytes(pngs)),
    ):
        (out / name).write_bytes(data)
        written.append(out / name)
    return written


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(argv[0]) if argv else ICONS
    _app = QGuiApplication.instance() or QGuiApplication([])
    for path in make_icons(ICONS / "metrodesk.svg", out):
        print(path.relative_to(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
