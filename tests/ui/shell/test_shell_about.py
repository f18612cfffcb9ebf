"""About box: name, version from the one place, licence, Qt and PySide6 versions."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import newsreader
from newsreader.ui.about import AboutDialog, about_text, show_about


def test_about_text_has_the_facts() -> None:
    text = about_text()
    assert text.startswith(f"newsreader {newsreader.__version__}")
    assert "Licence: MIT" in text
    assert f"Qt: {qVersion()}" in text
    assert f"PySide6: {PySide6.__version__}" in text
    assert "quoted" in text


def test_show_about_opens_without_blocking(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = show_about(parent)
    assert isinstance(box, AboutDialog)
    qtbot.waitUntil(box.isVisible, timeout=1000)
    assert box.objectName() == "aboutDialog"
    assert newsreader.__version__ in box.text()
    assert "MIT" in box.text()
    assert qVersion() in box.text()
    assert box.accessibleName() == "About newsreader"
    assert box.ok_button.accessibleName()
    with qtbot.waitSignal(box.finished, timeout=1000):
        qtbot.mouseClick(box.ok_button, Qt.MouseButton.LeftButton)
