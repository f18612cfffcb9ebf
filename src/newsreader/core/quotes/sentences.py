"""The narrative around the quotes: quote interiors masked, and sentence boundaries.

Attribution is read from the words outside the quote marks only (a "he" inside a quote
is never a cue), so the later stages work on a copy of the text in which every quote's
interior is blanked out. The blanked interior keeps its final punctuation, so a quote
that ends a sentence ("… yet.”) still ends it in the masked text, and offsets are
unchanged.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from newsreader.core.quotes import vocab
from newsreader.core.quotes.lazy import LazyPattern
from newsreader.core.quotes.spans import Span

_KEEP_END = frozenset(".?!,")
# One leading character class lets the regex engine skip quickly to candidate positions.
_BOUNDARY = re.compile(
    r"[.?!\n](?:(?<=[.?!])[\"”’)\]']*\s+(?=[\"“‘(\[]?[A-Z0-9])|(?<=\n)[ \t\r]*\n\s*"
    r"|(?<=[.?!])[\"”’]*\s*$)"
)
_ABBREV_AFTER = re.compile(r"[A-Z][a-z]{0,4}\.\s")


_MARKUP = LazyPattern(
    r"\[(?=[^\]\n]*\]\()|\]\([^)\s]*\)|\*\*?|__|^[ \t]*(?:#+|>)[ \t]*", re.MULTILINE
)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def mask(text: str, spans: Sequence[Span]) -> str:
    """``text`` with each quote interior replaced by 'x' (keeping its last stop).

    Markdown syntax in the narrative (emphasis, link targets, heading and quote marks at
    a line start) is blanked too, so "said [Jane Smith](https://…)" reads "said Jane
    Smith". Offsets are unchanged.
    """
    if _may_have_markup(text):
        text = _MARKUP.sub(_blank, text)
    if not spans:
        return text
    pieces: list[str] = []
    pos = 0
    for span in spans:
        pieces.append(text[pos : span.start])
        inner = text[span.start : span.end]
        stripped = inner.rstrip()
        last = stripped[-1:] if stripped else ""
        head = "0" if inner[:1].isupper() or inner[:1].isdigit() else "x"
        if last in _KEEP_END and len(stripped) > 1:
            body = head + "x" * (len(stripped) - 2) + last
        else:
            body = head + "x" * (len(stripped) - 1) if stripped else ""
        pieces.append(body + " " * (len(inner) - len(body)))
        pos = span.end
    pieces.append(text[pos:])
    return "".join(pieces)


def _may_have_markup(text: str) -> bool:
    """Whether ``text`` holds "](", "*", "__", or "#" or ">" at a line start.

    Each two-character search is guarded by a search for one of its characters: a single
    character is found many times faster than a pair, and most texts hold neither.
    """
    return (
        ("]" in text and "](" in text)
        or "*" in text
        or ("_" in text and "__" in text)
        or ("#" in text and "\n#" in text)
        or (">" in text and "\n>" in text)
    )


def is_abbreviation(core: str) -> bool:
    """Whether ``core`` (a word before a full stop) is an abbreviation or an initial.

    Abbreviations of titles and places are capitalised ("Gen.", "Mass.", "U.S."): a
    lower-case "mass." or "ill." ends a sentence.
    """
    if "." in core:
        return True
    if not core or not core[0].isupper():
        return False
    return len(core) == 1 or core.lower() in vocab.ABBREVIATIONS


def _is_boundary(masked: str, stop: int, after: int) -> bool:
    """Whether the full stop at ``stop`` (the spaces after it end at ``after``) really
    ends a sentence (not "Gen." or "U.S.")."""
    words = masked[max(0, stop - 12) : stop].rsplit(None, 1)
    word = words[-1].lstrip("(\"“‘'") if words else ""
    if is_abbreviation(word):
        return False
    # "36th Inf. Div. ...": a run of abbreviations is one name.
    short_capitalised = word[:1].isupper() and len(word) <= 5
    return not (short_capitalised and _ABBREV_AFTER.match(masked, after))


@lru_cache(maxsize=4)
def _boundaries(masked: str) -> tuple[list[int], list[int]]:
    """(stops, starts): where each sentence of the article ends and the next begins.

    A paragraph break always ends a sentence, and so do "?" and "!"; only a full stop
    needs a closer look.
    """
    stops: list[int] = []
    starts: list[int] = []
    match = _BOUNDARY.match
    after = 0
    for pos in _marks(masked):
        if pos < after:
            continue  # inside the previous match, where the regex scan would not look
        m = match(masked, pos)
        if m is None:
            continue
        stop, after = m.span()
        if masked[stop] == "." and "\n" not in m.group() and not _is_boundary(masked, stop, after):
            continue
        stops.append(stop)
        starts.append(after)
    return stops, starts


def _marks(masked: str) -> list[int]:
    """Where ``masked`` holds ".", "?", "!" or a line break, in order: every place a
    ``_BOUNDARY`` match can start. ``str.find`` finds them many times faster than the
    regex engine steps through the text testing a character class."""
    found: list[int] = []
    find = masked.find
    for mark in ".?!\n":
        pos = find(mark)
        while pos >= 0:
            found.append(pos)
            pos = find(mark, pos + 1)
    found.sort()
    return found


@lru_cache(maxsize=4)
def sentence_starts_of(masked: str) -> list[int]:
    """Where every sentence of the text starts, the first at 0."""
    return [0, *_boundaries(masked)[1]]


def sentence_start_before(masked: str, lo: int, pos: int) -> int:
    """Start of the sentence holding ``pos`` (a sentence starting at ``pos`` excluded),
    not before ``lo``."""
    _, starts = _boundaries(masked)
    k = bisect_left(starts, pos) - 1
    return max(lo, starts[k]) if k >= 0 else lo


def first_sentence_end(masked: str, pos: int, hi: int) -> int:
    """End of the sentence that starts at ``pos`` (at most ``hi``)."""
    stops, _ = _boundaries(masked)
    k = bisect_left(stops, pos)
    if k < len(stops) and stops[k] < hi:
        return stops[k] + 1
    return hi
