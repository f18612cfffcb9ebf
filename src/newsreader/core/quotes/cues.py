"""Stage 2: find the words that attribute each quote (its cue), in the narrative around it.

The orders news copy uses, each a general rule:
- after the quote: “…,” X said / “…,” said X / “…,” X told Vox / “…” according to X;
- before it, in the same sentence: X said: “…” / X said, “…” / X clearly stated that “…”
  / X said the plan “…” (a partial quote) / According to X, “…” / his comments that “…”;
- a bare comma or colon after a clause whose subject is a name (`defended his
  decision, "…"`) introduces a full-sentence quote by that subject;
- a participle with no subject (", further saying, “…”", ", asking X to be “…”") hands
  the quote to the speaker of the same sentence;
- a term introduced by "was called the", "known as the", "so-called" is a name, not
  anyone's words.
Only narrative text is read (quote interiors are masked), so pronouns inside a quote
never attribute it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newsreader.core.quotes import vocab
from newsreader.core.quotes.lazy import LazyPattern
from newsreader.core.quotes.names import (
    Mention,
    keeps_stop,
    name_mention,
    tokens,
)
from newsreader.core.quotes.phrases import parse_np, role_mention
from newsreader.core.quotes.sentences import sentence_start_before
from newsreader.core.quotes.subjects import clause_subject, strip_modifiers, subject_before


class Cue(NamedTuple):
    """What the narrative says about who spoke a quote."""

    kind: str  # "after", "before", "according", "inherit", "naming"
    mention: Mention | None
    start: int
    end: int
    text: str


_WORD = re.compile(r"[A-Za-z][\w\-’']*")
_ACCORDING = re.compile(r"\baccording to\s+", re.IGNORECASE)  # tried after every quote
_NAMING = LazyPattern(
    r"(?:\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|often|widely|once|sometimes)\s+)?"
    r"(?:called|known as|dubbed|nicknamed|named|termed|labell?ed)|\bknown as|\bso-called"
    r"|\bthe (?:word|term|phrase|name|slogan|hashtag|nickname|title))"
    r"(?:\s+(?:the|a|an))?\s*[\"“„]?$",
    re.IGNORECASE,
)
# Pieces of the words ``_NAMING`` needs, free of "i" and "s" (which case-insensitive
# matching also lets stand for "İ", "ı" and "ſ"): a cheap test before the search.
_NAMING_PIECES = (
    "call", "nown", "dubbed", "name", "term", "label", "word", "phra", "logan", "htag", "tle"
)  # fmt: skip


_NAMING_PIECE = re.compile("|".join(_NAMING_PIECES))


def names_a_word(masked: str, lo: int, mark: int) -> bool:
    """Whether the words before a quote's opening mark name it as a word, a term or a
    name ("the word “pandemic”", "was dubbed “…”", "so-called “…”")."""
    seg = masked[max(lo, mark - 48) : mark]
    return _NAMING_PIECE.search(seg) is not None and _NAMING.search(seg) is not None


def _may_name(low: str) -> bool:
    """Whether a stretch (given in lower case) may end in a naming phrase ("was called")."""
    return _NAMING_PIECE.search(low) is not None


_MESSAGES = "|".join(sorted(vocab.MESSAGE_NOUNS))
_MESSAGE_BY = LazyPattern(
    rf"(?:an?|the)\s+(?:\w+\s+){{0,2}}?(?:{_MESSAGES})\s+(?:(?:released|issued|posted|signed|"
    r"written|sent|published)\s+)?(?:from|by)\s+",
    re.IGNORECASE,
)


_ACCORDING_END = LazyPattern(r"[,;:.\"“”]|\s(?:in|on|who|which|that|as)\s")
_CLAUSE_BREAK = LazyPattern(r"[,;:\"“”]")
_CAPITAL = LazyPattern(r"[A-Z]")
_LEAD = re.compile(r"[\s,.;—–-]*")
_STOP_MARK = re.compile(r"[;:!?\"“”]")
_STOPPED_WORD = re.compile(r"[\w.]+\.(?=\s|$)")
_ENDS_COMMA_COLON = re.compile(r"[,:]\s*$")
_OPENS_SENTENCE = re.compile(r"[\s\[(.…]*[A-Z0\[]")
_DETERMINER_END = re.compile(r"(?:\b(?:a|an|the|his|her|its|their|our)|\w[’']s?)\s+$")

# Lower case only: "States" in "United States" is no verb. The first letter comes before
# the lookbehind that says no word character precedes it, so the regex engine skips ahead
# to lower-case letters; the rest of the word is possessive (``*+``) because a shorter run
# of letters would be followed by a letter, which the lookahead refuses anyway.
_PLAIN_WORD = re.compile(r"[a-z](?<![\w\-’'].)[a-z]*+(?![\w\-’'])")


class Verb(NamedTuple):
    """A speech verb found in the narrative (with the span methods of a regex match; the
    engine reads the fields, which is cheaper than calling the methods)."""

    word: str
    pos: int
    stop: int

    def start(self) -> int:
        return self.pos

    def end(self) -> int:
        return self.stop

    def group(self) -> str:
        return self.word


def speech_verbs(masked: str, lo: int, hi: int) -> list[Verb]:
    """Speech verbs in ``masked[lo:hi]``, in order."""
    verbs = vocab.SPEECH_VERBS
    return [
        _new_verb(Verb, (m.group(), m.start(), m.end()))
        for m in _PLAIN_WORD.finditer(masked, lo, hi)
        if m.group() in verbs
    ]


_new_verb = tuple.__new__  # a named tuple's own ``__new__`` is a Python function: 3x slower


def first_speech_verb(masked: str, lo: int, hi: int) -> Verb | None:
    """The first speech verb in ``masked[lo:hi]`` (``speech_verbs(...)[0]``), read no
    further than it: the clause after a quote is often a long appositive."""
    verbs = vocab.SPEECH_VERBS
    for m in _PLAIN_WORD.finditer(masked, lo, hi):
        word = m.group()
        if word in verbs:
            return _new_verb(Verb, (word, m.start(), m.end()))
    return None


def _after_abbreviation(masked: str, lo: int, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends an abbreviation ("according to Dr. Tom …")."""
    word = _WORD_END.search(masked, max(lo, stop - 12), stop + 1)
    return word is not None and keeps_stop(word.group())


def according_to(text: str, masked: str, lo: int, hi: int) -> Cue | None:
    """ "according to X" in ``masked[lo:hi]``; X runs to the next comma or the end."""
    if "ccord" not in masked[lo:hi].lower():
        return None  # cheaper than the search, and the case almost every time
    m = _ACCORDING.search(masked, lo, hi)
    if m is None:
        return None
    stop = hi
    brk = _ACCORDING_END.search(masked, m.end(), hi)
    while (
        brk is not None
        and brk.group() == "."
        and (
            (
                _CAPITAL.match(masked[max(m.end(), brk.start() - 1) : brk.start()])
                and brk.start() - m.end() < 4
            )
            or _after_abbreviation(masked, m.end(), brk.start())
        )
    ):
        brk = _CLAUSE_BREAK.search(masked, brk.end(), hi)
    if brk is not None:
        stop = brk.start()
    np_start = m.end()
    msg = _MESSAGE_BY.match(masked, np_start, stop)
    if msg is not None:
        np_start = msg.end()
    opens = not masked[sentence_start_before(masked, 0, m.start()) : m.start()].strip()
    mention = parse_np(text, np_start, stop if opens else _appositive_end(masked, stop, hi))
    if mention is None:
        mention = role_mention(text, tokens(text, np_start, stop))
    if mention is None:
        return None
    return Cue("according", mention, m.start(), stop, text[m.start() : stop].strip())


_APPOSITIVE = LazyPattern(r",\s+(?:a|an|the)\s+[^,;:.\"“”]*(?=,)")
_FINITE = LazyPattern(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might)\b")


def _appositive_end(masked: str, stop: int, hi: int) -> int:
    """Where "according to X" ends with its appositive ("… was important, according to
    Nicholas Lokker, a research assistant with …, given that"): the description is the
    speaker's. Only after the main clause, set off by commas, with no finite verb (in
    "According to X, the movement was able to …" the words after the comma are the news)."""
    m = _APPOSITIVE.match(masked, stop, hi)
    if m is None or _FINITE.search(masked, m.start(), m.end()):
        return stop
    return m.end()


def after_cue(text: str, masked: str, lo: int, hi: int, strict: bool) -> Cue | None:
    """An attribution clause right after a quote: ", X said" / "said X" / ", X told Vox".

    ``strict`` when the quote ended its sentence: then only a clause made of a speaker
    phrase and a verb counts, never an unrelated sentence that follows.
    """
    lead = _LEAD.match(masked, lo, hi)
    pos = lead.end() if lead else lo
    if pos >= hi:
        return None
    first_word = _WORD.match(masked, pos)
    if first_word is not None and first_word.group().lower() in _NEW_CLAUSE:
        return None  # ", while ALDI … called it": a new clause about someone else
    acc = _ACCORDING.match(masked, pos, hi)
    if acc is not None or not strict:
        found = according_to(text, masked, pos, hi)
        if found is not None and (
            acc is not None or first_speech_verb(masked, pos, found.start) is None
        ):
            return found
    verb = first_speech_verb(masked, pos, min(hi, pos + 220))
    if verb is None:
        return _credit_line(text, masked, lo, pos, hi)
    word = verb.word.lower()
    gap = masked[pos : verb.pos]
    if not gap.strip(" \t,"):
        if word in vocab.TELL_VERBS or word.endswith("ing"):
            return None
        stop = np_end(masked, verb.stop, hi)
        mention = parse_np(text, verb.stop, stop)
        if mention is None:
            return None
        return Cue("after", mention, pos, stop, text[pos:stop].strip())
    if _has_stop(gap) or len(gap) > 200:
        return None
    if strict and not (
        _clean_subject(text, pos, verb.pos) and _attribution_tail(masked, verb.stop, hi, word)
    ):
        return None
    mention = subject_before(text, pos, verb.pos)
    if mention is None:
        return None
    return Cue("after", mention, pos, verb.stop, text[pos : verb.stop].strip())


def _credit_line(text: str, masked: str, lo: int, pos: int, hi: int) -> Cue | None:
    """ "“… trained and ready,” Rear Adm. Jim Kirk, commander, CSG 11.": a quote ending
    in a comma, then a sentence that is only a person's name and role, credits them (the
    speech verb left out, as in a caption or a press release)."""
    if lo < 2 or masked[lo - 2] != ",":
        return None
    first_part = masked[pos:hi].split(",", 1)[0].split()
    if not first_part or not all(w[0].isupper() or w in vocab.NAME_PARTICLES for w in first_part):
        return None
    mention = parse_np(text, pos, hi)
    if mention is None or mention.kind != "name" or mention.is_org:
        return None
    if not (mention.gender or mention.title or " " in mention.name):
        return None
    return Cue("after", mention, pos, hi, text[pos:hi].strip())


_NEW_CLAUSE = frozenset(
    [
        "while",
        "whereas",
        "but",
        "and",
        "although",
        "though",
        "because",
        "as",
        "when",
        "which",
        "who",
        "if",
        "so",
        "yet",
    ]
)
_TAIL_OK = LazyPattern(
    r"\s*(?:$|[.,;:!?—–-]|(?:in|on|at|to|during|via|per|after|while|when|from|by|with|before|"
    r"as|through|over|about|of|yesterday|today|tonight|earlier|later|last|this|recently|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|[a-z]+ly)\b)",
    re.IGNORECASE,
)


def _attribution_tail(masked: str, pos: int, hi: int, verb: str) -> bool:
    """Whether what follows a verb ends an attribution ("said Thursday.", "told Vox.").

    A verb followed by content ("stated the road was damaged") starts a new sentence
    of reported speech, which does not attribute the quote before it.
    """
    # "told Vox", "told the world": a listener follows a verb of telling.
    return bool(_TAIL_OK.match(masked, pos, hi)) or verb in vocab.LISTENER_VERBS


def _has_stop(gap: str) -> bool:
    """Whether ``gap`` holds the end of a sentence (not the stop of "Mr." or "U.S.")."""
    if _STOP_MARK.search(gap):
        return True
    return any(not keeps_stop(m.group()) for m in _STOPPED_WORD.finditer(gap))


# ". ", a stop at the end, ;:"“” or ", who" (the mark first, so the regex engine skips
# ahead to the marks rather than trying every alternative at every character)
_NP_END = re.compile(
    r"[.;:\"“”,](?:(?<=\.)(?:\s|$)|(?<=[;:\"“”])|(?<=,)\s+(?:who|which|adding|saying|as|when|while)\b)"
)
_WORD_END = re.compile(r"[\w.]+$")


def np_end(masked: str, pos: int, hi: int) -> int:
    """Where the speaker phrase after "said" ends: the sentence end, or a clause."""
    m = _NP_END.search(masked, pos, hi)
    while m is not None and m.group().startswith("."):
        word = _WORD_END.search(masked, max(pos, m.start() - 12), m.start() + 1)
        if word is None or not keeps_stop(word.group()):
            break
        m = _NP_END.search(masked, m.end(), hi)
    return m.start() if m is not None else hi


def _clean_subject(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` is only a speaker phrase (a name, pronoun or role)."""
    toks = strip_modifiers(tokens(text, lo, hi))
    if not toks:
        return False
    if len(toks) == 1 and toks[0].low in vocab.PRONOUN_GENDER:
        return True
    first = toks[0]
    if not (first.cap or first.low in ("the", "a", "an", "his", "her")):
        return False
    if first.low in vocab.FUNCTION_WORDS and first.low not in ("the", "a", "an", "his", "her"):
        return False
    depth = 0
    for tok in toks:
        if tok.text == ",":
            depth += 1
    head = toks if depth == 0 else toks[: next(k for k, t in enumerate(toks) if t.text == ",")]
    allowed = (
        vocab.ROLE_NOUNS
        | vocab.ORG_NOUNS
        | vocab.NAME_PARTICLES
        | {
            "of",
            "the",
            "a",
            "an",
            "and",
            "for",
            "in",
            "at",
            "his",
            "her",
            "former",
            "senior",
            "chief",
            "deputy",
            "executive",
            "general",
            "national",
            "local",
            "state",
            "trade",
            "industry",
            "using",
            "pseudonym",
            "&",
        }
    )
    return all(t.cap or t.low in allowed or t.text in "-–" for t in head)


def before_cue(
    text: str, masked: str, lo: int, mark: int, quote_start: int, *, closes: bool = True
) -> Cue | None:
    """The attribution in the same sentence before a quote's opening mark.

    ``closes`` tells whether the quote ends its sentence: only such a quote can be
    introduced by a bare comma (`defended his decision, "…"`); one that the sentence goes
    on after (`add the question, "Is this person a citizen?", to the census`) is named,
    not spoken.
    """
    seg = masked[lo:mark]
    low = seg.lower()
    if " by " in seg:
        agent = _agent_as(text, masked, lo, mark)
        if agent is not None:
            return agent
    if _may_name(low) and _NAMING.search(seg):
        return Cue("naming", None, mark, mark, "")
    acc = according_to(text, masked, lo, mark) if "ccord" in low else None
    asides = "—" in seg or "(" in seg
    verbs = [
        v
        for v in speech_verbs(masked, lo, mark)
        if not _passive(masked, v.pos)
        and not _noun_use(masked, v)
        and not (asides and _in_aside(masked, lo, v.pos, mark))
    ]
    if acc is not None and (not verbs or verbs[-1].pos < acc.start):
        return acc
    quoted = _quoted_from(text, masked, lo, mark)
    if quoted is not None and (
        not verbs or verbs[-1].pos < quoted.start or verbs[-1].word.endswith("ing")
    ):
        return quoted  # "Politico quoted Tim Manning as saying “…”"
    if verbs:
        verb = verbs[-1]
        finite = [v for v in verbs if not v.word.lower().endswith("ing")]
        if verb.word.lower().endswith("ing") and finite:
            verb = finite[-1]  # "Zapata said, adding it …": the subject of "said" speaks
        outer = next((v for v in verbs if _THAT_AFTER.match(masked, v.stop)), None)
        if outer is not None and outer.pos < verb.pos:
            # "Dar issued the warning, noting that the U.S. has promised … “…”": the verb
            # inside the reported clause is part of what is reported.
            verb = outer
        word = verb.word.lower()
        inverted = _inverted_speaker(text, masked, lo, verb, mark)
        if inverted is not None:
            return inverted
        mention = subject_before(text, lo, verb.pos)
        if word.endswith("ing") and mention is not None and mention.start > lo:
            # "Trump issued a statement at his golf club outside Washington, D.C. saying":
            # a participle after the main clause speaks for that clause's subject.
            main = clause_subject(text, tokens(text, lo, verb.pos))
            if main is not None and (
                main.kind == "pronoun" or (main.kind == "name" and not main.is_org)
            ):
                mention = main
        cue_text = text[lo : verb.stop].strip()
        if mention is None:
            between = masked[lo : verb.pos].strip(" ,").lower()
            if word.endswith("ing") or between in ("", "and", "but", "and then"):
                # "… gave its “deepest sympathies” and said …": the sentence's speaker.
                return Cue("inherit", None, verb.pos, verb.stop, verb.word)
            return None
        return Cue("before", mention, lo, verb.stop, cue_text)
    speech_noun = _speech_noun(text, masked, lo, mark)
    if speech_noun is not None:
        return speech_noun
    # A bare comma or colon before a full-sentence quote: the clause's subject speaks.
    if closes and _ENDS_COMMA_COLON.search(seg) and _OPENS_SENTENCE.match(text, quote_start):
        toks = tokens(text, lo, mark)
        mention = clause_subject(text, toks)
        if mention is not None:
            return Cue("before", mention, lo, mark, text[lo:mark].strip(" ,:"))
    return None


_AGENT_AS = LazyPattern(
    r"\b(?:described|characteri[sz]ed|labell?ed|branded|praised|critici[sz]ed)\s+by\s+"
    r"([^,;:.\"“”]{2,60}?)\s+as\s+(?:(?:a|an|the|being)\s+)?$",
)


_AGENT_TOLD = LazyPattern(
    r"\b(?:told|informed|assured|warned|briefed|reminded|quoted)\s+by\s+"
    r"([^,;:.\"“”]{2,80}?)\s*(?:(?:of|that|about|as saying)\s*|:\s*)?$",
)


def _agent_as(text: str, masked: str, lo: int, mark: int) -> Cue | None:
    """ "Mancini has been described by the Daily Hive as a “squirrel whisperer”", "he
    was told by Emergencies Minister Yevgeny Zinichev of “…”": in the passive, the agent
    after "by" said the words."""
    m = _AGENT_AS.search(masked, lo, mark) or _AGENT_TOLD.search(masked, lo, mark)
    if m is None:
        return None
    mention = parse_np(text, m.start(1), m.end(1))
    if mention is None or mention.kind != "name":
        return None
    return Cue("before", mention, m.start(), m.end(), text[m.start() : m.end()].strip())


_PASSIVE_AS = LazyPattern(
    r"\b(?:is|are|was|were|been|being)\s+(?:(?:also|often|widely|once)\s+)?"
    r"(?:described|characteri[sz]ed|labell?ed|branded|termed|called|dubbed|deemed)"
    r"(?:\s+as)?(?:\s+(?:a|an|the|being))?\s*$"
)
_BY_AGENT = re.compile(r"[,.]?\s+by\s+")


def agent_after(text: str, masked: str, lo: int, mark: int, *, after: int, hi: int) -> Cue | None:
    """ "Amman, who was described as “knife-obsessed” by the police": in the passive,
    the agent after the quote said the words; without "by" it is a name, nobody's."""
    by = _BY_AGENT.match(masked, after, hi)
    if by is None or not _PASSIVE_AS.search(masked, max(lo, mark - 60), mark):
        return None
    mention = parse_np(text, by.end(), np_end(masked, by.end(), hi))
    if mention is None or mention.kind == "pronoun":
        return None
    return Cue("after", mention, after, by.end(), text[after:by.end()].strip())


_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$")


_QUOTE_FROM = LazyPattern(
    r"\b(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:quote|statement|comment|remark|message|words)s?"
    r"\s+(?:from|by)\s+|\bquoted\s+"
)
_QUOTE_WORD = re.compile("quote|statement|comment|remark|message|words")
_QUOTE_FROM_END = LazyPattern(r"[,;:\"“”]|\s(?:about|as|on|in|saying|who|which|that)\s")


def _quoted_from(text: str, masked: str, lo: int, mark: int) -> Cue | None:
    """ "a quote from Iowa Democratic Party chair Ross Wilburn:", "the story quoted Gov. Kim
    Reynolds about wanting “…”": the person quoted speaks."""
    if _QUOTE_WORD.search(masked, lo, mark) is None:
        return None  # the search below needs one of these words: skip it
    found = list(_QUOTE_FROM.finditer(masked, lo, mark))
    if not found:
        return None
    m = found[-1]
    stop = _QUOTE_FROM_END.search(masked, m.end(), mark)
    end = stop.start() if stop is not None else mark
    mention = parse_np(text, m.end(), end)
    if mention is None:
        return None
    return Cue("before", mention, m.start(), end, text[m.start() : end].strip())


_THAT_AFTER = re.compile(r"\s+that\b")


def _inverted_speaker(text: str, masked: str, lo: int, verb: Verb, mark: int) -> Cue | None:
    """ "Were it not for NASA's early support, said Martins, “I don't think …”": after
    a comma, a verb followed by a name and a comma right before the quote inverts them."""
    if verb.word.lower() in vocab.TELL_VERBS or not masked[lo : verb.pos].rstrip().endswith(","):
        return None
    tail = masked[verb.stop : mark].rstrip()
    if not tail.endswith((",", ":")) or len(tail) > 80 or not tail.strip(" ,:")[:1].isupper():
        return None
    end = verb.stop + len(tail) - 1
    mention = parse_np(text, verb.stop, end)
    if mention is None or mention.kind != "name":
        return None
    return Cue("before", mention, lo, end, text[lo:end].strip())


def _in_aside(masked: str, lo: int, pos: int, hi: int) -> bool:
    """Whether ``pos`` lies in an aside closed before ``hi``: between dashes ("Bercow
    commented — which the BBC noted as unusual — “…”") or in parentheses. Its verb
    reports something else; the sentence's own verb introduces the quote."""
    before, after = masked[lo:pos], masked[pos:hi]
    if before.count("—") % 2 == 1 and "—" in after:
        return True
    return before.count("(") > before.count(")") and ")" in after


def _passive(masked: str, pos: int) -> bool:
    """ "was called the …": the verb names a thing, nobody speaks."""
    return bool(_PASSIVE.search(masked[max(0, pos - 24) : pos]))


def _noun_use(masked: str, verb: Verb) -> bool:
    """ "the statement said" is fine; "a report" or "his comments" use the word as a noun."""
    before = masked[max(0, verb.pos - 6) : verb.pos].lower()
    return bool(_DETERMINER_END.search(before))


_SPEECH_NOUNS = "|".join(sorted(vocab.SPEECH_NOUNS))
_SPEECH_NOUN = LazyPattern(
    rf"\b(his|her|their|its|[A-Z][\w\-]+(?:’s|'s))\s+(?:\w+\s+)?(?:{_SPEECH_NOUNS})\s+that\b"
)


def _speech_noun(text: str, masked: str, lo: int, mark: int) -> Cue | None:
    """ "his comments that Russia “…”": the possessor of the words speaks."""
    found = list(_SPEECH_NOUN.finditer(masked, lo, mark))
    if not found:
        return None
    m = found[-1]
    owner = m.group(1)
    if owner.lower() in vocab.PRONOUN_GENDER or owner.lower() in ("his", "her", "their", "its"):
        pronoun = {"his": "he", "her": "she", "their": "they", "its": "it"}[owner.lower()]
        sentence_subject = clause_subject(text, tokens(text, lo, m.start()))
        if sentence_subject is not None and sentence_subject.kind == "name":
            return Cue("before", sentence_subject, m.start(), m.end(), text[m.start() : m.end()])
        return Cue(
            "before",
            Mention(pronoun, "pronoun", owner, start=m.start(), end=m.end()),
            m.start(),
            m.end(),
            text[m.start() : m.end()],
        )
    toks = tokens(text, m.start(1), m.end(1))
    mention = name_mention(text, [t for t in toks if t.text not in "’'"])
    if mention is None:
        return None
    return Cue("before", mention, m.start(), m.end(), text[m.start() : m.end()])
