"""EmptyStateWidget: friendly text for no library / empty folder, and a keyboard button."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from newsreader.ui.empty_state import EmptyStateWidget

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_no_library_message(qtbot: QtBot) -> None:
    empty = EmptyStateWidget()
    qtbot.addWidget(empty)
    assert empty.objectName() == "emptyState"
    assert "Open a folder of .txt or .md articles" in empty.detail_text()
    assert empty.accessibleName() == empty.title_text()
    assert empty.open_button.accessibleName() == "Open Folder"


def test_empty_folder_message(qtbot: QtBot, tmp_path: Path) -> None:
    empty = EmptyStateWidget()
    qtbot.addWidget(empty)
    empty.set_folder(tmp_path)
    assert empty.title_text() == "This folder has no articles yet"
    assert str(tmp_path) in empty.detail_text()
    empty.set_loading(tmp_path)
    assert "Reading" in empty.title_text()
    empty.set_folder(None)
    assert "Open a folder" in empty.detail_text()


def test_button_click_and_keyboard(qtbot: QtBot) -> None:
    empty = EmptyStateWidget()
    qtbot.addWidget(empty)
    with qtbot.waitActive(empty):
        empty.show()
        empty.activateWindow()
    assert empty.open_button.hasFocus()
    with qtbot.waitSignal(empty.open_folder_requested, timeout=1000):
        qtbot.mouseClick(empty.open_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(empty.open_folder_requested, timeout=1000):
        qtbot.keyClick(empty.open_button, Qt.Key.Key_Space)


def test_does_not_steal_focus_from_a_control_in_use(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    filter_box = QLineEdit(host)
    empty = EmptyStateWidget(host)
    empty.hide()
    layout = QVBoxLayout(host)
    layout.addWidget(filter_box)
    layout.addWidget(empty)
    with qtbot.waitActive(host):
        host.show()
        host.activateWindow()
    filter_box.setFocus()
    qtbot.waitUntil(filter_box.hasFocus, timeout=1000)
    empty.show()
    assert filter_box.hasFocus()
