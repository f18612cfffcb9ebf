"""Help ▸ About: what the app is, its version and licence, and the Qt it runs on.

API::

    show_about(parent: QWidget) -> QMessageBox
        opens (non-blocking, window-modal via ``open()``) and returns the box; the
        caller may ignore the return value. objectName "aboutDialog".
    about_text() -> str      the same facts as plain text (for tests, ``--version`` style)

The version comes from ``newsreader.__version__``, the one place the project keeps it,
so the About box, the CLI and the installer's file names always agree. Qt's version is
read at run time (``qVersion()``): a frozen bundle reports the Qt it really carries.
"""

from __future__ import annotations

import html
import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

import newsreader

APP_NAME = "newsreader"
LICENCE = "MIT"
SUMMARY = (
    "Opens a folder of news articles and shows who is quoted and what they said: "
    "quotes are highlighted by speaker, and a click on a speaker jumps to their words."
)


def _facts() -> list[tuple[str, str]]:
    return [
        ("Version", newsreader.__version__),
        ("Licence", LICENCE),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("Python", platform.python_version()),
    ]


def about_text() -> str:
    """Name, summary, version, licence and library versions as plain text."""
    lines = [f"{APP_NAME} {newsreader.__version__}", SUMMARY]
    lines += [f"{label}: {value}" for label, value in _facts()]
    return "\n".join(lines)


def _about_html() -> str:
    rows = "".join(
        f"<tr><td>{html.escape(label)}:&nbsp;</td><td>{html.escape(value)}</td></tr>"
        for label, value in _facts()
    )
    return (
        f"<h3>{APP_NAME} {html.escape(newsreader.__version__)}</h3>"
        f"<p>{html.escape(SUMMARY)}</p>"
        f"<table>{rows}</table>"
        f"<p>Released under the {LICENCE} licence. The library you open is only ever read."
        "</p>"
    )


def show_about(parent: QWidget) -> QMessageBox:
    """Open the About box over ``parent`` without blocking the event loop."""
    box = QMessageBox(parent)
    box.setObjectName("aboutDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowTitle(f"About {APP_NAME}")
    box.setAccessibleName(f"About {APP_NAME}")
    box.setAccessibleDescription(about_text())
    box.setIcon(QMessageBox.Icon.Information)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(_about_html())
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    ok = box.button(QMessageBox.StandardButton.Ok)
    if ok is not None:
        ok.setAccessibleName("Close About")
    window_icon = parent.windowIcon()
    if not window_icon.isNull():
        box.setIconPixmap(window_icon.pixmap(64, 64))
    box.open()
    return box
