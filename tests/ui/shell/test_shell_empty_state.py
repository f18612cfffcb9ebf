"""EmptyStateWidget: friendly text for no library / empty folder, and a keyboard button."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from newsreader.ui.empty_state import EmptyStateWidget

HostFactory = Callable[..., QWidget]  # the show_in_host fixture (conftest.py)


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


def test_button_click_and_keyboard(qtbot: QtBot, show_in_host: HostFactory) -> None:
    empty = EmptyStateWidget()
    _host = show_in_host(empty)
    assert empty.open_button.hasFocus()
    with qtbot.waitSignal(empty.open_folder_requested, timeout=1000):
        qtbot.mouseClick(empty.open_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(empty.open_folder_requested, timeout=1000):
        qtbot.keyClick(empty.open_button, Qt.Key.Key_Space)


def test_does_not_steal_focus_from_a_control_in_use(
    qtbot: QtBot, show_in_host: HostFactory
) -> None:
    filter_box = QLineEdit()
    empty = EmptyStateWidget()
    empty.hide()
    _host = show_in_host(filter_box, empty)
    filter_box.setFocus()
    qtbot.waitUntil(filter_box.hasFocus, timeout=1000)
    empty.show()
    assert filter_box.hasFocus()
