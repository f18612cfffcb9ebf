"""The seed's plain-text layout: date, section, headline (repeated), then the body.

The layout is a convention, not a format, so each part is recognised by what it looks
like rather than by its line number: a date line is a date wherever it sits in the first
lines, a byline starts with "By", the headline is the short line that the file often
repeats, and the section is a short line before it. Anything missing is simply absent.

In the body a blank line always ends a paragraph. A single line break ends one too
(several real files put one paragraph per line), unless the file is hard-wrapped: short
lines that mostly stop mid-sentence, which are then joined back into paragraphs.
"""

from __future__ import annotations

import datetime as dt
import re

from newsreader.core.document import Block, BlockKind
from newsreader.core.parse_dates import parse_date
from newsreader.core.parse_lines import (
    Line,
    Outline,
    closes_sentence,
    make_block,
    normalise,
    split_lines,
)

HEADER_LINES = 8  # how many non-blank lines at the top may still be header
SUBHEADING_MAX_WORDS = 15
SUBHEADING_MAX_CHARS = 120
SECTION_MAX_WORDS = 10
SECTION_MAX_CHARS = 90
WRAP_MAX_CHARS = 100  # lines of hard-wrapped text are at most this long
_DOUBLE_QUOTES = '"“”„«»'  # marks that open or close a quote (not apostrophes)

_DATELINE_BY = re.compile(r"\sby\s+(\S.*)$", re.I)
_BYLINE = re.compile(r"^(?:by|story by|written by|words by|text by|reported by)\s+\S", re.I)


def parse_text(text: str) -> Outline:
    """Read the seed layout: header metadata, headline block, subheadings and paragraphs."""
    lines = split_lines(text)
    filled = [i for i, line in enumerate(lines) if line.text]
    header = _read_header(lines, filled)
    blocks: list[Block] = []
    warnings: list[str] = []
    if header.headline is not None:
        head = header.headline
        blocks.append(make_block(BlockKind.HEADLINE, text, head.start, head.end, level=1))
        title = head.text
    else:
        title = ""
        warnings.append("no headline line")
    if header.date is None:
        warnings.append("no date line")
    blocks.extend(_body_blocks(text, lines[header.body_from :]))
    return Outline(
        title=title,
        blocks=tuple(blocks),
        date=header.date,
        section=header.section,
        author=header.author,
        warnings=tuple(warnings),
    )


class _Header:
    """The metadata found at the top of a file and where its body starts."""

    __slots__ = ("author", "body_from", "date", "headline", "section")

    def __init__(self) -> None:
        self.date: dt.date | None = None
        self.section: str | None = None
        self.author: str | None = None
        self.headline: Line | None = None
        self.body_from = 0  # index into the lines where the body begins


def _read_header(lines: list[Line], filled: list[int]) -> _Header:
    """Consume date, section, headline, its repeat and a byline from the top of the file."""
    header = _Header()
    heads: list[int] = []  # indices (into lines) of title-like lines
    repeated = False
    dated_first = False  # the date came before the first title-like line (the seed layout)
    position = 0  # index into filled
    while position < len(filled) and position < HEADER_LINES:
        line = lines[filled[position]]
        if header.date is None and (date := parse_date(line.text)) is not None:
            header.date = date
            writer = _DATELINE_BY.search(line.text)
            if writer is not None and header.author is None:
                header.author = writer.group(1)
        elif header.author is None and is_byline(line.text):
            header.author = byline_name(line.text)
            following = _next_filled(lines, filled, position)
            if following is not None and _is_affiliation(following):
                header.author = f"{header.author}, {following.text}"
                position += 1
        elif heads and not repeated and normalise(line.text) == normalise(lines[heads[-1]].text):
            repeated = True  # the headline again: what came before it is the section
            if len(heads) == 2 and _is_section_like(lines[heads[0]], dated_first):
                header.section = lines[heads[0]].text
            heads = heads[-1:]
        elif not repeated and len(heads) < 2 and _is_title_like(line):
            if not heads:
                dated_first = header.date is not None
            heads.append(filled[position])
        else:
            break
        position += 1
    if not repeated and len(heads) == 2 and not _is_section_like(lines[heads[0]], dated_first):
        position = filled.index(heads[1])  # headline, then a subheading: give it back
        heads = heads[:1]
    if len(heads) == 2:
        header.section = lines[heads[0]].text
        heads = heads[1:]
    if heads:
        header.headline = lines[heads[0]]
    header.body_from = filled[position] if position < len(filled) else len(lines)
    return header


def _next_filled(lines: list[Line], filled: list[int], position: int) -> Line | None:
    """The non-blank line after ``filled[position]``."""
    return lines[filled[position + 1]] if position + 1 < len(filled) else None


def is_byline(text: str) -> bool:
    """"By Sgt. David Turner": a short line naming the writer."""
    if not _BYLINE.match(text) or len(text.split()) > 14:
        return False
    name = byline_name(text)
    return bool(name) and (name[0].isupper() or not name[0].isalpha())


def byline_name(text: str) -> str:
    """The writer's name from a byline, without the "By"."""
    return _BYLINE.sub(lambda m: m.group(0)[-1], text, count=1).strip()


def _is_affiliation(line: Line) -> bool:
    """A short unpunctuated line right under a byline (the writer's unit or paper)."""
    if line.words > 10 or closes_sentence(line.text) or _BYLINE.match(line.text):
        return False
    return parse_date(line.text) is None


def _is_title_like(line: Line) -> bool:
    """Short enough for a headline or section, and not a sentence ending in a full stop."""
    if line.words > 30 or len(line.text) > 250:
        return False
    trimmed = line.text.rstrip("\"'”’») \t")
    return not closes_sentence(line.text) or trimmed.endswith(("?", "!"))


def _is_section_like(line: Line, after_date: bool = False) -> bool:
    """A section name: a few words, no sentence punctuation at the end.

    Right under the date line (the seed layout) a longer line is still the section.
    """
    most_words, most_chars = SECTION_MAX_WORDS, SECTION_MAX_CHARS
    if after_date:
        most_words, most_chars = 2 * most_words, 2 * most_chars
    return line.words <= most_words and len(line.text) <= most_chars and not closes_sentence(
        line.text
    )


def is_subheading(line: Line) -> bool:
    """A short line standing alone with no closing punctuation, not a sentence's tail.

    A line that quotes someone and goes on after the quote is a paragraph that lost its
    full stop: the engine ignores quotes in headings, so erring that way loses nothing.
    """
    text = line.text
    if len(text) > SUBHEADING_MAX_CHARS or closes_sentence(text):
        return False
    if line.words > SUBHEADING_MAX_WORDS or not any(ch.isalpha() for ch in text):
        return False
    if any(mark in text.strip(_DOUBLE_QUOTES) for mark in _DOUBLE_QUOTES):
        return False  # '"We will," Smith said' is a quote with its cue, never a heading
    first = next((ch for ch in text if ch.isalnum()), "")
    return not first.islower()


def _body_blocks(text: str, lines: list[Line]) -> list[Block]:
    """Paragraph and subheading blocks of the body lines.

    A one-line block reuses the line's text, which is already ``text[start:end]``.
    """
    blocks: list[Block] = []
    append = blocks.append
    for group in _paragraph_groups(lines):
        first = group[0]
        if len(group) == 1:
            kind, level = BlockKind.PARAGRAPH, 0
            if is_subheading(first) and not is_byline(first.text):
                kind, level = BlockKind.HEADING, 2
            append(Block(kind, first.start, first.end, first.text, level))
        else:
            append(make_block(BlockKind.PARAGRAPH, text, first.start, group[-1].end))
    return blocks


def _paragraph_groups(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped into paragraphs: by blank lines, and by line breaks unless hard-wrapped."""
    runs: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.text:
            current.append(line)
        elif current:  # a blank line ends the run
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    if max(map(len, runs), default=0) <= 1 or _hard_wrapped(runs):
        return runs  # (one line per run: both readings give the same groups)
    return [[line] for run in runs for line in run]


def _hard_wrapped(runs: list[list[Line]]) -> bool:
    """True when lines inside paragraphs are wrapped text rather than paragraphs of their own.

    Wrapped text has (almost) no long lines, and most of its line breaks fall mid-sentence
    on a line nearly as wide as the widest (a short unpunctuated line is a subheading, not
    a wrap). A stray long line, such as a web address, does not change the verdict.
    """
    inner = [line for run in runs for line in run[:-1]]
    if not inner:
        return False
    lengths = [len(line.text) for run in runs for line in run]
    if sum(1 for length in lengths if length > WRAP_MAX_CHARS) * 20 > len(lengths):
        return False  # more than one line in twenty is long: these are paragraphs
    widest = max(length for length in lengths if length <= WRAP_MAX_CHARS)
    wrapped = sum(
        1 for line in inner if not closes_sentence(line.text) and len(line.text) * 5 >= widest * 3
    )
    return wrapped * 2 >= len(inner)
