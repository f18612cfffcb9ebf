"""Article → HTML, tested as a pure function; then in a real QTextBrowser."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot
from tests.ui.conftest import make_article

from newsreader.core.document import Article, ArticleFormat, Block, BlockKind, Quote, Speaker
from newsreader.ui.colors import contrast_ratio, speaker_colors, unattributed_colors
from newsreader.ui.render import (
    quote_citation,
    quote_close,
    quote_open,
    quote_position_text,
    render_article,
    sentinel_info,
)
from newsreader.ui.views.article_viewer import ArticleViewer


def quoted(text_article: Article, pairs: list[tuple[str, str | None]]) -> Article:
    """Quote each given substring (first occurrence) for the given speaker."""
    quotes = []
    for needle, speaker in pairs:
        start = text_article.text.index(needle)
        block = next(i for i, b in enumerate(text_article.blocks) if b.start <= start < b.end)
        quotes.append(Quote(needle, start, start + len(needle), block, speaker))
    quotes.sort(key=lambda q: q.start)
    names = sorted({q.speaker for q in quotes if q.speaker})
    speakers = tuple(
        Speaker(n, (), "a role", tuple(i for i, q in enumerate(quotes) if q.speaker == n))
        for n in names
    )
    return replace(text_article, quotes=tuple(quotes), speakers=speakers)


def test_sentinels_round_trip() -> None:
    for index in (0, 1, 57, 3199):
        assert sentinel_info(quote_open(index)) == (index, True)
        assert sentinel_info(quote_close(index)) == (index, False)
    assert sentinel_info("a") is None


def test_text_article_is_escaped_and_quotes_are_coloured() -> None:
    article = make_article(
        "/a.txt",
        "Head <b>line</b>",
        ["<script>alert(1)</script> said “hello there” & more", "Second."],
        date=dt.date(2024, 6, 18),
        section="World",
    )
    article = quoted(article, [("hello there", "Ann")])
    html = render_article(article)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "Head &lt;b&gt;line&lt;/b&gt;" in html
    assert "June 18, 2024 · World" in html
    assert f"{quote_open(0)}hello there{quote_close(0)}</span>" in html
    assert re.search(r'<span style="background-color:#[0-9a-f]{6}">\ue000hello', html)


def test_markdown_article_renders_markup_but_not_raw_html() -> None:
    text = "# Title\n\nSome **bold** and <em>raw</em> text: “quoted *words*” here."
    blocks = (
        Block(BlockKind.HEADLINE, 0, 7, "# Title", 1),
        Block(BlockKind.PARAGRAPH, 9, len(text), text[9:]),
    )
    article = Article(Path("/a.md"), text, "Title", blocks, format=ArticleFormat.MARKDOWN)
    article = quoted(article, [("quoted *words*", "Ann")])
    html = render_article(article)
    assert "<strong>bold</strong>" in html
    assert "&lt;em&gt;raw&lt;/em&gt;" in html
    assert "<h1>Title</h1>" in html
    assert quote_open(0) in html and quote_close(0) in html


def test_speaker_colours_keep_text_readable() -> None:
    for rank in range(20):
        light = speaker_colors(rank, dark=False)
        dark = speaker_colors(rank, dark=True)
        assert contrast_ratio(light.background, "#1b1b1b") >= 7
        assert contrast_ratio(light.strong, "#1b1b1b") >= 7
        assert contrast_ratio(dark.background, "#e6e6e6") >= 7
        assert contrast_ratio(dark.strong, "#e6e6e6") >= 4.5
    assert contrast_ratio(unattributed_colors(dark=False).background, "#1b1b1b") >= 7
    assert len({speaker_colors(rank, dark=False).swatch for rank in range(12)}) == 12


@pytest.mark.parametrize("fmt", [ArticleFormat.TEXT, ArticleFormat.MARKDOWN])
def test_viewer_selects_exactly_the_quote(qtbot: QtBot, fmt: ArticleFormat) -> None:
    article = make_article(
        "/a.txt",
        "Headline",
        ["He said “first quote” and “second, longer quote” then left.", "“Third.” Ann said."],
    )
    article = replace(article, format=fmt)
    article = quoted(
        article, [("first quote", "Bob"), ("second, longer quote", "Ann"), ("Third.", "Ann")]
    )
    viewer = ArticleViewer()
    qtbot.addWidget(viewer)
    viewer.resize(500, 300)
    viewer.show()
    viewer.set_article(article)
    assert "\ue000" not in viewer.toPlainText()
    for index, quote in enumerate(article.quotes):
        assert viewer.show_quote(index)
        assert viewer.textCursor().selectedText() == quote.text
    assert viewer.activate_speaker("Ann")
    assert viewer.textCursor().selectedText() == "second, longer quote"
    assert viewer.step_quote(1)
    assert viewer.textCursor().selectedText() == "Third."
    assert viewer.step_quote(1)
    assert viewer.textCursor().selectedText() == "second, longer quote"
    position = viewer.quote_range(2)
    assert position is not None
    assert viewer.quote_at_position(position[0]) == 2
    assert viewer.quote_at_position(position[1]) is None
    assert viewer.quote_tooltip(1) == "Ann — a role"
    assert len(viewer.extraSelections()) == 3
    cursor = QTextCursor(viewer.document())
    cursor.setPosition(0)
    assert viewer.quote_at_position(0) is None


def test_quote_citation_names_speaker_role_title_and_date() -> None:
    article = make_article(
        "/a.txt", "Headline", ["Ann said “hi there” today."], date=dt.date(2024, 1, 2)
    )
    article = quoted(article, [("hi there", "Ann")])
    assert quote_citation(article, 0) == "“hi there” — Ann, a role. In: Headline, 2024-01-02."


def test_quote_position_text_counts_within_the_speaker() -> None:
    article = make_article("/a.txt", "H", ["Ann said “one” and “two”, Bob “three”."])
    article = quoted(article, [("one", "Ann"), ("two", "Ann"), ("three", None)])
    assert quote_position_text(article, 1) == "Ann: quote 2 of 2"
    assert quote_position_text(article, 2) == "Unattributed quote (3 of 3 in the article)"
    assert quote_position_text(None, 0) == ""
