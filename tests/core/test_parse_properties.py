"""Property tests: no text makes the parser or the quote engine raise, and spans stay valid.

The strategies favour what trips parsers up: quote marks of every kind, line breaks of
every kind, blank lines, dates, headings and Markdown markers.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsreader.core.document import Article, BlockKind
from newsreader.core.parse import parse_article
from newsreader.core.parse_lines import STRIPPED, split_lines

PIECES = [
    "\n", "\n\n", "\r\n", "\r", " ", "\t", "\ufeff", '"', "“", "”", "‘", "’", "'", "«", "»",
    "said", " he said.", "Biden", "President Joe Biden", "June 18, 2024", "2024-06-18", "# ",
    "## ", "---\n", "===\n", "```\n", "- ", "By Jane Roe", ", ", ". ", "?", ":", "according to ",
    "told reporters", "Mr.", "<b>", "\u2028", "\x0c", "\x00", "é", "🙂",
]

article_texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(PIECES) | st.text(max_size=12), max_size=80).map("".join),
)


def _check(article: Article, text: str) -> None:
    assert article.text == text
    previous_end = 0
    for block in article.blocks:
        assert 0 <= block.start <= block.end <= len(text)
        assert text[block.start : block.end] == block.text
        assert block.start >= previous_end  # blocks are in order and never overlap
        previous_end = block.end
    headlines = [b for b in article.blocks if b.kind is BlockKind.HEADLINE]
    assert len(headlines) <= 1
    previous_end = 0
    for quote in article.quotes:
        assert text[quote.start : quote.end] == quote.text
        assert quote.start >= previous_end  # quotes never overlap
        previous_end = quote.end
        block = article.blocks[quote.block]
        assert block.start <= quote.start <= quote.end <= block.end
    names = {speaker.name for speaker in article.speakers}
    assert all(q.speaker is None or q.speaker in names for q in article.quotes)
    assert article.title


@given(article_texts)
def test_no_plain_text_makes_the_pipeline_raise(text: str) -> None:
    _check(parse_article(Path("any.txt"), text), text)


@given(article_texts)
def test_no_markdown_makes_the_pipeline_raise(text: str) -> None:
    _check(parse_article(Path("any.md"), text), text)


@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join))
def test_markdown_front_matter_of_any_shape_is_survived(body: str) -> None:
    text = "---\n" + body + "\n---\n" + body
    _check(parse_article(Path("any.md"), text), text)


def _reference_lines(text: str, offset: int) -> list[tuple[int, int, str]]:
    """Lines the slow, obvious way: split on every kind of break, strip, keep offsets."""
    out: list[tuple[int, int, str]] = []
    position = offset
    for match in re.finditer(r"[^\r\n]*(\r\n|\r|\n|$)", text[offset:]):
        if match.start() == match.end():
            break
        body = match.group(0).rstrip("\r\n")
        stripped = body.strip(STRIPPED)
        if stripped:
            start = position + match.start() + len(body) - len(body.lstrip(STRIPPED))
            out.append((start, start + len(stripped), stripped))
        else:
            out.append((position + match.start(), position + match.start(), ""))
    return out


@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join), st.integers(0, 20))
def test_split_lines_agrees_with_the_obvious_way(text: str, offset: int) -> None:
    offset = min(offset, len(text))
    got = [(line.start, line.end, line.text) for line in split_lines(text, offset)]
    assert got == _reference_lines(text, offset)
