"""The library around the reader: empty folders, missing folders, changes on disk,
find, themes, citations and the app entry point."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.ui.test_main_window import SEED, open_window, show_seed

from newsreader.ui.app import Options, create_window, library_to_open, parse_args
from newsreader.ui.main_window import MainWindow
from newsreader.ui.models.speaker_tree import SpeakerRole
from newsreader.ui.settings import AppSettings
from newsreader.ui.theme import Theme

ARTICLE = "A title\n\nSomebody said: “Words worth quoting,” said Ann Example.\n"


def test_an_empty_folder_shows_the_empty_state(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path)
    assert window.stack.currentWidget() is window.empty_state
    assert window.empty_state.isVisible()


def test_a_missing_folder_shows_the_empty_state_and_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "missing")
    assert window.stack.currentWidget() is window.empty_state
    assert "missing" in window.statusBar().currentMessage()


def test_articles_added_changed_and_removed_on_disk_appear_without_restart(
    qtbot: QtBot, tmp_path: Path
) -> None:
    (tmp_path / "one.txt").write_text(ARTICLE, encoding="utf-8")
    window = open_window(qtbot, tmp_path)
    assert window.article_model.rowCount() == 1
    (tmp_path / "two.txt").write_text(ARTICLE.replace("A title", "Second"), encoding="utf-8")
    qtbot.waitUntil(lambda: window.article_model.rowCount() == 2, timeout=10_000)
    (tmp_path / "one.txt").write_text(ARTICLE.replace("A title", "Renamed"), encoding="utf-8")
    qtbot.waitUntil(
        lambda: any(a.title == "Renamed" for a in window.article_model.articles()), timeout=10_000
    )
    (tmp_path / "two.txt").unlink()
    qtbot.waitUntil(lambda: window.article_model.rowCount() == 1, timeout=10_000)


def test_reload_keeps_the_article_being_read(
    qtbot: QtBot, seeds_dir: Path, fake_engine: None
) -> None:
    window = open_window(qtbot, seeds_dir)
    article = show_seed(window, seeds_dir)
    with qtbot.waitSignal(window.library_loaded, timeout=20_000):
        window.menu_actions.reload.trigger()
    shown = window.viewer.article()
    assert shown is not None and shown.path == article.path
    assert window.article_model.rowCount() >= 11


def test_find_bar_finds_text_in_the_article(
    qtbot: QtBot, seeds_dir: Path, fake_engine: None
) -> None:
    window = open_window(qtbot, seeds_dir)
    show_seed(window, seeds_dir)
    window.menu_actions.find.trigger()
    assert window.find_bar.isVisible()
    window.find_bar.set_text("Brookings")
    assert window.find_bar.find_next()
    assert window.viewer.textCursor().selectedText() == "Brookings"


def test_dark_theme_recolours_the_article(qtbot: QtBot, seeds_dir: Path, fake_engine: None) -> None:
    window = open_window(qtbot, seeds_dir)
    article = show_seed(window, seeds_dir)
    light_html = window.viewer.toHtml()
    swatch = window.speaker_panel.model.index(0, 0).data(SpeakerRole.SWATCH)
    window.menu_actions.theme_actions[Theme.DARK].trigger()
    try:
        qtbot.waitUntil(lambda: window.viewer.toHtml() != light_html, timeout=5000)
        assert window.viewer.article() is article
        assert window.speaker_panel.model.index(0, 0).data(SpeakerRole.SWATCH) != swatch
        assert AppSettings().theme is Theme.DARK
    finally:
        window.menu_actions.theme_actions[Theme.SYSTEM].trigger()


def test_copy_quote_with_citation(qtbot: QtBot, seeds_dir: Path, fake_engine: None) -> None:
    window = open_window(qtbot, seeds_dir)
    article = show_seed(window, seeds_dir)
    pifer = article.speaker("Steven Pifer")
    assert pifer is not None
    window.viewer.activate_speaker("Steven Pifer")
    window.menu_actions.copy_quote_with_citation.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("“" + article.quotes[pifer.quotes[0]].text)
    assert "Steven Pifer" in text and article.title in text


def test_panes_can_be_hidden_and_shown(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path)
    window.stack.setCurrentWidget(window.splitter)
    window.menu_actions.show_speaker_panel.setChecked(False)
    assert not window.speaker_panel.isVisible()
    window.menu_actions.show_speaker_panel.setChecked(True)
    assert window.speaker_panel.isVisible()
    assert AppSettings().speaker_panel_visible


def test_every_control_has_an_accessible_name(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path)
    window.stack.setCurrentWidget(window.splitter)
    for widget in (
        window.article_panel.filter_edit,
        window.article_panel.view,
        window.viewer,
        window.speaker_panel.filter_edit,
        window.speaker_panel.view,
        window.speaker_panel.previous_button,
        window.speaker_panel.next_button,
    ):
        assert widget.accessibleName(), widget.objectName()


def test_tab_walks_every_pane_in_reading_order(
    qtbot: QtBot, seeds_dir: Path, fake_engine: None
) -> None:
    window = open_window(qtbot, seeds_dir)
    show_seed(window, seeds_dir)
    window.activateWindow()
    window.article_panel.filter_edit.setFocus()
    order = []
    for _ in range(8):
        focused = QApplication.focusWidget()
        assert focused is not None
        order.append(focused.objectName())
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert order == [
        "articleFilter",
        "articleList",
        "articleViewer",
        "speakerFilter",
        "speakerPanel",
        "previousQuoteButton",
        "nextQuoteButton",
        "articleFilter",
    ]


def test_parse_args_and_library_choice(tmp_path: Path, seeds_dir: Path) -> None:
    assert parse_args(["--smoke-test"]).smoke_test
    assert parse_args(["some/dir"]).path == Path("some/dir")
    assert parse_args(["--select-speaker", "Ann"]).select_speaker == "Ann"
    settings = AppSettings()
    assert library_to_open(Options(), settings).name == "seeds"
    settings.last_library = tmp_path
    assert library_to_open(Options(), settings) == tmp_path
    assert library_to_open(Options(path=seeds_dir), settings) == seeds_dir


def test_create_window_opens_the_library_and_selects_a_speaker(
    qtbot: QtBot, seeds_dir: Path, fake_engine: None
) -> None:
    library = seeds_dir
    window = create_window(Options(path=library, select_speaker="Steven Pifer"), AppSettings())
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow) and window.isVisible()
    qtbot.waitUntil(lambda: window.viewer.active_speaker() == "Steven Pifer", timeout=20_000)
    article = window.viewer.article()
    assert article is not None and article.path.name == SEED
    assert window.viewer.textCursor().hasSelection()
    assert QApplication.instance() is not None


def test_the_app_never_writes_into_the_library(
    qtbot: QtBot, tmp_path: Path, seeds_dir: Path, fake_engine: None
) -> None:
    library = tmp_path / "lib"
    shutil.copytree(seeds_dir, library)
    before = sorted((p.name, p.stat().st_mtime_ns) for p in library.iterdir())
    window = open_window(qtbot, library)
    show_seed(window, library)
    window.close()
    assert sorted((p.name, p.stat().st_mtime_ns) for p in library.iterdir()) == before


def test_a_single_file_can_be_opened(qtbot: QtBot, seeds_dir: Path) -> None:
    window = open_window(qtbot, seeds_dir / SEED)
    assert window.article_model.rowCount() == 1
    article = window.viewer.article()
    assert article is not None and article.path == seeds_dir / SEED


def test_the_reading_position_is_restored_after_a_restart(
    qtbot: QtBot, seeds_dir: Path, fake_engine: None
) -> None:
    window = open_window(qtbot, seeds_dir)
    show_seed(window, seeds_dir)
    bar = window.viewer.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    position = bar.value()
    assert position > 0
    window.close()
    again = open_window(qtbot, seeds_dir)
    shown = again.viewer.article()
    assert shown is not None and shown.path.name == SEED
    assert again.viewer.verticalScrollBar().value() == position


def test_an_edited_article_is_shown_again_in_place(qtbot: QtBot, tmp_path: Path) -> None:
    body = "\n\n".join(
        f"Paragraph {n} with “a quote number {n},” said Ann Example." for n in range(60)
    )
    (tmp_path / "one.txt").write_text(f"A title\n\n{body}\n", encoding="utf-8")
    window = open_window(qtbot, tmp_path)
    bar = window.viewer.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    position = bar.value()
    (tmp_path / "one.txt").write_text(f"A title\n\n{body}\n\nA new last line.\n", encoding="utf-8")
    qtbot.waitUntil(lambda: "A new last line." in window.viewer.toPlainText(), timeout=10_000)
    assert abs(bar.value() - position) <= 2


def test_opening_another_library_mid_load_drops_the_first(
    qtbot: QtBot, tmp_path: Path, seeds_dir: Path
) -> None:
    (tmp_path / "only.txt").write_text(ARTICLE, encoding="utf-8")
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.show()
    window.open_library(seeds_dir)
    with qtbot.waitSignal(window.library_loaded, timeout=20_000):
        window.open_library(tmp_path)
    qtbot.wait(200)  # anything the first load still had queued must not arrive
    assert [a.path.name for a in window.article_model.articles()] == ["only.txt"]
    assert window.library() == tmp_path
