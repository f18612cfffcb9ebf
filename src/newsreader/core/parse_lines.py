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

from newsreader.core.document import Block, BlockKind

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")
_INVISIBLE = "\ufeff\u200b"  # a BOM or zero-width space left in the text counts as blank
_LEAD = re.compile(rf"[\s{_INVISIBLE}]*")

# Characters that may close a sentence, looked for after trailing quote marks and brackets.
SENTENCE_END = frozenset(".!?:;,…")
_TRAILING_CLOSERS = "\"'”’»)]}*_ \t"


@dataclass(frozen=True, slots=True)
class Line:
    """One line: ``start``/``end`` bound its content without the surrounding whitespace."""

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
    for raw_start, raw_end in _line_matches(text, offset, stop):
        lead = _LEAD.match(text, raw_start, raw_end)
        start = lead.end() if lead is not None else raw_start
        if start == raw_end:
            lines.append(Line(raw_start, raw_start, ""))
            continue
        last = raw_end
        while last > start and (text[last - 1].isspace() or text[last - 1] in _INVISIBLE):
            last -= 1
        lines.append(Line(start, last, text[start:last]))
    return lines


def _line_matches(text: str, offset: int, stop: int) -> Iterator[tuple[int, int]]:
    """Start and end (without the line break) of each line between ``offset`` and ``stop``."""
    position = offset
    while position < stop:
        match = _LINE.match(text, position, stop)
        if match is None or match.end() == position:  # pragma: no cover - the pattern always moves
            break
        content_end = match.end()
        while content_end > match.start() and text[content_end - 1] in "\r\n":
            content_end -= 1
        yield match.start(), content_end
        position = match.end()


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
