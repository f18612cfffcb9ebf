"""Lines of an article with their offsets: the raw material of both parsers.

Both parsers work on lines but must report spans into the untouched text, so each line
keeps where its visible content starts and ends. Only ``\\n``, ``\\r\\n`` and ``\\r`` end
a line (``str.splitlines`` would also split on form feeds and U+2028, which would make
offsets disagree with what every other tool counts as a line).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from newsreader.core.document import Block, BlockKind

_BREAK = re.compile(r"\r\n?|\n")
# Every character ``str.isspace`` accepts, plus a stray BOM and the zero-width space, which
# count as blank too: a line holding only those is an empty line.
STRIPPED = (
    " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200b"
)

# Characters that may close a sentence, looked for after trailing quote marks and brackets.
SENTENCE_END = frozenset(".!?:;,…")
_TRAILING_CLOSERS = "\"'”’»)]}*_ \t"


class Line(NamedTuple):
    """One line: ``start``/``end`` bound its content without the surrounding whitespace.

    A named tuple rather than a dataclass: a file has hundreds of lines and a tuple is
    several times cheaper to build.
    """

    start: int
    end: int
    text: str  # text[start:end] of the article, stripped

    @property
    def blank(self) -> bool:
        """True when the line holds nothing but whitespace."""
        return not self.text

    @property
    def words(self) -> int:
        """How many words the line holds."""
        return len(self.text.split())


def split_lines(text: str, offset: int = 0, end: int | None = None) -> list[Line]:
    """The lines of ``text[offset:end]`` with spans into ``text``."""
    stop = len(text) if end is None else end
    lines: list[Line] = []
    append = lines.append
    for raw_start, raw in _raw_lines(text, offset, stop):
        if not raw:
            append(Line(raw_start, raw_start, ""))
            continue
        stripped = raw.strip(STRIPPED)
        if not stripped:
            append(Line(raw_start, raw_start, ""))
            continue
        start = raw_start if raw[0] == stripped[0] else raw_start + raw.index(stripped)
        append(Line(start, start + len(stripped), stripped))
    return lines


def _raw_lines(text: str, offset: int, stop: int) -> Iterator[tuple[int, str]]:
    """Each line between ``offset`` and ``stop`` (without its break) and where it starts."""
    segment = text[offset:stop]
    if not segment:
        return
    if "\r" in segment:
        for line_start, line_end in _line_spans(text, offset, stop):
            yield line_start, text[line_start:line_end]
        return
    position = offset
    pieces = segment.split("\n")
    if segment.endswith("\n"):
        pieces.pop()  # no line after the last break
    for piece in pieces:
        yield position, piece
        position += len(piece) + 1


def _line_spans(text: str, offset: int, stop: int) -> Iterator[tuple[int, int]]:
    """Start and end (without the line break) of each line between ``offset`` and ``stop``."""
    position = offset
    for match in _BREAK.finditer(text, offset, stop):
        yield position, match.start()
        position = match.end()
    if position < stop:
        yield position, stop


def closes_sentence(line: str) -> bool:
    """True when the line ends like a sentence (after any closing quote marks or brackets)."""
    trimmed = line.rstrip(_TRAILING_CLOSERS)
    return bool(trimmed) and trimmed[-1] in SENTENCE_END


def normalise(line: str) -> str:
    """A line reduced for comparison: case-folded, single-spaced, curly quotes made straight."""
    folded = line.casefold().replace("’", "'").replace("‘", "'").replace("“", '"')
    return " ".join(folded.replace("”", '"').split())


@dataclass(frozen=True, slots=True)
class Outline:
    """What a parser read from a file: metadata and blocks, before quotes are found."""

    title: str
    blocks: tuple[Block, ...]
    date: dt.date | None = None
    section: str | None = None
    author: str | None = None
    warnings: tuple[str, ...] = ()


def make_block(kind: BlockKind, text: str, start: int, end: int, level: int = 0) -> Block:
    """A block over ``text[start:end]``, its text being exactly that slice."""
    return Block(kind=kind, start=start, end=end, text=text[start:end], level=level)
