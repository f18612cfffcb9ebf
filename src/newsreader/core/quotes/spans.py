"""Stage 1: find the spans of text between double quote marks, paragraph by paragraph.

Rules of news typography this stage relies on:
- curly “ ” and straight " double marks (and ’’ used as a closing mark) delimit quotes;
  a straight mark opens when it follows a space or the paragraph start and closes when
  a space, punctuation or the paragraph end follows it;
- single marks never delimit a quote here: ‘…’ nested in a double quote stays part of
  it, and ’ is far more often an apostrophe (he’s, Russia’s);
- a double mark that opens inside an open quote and is closed again before the quote
  ends is a nested quote ("The "United States" is ...") and stays part of the span;
- a quote left open at the end of a paragraph runs to that paragraph's end, and is
  continued by the next paragraph when that one opens with a quote mark (the news
  convention for a quote over several paragraphs). Nothing crosses a paragraph end,
  so an unbalanced mark never swallows the rest of the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from newsreader.core.document import Block, BlockKind
from newsreader.core.quotes import vocab

_MARK = re.compile(r"’’|‘‘|[\"“”„]")
_DOUBLE_MARKS = '"“”„'
_SPACE_BEFORE = frozenset(" \t\n\r([{—–-/\u00a0")
_CLOSE_AFTER = frozenset(" \t\n\r.,;:!?)]}—–-/…\u00a0'’")
_CLOSES = _CLOSE_AFTER | frozenset('"”')  # what may follow a closing mark


class Span(NamedTuple):
    """A quoted stretch of one block: ``start``/``end`` exclude the marks.

    A named tuple, not a dataclass: built for every quote, and cheaper to make.
    """

    start: int
    end: int
    block: int
    mark_start: int  # offset of the opening mark (== start when the quote continues)
    mark_end: int  # offset just after the closing mark (== end when left open)
    closed: bool  # a closing mark was found in this block
    continued: bool  # continues a quote left open in the previous paragraph
    in_heading: bool  # inside a headline or subheading


def _kind(text: str, pos: int, mark: str) -> str:
    """'o' for a mark that can only open, 'c' only close, 'a' either."""
    before = text[pos - 1] if pos > 0 else " "
    after_pos = pos + len(mark)
    after = text[after_pos] if after_pos < len(text) else " "
    opens = before in _SPACE_BEFORE
    closes = after in _CLOSES
    if mark in ("“", "‘‘", "„"):
        return "c" if closes and not opens and before not in _SPACE_BEFORE else "o"
    if mark in ("”", "’’"):
        return "o" if opens and not closes else "c"
    if opens and not closes:
        return "o"
    if closes and not opens:
        return "c"
    return "a"


def _block_spans(text: str, block: Block, index: int, open_at_start: bool) -> list[Span]:
    """The quotes of one block; ``open_at_start`` when it continues an open quote."""
    spans: list[Span] = []
    base = block.start
    body = block.text
    heading = block.kind != BlockKind.PARAGRAPH
    depth = 0
    open_start = 0
    open_mark = 0
    continued = False
    if open_at_start:
        depth = 1
        open_start = open_mark = base
        continued = True
    marks = _marks_in(body)
    for at, mark in marks:
        after = at + len(mark)
        kind = _kind(body, at, mark)
        if depth == 0:
            if kind == "c":
                if not spans and not continued and _lost_opening(body, at):
                    # “… supply chain,” said Giunta: the opening mark was lost; the
                    # quote ran from the paragraph's start.
                    spans.append(
                        Span(base, base + at, index, base, base + after, True, False, heading)
                    )
                continue  # a stray closing mark opens nothing
            depth = 1
            open_mark = base + at
            open_start = base + after
            continued = False
        elif kind == "o":
            depth += 1  # a quote nested in the open one
        elif depth > 1:
            depth -= 1
        elif _inch_mark(body, at, mark, marks):
            continue
        else:
            depth = 0
            end = base + at
            if end > open_start and body[open_start - base : at].strip():
                spans.append(
                    _new_span(
                        Span,
                        (open_start, end, index, open_mark, base + after, True, continued, heading),
                    )
                )
    if depth:
        end = base + len(body.rstrip())
        if end > open_start and body[open_start - base :].strip():
            spans.append(Span(open_start, end, index, open_mark, end, False, continued, heading))
    return spans


_new_span = tuple.__new__  # a named tuple's own ``__new__`` is a Python function: 3x slower


def _marks_in(body: str) -> list[tuple[int, str]]:
    """(offset, mark) of every double quote mark of ``body``, in order (what ``_MARK``
    finds). Without the doubled single marks, which few texts use, each of the four
    marks is located with ``str.find``: many times faster than the regex engine stepping
    through the paragraph testing a character class."""
    if _has_doubled_single(body):
        return [(m.start(), m.group()) for m in _MARK.finditer(body)]
    found: list[tuple[int, str]] = []
    find = body.find
    for mark in _DOUBLE_MARKS:
        at = find(mark)
        while at >= 0:
            found.append((at, mark))
            at = find(mark, at + 1)
    found.sort()
    return found


_ATTRIBUTION_AFTER = re.compile(r"\s+(?:said|says|added|he said|she said|they said)\b")


def _lost_opening(body: str, pos: int) -> bool:
    """Whether a closing mark with no opening mark before it in the paragraph ends a
    quote that began at the paragraph's start: the paragraph opens with a capital, the
    mark follows a comma or stop, and an attribution ("said …") follows it."""
    return (
        pos > 1
        and body[:1].isupper()
        and body[pos - 1] in ",.?!"
        and not any(mark in body[:pos] for mark in _DOUBLE_MARKS)
        and _ATTRIBUTION_AFTER.match(body, pos + 1) is not None
    )


def _inch_mark(body: str, pos: int, mark: str, marks: list[tuple[int, str]]) -> bool:
    """Whether a mark that would close the open quote is an inch sign: after a digit,
    before a word in lower case, and followed by a closing mark before any opening one
    (“Our first two experiments launched 2.7” diameter nylon spheres, …,” he said), or
    by none when the quote runs on into the next paragraph."""
    if not (pos and body[pos - 1].isdigit()):
        return False
    end = pos + len(mark)
    after = body[end : end + 2]
    if not (after[:1] == " " and after[1:].islower()):
        return False
    word = body[end + 1 : end + 24].split(maxsplit=1)[0].strip(",.;:")
    if word in vocab.PRONOUN_GENDER or word in vocab.SPEECH_VERBS or word == "according":
        return False  # “… in 1999” he said: a closing mark after all
    following = next(((at, m) for at, m in marks if at >= end), None)
    return following is None or _kind(body, following[0], following[1]) == "c"


def _has_mark(body: str) -> bool:
    """Whether ``_MARK`` finds anything in ``body`` (substring tests: 10x a regex scan)."""
    return (
        '"' in body
        or "“" in body
        or "”" in body
        or "„" in body
        or ("’" in body and "’’" in body)
        or ("‘" in body and "‘‘" in body)
    )


def _has_doubled_single(body: str) -> bool:
    """Whether ``body`` holds ’’ or ‘‘ (used as double marks by some texts).

    A single character is found many times faster than a pair, so the pair is looked
    for only where the character is there at all.
    """
    return ("’" in body and "’’" in body) or ("‘" in body and "‘‘" in body)


_OPENS_WITH_MARK = re.compile(r"\s*(?:[\"“„]|‘‘)")


def find_spans(text: str, blocks: Sequence[Block]) -> list[Span]:
    """All quote spans of the article in reading order, never overlapping."""
    spans: list[Span] = []
    carry = False
    for index, block in enumerate(blocks):
        if block.end > len(text) or block.start > block.end:
            carry = False
            continue
        if not _has_mark(block.text):
            carry = False  # most paragraphs hold no quote mark at all
            continue
        opens = carry and bool(_OPENS_WITH_MARK.match(block.text))
        if opens:
            # The opening mark of this paragraph restates the open quote: skip past it.
            first = _OPENS_WITH_MARK.match(block.text)
            assert first is not None
            sub = Block(
                block.kind,
                block.start + first.end(),
                block.end,
                block.text[first.end() :],
                block.level,
            )
            found = _block_spans(text, sub, index, open_at_start=True)
        else:
            found = _block_spans(text, block, index, open_at_start=False)
        carry = bool(found) and not found[-1].closed and block.kind == BlockKind.PARAGRAPH
        spans.extend(found)
    if any("'" in b.text or "‘" in b.text for b in blocks):
        spans = _with_single(text, blocks, spans)
    return spans


# A partial quote in single marks ('heightened alert'), read strictly: the opening mark
# after a space (or opening the block) and before a letter, the closing one after a
# letter and not before a letter ("it's", "'90s", "rock 'n' roll" and "the workers'
# union" never pair up), at most eight words, no mark inside. The pattern starts with the
# mark itself and checks the space before it with a lookbehind, so the regex engine can
# skip ahead to the marks.
_SINGLE = re.compile(
    r"['‘](?:(?<=[\s(].)|(?<=^.))([A-Za-z][^'‘’\"“”\n]{1,80}?[A-Za-z])['’](?![\w'’])"
)


def _singles_in(body: str) -> list[re.Match[str]]:
    """What ``_SINGLE.finditer(body)`` finds: the pattern matched only where a match can
    start, at a ' or ‘ after a space or "(" (``str.find`` locates the marks; most are
    apostrophes inside words), in order and never inside the match before."""
    marks: list[int] = []
    find = body.find
    for mark in "'‘":
        if body[:1] == mark:
            marks.append(0)  # "'Lack of consensus' as G20 meets": a headline may open so
        at = find(mark, 1)
        while at >= 0:
            if body[at - 1].isspace() or body[at - 1] == "(":
                marks.append(at)
            at = find(mark, at + 1)
    marks.sort()
    found: list[re.Match[str]] = []
    end = 0
    for at in marks:
        if at >= end and (m := _SINGLE.match(body, at)) is not None:
            found.append(m)
            end = m.end()
    return found


def _with_single(text: str, blocks: Sequence[Block], spans: list[Span]) -> list[Span]:
    """``spans`` and the single-quoted partial quotes of paragraphs outside them."""
    extra: list[Span] = []
    for index, block in enumerate(blocks):
        if block.kind == BlockKind.HEADING or not ("'" in block.text or "‘" in block.text):
            continue  # headlines quote in single marks; subheadings are left alone
        heading = block.kind == BlockKind.HEADLINE
        for m in _singles_in(block.text):
            words = m.group(1).split()
            if len(words) > 8 or (m.group(1).endswith("s") and m.start()):
                continue  # "the players' union": a plural possessive, not a close
            start, end = block.start + m.start(1), block.start + m.end(1)
            if any(s.mark_start <= start and end <= s.mark_end for s in spans):
                continue  # nested in a double-quoted quote
            extra.append(Span(start, end, index, start - 1, end + 1, True, False, heading))
    if not extra:
        return spans
    return sorted(spans + extra, key=lambda s: s.start)
