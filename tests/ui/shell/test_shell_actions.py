"""MainActions: standard shortcuts, unique keys, menus, recent libraries and themes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget
from pytestqt.qtbot import QtBot

from newsreader.ui.actions import MainActions
from newsreader.ui.theme import Theme


def _window(qtbot: QtBot) -> tuple[QMainWindow, MainActions]:
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = MainActions(window)
    actions.build_menus(window.menuBar())
    window.addActions(actions.all_actions())
    return window, actions


def _shortcuts(action: QAction) -> list[str]:
    return [s.toString(QKeySequence.SequenceFormat.PortableText) for s in action.shortcuts()]


def test_expected_shortcuts(qtbot: QtBot) -> None:
    _, actions = _window(qtbot)
    expected = {
        actions.open_folder: "Ctrl+O",
        actions.open_file: "Ctrl+Shift+O",
        actions.reload: "F5",
        actions.quit: "Ctrl+Q",
        actions.copy: "Ctrl+C",
        actions.copy_quote_with_citation: "Ctrl+Shift+C",
        actions.find: "Ctrl+F",
        actions.find_next: "F3",
        actions.find_previous: "Shift+F3",
        actions.zoom_in: "Ctrl+=",
        actions.zoom_out: "Ctrl+-",
        actions.zoom_reset: "Ctrl+0",
        actions.next_quote: "F8",
        actions.previous_quote: "Shift+F8",
        actions.show_article_list: "Ctrl+Shift+A",
        actions.show_speaker_panel: "Ctrl+Shift+P",
    }
    for action, key in expected.items():
        assert key in _shortcuts(action), (action.text(), _shortcuts(action))
    assert "Ctrl++" in _shortcuts(actions.zoom_in)
    assert "Ctrl+G" in _shortcuts(actions.find_next)


def test_shortcuts_are_unique(qtbot: QtBot) -> None:
    _, actions = _window(qtbot)
    seen: dict[str, str] = {}
    for action in actions.all_actions():
        for key in _shortcuts(action):
            assert key not in seen, f"{key} is on both {seen[key]!r} and {action.text()!r}"
            seen[key] = action.text()


def test_every_action_is_named_and_explained(qtbot: QtBot) -> None:
    _, actions = _window(qtbot)
    all_actions = actions.all_actions()
    assert len(all_actions) >= 20
    names = set()
    for action in all_actions:
        assert action.text().replace("&", "").strip()
        assert action.statusTip()
        assert action.objectName().startswith("action")
        names.add(action.objectName())
    assert len(names) == len(all_actions)


def test_menus_are_built(qtbot: QtBot) -> None:
    window, actions = _window(qtbot)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    menus = {m.objectName(): m for m in window.menuBar().findChildren(QMenu)}
    assert {"fileMenu", "editMenu", "viewMenu", "helpMenu", "recentMenu", "themeMenu"} <= set(menus)
    for menu in menus.values():
        assert menu.accessibleName()
    assert actions.find in menus["editMenu"].actions()
    assert actions.about in menus["helpMenu"].actions()


def test_pressing_a_shortcut_fires_the_action(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    actions = MainActions(host)
    host.addActions(actions.all_actions())
    with qtbot.waitActive(host):
        host.show()
        host.activateWindow()
    with qtbot.waitSignal(actions.zoom_reset.triggered, timeout=1000):
        qtbot.keyClick(host, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(actions.next_quote.triggered, timeout=1000):
        qtbot.keyClick(host, Qt.Key.Key_F8)


def test_recent_libraries_menu(qtbot: QtBot, tmp_path: Path) -> None:
    window, actions = _window(qtbot)
    recent = window.menuBar().findChild(QMenu, "recentMenu")
    assert recent is not None
    assert not actions.clear_recent.isEnabled()

    paths = [tmp_path / "one", tmp_path / "R&D"]
    actions.set_recent_libraries(paths)
    assert actions.recent_libraries() == paths
    entries = [a for a in recent.actions() if a.data()]
    assert [a.data() for a in entries] == [str(p) for p in paths]
    assert entries[1].text().endswith("R&&D")
    assert actions.clear_recent.isEnabled()

    with qtbot.waitSignal(actions.recent_library_chosen, timeout=1000) as blocker:
        entries[1].trigger()
    assert blocker.args == [tmp_path / "R&D"]

    actions.set_recent_libraries([])
    assert [a for a in recent.actions() if a.data()] == []
    assert not actions.clear_recent.isEnabled()


def test_recent_set_before_menus_are_built(qtbot: QtBot, tmp_path: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = MainActions(window)
    actions.set_recent_libraries([tmp_path])
    actions.build_menus(window.menuBar())
    recent = window.menuBar().findChild(QMenu, "recentMenu")
    assert recent is not None
    assert [a.data() for a in recent.actions() if a.data()] == [str(tmp_path)]


def test_theme_group_is_exclusive_and_reports_choice(qtbot: QtBot) -> None:
    _, actions = _window(qtbot)
    assert actions.theme_system.isChecked()
    with qtbot.waitSignal(actions.theme_chosen, timeout=1000) as blocker:
        actions.theme_dark.trigger()
    assert blocker.args == [Theme.DARK]
    assert actions.theme_dark.isChecked()
    assert not actions.theme_system.isChecked()

    with qtbot.assertNotEmitted(actions.theme_chosen):
        actions.set_theme(Theme.LIGHT)
    assert actions.theme_light.isChecked()
    assert not actions.theme_dark.isChecked()


def test_pane_toggles_are_checkable_and_start_checked(qtbot: QtBot) -> None:
    _, actions = _window(qtbot)
    for action in (actions.show_article_list, actions.show_speaker_panel):
        assert action.isCheckable()
        assert action.isChecked()
        with qtbot.waitSignal(action.toggled, timeout=1000) as blocker:
            action.trigger()
        assert blocker.args == [False]


def test_recent_libraries_that_are_gone_are_greyed(qtbot: QtBot, tmp_path: Path) -> None:
    window, actions = _window(qtbot)
    recent = window.menuBar().findChild(QMenu, "recentMenu")
    assert recent is not None
    here = tmp_path / "here"
    here.mkdir()
    gone = tmp_path / "gone"
    actions.set_recent_libraries([here, gone])
    recent.aboutToShow.emit()
    entries = {a.data(): a for a in recent.actions() if a.data()}
    assert entries[str(here)].isEnabled()
    assert not entries[str(gone)].isEnabled()
    assert "not found" in entries[str(gone)].toolTip()
