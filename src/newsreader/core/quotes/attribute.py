"""Stage 3: decide who spoke each quote, from its cue or from the quotes around it.

- A cue that names someone (a name, "a Woolworths spokesperson") gives the speaker.
- "he"/"she" goes to the person the text is about: going back sentence by sentence, the
  first sentence with a fitting person (gender checked from first names and titles)
  gives it, preferring whoever speaks there (a speech verb's subject or a quote's
  speaker) over other names, and the subject position over later names.
- "the president", "the commissioner" go to the named person the article gave that role.
- A quote with no cue continues its sentence's speaker, or the speaker of the quote
  before it in the paragraph (split quotes), or whoever was just said to speak in the
  paragraph ("…, Pifer said. “…”"); a paragraph that is only a quote continues the
  previous paragraph's speaker. Anything else (a scare quote, a title) stays unassigned.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from newsreader.core.quotes import vocab
from newsreader.core.quotes.merge import NameIndex
from newsreader.core.quotes.names import Mention


@dataclass(frozen=True, slots=True)
class Event:
    """A possible antecedent: someone named (weight 1) or someone speaking (weight 2)."""

    pos: int
    key: str
    mention: Mention
    weight: int
    roles: str = ""


class Resolver:
    """Resolves pronouns and role phrases against what the narrative has named so far."""

    def __init__(self, index: NameIndex, sentence_starts: list[int], block_starts: list[int]):
        self.index = index
        self.sentences = sentence_starts
        self.blocks = block_starts
        self.events: list[Event] = []

    def add(self, event: Event) -> None:
        bisect.insort(self.events, event, key=lambda e: e.pos)

    def _sentence(self, pos: int) -> int:
        return bisect.bisect_right(self.sentences, pos) - 1

    def _block(self, pos: int) -> int:
        return bisect.bisect_right(self.blocks, pos) - 1

    def _fits(self, event: Event, gender: str) -> bool:
        mention = event.mention
        if gender in ("m", "f"):
            if mention.is_org:
                return False
            found = self.index.gender(event.key, mention.gender)
            if found and found != gender:
                return False
            # A lone capitalised word nobody is said to speak may be a place.
            return bool(found) or " " in event.key or event.weight >= 2
        if gender == "o":
            return mention.is_org
        return True

    def pronoun(self, pos: int, pronoun: str) -> Event | None:
        """The antecedent of ``pronoun`` at ``pos``."""
        gender = vocab.PRONOUN_GENDER.get(pronoun, "")
        if gender == "p":
            return None
        limit_block = self._block(pos) - 2
        by_sentence: dict[int, list[Event]] = {}
        for event in self.events:
            if event.pos >= pos:
                break
            by_sentence.setdefault(self._sentence(event.pos), []).append(event)
        for sentence in sorted(by_sentence, reverse=True):
            if self._block(self.sentences[sentence]) < limit_block:
                break
            fitting = [e for e in by_sentence[sentence] if self._fits(e, gender)]
            if fitting:
                top = max(e.weight for e in fitting)
                return next(e for e in fitting if e.weight == top)
        return None

    def role(self, pos: int, phrase: str) -> Event | None:
        """The named person (or organisation) the article gave the role ``phrase``."""
        words = phrase.lower().split()
        if not words:
            return None
        head = words[-1]
        holders = {
            e.key
            for e in self.events
            if e.pos < pos and e.mention.kind == "name" and head in e.roles.split()
        }
        best: Event | None = None
        for event in self.events:
            if event.pos >= pos:
                break
            if (
                event.key in holders
                and event.mention.kind == "name"
                and (event.weight > 0 or best is None)
            ):
                best = event
        return best

    def recent_org(self, pos: int) -> Event | None:
        """The organisation named last before ``pos`` in this or the previous paragraph
        ("Acme Corp. … The company said")."""
        limit = self._block(pos) - 1
        best: Event | None = None
        for event in self.events:
            if event.pos >= pos:
                break
            if (
                event.mention.is_org
                and event.weight > 0
                and event.mention.kind == "name"
                and (self._block(event.pos) >= limit)
            ):
                best = event
        return best
