"""Text of a file → ``Article``: outline by format, then quotes from the engine.

The parser chooses the format by the file's suffix (``.md``/``.markdown`` are Markdown,
everything else the seed's plain-text layout), reads the outline, and hands the text and
blocks to ``newsreader.core.quotes.extract``. It never raises on odd text: whatever a
file holds, the result is an article (perhaps with no headline, or one paragraph).
"""

from __future__ import annotations

import re
from pathlib import Path

from newsreader.core import quotes
from newsreader.core.document import Article, ArticleFormat
from newsreader.core.parse_lines import Outline
from newsreader.core.parse_text import parse_text

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
ARTICLE_SUFFIXES = MARKDOWN_SUFFIXES | {".txt"}  # what a library scan picks up


def format_for(path: Path) -> ArticleFormat:
    """The format a file is read as, from its suffix."""
    if path.suffix.casefold() in MARKDOWN_SUFFIXES:
        return ArticleFormat.MARKDOWN
    return ArticleFormat.TEXT


def parse_outline(text: str, article_format: ArticleFormat) -> Outline:
    """Metadata and blocks of ``text`` read as ``article_format`` (no quotes yet)."""
    if article_format is ArticleFormat.MARKDOWN:
        # Imported on the first Markdown file: a library of .txt files never needs it.
        from newsreader.core.parse_markdown import parse_markdown  # noqa: PLC0415

        return parse_markdown(text)
    return parse_text(text)


def parse_article(path: Path, text: str, article_format: ArticleFormat | None = None) -> Article:
    """The article in ``text`` (the decoded contents of ``path``), with its quotes found.

    ``text`` is kept exactly as given: every block, quote and offset indexes into it.
    """
    chosen = format_for(path) if article_format is None else article_format
    outline = parse_outline(text, chosen)
    found_quotes, speakers = quotes.extract(text, outline.blocks)
    title = outline.title or title_from_path(path)
    return Article(
        path=path,
        text=text,
        title=title,
        blocks=outline.blocks,
        date=outline.date,
        section=outline.section,
        author=outline.author,
        format=chosen,
        quotes=tuple(found_quotes),
        speakers=tuple(speakers),
        warnings=outline.warnings,
    )


def title_from_path(path: Path) -> str:
    """A readable title from a file name, for articles without a headline.

    "101_bringing-space-to-the-fight.txt" → "Bringing space to the fight".
    """
    stem = re.sub(r"^[\d_\-.\s]+(?=\D)", "", path.stem) or path.stem
    words = " ".join(re.split(r"[_\-\s]+", stem)).strip()
    if not words:
        return path.stem or "Untitled"
    return words[0].upper() + words[1:]
