"""The item models: Qt's model tester, then what each role returns."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from tests.ui.conftest import make_article

from newsreader.core.document import Article, Quote, Speaker
from newsreader.ui.models import (
    ArticleFilterProxyModel,
    ArticleListModel,
    ArticleRole,
    SpeakerFilterProxyModel,
    SpeakerRole,
    SpeakerTreeModel,
)


def _article(name: str, date: dt.date | None, section: str | None = None) -> Article:
    return make_article(f"/lib/{name}.txt", name.title(), ["Body."], date=date, section=section)


def quoted_article() -> Article:
    paragraphs = ["“One,” Ann said.", "“Two,” Bob said. “Three,” Ann said.", "“Four.”"]
    base = make_article("/lib/q.txt", "Quotes", paragraphs)
    quotes: list[Quote] = []
    for block_index, speaker in ((1, "Ann"), (2, "Bob"), (2, "Ann"), (3, None)):
        block = base.blocks[block_index]
        taken = {q.start for q in quotes}
        offset = 0
        while True:
            start = block.text.index("“", offset) + 1
            if block.start + start not in taken:
                break
            offset = start
        end = block.text.index("”", start)
        quotes.append(
            Quote(
                block.text[start:end], block.start + start, block.start + end, block_index, speaker
            )
        )
    speakers = (Speaker("Ann", (), "a witness", (0, 2)), Speaker("Bob", (), None, (1,)))
    return Article(
        base.path, base.text, base.title, base.blocks, quotes=tuple(quotes), speakers=speakers
    )


def test_article_list_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = ArticleListModel()
    qtmodeltester.check(model)
    model.add_article(_article("a", dt.date(2024, 1, 2)))
    model.add_article(_article("b", None))
    qtmodeltester.check(model)
    proxy = ArticleFilterProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    model.add_article(_article("c", dt.date(2025, 5, 5), "World"))
    model.remove_path(Path("/lib/a.txt"))
    proxy.set_filter_text("c")
    qtmodeltester.check(proxy)
    model.clear()
    qtmodeltester.check(model)


def test_article_list_is_newest_first_and_replaces_by_path() -> None:
    model = ArticleListModel()
    proxy = ArticleFilterProxyModel()
    proxy.setSourceModel(model)
    for name, date in (("old", dt.date(2001, 1, 1)), ("new", dt.date(2024, 1, 1)), ("none", None)):
        model.add_article(_article(name, date))
    assert [proxy.index(r, 0).data() for r in range(3)] == ["New", "Old", "None"]
    model.add_article(_article("old", dt.date(2030, 1, 1)))
    assert model.rowCount() == 3
    assert proxy.index(0, 0).data() == "Old"
    article = proxy.index(0, 0).data(ArticleRole.ARTICLE)
    assert isinstance(article, Article) and article.date == dt.date(2030, 1, 1)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Date"


def test_article_filter_matches_title_and_section() -> None:
    model = ArticleListModel()
    proxy = ArticleFilterProxyModel()
    proxy.setSourceModel(model)
    model.add_article(_article("alpha", None, "Space"))
    model.add_article(_article("beta", None, "Sport"))
    proxy.set_filter_text("SPACE")
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == "Alpha"
    proxy.set_filter_text("")
    assert proxy.rowCount() == 2


def test_speaker_tree_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = SpeakerTreeModel()
    qtmodeltester.check(model)
    model.set_article(quoted_article())
    qtmodeltester.check(model)
    proxy = SpeakerFilterProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_filter_text("bob")
    qtmodeltester.check(proxy)
    model.set_dark(True)
    model.set_article(None)
    qtmodeltester.check(model)


def test_speaker_tree_lists_speakers_by_count_with_their_quotes() -> None:
    model = SpeakerTreeModel()
    model.set_article(quoted_article())
    labels = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert labels == ["Ann — a witness (2 quotes)", "Bob (1 quote)", "Unattributed (1 quote)"]
    ann = model.index(0, 0)
    assert isinstance(ann.data(SpeakerRole.SPEAKER), Speaker)
    assert model.rowCount(ann) == 2
    child = model.index(1, 0, ann)
    assert child.parent() == ann
    assert child.data(SpeakerRole.QUOTE_INDEX) == 2
    assert child.data() == "“Three,”"
    assert isinstance(child.data(SpeakerRole.QUOTE), Quote)
    assert model.quote_model_index(1).parent() == model.speaker_index("Bob")
    assert not model.speaker_index("Nobody").isValid()
    assert model.index(0, 0, child) == QModelIndex()


def test_speaker_filter_keeps_quotes_of_a_matching_speaker_and_speakers_of_a_matching_quote() -> (
    None
):
    model = SpeakerTreeModel()
    model.set_article(quoted_article())
    proxy = SpeakerFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.set_filter_text("witness")
    assert proxy.rowCount() == 1 and proxy.rowCount(proxy.index(0, 0)) == 2
    proxy.set_filter_text("three")
    assert proxy.rowCount() == 1
    assert str(proxy.index(0, 0).data()).startswith("Ann")
    assert proxy.rowCount(proxy.index(0, 0)) == 1
