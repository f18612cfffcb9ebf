"""FindBar: finds, wraps both ways, reports not found, keyboard only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from newsreader.ui.find_bar import FindBar

HostFactory = Callable[..., QWidget]  # the show_in_host fixture (conftest.py)

TEXT = "Alpha one.\n\nBeta two, alpha three.\n\nGamma: ALPHA four and the end."


def _setup(qtbot: QtBot, show_in_host: HostFactory) -> tuple[QWidget, QTextBrowser, FindBar]:
    viewer = QTextBrowser()
    viewer.setObjectName("articleViewer")
    viewer.setPlainText(TEXT)
    bar = FindBar(viewer)
    host = show_in_host(viewer, bar)
    return host, viewer, bar


def _edit(bar: FindBar) -> QLineEdit:
    edit = bar.findChild(QLineEdit, "findBarEdit")
    assert edit is not None
    return edit


def _selection(viewer: QTextBrowser) -> tuple[int, str]:
    cursor = viewer.textCursor()
    return cursor.selectionStart(), cursor.selectedText()


def test_hidden_by_default_and_every_control_named(qtbot: QtBot, show_in_host: HostFactory) -> None:
    _host, _, bar = _setup(qtbot, show_in_host)
    assert not bar.isVisible()
    for child in bar.findChildren(QWidget):
        if child.objectName().startswith("findBar"):
            assert child.accessibleName(), child.objectName()


def test_find_next_wraps_around(qtbot: QtBot, show_in_host: HostFactory) -> None:
    _host, viewer, bar = _setup(qtbot, show_in_host)
    bar.show_and_focus()
    assert bar.isVisible()
    qtbot.keyClicks(_edit(bar), "alpha")  # as you type: first match
    first = TEXT.lower().index("alpha")
    second = TEXT.lower().index("alpha", first + 1)
    third = TEXT.lower().index("alpha", second + 1)
    assert _selection(viewer) == (first, "Alpha")
    assert bar.status_text() == "1 of 3"
    assert bar.find_next()
    assert _selection(viewer) == (second, "alpha")
    assert bar.find_next()
    assert _selection(viewer) == (third, "ALPHA")
    assert bar.find_next()  # wraps to the top
    assert _selection(viewer) == (first, "Alpha")
    assert "wrapped to the top" in bar.status_text()


def test_find_previous_wraps_to_the_end(qtbot: QtBot, show_in_host: HostFactory) -> None:
    _host, viewer, bar = _setup(qtbot, show_in_host)
    bar.set_text("alpha")
    assert bar.find_next()
    assert bar.find_previous()  # from the first match back to the last one
    assert _selection(viewer)[1] == "ALPHA"
    assert "wrapped to the bottom" in bar.status_text()
    assert bar.status_text().startswith("3 of 3")


def test_enter_shift_enter_and_escape(qtbot: QtBot, show_in_host: HostFactory) -> None:
    _host, viewer, bar = _setup(qtbot, show_in_host)
    bar.show_and_focus()
    edit = _edit(bar)
    qtbot.keyClicks(edit, "alpha")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert _selection(viewer)[1] == "alpha"
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert _selection(viewer)[1] == "Alpha"
    with qtbot.waitSignal(bar.closed, timeout=1000):
        qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert viewer.hasFocus()
    assert _selection(viewer)[1] == "Alpha"  # the match stays selected


def test_not_found_state(qtbot: QtBot, show_in_host: HostFactory) -> None:
    _host, viewer, bar = _setup(qtbot, show_in_host)
    bar.show_and_focus()
    bar.set_text("beta")
    assert bar.find_next()
    before = _selection(viewer)
    normal_base = _edit(bar).palette().base().color()
    qtbot.keyClicks(_edit(bar), "zzz")
    assert bar.not_found
    assert bar.status_text() == "Not found"
    assert _edit(bar).accessibleDescription() == "Not found"
    assert _edit(bar).palette().base().color() != normal_base
    assert not bar.find_next()
    assert _selection(viewer) == before  # the reader stays where they were
    _edit(bar).clear()
    qtbot.keyClicks(_edit(bar), "gamma")
    assert not bar.not_found
    assert _edit(bar).palette().base().color() == normal_base


def test_match_case(qtbot: QtBot, show_in_host: HostFactory) -> None:
    _host, viewer, bar = _setup(qtbot, show_in_host)
    bar.show_and_focus()
    qtbot.keyClicks(_edit(bar), "ALPHA")
    assert bar.status_text() == "1 of 3"
    bar.findChild(QWidget, "findBarMatchCase").click()  # type: ignore[union-attr]
    assert bar.status_text() == "1 of 1"
    assert _selection(viewer)[1] == "ALPHA"


def test_show_and_focus_prefills_from_selection(qtbot: QtBot, show_in_host: HostFactory) -> None:
    _host, viewer, bar = _setup(qtbot, show_in_host)
    cursor = viewer.textCursor()
    cursor.setPosition(TEXT.index("Beta"))
    cursor.setPosition(TEXT.index("Beta") + 4, cursor.MoveMode.KeepAnchor)
    viewer.setTextCursor(cursor)
    bar.show_and_focus()
    assert bar.text() == "Beta"
    assert _edit(bar).hasFocus()
    assert _edit(bar).selectedText() == "Beta"


def test_find_next_with_nothing_to_find_opens_the_bar(
    qtbot: QtBot, show_in_host: HostFactory
) -> None:
    _host, _, bar = _setup(qtbot, show_in_host)
    assert not bar.find_next()
    assert bar.isVisible()
    assert _edit(bar).hasFocus()


def test_buttons_work_and_close(qtbot: QtBot, show_in_host: HostFactory) -> None:
    _host, viewer, bar = _setup(qtbot, show_in_host)
    bar.show_and_focus()
    qtbot.keyClicks(_edit(bar), "alpha")
    next_button = bar.findChild(QWidget, "findBarNext")
    previous_button = bar.findChild(QWidget, "findBarPrevious")
    close_button = bar.findChild(QWidget, "findBarClose")
    assert next_button is not None and previous_button is not None and close_button is not None
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert _selection(viewer)[1] == "alpha"
    qtbot.mouseClick(previous_button, Qt.MouseButton.LeftButton)
    assert _selection(viewer)[1] == "Alpha"
    qtbot.mouseClick(close_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()


def test_escape_from_a_button_closes(qtbot: QtBot, show_in_host: HostFactory) -> None:
    _host, _viewer, bar = _setup(qtbot, show_in_host)
    bar.show_and_focus()
    next_button = bar.findChild(QWidget, "findBarNext")
    assert next_button is not None
    next_button.setFocus()
    with qtbot.waitSignal(bar.closed, timeout=1000):
        qtbot.keyClick(next_button, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_tab_order_stays_in_the_bar(qtbot: QtBot, show_in_host: HostFactory) -> None:
    _host, _viewer, bar = _setup(qtbot, show_in_host)
    bar.show_and_focus()
    names = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        names.append(focused.objectName() if focused is not None else "")
    assert names == ["findBarPrevious", "findBarNext", "findBarMatchCase", "findBarClose"]


def test_many_matches_are_counted_up_to_a_limit(qtbot: QtBot, show_in_host: HostFactory) -> None:
    _host, viewer, bar = _setup(qtbot, show_in_host)
    viewer.setPlainText("ab " * 1200)
    bar.set_text("ab")
    assert bar.find_next()
    assert bar.status_text() == "1 of 999+"


def test_new_article_clears_the_old_result(qtbot: QtBot, show_in_host: HostFactory) -> None:
    _host, viewer, bar = _setup(qtbot, show_in_host)
    bar.show_and_focus()
    qtbot.keyClicks(_edit(bar), "zzz")
    assert bar.not_found
    viewer.setPlainText("Another article with zzz in it.")
    assert not bar.not_found
    assert bar.status_text() == ""
    assert bar.find_next()
    assert _selection(viewer)[1] == "zzz"
