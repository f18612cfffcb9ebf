"""Markdown articles: optional YAML front matter, headings and paragraphs.

The article keeps the raw Markdown as its text, and every block is a raw slice of it, so
quote offsets (and the CLI's JSON) count characters of the file as written. Rendering the
emphasis and links is the viewer's job. Only the block structure news articles use is
recognised (ATX and setext headings, paragraphs, list items, fenced code); anything else
stays inside a paragraph, which is harmless because a block is only a span of text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from newsreader.core.document import Block, BlockKind
from newsreader.core.parse_dates import coerce_date, parse_date
from newsreader.core.parse_lines import Line, Outline, make_block, normalise, split_lines
from newsreader.core.parse_text import byline_name, is_byline

_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\r?\n(?P<yaml>.*?)^(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|\Z)", re.M | re.S
)
_ATX = re.compile(r"^(?P<marks>#{1,6})(?:[ \t]+(?P<content>.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^(?:=+|-+)[ \t]*$")
_RULE = re.compile(r"^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_FENCE = re.compile(r"^(?P<fence>`{3,}|~{3,})")
_LIST_ITEM = re.compile(r"^(?:[-*+]|\d{1,9}[.)])[ \t]+\S")
LEAD_BLOCKS = 4  # a date line or byline among the first blocks is metadata
_INLINE_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def parse_markdown(text: str) -> Outline:
    """Front matter metadata, then the heading and paragraph blocks of the raw Markdown."""
    warnings: list[str] = []
    metadata: Mapping[str, object] = {}
    body_start = 0
    front = _FRONT_MATTER.match(text)
    if front is not None:
        body_start = front.end()
        metadata = _load_front_matter(front.group("yaml"), warnings)
    blocks = _blocks(text, split_lines(text, body_start))
    title = plain_inline(_text_of(metadata.get("title")))
    blocks = _mark_headline(blocks, title)
    if not title and blocks and blocks[0].kind is BlockKind.HEADLINE:
        title = plain_inline(blocks[0].text)
    date = coerce_date(metadata.get("date"))
    if metadata.get("date") is not None and date is None:
        warnings.append(f"front matter date {metadata.get('date')!r} is not a date")
    blocks, lead_date, lead_author = _take_lead_lines(blocks)
    date = date or lead_date
    section = _text_of(metadata.get("section")) or _text_of(metadata.get("category")) or None
    if section is None:
        section = _first_of(metadata.get("categories")) or _first_of(metadata.get("tags"))
    author = _author_of(metadata) or lead_author
    return Outline(title, tuple(blocks), date, section, author, tuple(warnings))


def _load_front_matter(source: str, warnings: list[str]) -> Mapping[str, object]:
    """The YAML front matter as a mapping; broken YAML is a warning, not a failed article."""
    import frontmatter  # noqa: PLC0415 - imported here: YAML is only needed for Markdown with front matter

    try:
        metadata, _ = frontmatter.parse(f"---\n{source}---\n")
    except Exception as error:  # any YAML problem means "no metadata"
        warnings.append(f"front matter ignored: {type(error).__name__}")
        return {}
    if not isinstance(metadata, Mapping):
        return {}
    return {str(key).casefold(): value for key, value in metadata.items()}


def _blocks(text: str, lines: list[Line]) -> list[Block]:
    """Headings and paragraphs (list items and code fences count as paragraphs)."""
    blocks: list[Block] = []
    run: list[Line] = []

    def flush() -> None:
        if run:
            blocks.append(make_block(BlockKind.PARAGRAPH, text, run[0].start, run[-1].end))
            run.clear()

    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if line.blank:
            flush()
            continue
        fence = _FENCE.match(line.text)
        if fence is not None:
            flush()
            end = _fence_end(lines, index, fence.group("fence"))
            blocks.append(make_block(BlockKind.PARAGRAPH, text, line.start, lines[end - 1].end))
            index = end
            continue
        atx = _ATX.match(line.text)
        if atx is not None:
            flush()
            content = atx.group("content")
            if content:
                start = line.start + atx.start("content")
                level = len(atx.group("marks"))
                blocks.append(
                    make_block(BlockKind.HEADING, text, start, start + len(content), level)
                )
            continue
        if run and _SETEXT.match(line.text):
            level = 1 if line.text.startswith("=") else 2
            blocks.append(make_block(BlockKind.HEADING, text, run[0].start, run[-1].end, level))
            run.clear()
            continue
        if not run and _RULE.match(line.text):
            continue
        if run and _LIST_ITEM.match(line.text):
            flush()
        run.append(line)
    flush()
    return blocks


def _take_lead_lines(blocks: list[Block]) -> tuple[list[Block], dt.date | None, str | None]:
    """A date line or byline standing alone at the top (as in the plain-text layout).

    They are metadata, not paragraphs: they leave the blocks and become date and author.
    """
    date: dt.date | None = None
    author: str | None = None
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        single_line = block.kind is BlockKind.PARAGRAPH and "\n" not in block.text
        if index < LEAD_BLOCKS and single_line and "\r" not in block.text:
            line = plain_inline(block.text)
            if date is None and (found := parse_date(line)) is not None:
                date = found
                continue
            if author is None and is_byline(line):
                author = byline_name(line)
                continue
        kept.append(block)
    return kept, date, author


def _fence_end(lines: list[Line], index: int, fence: str) -> int:
    """The index after the line that closes a code fence (or after the last line)."""
    for position in range(index, len(lines)):
        if lines[position].text.startswith(fence[0] * len(fence)):
            return position + 1
    return len(lines)


def _mark_headline(blocks: list[Block], title: str) -> list[Block]:
    """Turn the first level-1 heading into the headline (if it is the title, when one is set).

    Other headings become subheadings (level 2 or deeper), as in the plain-text layout.
    """
    marked: list[Block] = []
    found = False
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            is_title = not title or normalise(plain_inline(block.text)) == normalise(title)
            if not found and block.level == 1 and is_title:
                found = True
                marked.append(Block(BlockKind.HEADLINE, block.start, block.end, block.text, 1))
                continue
            if block.level < 2:
                marked.append(Block(BlockKind.HEADING, block.start, block.end, block.text, 2))
                continue
        marked.append(block)
    return marked


def plain_inline(markdown: str) -> str:
    """Inline Markdown reduced to its words: links to their text, emphasis marks dropped."""
    text = _INLINE_LINK.sub(r"\1", markdown)
    text = re.sub(r"(\*{1,3}|_{1,3}|`+)(\S(?:.*?\S)?)\1", r"\2", text)
    return " ".join(text.split())


def _text_of(value: object) -> str:
    """A front-matter scalar as one line of text ("" for nothing usable)."""
    if value is None or isinstance(value, (Mapping, list, tuple, set)):
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return " ".join(str(value).split())


def _first_of(value: object) -> str | None:
    """The first entry of a front-matter list (or the value itself when it is a scalar)."""
    if isinstance(value, (list, tuple)):
        return next((_text_of(item) for item in value if _text_of(item)), None)
    return _text_of(value) or None


def _author_of(metadata: Mapping[str, object]) -> str | None:
    """The writer(s) named in the front matter: ``author``, ``authors`` or ``byline``."""
    for key in ("author", "authors", "byline"):
        value = metadata.get(key)
        if isinstance(value, Mapping):
            value = value.get("name")
        if isinstance(value, (list, tuple)):
            names = [_text_of(v.get("name") if isinstance(v, Mapping) else v) for v in value]
            joined = ", ".join(name for name in names if name)
            if joined:
                return joined
        elif _text_of(value):
            return _text_of(value)
    return None
