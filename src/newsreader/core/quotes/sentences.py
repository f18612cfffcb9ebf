"""The narrative around the quotes: quote interiors masked, and sentence boundaries.

Attribution is read from the words outside the quote marks only (a "he" inside a quote
is never a cue), so the later stages work on a copy of the text in which every quote's
interior is blanked out. The blanked interior keeps its final punctuation, so a quote
that ends a sentence ("… yet.”) still ends it in the masked text, and offsets are
unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsreader.core.quotes import vocab
from newsreader.core.quotes.spans import Span

_KEEP_END = frozenset(".?!,")
_SENTENCE_END = re.compile(r"[.?!][\"”’)\]']*\s+(?=[\"“‘(\[]?[A-Z0-9])|[.?!][\"”’]*\s*$")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
_ABBREV_AFTER = re.compile(r"[A-Z][a-z]{0,4}\.\s")


def mask(text: str, spans: Sequence[Span]) -> str:
    """``text`` with each quote interior replaced by 'x' (keeping its last stop)."""
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


def sentence_starts(masked: str, start: int, end: int) -> list[int]:
    """Offsets where sentences start within ``masked[start:end]`` (``start`` first)."""
    starts = [start]
    for m in _SENTENCE_END.finditer(masked, start, end):
        stop = m.start()
        word = _WORD_BEFORE.search(masked, max(start, stop - 12), stop + 1)
        if word is not None:
            core = word.group(1).lower()
            if core in vocab.ABBREVIATIONS or (len(core) == 1 and core.isalpha()):
                continue
        if _ABBREV_AFTER.match(masked, m.end()):
            continue  # "36th Inf. Div. ...": a run of abbreviations is one name
        if m.end() < end:
            starts.append(m.end())
    return starts


def sentence_start_before(masked: str, lo: int, pos: int) -> int:
    """Start of the sentence holding ``pos``, not before ``lo``."""
    starts = sentence_starts(masked, lo, pos)
    return starts[-1]


def first_sentence_end(masked: str, pos: int, hi: int) -> int:
    """End of the sentence that starts at ``pos`` (at most ``hi``)."""
    for m in _SENTENCE_END.finditer(masked, pos, hi):
        stop = m.start()
        word = _WORD_BEFORE.search(masked, max(pos, stop - 12), stop + 1)
        if word is not None:
            core = word.group(1).lower()
            if core in vocab.ABBREVIATIONS or (len(core) == 1 and core.isalpha()):
                continue
        return stop + 1
    return hi
