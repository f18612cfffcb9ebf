"""The shell parts wired as the integration guide says, driven by the keyboard alone.

A stand-in window (not ``MainWindow``) with a viewer, the find bar, the actions' menus,
the empty state, the load-error notice and the watcher, connected the way
``/work/notes/H3b_wiring.md`` shows: it proves the chain shortcut → action → component
works when the focus is inside the viewer or a line edit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLayout,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from newsreader.core.errors import ArticleLoadError
from newsreader.ui.actions import MainActions
from newsreader.ui.empty_state import EmptyStateWidget
from newsreader.ui.find_bar import FindBar
from newsreader.ui.library_watcher import LibraryWatcher
from newsreader.ui.messages import LoadErrorsNotice

TEXT = "Pifer said it. Later Pifer said more. Jensen agreed with Pifer."


class _Window(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.viewer = QTextBrowser()
        self.viewer.setObjectName("articleViewer")
        self.viewer.setPlainText(TEXT)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filter")
        pane = QWidget()
        pane_layout = QVBoxLayout(pane)
        pane_layout.addWidget(self.filter_edit)
        pane_layout.addWidget(self.viewer)
        self.find_bar = FindBar(self.viewer, pane)
        pane_layout.addWidget(self.find_bar)
        self.empty_state = EmptyStateWidget()
        self.stack = QStackedWidget()
        self.stack.addWidget(pane)
        self.stack.addWidget(self.empty_state)
        self.setCentralWidget(self.stack)
        self.notice = LoadErrorsNotice(self)
        self.statusBar().addPermanentWidget(self.notice)
        self.actions_ = MainActions(self)
        self.actions_.build_menus(self.menuBar())
        self.addActions(self.actions_.all_actions())
        self.watcher = LibraryWatcher(self, debounce_ms=50)
        self.reloads = 0
        self.open_requests = 0
        layout = self.layout()
        assert layout is not None
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(640, 400)
        self._connect_signals()

    def _connect_signals(self) -> None:
        actions = self.actions_
        actions.find.triggered.connect(self.find_bar.show_and_focus)
        actions.find_next.triggered.connect(self.find_bar.find_next)
        actions.find_previous.triggered.connect(self.find_bar.find_previous)
        self.watcher.library_changed.connect(self._on_watcher_library_changed)
        self.empty_state.open_folder_requested.connect(self._on_open_requested)
        actions.open_folder.triggered.connect(self._on_open_requested)

    def _on_watcher_library_changed(self) -> None:
        self.reloads += 1

    def _on_open_requested(self) -> None:
        self.open_requests += 1


def _show(qtbot: QtBot) -> _Window:
    window = _Window()
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def _key(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)


def test_find_by_keyboard_from_the_viewer(qtbot: QtBot) -> None:
    window = _show(qtbot)
    window.viewer.setFocus()
    _key(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    qtbot.keyClicks(QApplication.focusWidget(), "pifer")
    assert window.viewer.textCursor().selectionStart() == TEXT.index("Pifer")
    _key(qtbot, Qt.Key.Key_Escape)
    assert window.viewer.hasFocus()
    _key(qtbot, Qt.Key.Key_F3)  # Find Next works with the bar closed
    assert window.viewer.textCursor().selectionStart() == TEXT.index("Pifer", 10)
    _key(qtbot, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.viewer.textCursor().selectionStart() == TEXT.index("Pifer")


def test_ctrl_c_in_a_line_edit_stays_there(qtbot: QtBot) -> None:
    window = _show(qtbot)
    window.filter_edit.setFocus()
    window.filter_edit.setText("filter text")
    window.filter_edit.selectAll()
    copies: list[bool] = []
    window.actions_.copy.triggered.connect(lambda: copies.append(True))
    _key(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert copies == []  # the line edit copied its own text
    clipboard = QApplication.clipboard()
    assert clipboard is not None
    assert clipboard.text() == "filter text"


def test_empty_state_and_notice_in_a_window(qtbot: QtBot, tmp_path: Path) -> None:
    window = _show(qtbot)
    window.empty_state.set_folder(tmp_path)
    window.stack.setCurrentWidget(window.empty_state)
    qtbot.waitUntil(window.empty_state.open_button.hasFocus, timeout=1000)
    _key(qtbot, Qt.Key.Key_Return)
    _key(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.open_requests == 2

    window.notice.set_errors([ArticleLoadError(tmp_path / "bad.txt", "binary file")], tmp_path)
    assert window.notice.isVisible()
    window.notice.setFocus()
    _key(qtbot, Qt.Key.Key_Space)
    dialog = window.notice.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow, timeout=1000)
    focused = QApplication.focusWidget()
    assert focused is not None
    assert dialog.isAncestorOf(focused)
    _key(qtbot, Qt.Key.Key_Return)  # Close is the default button
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=1000)


def test_watcher_drives_reload(qtbot: QtBot, tmp_path: Path) -> None:
    window = _show(qtbot)
    window.watcher.watch(tmp_path)
    with qtbot.waitSignal(window.watcher.library_changed, timeout=3000):
        (tmp_path / "new.txt").write_text("A new article.\n", encoding="utf-8")
    assert window.reloads == 1
    window.watcher.stop()
