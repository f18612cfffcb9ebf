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
import re
from collections.abc import Iterator
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

from newsreader.core.quotes import vocab
from newsreader.core.quotes.mentions import roles_before, sentence_mentions
from newsreader.core.quotes.merge import NameIndex
from newsreader.core.quotes.names import Mention
from newsreader.core.quotes.sentences import sentence_starts_of


class Event(NamedTuple):
    """A possible antecedent: someone named (weight 1) or someone speaking (weight 2)."""

    pos: int
    key: str
    mention: Mention
    weight: int
    roles: str = ""


_new_event = tuple.__new__  # a named tuple's own ``__new__`` is a Python function: 3x slower
_BY_POS = attrgetter("pos")


class Resolver:
    """Resolves pronouns and role phrases against what the narrative has named so far.

    The narrative is read one sentence at a time, the first time a question needs it
    (a pronoun looks back a sentence or two, "the president" further), so sentences
    far from any quote are never analysed.
    """

    def __init__(
        self,
        index: NameIndex,
        masked: str,
        block_starts: list[int],
    ):
        self.index = index
        self.full: list[Mention] = []
        self._full_roles: list[str] | None = None
        self.masked = masked
        self.sentences = sentence_starts_of(masked)
        self.blocks = block_starts
        self._by_sentence: dict[int, list[Event]] = {}
        self._quoted: dict[int, list[Event]] = {}
        self._quoted_by_key: dict[str, list[Event]] = {}  # in reading order
        self._holders: dict[str, list[tuple[Mention, str]]] = {}
        # per organisation noun: how far the text has been read, and the matches there
        self._org_names: dict[str, tuple[int, list[re.Match[str]]]] = {}
        self._intros: dict[str, list[re.Match[str]]] = {}

    def add(self, event: Event) -> None:
        """Record a quote's speaker as speaking at ``event.pos``."""
        self._quoted.setdefault(self._sentence(event.pos), []).append(event)
        self._quoted_by_key.setdefault(event.key, []).append(event)

    def _events(self, k: int) -> list[Event]:
        """The events of sentence ``k``: analysed on first use, with the quotes' speakers."""
        events = self._by_sentence.get(k)
        if events is None:
            lo = self.sentences[k]
            hi = self.sentences[k + 1] if k + 1 < len(self.sentences) else len(self.masked)
            index = self.index
            events = [
                _new_event(Event, (m.start, index.key(m), m, weight, roles))
                for m, weight, roles in sentence_mentions(self.masked, lo, hi)
            ]
            self._by_sentence[k] = events
        quoted = self._quoted.get(k)
        if quoted:
            return sorted(events + quoted, key=_BY_POS)
        return sorted(events, key=_BY_POS)

    def _sentence(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentences, pos) - 1)

    def _block(self, pos: int) -> int:
        return bisect.bisect_right(self.blocks, pos) - 1

    def _before(self, pos: int, first_block: int) -> Iterator[list[Event]]:
        """The events of each sentence before ``pos``, latest sentence first."""
        k = self._sentence(pos)
        while k >= 0 and self._block(self.sentences[k]) >= first_block:
            yield [e for e in self._events(k) if e.pos < pos]
            k -= 1

    def _fits(self, event: Event, gender: str) -> bool:
        """Whether ``event`` can be the antecedent of a pronoun of ``gender``."""
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
            return self.subject_before(pos) if pronoun == "they" else None
        own = self._sentence(pos)
        fallback: Event | None = None
        for events in self._before(pos, self._block(pos) - 2):
            fitting = [e for e in events if self._fits(e, gender)]
            if events and self._sentence(events[0].pos) == own:
                # In its own sentence a pronoun is not the listener or an object
                # ("Speaking to Martin Smith of PBS, he said").
                fitting = [e for e in fitting if e.weight > 0]
            if gender in ("m", "f"):
                # Someone whose name says "she" beats a name that says nothing
                # ("… spoke with Anne Sacoolas at RAF Croughton. She …").
                sure = [e for e in fitting if self.index.gender(e.key, e.mention.gender)]
                if sure:
                    fitting = sure
            top = max((e.weight for e in fitting), default=-1)
            here = bool(events) and self._block(events[0].pos) == self._block(pos)
            if top == 0 and here:
                # Only names after "of", "with" or a possessive ("the character of Anya
                # Jenkins"): look for a subject in the sentences before, in this paragraph.
                fallback = fallback or fitting[0]
                continue
            if fitting:
                if fallback is not None and not here:
                    return fallback
                return next(e for e in fitting if e.weight == top)
        return fallback

    def subject_before(self, pos: int, people: bool = False) -> Event | None:
        """ "The United States Commission … (USCIRF) also criticized the move. They
        released a statement": news copy calls an organisation "they"; only the
        organisation named first in the sentence before, in the same paragraph, counts
        (a group of people named there stays nobody's). With ``people``, a person named
        first there counts too ("Smith issued a statement. The statement said …")."""
        k = self._sentence(pos) - 1
        if k < 0 or self._block(self.sentences[k]) != self._block(pos):
            return None
        first = next((e for e in self._events(k) if e.weight > 0), None)
        if first is None:
            return None
        if first.mention.is_org:
            return first
        person = bool(self.index.gender(first.key, first.mention.gender)) or " " in first.key
        return first if people and person else None

    def role(self, pos: int, phrase: str) -> Event | None:
        """The named person (or organisation) the article gave the role ``phrase``."""
        words = phrase.lower().split()
        if not words:
            return None
        head = words[-1]
        found = self._role_from_full_names(pos, head)
        if found is None and head in vocab.ORG_NOUNS:
            found = self._org_named_by(pos, head)
        return found

    def _org_named_by(self, pos: int, head: str) -> Event | None:
        """ "the government" after "the government of Samoa" or "the Samoan government"."""
        before = [m for m in self._org_matches(head, pos) if m.end() <= pos]
        if not before:
            return None
        last = before[-1]
        # "government of Samoa" names it in group 1; in "Samoan government" the name runs
        # from the match's start to the empty group 2.
        name = last.group(1) or self.masked[last.start() : last.start(2)]
        if name.lower() in vocab.FUNCTION_WORDS:
            return None
        mention = Mention(name, "name", name, "", None, True, "", last.start(), last.end())
        return Event(last.start(), self.index.key(mention), mention, 1, head)

    def _org_matches(self, head: str, pos: int) -> list[re.Match[str]]:
        """The matches of ``_org_pattern(head)`` up to ``pos`` at least.

        The text is read only as far as the first character after ``pos`` that no match
        can hold (anything but a word character, "-" or a space): the matches before it
        are the ones a scan of the whole text finds there, since none runs over it. A
        later question about a later place reads on from there.
        """
        read, matches = self._org_names.get(head, (0, []))
        if pos >= read:
            masked = self.masked
            stop_at = _ORG_STOP.search(masked, pos)
            stop = stop_at.start() if stop_at is not None else len(masked)
            if masked.find(head, read, stop) >= 0:  # every match holds the noun itself
                matches = [*matches, *_org_pattern(head).finditer(masked, read, stop)]
            self._org_names[head] = (stop, matches)
        return matches

    def _roles(self) -> list[str]:
        """The role words around each full name (read once, when a role is first asked)."""
        if self._full_roles is None:
            self.full = self.index.all_names()
            self._full_roles = [roles_before(self.masked, m) for m in self.full]
        return self._full_roles

    def _role_from_full_names(self, pos: int, head: str) -> Event | None:
        """The holder of the role among the names given in full: the one quoted last
        before ``pos``, else the one named last (the common case, read cheaply)."""
        every = self._holders.get(head)
        if every is None:
            roles_of = self._roles()
            every = self._holders[head] = [
                (mention, self.index.key(mention))
                for mention, roles in zip(self.full, roles_of, strict=True)
                if head in roles.split()
            ]
        holders = [(mention, key) for mention, key in every if mention.start < pos]
        if not holders:
            return None
        quoted: list[Event] = []
        for key in {key for _, key in holders}:
            spoke = [e for e in self._quoted_by_key.get(key, ()) if e.pos < pos]
            if spoke:
                quoted.append(spoke[-1])
        if quoted:
            return max(quoted, key=lambda e: e.pos)
        mention, key = max(holders, key=lambda h: h[0].start)
        return Event(mention.start, key, mention, 1, head)

    def anonymous(self, pos: int, phrase: str) -> str | None:
        """An unnamed source: "A senior defense official told reporters" introduces
        someone news copy then calls "the official" or "the defense official".

        The indefinite phrase names its own speaker ("senior defense official"); a
        definite one goes to the latest introduction before ``pos`` with the same head
        noun and every word it adds ("the Joint Staff official"). Only a person's role
        (one noun of ``ROLE_NOUNS``) counts; "critics" and "officials" stay nobody's.
        """
        words = phrase.split()
        if len(words) < 2 or words[-1].lower() not in vocab.ROLE_NOUNS:
            return None
        article = words[0].lower()
        if len(words) == 2 and article in ("a", "an", "its", "their"):
            return "unnamed " + words[1]  # "a source said", "Znak.com reported its source said"
        if article in ("a", "an"):
            return " ".join(words[1:])
        if article != "the":
            return None
        wanted = {w.lower() for w in words[1:-1]}
        found = None
        for m in self._introductions(words[-1].lower()):
            if m.end() > pos:
                break
            named = m.group(1).split()
            if wanted <= {w.lower() for w in named}:
                found = " ".join(named)
        return found

    def _introductions(self, head: str) -> list[re.Match[str]]:
        """Every "a/an … <head>" of the narrative (read once per head noun)."""
        found = self._intros.get(head)
        if found is None:
            found = self._intros[head] = list(_intro_pattern(head).finditer(self.masked))
        return found

    def sole_person_before(self, pos: int, lo: int) -> Event | None:
        """The one person the sentence before ``pos`` names as more than an object, if
        that sentence starts at ``lo`` or later (the same paragraph) and names one only."""
        k = self._sentence(pos) - 1
        if k < 0 or self.sentences[k] < lo:
            return None
        people = [
            e
            for e in self._events(k)
            if e.weight >= 1 and not e.mention.is_org and (e.mention.gender or " " in e.key)
        ]
        if not people or any(e.key != people[0].key for e in people):
            return None
        return people[0]

    def recent_org(self, pos: int) -> Event | None:
        """The organisation named last before ``pos`` in this or the previous paragraph
        ("Acme Corp. … The company said")."""
        for events in self._before(pos, self._block(pos) - 1):
            orgs = [e for e in events if e.mention.is_org and e.weight > 0]
            if orgs:
                return orgs[-1]
        return None

    def said_between(self, lo: int, hi: int) -> Event | None:
        """The last person the narrative says is speaking between ``lo`` and ``hi``."""
        found: Event | None = None
        for k in range(self._sentence(lo), self._sentence(hi) + 1):
            for event in self._events(k):
                if lo <= event.pos < hi and event.weight == 2:
                    found = event
        return found


# The two patterns below scan a whole article. Each starts with a plain character class
# (the lookbehind ``(?<!\w.)`` after it stands for the ``\b`` before that character), so
# the regex engine skips ahead to the few candidate positions instead of trying every one:
# twice as fast as starting with ``\b``. Words are possessive runs (``++``): a space or
# the end follows each, so giving characters back can never help.


@lru_cache(maxsize=128)
def _org_pattern(head: str) -> re.Pattern[str]:
    """ "<head> of (the) Name Words" (the name in group 1) or "Name Words <head>" (the
    name ends where the empty group 2 stands), for an organisation noun ``head``."""
    first, rest = re.escape(head[0]), re.escape(head[1:])
    return re.compile(
        rf"[A-Z{first}](?<!\w.)"
        rf"(?:(?<={first}){rest} of (?:the )?([A-Z][\w\-]++(?: [A-Z][\w\-]++)*+)"
        rf"|(?<=[A-Z])[\w\-]++(?: [A-Z][\w\-]++)*() {re.escape(head)}\b)"
    )


_ORG_STOP = re.compile(r"[^\w\- ]")  # a character no match of ``_org_pattern`` holds


@lru_cache(maxsize=128)
def _intro_pattern(head: str) -> re.Pattern[str]:
    """ "a/an" and up to three words before the role noun ``head`` (group 1)."""
    return re.compile(rf"[Aa](?<!\w.)n?\s+((?:[\w\-’']+\s+){{0,3}}?{re.escape(head)})\b")
