"""Render the app icon's PNG sizes (and the Windows .ico) from the one SVG source.

The PNGs are generated once and committed, so neither the build nor a user's machine needs
an SVG renderer: run ``python packaging/make_icons.py`` after editing
``resources/icons/hicolor/scalable/apps/newsreader.svg`` and commit the result.
Qt's own SVG renderer draws them (offscreen, no display needed); ImageMagick's ``convert``
packs the Windows icon when it is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
SVG = HICOLOR / "scalable" / "apps" / "newsreader.svg"
ICO = ROOT / "resources" / "icons" / "newsreader.ico"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    """Where the freedesktop icon theme layout wants the icon of this size."""
    return HICOLOR / f"{size}x{size}" / "apps" / "newsreader.png"


def render_pngs() -> list[Path]:
    """Draw the SVG at every size with Qt and save it as PNG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the app starts
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {SVG} is not a valid SVG")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            raise SystemExit(f"make_icons: could not write {target}")
        written.append(target)
    del app
    return written


def pack_ico() -> Path | None:
    """Pack the PNG sizes Windows uses into one .ico (for Inno Setup and the EXE)."""
    convert = shutil.which("convert")
    if convert is None:
        print("make_icons: ImageMagick's convert not found; skipping the .ico", file=sys.stderr)
        return None
    sources = [str(png_path(size)) for size in ICO_SIZES]
    subprocess.run([convert, *sources, str(ICO)], check=True)
    return ICO


def main() -> int:
    """Regenerate every raster icon from the SVG."""
    for path in render_pngs():
        print(path.relative_to(ROOT))
    ico = pack_ico()
    if ico is not None:
        print(ico.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
