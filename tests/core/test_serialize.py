"""The JSON contract of ``newsreader extract --json`` (DESIGN.md), field by field."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newsreader.core.document import Article, ArticleFormat, Block, BlockKind, Quote, Speaker
from newsreader.core.serialize import (
    article_to_dict,
    article_to_json,
    iter_json_chunks,
    library_to_dict,
    quote_to_dict,
    speaker_to_dict,
)

TEXT = 'Headline\n\n"We agree," Biden said. "Fully."\n\nA scare "quote" here.'


def _article(date: dt.date | None = dt.date(2024, 6, 18)) -> Article:
    blocks = (
        Block(BlockKind.HEADLINE, 0, 8, "Headline", 1),
        Block(BlockKind.PARAGRAPH, 10, 43, TEXT[10:43]),
        Block(BlockKind.PARAGRAPH, 45, len(TEXT), TEXT[45:]),
    )
    first, second = TEXT.index("We agree,"), TEXT.index("Fully.")
    scare = TEXT.index("quote")
    quotes = (
        Quote("We agree,", first, first + 9, 1, "Joe Biden", "Biden said"),
        Quote("Fully.", second, second + 6, 1, "Joe Biden"),
        Quote("quote", scare, scare + 5, 2),
    )
    speakers = (Speaker("Joe Biden", ("Biden",), "President", (0, 1)),)
    return Article(Path("lib/a.txt"), TEXT, "Headline", blocks, date, "World", None,
                   quotes=quotes, speakers=speakers)


def test_article_fields_follow_the_contract() -> None:
    data = article_to_dict(_article())
    assert {"path", "title", "date", "section", "speakers", "quotes"} <= set(data)
    assert data["path"] == "lib/a.txt"
    assert data["title"] == "Headline"
    assert data["date"] == "2024-06-18"
    assert data["section"] == "World"
    assert data["speakers"] == [
        {"name": "Joe Biden", "aliases": ["Biden"], "description": "President",
         "quotes": [0, 1], "organisation": False}
    ]
    assert data["quotes"][0] == {"text": "We agree,", "start": 11, "end": 20,
                                 "speaker": "Joe Biden", "paragraph": 1, "cue": "Biden said"}
    assert data["quotes"][2]["speaker"] is None
    for quote in data["quotes"]:
        assert TEXT[quote["start"] : quote["end"]] == quote["text"]


def test_inline_dicts_match_the_per_item_functions() -> None:
    """``article_to_dict`` writes speakers and quotes inline (for speed): same dicts, same order."""
    article = _article()
    data = article_to_dict(article)
    assert data["speakers"] == [speaker_to_dict(speaker) for speaker in article.speakers]
    assert data["quotes"] == [quote_to_dict(quote) for quote in article.quotes]
    for written, expected in zip(data["quotes"], map(quote_to_dict, article.quotes), strict=True):
        assert list(written) == list(expected)  # key order decides the JSON bytes
    for written, expected in zip(
        data["speakers"], map(speaker_to_dict, article.speakers), strict=True
    ):
        assert list(written) == list(expected)


def _awkward_article() -> Article:
    """Every escape JSON has: non-ASCII, an emoji (a surrogate pair), backslash, controls."""
    text = 'Tête\n\n"Ça va \\ «bien»\t😀," said Zoë.\n\n"x\x01y" and "z"'
    blocks = (
        Block(BlockKind.HEADLINE, 0, 4, "Tête", 1),
        Block(BlockKind.PARAGRAPH, 6, text.index("\n\n", 6), text[6 : text.index("\n\n", 6)]),
        Block(BlockKind.PARAGRAPH, text.rindex("\n") + 1, len(text), text[text.rindex("\n") + 1 :]),
    )
    first = text.index("Ça")
    first_end = text.index(',"') + 1
    second = text.index("x\x01y")
    third = text.rindex("z")
    quotes = (
        Quote(text[first:first_end], first, first_end, 1, "Zoë Ünal", "said Zoë"),
        Quote("x\x01y", second, second + 3, 2, "Le Monde"),
        Quote("z", third, third + 1, 2),
    )
    speakers = (
        Speaker("Zoë Ünal", ("Zoë", 'the "judge"'), "a juge d\u2019instruction", (0,)),
        Speaker("Le Monde", (), None, (1,), is_organisation=True),
    )
    return Article(Path("lib/tête 😀.txt"), text, "Tête", blocks, None, None, "Jo \\ Ann",
                   ArticleFormat.MARKDOWN, quotes=quotes, speakers=speakers)


@pytest.mark.parametrize("article", [_article(), _article(date=None), _awkward_article()])
def test_direct_json_equals_json_dumps(article: Article) -> None:
    assert article_to_json(article) == json.dumps(article_to_dict(article))


def test_no_date_is_null() -> None:
    assert article_to_dict(_article(date=None))["date"] is None


def test_the_path_can_be_written_as_given() -> None:
    assert article_to_dict(_article(), path="a.txt")["path"] == "a.txt"


@pytest.mark.parametrize("count", [0, 1, 3])
def test_streamed_json_is_one_valid_document(count: int) -> None:
    articles = [_article()] * count
    document = "".join(iter_json_chunks(articles))
    assert json.loads(document) == json.loads(json.dumps(library_to_dict(articles)))
    assert document.isascii()
