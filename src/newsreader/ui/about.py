"""Help ▸ About: what the app is, its version and licence, and the Qt it runs on.

API::

    show_about(parent: QWidget) -> AboutDialog
        opens (non-blocking, window-modal via ``open()``, deleted on close) and returns
        the dialog; the caller may ignore the return value. objectName "aboutDialog";
        the parent's window icon is shown when it has one.
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
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QStyle,
    QVBoxLayout,
    QWidget,
)

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


class AboutDialog(QDialog):
    """The About box: icon, rich text and an OK button, sized before it is shown.

    A plain QDialog rather than QMessageBox: QMessageBox fixes its size after it appears,
    which headless platforms (the tests' offscreen one) report as a warning.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(f"About {APP_NAME}")
        self.setAccessibleName(f"About {APP_NAME}")
        self.setAccessibleDescription(about_text())

        icon_label = QLabel(self)
        icon_label.setObjectName("aboutIcon")
        icon = parent.windowIcon() if parent is not None else QIcon()
        if icon.isNull():
            style = self.style()
            icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        icon_label.setPixmap(icon.pixmap(64, 64))
        icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        icon_label.setAccessibleName(f"{APP_NAME} icon")

        self.text_label = QLabel(_about_html(), self)
        self.text_label.setObjectName("aboutText")
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text_label.setAccessibleName(about_text())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAccessibleName("Close About")
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)

        row = QHBoxLayout()
        row.addWidget(icon_label)
        row.addSpacing(12)
        row.addWidget(self.text_label, 1)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumSize(420, 260)
        self.resize(480, 300)

    def text(self) -> str:
        """The rich text shown."""
        return self.text_label.text()


def show_about(parent: QWidget) -> AboutDialog:
    """Open the About box over ``parent`` without blocking the event loop."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.ok_button.setFocus()
    return dialog
