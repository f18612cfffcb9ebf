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
    """The lines of ``text[offset:end]`` with spans into ``text``.

    Called once per file on every line, so it builds the tuples with ``tuple.__new__``
    (the named tuple's own ``__new__`` is a Python function) and splits with ``str.split``
    when the text holds no ``\\r``, which is nearly always.
    """
    stop = len(text) if end is None else end
    segment = text[offset:stop]
    if not segment:
        return []
    if "\r" in segment:
        return [
            _line(start, text[start:finish]) for start, finish in _line_spans(text, offset, stop)
        ]
    pieces = segment.split("\n")
    if segment.endswith("\n"):
        pieces.pop()  # no line after the last break
    lines: list[Line] = []
    append = lines.append
    new = tuple.__new__
    position = offset
    for raw in pieces:
        stripped = raw.strip(STRIPPED)
        if not stripped:
            append(new(Line, (position, position, "")))
        elif stripped is raw or raw[0] == stripped[0]:
            append(new(Line, (position, position + len(stripped), stripped)))
        else:
            start = position + raw.index(stripped)
            append(new(Line, (start, start + len(stripped), stripped)))
        position += len(raw) + 1
    return lines


def _line(raw_start: int, raw: str) -> Line:
    """The line ``raw`` found at ``raw_start``, its span narrowed to the stripped content."""
    stripped = raw.strip(STRIPPED)
    if not stripped:
        return Line(raw_start, raw_start, "")
    start = raw_start if raw[0] == stripped[0] else raw_start + raw.index(stripped)
    return Line(start, start + len(stripped), stripped)


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
    return Block(kind, start, end, text[start:end], level)
