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
from dataclasses import dataclass

from newsreader.core.quotes import vocab
from newsreader.core.quotes.names import (
    Mention,
    Tok,
    keeps_stop,
    name_mention,
    parse_np,
    role_mention,
    runs,
    tokenize,
)


@dataclass(frozen=True, slots=True)
class Cue:
    """What the narrative says about who spoke a quote."""

    kind: str  # "after", "before", "according", "inherit", "naming"
    mention: Mention | None
    start: int
    end: int
    text: str


_WORD = re.compile(r"[A-Za-z][\w\-’']*")
_ACCORDING = re.compile(r"\baccording to\s+", re.IGNORECASE)
_NAMING = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|often|widely|once|sometimes)\s+)?"
    r"(?:called|known as|dubbed|nicknamed|named|termed|labell?ed)|\bknown as|\bso-called"
    r"|\bthe (?:word|term|phrase|name|slogan|hashtag|nickname|title))"
    r"(?:\s+(?:the|a|an))?\s*[\"“„]?$",
    re.IGNORECASE,
)
_MESSAGE_BY = re.compile(
    r"(?:an?|the)\s+(?:\w+\s+){0,2}?(?:%s)\s+(?:(?:released|issued|posted|signed|written|"
    r"sent|published)\s+)?(?:from|by)\s+" % "|".join(sorted(vocab.MESSAGE_NOUNS)),
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:while|whereas|but|and)\s", re.IGNORECASE)


def speech_verbs(masked: str, lo: int, hi: int) -> list[re.Match[str]]:
    """Speech verbs in ``masked[lo:hi]``, in order."""
    return [m for m in _WORD.finditer(masked, lo, hi) if m.group().lower() in vocab.SPEECH_VERBS]


def _strip_modifiers(toks: list[Tok]) -> list[Tok]:
    while toks and toks[-1].low in vocab.VERB_MODIFIERS:
        toks = toks[:-1]
    return toks


def clause_subject(text: str, toks: list[Tok]) -> Mention | None:
    """The first phrase of a clause that can be its subject: a name, pronoun or role."""
    if not toks:
        return None
    # Skip a leading adverbial ("In remarks to AFP, ...", "Speaking to NBC, ...").
    first = toks[0].low
    if first in vocab.FUNCTION_WORDS or first.endswith("ing") or first in ("in", "at"):
        for k, tok in enumerate(toks):
            if tok.text == ",":
                rest = toks[k + 1 :]
                if rest and (rest[0].cap or rest[0].low in vocab.PRONOUN_GENDER
                             or rest[0].low in ("the", "a", "an")):
                    toks = rest
                break
    early: Mention | None = None
    for k, tok in enumerate(toks):
        low = tok.low
        if low in vocab.PRONOUN_GENDER and (k == 0 or toks[k - 1].low not in
                                            vocab.NON_SUBJECT_PREPOSITIONS):
            early = Mention(low, "pronoun", tok.text, start=tok.start, end=tok.end)
            break
        if low in ("the", "a", "an") and (k == 0 or toks[k - 1].low in ("and", "while")):
            early = role_mention(text, toks[k : k + 7])
            if early is not None:
                break
    for i, j in runs(toks):
        before = toks[i - 1].low if i else ""
        if before in vocab.NON_SUBJECT_PREPOSITIONS and before != "the":
            continue
        if toks[j - 1].possessive:
            continue
        after = toks[j].low if j < len(toks) else ""
        if after in vocab.ROLE_NOUNS:
            continue
        mention = name_mention(text, toks[i:j])
        if mention is None:
            continue
        # Keep the appositive that may follow (", a former US ambassador ,").
        end = toks[j - 1].end
        if j < len(toks) and toks[j].text == ",":
            close = next((m for m in range(j + 1, len(toks)) if toks[m].text == ","), None)
            if close is not None:
                end = toks[close - 1].end
        if early is not None and early.start < toks[i].start:
            return early
        return parse_np(text, toks[i].start, end) or mention
    return early


def subject_before(text: str, lo: int, verb_start: int) -> Mention | None:
    """The speaker phrase that ends right before a speech verb at ``verb_start``."""
    toks = _strip_modifiers(tokenize(text[lo:verb_start], lo))
    if not toks:
        return None
    if any(t.low in ("not", "never", "n't") for t in toks[-3:]):
        return None
    last = toks[-1]
    if last.low in vocab.PRONOUN_GENDER:
        return Mention(last.low, "pronoun", last.text, start=last.start, end=last.end)
    if last.text == ",":
        return clause_subject(text, toks)
    if last.cap and not last.possessive:
        found = [r for r in runs(toks) if r[1] == len(toks)]
        if found:
            i, _ = found[0]
            # "Sheldon Yett of UNICEF said": the name before "of" speaks.
            k = i - 1
            while k >= 0 and i - k <= 4 and not toks[k].cap and toks[k].low != "of" and (
                toks[k].text not in ",.;:"
            ):
                k -= 1
            if k >= 1 and toks[k].low == "of":
                earlier = [r for r in runs(toks[:k]) if r[1] == k]
                if earlier and not toks[k - 1].possessive:
                    i = earlier[-1][0]
            start = i
            while start > 0 and (
                toks[start - 1].cap
                or toks[start - 1].low in vocab.ROLE_NOUNS
                or toks[start - 1].low in ("of", "and", "the", "his", "her", "former", "to", "for")
                or toks[start - 1].possessive
            ):
                if toks[start - 1].text in ".,":
                    break
                start -= 1
            while start < i and toks[start].low in ("the", "and", "of", "his", "her"):
                if toks[start].low in ("his", "her"):
                    break
                start += 1
            if start < len(toks) and toks[start].low in vocab.FUNCTION_WORDS and start < i:
                start += 1
            mention = parse_np(text, toks[start].start, last.end)
            if mention is not None:
                return mention
    if last.low in vocab.ROLE_NOUNS or last.low in vocab.ORG_NOUNS:
        for k in range(len(toks) - 1, max(-1, len(toks) - 7), -1):
            if toks[k].low in ("the", "a", "an", "his", "her", "its", "their"):
                role = role_mention(text, toks[k:])
                if role is not None:
                    return _message_author(text, role)
                break
    return clause_subject(text, toks)


def _message_author(text: str, role: Mention) -> Mention:
    return role


def according_to(text: str, masked: str, lo: int, hi: int) -> Cue | None:
    """"according to X" in ``masked[lo:hi]``; X runs to the next comma or the end."""
    m = _ACCORDING.search(masked, lo, hi)
    if m is None:
        return None
    stop = hi
    brk = re.compile(r"[,;:.\"“”]|\s(?:in|on|who|which|that|as)\s").search(masked, m.end(), hi)
    while brk is not None and brk.group() == "." and re.match(
        r"[A-Z]", masked[max(m.end(), brk.start() - 1) : brk.start()]
    ) and brk.start() - m.end() < 4:
        brk = re.compile(r"[,;:\"“”]").search(masked, brk.end(), hi)
    if brk is not None:
        stop = brk.start()
    np_start = m.end()
    msg = _MESSAGE_BY.match(masked, np_start, stop)
    if msg is not None:
        np_start = msg.end()
    mention = parse_np(text, np_start, stop)
    if mention is None:
        mention = role_mention(text, tokenize(text[np_start:stop], np_start))
    if mention is None:
        return None
    return Cue("according", mention, m.start(), stop, text[m.start() : stop].strip())


def after_cue(text: str, masked: str, lo: int, hi: int, strict: bool) -> Cue | None:
    """An attribution clause right after a quote: ", X said" / "said X" / ", X told Vox".

    ``strict`` when the quote ended its sentence: then only a clause made of a speaker
    phrase and a verb counts, never an unrelated sentence that follows.
    """
    lead = re.match(r"[\s,.;—–-]*", masked[lo:hi])
    pos = lo + (lead.end() if lead else 0)
    if pos >= hi:
        return None
    first_word = _WORD.match(masked, pos)
    if first_word is not None and first_word.group().lower() in _NEW_CLAUSE:
        return None  # ", while ALDI … called it": a new clause about someone else
    acc = _ACCORDING.match(masked, pos, hi)
    if acc is not None or not strict:
        found = according_to(text, masked, pos, hi)
        if found is not None and (acc is not None or not speech_verbs(masked, pos, found.start)):
            return found
    verbs = speech_verbs(masked, pos, min(hi, pos + 220))
    if not verbs:
        return None
    verb = verbs[0]
    word = verb.group().lower()
    gap = masked[pos : verb.start()]
    if not gap.strip(" \t,"):
        if word in vocab.TELL_VERBS or word.endswith("ing"):
            return None
        stop = _np_end(masked, verb.end(), hi)
        mention = parse_np(text, verb.end(), stop)
        if mention is None:
            return None
        return Cue("after", mention, pos, stop, text[pos:stop].strip())
    if _has_stop(gap) or len(gap) > 200:
        return None
    if strict and not (_clean_subject(text, pos, verb.start())
                       and _attribution_tail(masked, verb.end(), hi, word)):
        return None
    mention = subject_before(text, pos, verb.start())
    if mention is None:
        return None
    return Cue("after", mention, pos, verb.end(), text[pos : verb.end()].strip())


_NEW_CLAUSE = frozenset(
    "while whereas but and although though because as when which who if so yet".split()
)
_TAIL_OK = re.compile(
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
    if _TAIL_OK.match(masked, pos, hi):
        return True
    if verb in vocab.LISTENER_VERBS:
        return True  # "told Vox", "told the world"
    return False


def _has_stop(gap: str) -> bool:
    """Whether ``gap`` holds the end of a sentence (not the stop of "Mr." or "U.S.")."""
    if re.search(r"[;:!?\"“”]", gap):
        return True
    return any(not keeps_stop(m.group()) for m in re.finditer(r"[\w.]+\.(?=\s|$)", gap))


def _np_end(masked: str, pos: int, hi: int) -> int:
    """Where the speaker phrase after "said" ends: the sentence end, or a clause."""
    m = re.compile(r"\.\s|\.$|[;:\"“”]|,\s+(?:who|which|adding|saying|as|when|while)\b").search(
        masked, pos, hi
    )
    while m is not None and m.group().startswith(".") and re.search(
        r"(?:\b[A-Z]|\b(?:%s))$" % "|".join(a for a in vocab.ABBREVIATIONS if "." not in a),
        masked[max(pos, m.start() - 8) : m.start()],
        re.IGNORECASE,
    ):
        m = re.compile(r"\.\s|\.$|[;:\"“”]").search(masked, m.end(), hi)
    return m.start() if m is not None else hi


def _clean_subject(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` is only a speaker phrase (a name, pronoun or role)."""
    toks = _strip_modifiers(tokenize(text[lo:hi], lo))
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
    allowed = vocab.ROLE_NOUNS | vocab.ORG_NOUNS | vocab.NAME_PARTICLES | {
        "of", "the", "a", "an", "and", "for", "in", "at", "his", "her", "former", "senior",
        "chief", "deputy", "executive", "general", "national", "local", "state", "trade",
        "industry", "using", "pseudonym", "&",
    }
    return all(t.cap or t.low in allowed or t.text in "-–" for t in head)


def before_cue(text: str, masked: str, lo: int, mark: int, quote_start: int) -> Cue | None:
    """The attribution in the same sentence before a quote's opening mark."""
    seg = masked[lo:mark]
    if _NAMING.search(seg):
        return Cue("naming", None, mark, mark, "")
    acc = according_to(text, masked, lo, mark)
    verbs = [v for v in speech_verbs(masked, lo, mark)
             if not _passive(masked, v.start()) and not _noun_use(masked, v)]
    if acc is not None and (not verbs or verbs[-1].start() < acc.start):
        return acc
    if verbs:
        verb = verbs[-1]
        word = verb.group().lower()
        mention = subject_before(text, lo, verb.start())
        cue_text = text[lo : verb.end()].strip()
        if mention is None:
            if word.endswith("ing") or masked[lo:verb.start()].strip(" ,") == "":
                return Cue("inherit", None, verb.start(), verb.end(), verb.group())
            return None
        return Cue("before", mention, lo, verb.end(), cue_text)
    speech_noun = _speech_noun(text, masked, lo, mark)
    if speech_noun is not None:
        return speech_noun
    # A bare comma or colon before a full-sentence quote: the clause's subject speaks.
    if re.search(r"[,:]\s*$", seg) and re.match(r"[\s\[(.…]*[A-Z0\[]", text[quote_start:]):
        toks = tokenize(text[lo:mark], lo)
        mention = clause_subject(text, toks)
        if mention is not None:
            return Cue("before", mention, lo, mark, text[lo:mark].strip(" ,:"))
    return None


def _passive(masked: str, pos: int) -> bool:
    return bool(re.search(r"\b(?:is|are|was|were|be|been|being)\s+$", masked[max(0, pos - 10) : pos]))


def _noun_use(masked: str, verb: re.Match[str]) -> bool:
    """"the statement said" is fine; "a report" or "his comments" use the word as a noun."""
    before = masked[max(0, verb.start() - 6) : verb.start()].lower()
    return bool(re.search(r"\b(?:a|an|the|his|her|its|their|our)\s+$", before))


_SPEECH_NOUN = re.compile(
    r"\b(his|her|their|its|[A-Z][\w\-]+(?:’s|'s))\s+(?:\w+\s+)?(?:%s)\b"
    % "|".join(sorted(vocab.SPEECH_NOUNS))
    + r"\s+that\b"
)


def _speech_noun(text: str, masked: str, lo: int, mark: int) -> Cue | None:
    """"his comments that Russia “…”": the possessor of the words speaks."""
    m = None
    for m in _SPEECH_NOUN.finditer(masked, lo, mark):
        pass
    if m is None:
        return None
    owner = m.group(1)
    if owner.lower() in vocab.PRONOUN_GENDER or owner.lower() in ("his", "her", "their", "its"):
        pronoun = {"his": "he", "her": "she", "their": "they", "its": "it"}[owner.lower()]
        sentence_subject = clause_subject(text, tokenize(text[lo : m.start()], lo))
        if sentence_subject is not None and sentence_subject.kind == "name":
            return Cue("before", sentence_subject, m.start(), m.end(), text[m.start() : m.end()])
        return Cue("before", Mention(pronoun, "pronoun", owner, start=m.start(), end=m.end()),
                   m.start(), m.end(), text[m.start() : m.end()])
    toks = tokenize(text[m.start(1) : m.end(1)], m.start(1))
    mention = name_mention(text, [t for t in toks if t.text not in "’'"])
    if mention is None:
        return None
    return Cue("before", mention, m.start(), m.end(), text[m.start() : m.end()])
