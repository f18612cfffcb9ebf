"""The people and organisations the narrative names, and who it says is speaking.

These are the antecedents the resolver can pick for "he", "she" and "the president":
the capitalised names outside the quotes (with the role words around them), and the
subject of every speech verb ("Pifer said", "Olmstead said the cadets …"). They are read
one sentence at a time, when the resolver first needs that sentence.

``capitalised_runs`` is one cheap regex pass over the whole article for the places where
names of two or more words may stand; ``names_in`` reads one such run as names, so that
"Biden" can be expanded to "Joe Biden" wherever the full name appeared.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from newsreader.core.quotes import vocab
from newsreader.core.quotes.cues import according_to, np_end, speech_verbs
from newsreader.core.quotes.names import (
    Mention,
    Tok,
    common_word,
    join,
    name_mention,
    runs,
    tokenize,
    tokens,
)
from newsreader.core.quotes.phrases import parse_np
from newsreader.core.quotes.subjects import clause_subject, subject_before

Named = tuple[Mention, int, str]  # a mention, its weight (0, 1 or 2) and its role words

_PARTICLES = "|".join(sorted(vocab.NAME_PARTICLES))
_CAP = r"(?:[A-Z\u00C0-\u00DE][a-zA-Z\w\-’'&]*+\.?|(?:el|al)-[A-Z]\w*+)"
# Starts with a plain character class so the regex engine can skip ahead quickly; the
# character before a match is checked in Python (a lookbehind here costs 3x the time).
# The word runs are possessive (``*+``): what may follow a word (a space, a stop, the
# end) is never a word character, so giving characters back can never help a match,
# and not trying saves a quarter of the time. The lookahead after the first word (a space,
# then a capital or a particle's first letter) only fails sooner where no name follows,
# which is after most capitalised words. "a-zA-Z" in ``[a-zA-Z\w…]`` is already in \w: listed
# first, it is looked up in the engine's table before the slower Unicode category test.
_PARTICLE_INITIALS = "".join(sorted({p[0] for p in vocab.NAME_PARTICLES} | {"o"}))
_FULL_NAME = re.compile(
    rf"[A-Z\u00C0-\u00DE][a-zA-Z\w\-’'&]*+\.?(?=\s[A-Z\u00C0-\u00DE{_PARTICLE_INITIALS}])"
    rf"(?:\s(?:(?:{_PARTICLES}|of|of the)\s)?{_CAP})+(?![\w\-])"
)
_APPOSITIVE = re.compile(r",\s+((?:a|an|the)\s+[a-zA-Z][^,.;:\"“”]{2,90})[,.;]")


def capitalised_runs(
    masked: str, quotes: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, str]]:
    """(offset, text) of every run of two or more capitalised words: where full names are.

    ``quotes`` are the (start, end) of the masked quote interiors, in order: the scan
    skips them (a third of a news text). An interior holds no capital letter, and the
    character before it is a quote mark a run cannot end with, so no run starts in one,
    ends at one or runs through one: the runs are those of the whole text.
    """
    found = []
    pos = 0
    for start, end in [*quotes, (len(masked), len(masked))]:
        for m in _FULL_NAME.finditer(masked, pos, start):
            at = m.start()
            if at and (masked[at - 1].isalnum() or masked[at - 1] in "-’'"):
                continue
            run = m.group()
            if at and masked[at - 1] == ".":
                # "U.S. Army Staff Sgt. Kevin Lee": the run starts inside an initialism.
                first, _, rest = run.partition(" ")
                if " " not in rest:
                    continue
                at, run = at + len(first) + 1, rest
            found.append((at, run))
        pos = end
    return found


_LAST_BREAK = re.compile(r".*[.;:,()\n]", re.DOTALL)  # up to the last of these marks


def roles_before(masked: str, mention: Mention) -> str:
    """The role words the article puts around a full name ("AU trade and industry
    commissioner Albert Muchanga", "Carrie Lam, the chief executive of Hong Kong")."""
    tail = masked[max(0, mention.start - 80) : mention.start]
    last_break = _LAST_BREAK.match(tail)
    cut = last_break.end() - 1 if last_break is not None else -1
    # The appositive counts even after a title: "Dr. Ana Ruiz, the director of …".
    own = f"{mention.description or ''} {appositive_after(masked, mention) or ''}"
    return f"{tail[cut + 1 :].lower()} {own.lower()}"


def appositive(masked: str, mention: Mention) -> str | None:
    """The description the name carries: its own title, or an appositive after it."""
    if mention.description:
        return mention.description
    return appositive_after(masked, mention)


def appositive_after(masked: str, mention: Mention) -> str | None:
    """The appositive right after the name (", a combat medic,"), title or not."""
    found = _APPOSITIVE.match(masked, mention.end)
    return found.group(1) if found is not None else None


@lru_cache(maxsize=4096)
def names_in(run: str) -> tuple[Mention, ...]:
    """The names of two or more words in a run of capitalised words (offsets from 0)."""
    words = run.split()
    if len(words) == 2 and words[0].lower() in vocab.FUNCTION_WORDS:
        return ()  # "The Kremlin", "In May": one name word at most
    toks = tokenize(run)
    found = []
    for i, j in runs(toks):
        if j - i >= 2:
            mention = name_mention(run, toks[i:j])
            if mention is not None and mention.kind == "name":
                found.append(mention)
    return tuple(found)


def sentence_mentions(masked: str, lo: int, hi: int) -> list[Named]:
    """Who the sentence ``masked[lo:hi]`` names and who it says is speaking.

    Weight 0 for a name that cannot be a subject (possessive, after a preposition,
    modifying a role noun), 1 for other names, 2 for the subject of a speech verb.
    """
    toks = tokens(masked, lo, hi)
    found: list[Named] = [
        _named(masked, toks, i, j) for i, j in runs(toks) if not common_word(masked, toks, i, j)
    ]
    for verb in speech_verbs(masked, lo, hi):
        word = verb.word.lower()
        if word.endswith("ing") or word in vocab.WEAK_SPEECH_VERBS:
            continue
        if word not in vocab.TELL_VERBS and masked[lo : verb.pos].rstrip().endswith(","):
            # "…, said Chris Jennison, a retired mission manager": the name after an
            # inverted verb speaks, not the subject of the clause before the comma.
            after = parse_np(masked, verb.stop, np_end(masked, verb.stop, hi))
            if after is not None and after.kind == "name" and not after.is_org:
                found.append((after, 2, (after.description or "").lower()))
                continue
        subject = subject_before(masked, lo, verb.pos)
        if subject is not None and subject.kind == "pronoun" and subject.name in ("he", "she"):
            # "John Rhys-Davies broke news when he revealed …": the sentence's subject,
            # if a name opens it ("The border issue is … between Greece and Turkey, he
            # added" names no one who could be "he").
            subject = clause_subject(masked, tokens(masked, lo, subject.start))
            if subject is not None and not _opens_sentence(masked, lo, subject.start):
                subject = None
        if subject is not None and subject.kind == "name":
            found.append((subject, 2, (subject.description or "").lower()))
    cue = according_to(masked, masked, lo, hi)
    if cue is not None and cue.mention is not None and cue.mention.kind == "name":
        found.append((cue.mention, 2, (cue.mention.description or "").lower()))
    return [f for f in found if f[0].kind == "name"]


def _opens_sentence(masked: str, lo: int, pos: int) -> bool:
    """Whether a phrase at ``pos`` opens the sentence from ``lo``: before it, after any
    opening phrase and its comma, nothing but capitalised words and articles."""
    before = masked[lo:pos]
    before = before[before.rfind(",") + 1 :]
    return all(w[0].isupper() or w in ("the", "a", "an") for w in before.split())


def _named(masked: str, toks: list[Tok], i: int, j: int) -> Named:
    """The mention of the run ``toks[i:j]``, its weight and the role words around it."""
    mention = name_mention(masked, toks[i:j]) or Mention("", "none")
    before = toks[i - 1].low if i else ""
    weight = 1
    if toks[j - 1].possessive or (before in vocab.NON_SUBJECT_PREPOSITIONS and before != "the"):
        weight = 0
    if j < len(toks) and toks[j].low in vocab.ROLE_NOUNS:
        weight = 0
    roles = []
    for tok in reversed(toks[max(0, i - 6) : i]):
        if tok.text in ".;:,()" or tok.low in vocab.SPEECH_VERBS:
            break
        roles.append(tok.low)
    if before == "the" and not mention.is_org and not (mention.gender or mention.title):
        mention = mention._replace(is_org=True)  # "the Brookings Institution"
    roles += mention.title.lower().replace(".", "").split()
    if j + 1 < len(toks) and toks[j].text == ",":
        appositive: list[Tok] = []
        for tok in toks[j + 1 : j + 16]:
            if tok.text in ",.;":
                break
            appositive.append(tok)
            roles.append(tok.low)
        if (
            weight
            and 1 < len(appositive) < 16
            and (
                (appositive[0].low in ("a", "an", "the") and not appositive[1].cap)
                or any(t.low in vocab.ROLE_NOUNS for t in appositive)
            )
            and not any(t.low in vocab.SPEECH_VERBS for t in appositive)
        ):
            mention = mention._replace(description=join(masked, appositive))
    return mention, weight, " ".join(roles)
