"""The app icon in every form a platform wants, drawn from the one source, resources/icons/app.svg.

Qt renders each size from the SVG (so small sizes are drawn for their size, not shrunk from a big
bitmap); Pillow packs the sizes into Windows' .ico and macOS' .icns, which Qt can only write one
size at a time. Used at build time by the spec (Windows, macOS) and by `make deb` (the hicolor PNGs),
so no generated image is kept in git.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "app.svg"

# The hicolor theme's usual application sizes (the .deb installs each, plus the SVG as scalable).
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# What Windows shows, from a file list's small icons to the large tiles.
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# macOS: 16 to 512 points, each also at 2x (so up to 1024 pixels).
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def _application() -> object:
    """A QGuiApplication must exist before Qt draws; offscreen, as a build machine has no display."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["app_icons"])


def render(size: int, source: Path = SOURCE) -> bytes:
    """The icon as a size x size PNG with a transparent background."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _application()
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise ValueError(f"{source} is not an SVG image Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_pngs(folder: Path, sizes: tuple[int, ...] = HICOLOR_SIZES) -> dict[int, Path]:
    """One PNG per size, `folder/<size>.png`."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for size in sizes:
        path = folder / f"{size}.png"
        path.write_bytes(render(size))
        written[size] = path
    return written


def _pillow_images(sizes: tuple[int, ...]) -> list[Image.Image]:
    import io

    from PIL import Image

    return [Image.open(io.BytesIO(render(size))) for size in sizes]


def write_ico(target: Path) -> Path:
    """A Windows .ico holding every size in ICO_SIZES (the executable's and the shortcut's icon)."""
    images = _pillow_images(ICO_SIZES)
    largest = images[-1]
    largest.save(target, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    return target


def write_icns(target: Path) -> Path:
    """A macOS .icns holding every size in ICNS_SIZES (the .app bundle's icon)."""
    images = _pillow_images(ICNS_SIZES)
    largest = images[-1]
    largest.save(target, format="ICNS", append_images=images[:-1])
    return target
