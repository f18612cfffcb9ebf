"""The document model: what an article is once it has been read and its quotes found.

Everything here is a frozen dataclass so that an ``Article`` can be shared between the
loader thread and the UI without copies or locks, and so that nothing downstream can
quietly edit what the engine found. Offsets are Python string offsets into
``Article.text``, the file's decoded text exactly as read (after the BOM is dropped):
the CLI prints them as they are, and the viewer maps them to its own document.

Invariants are checked in ``__post_init__`` because a bad span found late (in the
viewer, as a wrong highlight) is far harder to trace than one refused at construction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class DocumentError(ValueError):
    """An invariant of the document model does not hold (a bug in a producer, not bad input)."""


class BlockKind(StrEnum):
    """What a block is in the article's outline."""

    HEADLINE = "headline"
    HEADING = "heading"
    PARAGRAPH = "paragraph"


class ArticleFormat(StrEnum):
    """How ``Article.text`` is written, which tells the viewer how to render a block."""

    TEXT = "text"
    MARKDOWN = "markdown"


@dataclass(frozen=True, slots=True)
class Block:
    """A headline, subheading or paragraph: a span of the article text.

    ``text`` is kept beside the span (it is ``article.text[start:end]``) because views and
    the quote engine read it constantly and slicing each time would copy it each time.
    """

    kind: BlockKind
    start: int
    end: int
    text: str
    level: int = 0  # heading level: 1 for the headline, 2+ for subheadings; 0 for paragraphs

    def __post_init__(self) -> None:
        start, end = self.start, self.end
        if 0 <= start <= end and len(self.text) == end - start:
            return  # the common case in one test; the messages below say what failed
        if not 0 <= start <= end:
            raise DocumentError(f"block span {start}..{end} is not a valid span")
        raise DocumentError(
            f"block text has {len(self.text)} characters but its span "
            f"{start}..{end} has {end - start}"
        )


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote: the words between the quote marks, and who said them.

    ``start``/``end`` exclude the quote marks. A quote that runs over several paragraphs
    is one ``Quote`` per paragraph, all with the same speaker, so that every quote lies in
    exactly one block (``block`` is its index in ``Article.blocks``).
    ``cue`` holds the words that attributed it ("Biden said", "told Vox", "according to
    a tweet from the German embassy"), or ``None`` when the speaker was carried over from
    a neighbouring quote or is unknown.
    """

    text: str
    start: int
    end: int
    block: int
    speaker: str | None = None
    cue: str | None = None

    def __post_init__(self) -> None:
        start, end = self.start, self.end
        if 0 <= start <= end and len(self.text) == end - start:
            return  # the common case in one test; the messages below say what failed
        if not 0 <= start <= end:
            raise DocumentError(f"quote span {start}..{end} is not a valid span")
        raise DocumentError(
            f"quote text has {len(self.text)} characters but its span "
            f"{start}..{end} has {end - start}"
        )


@dataclass(frozen=True, slots=True)
class Speaker:
    """A person or organisation quoted in one article.

    ``name`` is the fullest form the article gives ("Joe Biden"); ``aliases`` the other
    forms that refer to the same speaker in this article ("Biden", "President Joe Biden",
    "the president"). ``description`` is the role as the article words it ("a former US
    ambassador to Ukraine"), or ``None`` when the article gives none. ``quotes`` are
    indices into ``Article.quotes``, in reading order.
    """

    name: str
    aliases: tuple[str, ...] = ()
    description: str | None = None
    quotes: tuple[int, ...] = ()
    is_organisation: bool = False

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise DocumentError("a speaker needs a name")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article: its text, outline, quotes and speakers."""

    path: Path
    text: str
    title: str
    blocks: tuple[Block, ...]
    date: dt.date | None = None
    section: str | None = None
    author: str | None = None
    format: ArticleFormat = ArticleFormat.TEXT
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        # One pass over the blocks and one over the quotes: an article is built once per
        # file and this runs on every one, so no slicing (``startswith`` at an offset
        # compares in place; a quote's text length already equals its span's).
        text = self.text
        path = self.path
        size = len(text)
        for block in self.blocks:
            if block.end > size:
                raise DocumentError(f"{path}: block {block.start}..{block.end} is past the text")
        names = {speaker.name for speaker in self.speakers}
        if len(names) != len(self.speakers):
            raise DocumentError(f"{path}: two speakers share a name")
        block_count = len(self.blocks)
        previous_end = -1
        for quote in self.quotes:
            start, end = quote.start, quote.end
            if end > size:
                raise DocumentError(f"{path}: quote {start}..{end} is past the text")
            if not text.startswith(quote.text, start):
                raise DocumentError(f"{path}: quote text differs from its span {start}")
            if start < previous_end:
                raise DocumentError(f"{path}: quotes overlap at offset {start}")
            if not 0 <= quote.block < block_count:
                raise DocumentError(f"{path}: quote at {start} names no block")
            if quote.speaker is not None and quote.speaker not in names:
                raise DocumentError(f"{path}: quote speaker {quote.speaker!r} is not a speaker")
            previous_end = end
        quotes = self.quotes
        quote_count = len(quotes)
        for speaker in self.speakers:
            name = speaker.name
            for index in speaker.quotes:
                if not 0 <= index < quote_count or quotes[index].speaker != name:
                    raise DocumentError(f"{path}: {name!r} lists quote {index} wrongly")

    def speaker(self, name: str) -> Speaker | None:
        """The speaker called ``name`` in this article, if any."""
        for speaker in self.speakers:
            if speaker.name == name:
                return speaker
        return None

    def quotes_of(self, speaker: Speaker) -> tuple[Quote, ...]:
        """The quotes of ``speaker`` in reading order."""
        return tuple(self.quotes[i] for i in speaker.quotes)
