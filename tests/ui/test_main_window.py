"""Click through the main window as a reader would (offscreen, real widgets)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from newsreader.core.document import Article
from newsreader.ui.main_window import MainWindow
from newsreader.ui.models.speaker_tree import SpeakerRole
from newsreader.ui.settings import AppSettings
from newsreader.ui.smoke import normalise

SEED = "000_a3f28121737e2d7d.txt"


def open_window(qtbot: QtBot, library: Path) -> MainWindow:
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.library_loaded, timeout=20_000):
        window.open_library(library)
    return window


@pytest.fixture
def window(qtbot: QtBot, seeds_dir: Path, fake_engine: None) -> MainWindow:
    return open_window(qtbot, seeds_dir)


def show_seed(window: MainWindow, seeds_dir: Path) -> Article:
    assert window.article_panel.select_path(seeds_dir / SEED)
    article = window.viewer.article()
    assert article is not None and article.path == seeds_dir / SEED
    return article


def click_speaker(qtbot: QtBot, window: MainWindow, name: str) -> None:
    view = window.speaker_panel.view
    index = window.speaker_panel.speaker_row(name)
    assert index.isValid(), f"{name} is not in the speaker panel"
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def selected_text(window: MainWindow) -> str:
    return normalise(window.viewer.textCursor().selectedText())


def assert_cursor_visible(window: MainWindow) -> None:
    rect = window.viewer.cursorRect()
    assert window.viewer.viewport().rect().contains(rect.center()), rect


def test_window_has_the_named_parts(window: MainWindow) -> None:
    assert window.objectName() == "mainWindow"
    for name in ("articleList", "articleViewer", "speakerPanel"):
        assert window.findChild(object, name) is not None, name
    assert window.article_model.rowCount() >= 11


def test_clicking_a_speaker_selects_and_reveals_their_first_quote(
    qtbot: QtBot, window: MainWindow, seeds_dir: Path
) -> None:
    article = show_seed(window, seeds_dir)
    pifer = article.speaker("Steven Pifer")
    assert pifer is not None and len(pifer.quotes) >= 2
    click_speaker(qtbot, window, "Steven Pifer")
    first = article.quotes[pifer.quotes[0]]
    assert selected_text(window) == normalise(first.text)
    assert_cursor_visible(window)
    assert window.viewer.active_speaker() == "Steven Pifer"


def test_next_and_previous_step_through_the_speakers_quotes_and_wrap(
    qtbot: QtBot, window: MainWindow, seeds_dir: Path
) -> None:
    article = show_seed(window, seeds_dir)
    pifer = article.speaker("Steven Pifer")
    assert pifer is not None
    texts = [normalise(article.quotes[i].text) for i in pifer.quotes]
    click_speaker(qtbot, window, "Steven Pifer")
    qtbot.mouseClick(window.speaker_panel.next_button, Qt.MouseButton.LeftButton)
    assert selected_text(window) == texts[1]
    assert_cursor_visible(window)
    assert window.statusBar().currentMessage() == f"Steven Pifer: quote 2 of {len(texts)}"
    for _ in range(len(texts) - 1):
        window.menu_actions.next_quote.trigger()
    assert selected_text(window) == texts[0]  # wrapped around
    window.menu_actions.previous_quote.trigger()
    assert selected_text(window) == texts[-1]


def test_clicking_a_quote_in_the_viewer_selects_its_speaker_in_the_panel(
    qtbot: QtBot, window: MainWindow, seeds_dir: Path
) -> None:
    article = show_seed(window, seeds_dir)
    jensen = article.speaker("Donald Jensen")
    assert jensen is not None
    index = jensen.quotes[0]
    quote_range = window.viewer.quote_range(index)
    assert quote_range is not None
    cursor = QTextCursor(window.viewer.document())
    cursor.setPosition(quote_range[0] + 3)
    window.viewer.setTextCursor(cursor)
    window.viewer.ensureCursorVisible()
    point = window.viewer.cursorRect().center() + QPoint(2, 0)
    qtbot.mouseClick(window.viewer.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.speaker_panel.current_speaker_name() == "Donald Jensen"
    current = window.speaker_panel.view.currentIndex()
    assert current.data(SpeakerRole.QUOTE_INDEX) == index
    assert selected_text(window) == normalise(article.quotes[index].text)


def test_enter_on_a_speaker_activates_them(
    qtbot: QtBot, window: MainWindow, seeds_dir: Path
) -> None:
    article = show_seed(window, seeds_dir)
    view = window.speaker_panel.view
    view.setFocus()
    view.setCurrentIndex(window.speaker_panel.speaker_row("Donald Jensen"))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    jensen = article.speaker("Donald Jensen")
    assert jensen is not None
    assert selected_text(window) == normalise(article.quotes[jensen.quotes[0]].text)


def test_article_filter_narrows_the_list(qtbot: QtBot, window: MainWindow) -> None:
    proxy = window.article_panel.proxy
    total = proxy.rowCount()
    qtbot.keyClicks(window.article_panel.filter_edit, "hypersonic")
    assert 0 < proxy.rowCount() < total
    assert "hypersonic" in str(proxy.index(0, 0).data()).casefold()
    window.article_panel.filter_edit.clear()
    assert proxy.rowCount() == total


def test_articles_are_listed_newest_first(window: MainWindow) -> None:
    proxy = window.article_panel.proxy
    dates = [proxy.index(row, 1).data() for row in range(proxy.rowCount())]
    known = [d for d in dates if d]
    assert known == sorted(known, reverse=True)


def test_speaker_filter_keeps_matching_speakers(
    qtbot: QtBot, window: MainWindow, seeds_dir: Path
) -> None:
    show_seed(window, seeds_dir)
    proxy = window.speaker_panel.proxy
    assert proxy.rowCount() >= 3
    qtbot.keyClicks(window.speaker_panel.filter_edit, "pifer")
    assert proxy.rowCount() == 1
    assert str(proxy.index(0, 0).data()).startswith("Steven Pifer")
    assert proxy.rowCount(proxy.index(0, 0)) >= 2  # his quotes stay listed


def test_switching_article_keeps_a_speaker_quoted_in_both(
    qtbot: QtBot, window: MainWindow, seeds_dir: Path
) -> None:
    article = show_seed(window, seeds_dir)
    click_speaker(qtbot, window, "Steven Pifer")
    twin = Article(
        Path("/elsewhere/twin.txt"),
        article.text,
        "Twin",
        article.blocks,
        quotes=article.quotes,
        speakers=article.speakers,
    )
    window.article_model.add_article(twin)
    assert window.article_panel.select_path(twin.path)
    assert window.viewer.article() is twin
    assert window.speaker_panel.current_speaker_name() == "Steven Pifer"
    assert window.viewer.active_speaker() == "Steven Pifer"


def test_a_library_with_bad_files_lists_them_and_shows_the_good_ones(
    qtbot: QtBot, tmp_path: Path, seeds_dir: Path, fake_engine: None
) -> None:
    library = tmp_path / "library"
    library.mkdir()
    shutil.copy(seeds_dir / SEED, library / SEED)
    (library / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (library / "latin1.txt").write_bytes("Caf\xe9 au lait".encode("latin-1"))
    window = open_window(qtbot, library)
    assert window.article_model.rowCount() == 1
    assert window.viewer.article() is not None
    notice = window.errors_notice
    assert notice.isVisible()
    assert "2 files" in notice.text()


def test_zoom_changes_the_text_size_and_is_remembered(qtbot: QtBot, window: MainWindow) -> None:
    size = window.viewer.font().pointSizeF()
    window.menu_actions.zoom_in.trigger()
    window.menu_actions.zoom_in.trigger()
    assert window.viewer.font().pointSizeF() > size
    window.menu_actions.zoom_reset.trigger()
    assert window.viewer.font().pointSizeF() == size
    window.menu_actions.zoom_out.trigger()
    assert window.viewer.font().pointSizeF() < size
    assert AppSettings().zoom == -1


def test_settings_survive_a_restart(qtbot: QtBot, window: MainWindow, seeds_dir: Path) -> None:
    show_seed(window, seeds_dir)
    window.menu_actions.zoom_in.trigger()
    window.resize(760, 560)  # inside the offscreen screen, so geometry restores as is
    window.splitter.setSizes([200, 300, 250])
    sizes = window.splitter.sizes()
    window.close()
    again = MainWindow(AppSettings())
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.zoom() == 1
    assert again.splitter.sizes() == sizes
    assert AppSettings().last_library == seeds_dir
    assert AppSettings().last_article == seeds_dir / SEED


def test_with_the_real_engine_clicking_steven_pifer_selects_one_of_his_quotes(
    qtbot: QtBot, seeds_dir: Path
) -> None:
    window = open_window(qtbot, seeds_dir)
    article = show_seed(window, seeds_dir)
    pifer = article.speaker("Steven Pifer")
    assert pifer is not None, "the engine found no Steven Pifer in the seed article"
    click_speaker(qtbot, window, "Steven Pifer")
    assert selected_text(window) in {normalise(q.text) for q in article.quotes_of(pifer)}
    assert_cursor_visible(window)
    if len(pifer.quotes) > 1:
        first = selected_text(window)
        qtbot.mouseClick(window.speaker_panel.next_button, Qt.MouseButton.LeftButton)
        assert selected_text(window) != first
        assert_cursor_visible(window)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen tooltips
def test_hovering_a_quote_shows_its_speaker_and_role(
    qtbot: QtBot, window: MainWindow, seeds_dir: Path
) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    article = show_seed(window, seeds_dir)
    pifer = article.speaker("Steven Pifer")
    assert pifer is not None
    window.viewer.show_quote(pifer.quotes[0])
    quote_range = window.viewer.quote_range(pifer.quotes[0])
    assert quote_range is not None
    cursor = QTextCursor(window.viewer.document())
    cursor.setPosition(quote_range[0] + 2)
    point = window.viewer.cursorRect(cursor).center()
    viewport = window.viewer.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    assert QToolTip.text() == f"Steven Pifer — {pifer.description}"
    QToolTip.hideText()


def test_enter_on_a_quote_in_the_viewer_selects_it_in_the_panel(
    qtbot: QtBot, window: MainWindow, seeds_dir: Path
) -> None:
    article = show_seed(window, seeds_dir)
    jensen = article.speaker("Donald Jensen")
    assert jensen is not None
    quote_range = window.viewer.quote_range(jensen.quotes[1])
    assert quote_range is not None
    cursor = QTextCursor(window.viewer.document())
    cursor.setPosition(quote_range[0] + 1)
    window.viewer.setTextCursor(cursor)
    window.viewer.setFocus()
    qtbot.keyClick(window.viewer, Qt.Key.Key_Return)
    assert window.speaker_panel.current_speaker_name() == "Donald Jensen"
    assert selected_text(window) == normalise(article.quotes[jensen.quotes[1]].text)


def test_escape_lets_go_of_the_active_speaker(
    qtbot: QtBot, window: MainWindow, seeds_dir: Path
) -> None:
    show_seed(window, seeds_dir)
    click_speaker(qtbot, window, "Steven Pifer")
    assert window.viewer.active_speaker() == "Steven Pifer"
    qtbot.keyClick(window.speaker_panel.view, Qt.Key.Key_Escape)
    assert window.viewer.active_speaker() is None
    assert not window.viewer.textCursor().hasSelection()
    assert window.viewer.extraSelections() == []
    click_speaker(qtbot, window, "Steven Pifer")
    qtbot.keyClick(window.viewer, Qt.Key.Key_Escape)
    assert window.viewer.active_speaker() is None
    assert not window.speaker_panel.view.selectionModel().hasSelection()
