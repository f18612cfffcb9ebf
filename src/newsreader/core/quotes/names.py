"""Names: tokens, runs of capitalised words, and the noun phrases that name a speaker.

A speaker phrase in news copy is a proper name with optional titles and roles around
it ("French President Emmanuel Macron", "Steven Pifer, a former US ambassador",
"UCL astronomer Angelos Tsiaras", "a Woolworths spokesperson", "the commissioner").
This module turns such a phrase into a ``Mention``: the bare name, the title and the
description the article gives, and whether it names an organisation.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from newsreader.core.quotes import vocab
from newsreader.core.quotes.sentences import sentence_starts_of

_TOKEN = re.compile(r"[^\W_](?:[\w\-’'.&]|–(?=\w))*|[^\w\s]")


class Tok(NamedTuple):
    """A word or punctuation token of a short stretch of text.

    ``low`` (lower case, without a final stop) and ``cap`` (starts a name) are computed
    once here because every later rule asks for them.
    """

    text: str
    start: int
    end: int
    possessive: bool
    low: str
    cap: bool


def tokenize(text: str, base: int = 0) -> list[Tok]:
    """Words and punctuation; "Biden’s" becomes ``Biden`` marked possessive."""
    return list(_tokenize(text, base))


def tokens(text: str, lo: int, hi: int) -> list[Tok]:
    """The tokens of ``text[lo:hi]``, cut from the tokens of the sentences it overlaps.

    The rules look at many overlapping stretches of the same article (a sentence before
    a quote, the words before a verb); each sentence is tokenised once, and only when a
    rule first looks at it, so the sentences far from any quote cost nothing.
    """
    cache = _sentence_tokens(text)
    starts = sentence_starts_of(text)
    k = bisect_right(starts, lo) - 1
    out: list[Tok] = []
    while k < len(starts) and starts[k] < hi:
        toks = cache.get(k)
        if toks is None:
            end = starts[k + 1] if k + 1 < len(starts) else len(text)
            toks = cache[k] = _tokenize(text[starts[k] : end], starts[k])
        if toks and toks[0].start >= lo and toks[-1].end <= hi:
            out.extend(toks)
        else:
            out.extend(t for t in toks if t.start >= lo and t.end <= hi)
        k += 1
    return out


@lru_cache(maxsize=4)
def _sentence_tokens(text: str) -> dict[int, tuple[Tok, ...]]:
    return {}


def _tokenize(text: str, base: int) -> tuple[Tok, ...]:
    out: list[Tok] = []
    append = out.append
    new = tuple.__new__
    for m in _TOKEN.finditer(text):
        word = m.group()
        start, end = m.span()
        start += base
        end += base
        first = word[0]
        if len(word) == 1:
            append(new(Tok, (word, start, end, False, word.lower(), "A" <= first <= "Z")))
            continue
        last = word[-1]
        trail = False
        if last == "." and not keeps_stop(word):
            word = word[:-1]
            end -= 1
            trail = True
            last = word[-1]
        possessive = False
        if last in "sS’'" and len(word) > 1:
            if word[-2:] in ("’s", "'s"):
                word = word[:-2]
                end -= 2
                possessive = True
            elif last in "’'":  # "Jones’ lawyer", "Lopez’ assessment"
                word = word[:-1]
                end -= 1
                possessive = True
        cap = ("A" <= first <= "Z" or "\u00c0" <= first <= "\u00de") or (
            word[:3] in ("el-", "al-") and len(word) > 3
        )
        append(new(Tok, (word, start, end, possessive, word.lower().rstrip("."), cap)))
        if trail:
            append(new(Tok, (".", end, end + 1, False, ".", False)))
    return tuple(out)


def keeps_stop(word: str) -> bool:
    """Whether the full stop of ``word`` belongs to it (an abbreviation or initial)."""
    core = word[:-1]
    if len(core) == 1 and core.isalpha():
        return core.isupper()
    return core.lower() in vocab.ABBREVIATIONS or "." in core


def is_title(tok: Tok) -> bool:
    return tok.low in vocab.TITLES


def is_org_word(tok: Tok) -> bool:
    return tok.text.rstrip(".") in vocab.ORG_WORDS or (
        len(tok.text) > 1 and tok.text.isupper() and tok.text.isalpha()
    )


def runs(toks: Sequence[Tok]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of runs of capitalised tokens (particles allowed inside)."""
    found: list[tuple[int, int]] = []
    n = len(toks)
    function_words = vocab.FUNCTION_WORDS
    particles = vocab.NAME_PARTICLES
    org_words = vocab.ORG_WORDS
    i = 0
    while i < n:
        tok = toks[i]
        if not tok.cap or ((i == 0 or toks[i - 1].text in ".!?") and tok.low in function_words):
            i += 1
            continue
        j = i + 1
        while j < n:
            t = toks[j]
            if toks[j - 1].possessive and t.text not in org_words:
                break
            if t.cap:
                j += 1
                continue
            after = toks[j + 1] if j + 1 < n else None
            if after is None:
                break
            if t.low in particles:
                k = j
                while k < n and toks[k].low in particles:
                    k += 1  # "Ursula von der Leyen"
                if k < n and toks[k].cap and k - j <= 3:
                    j = k + 1
                    continue
                break
            elif (
                t.low == "of"
                and toks[j - 1].text.rstrip(".") in org_words
                and (after.cap or (after.low == "the" and j + 2 < n and toks[j + 2].cap))
            ):
                j += 2 if after.cap else 3  # "Department of Health"
            elif after.cap and t.text[0].isdigit() and t.low[-2:] in ("st", "nd", "rd", "th"):
                j += 2  # "Cadet 1st Class"
            else:
                break
        found.append((i, j))
        i = j
    return found


class Mention(NamedTuple):
    """Who a phrase names: a person, an organisation, a pronoun or a role."""

    name: str  # bare name ("Joe Biden"), pronoun ("he") or role phrase ("the president")
    kind: str  # "name", "pronoun" or "role"
    surface: str = ""  # the words as the article gives them ("President Joe Biden")
    title: str = ""
    description: str | None = None
    is_org: bool = False
    gender: str = ""  # "m", "f" or "" (unknown)
    start: int = 0
    end: int = 0


def split_run(toks: list[Tok]) -> tuple[list[Tok], list[Tok]]:
    """Split a capitalised run into (titles/roles/organisation, name)."""
    cut = 0
    for k, tok in enumerate(toks[:-1]):
        if is_title(tok) or tok.text.rstrip(".") in vocab.ORG_WORDS:
            cut = k + 1
    for k in range(cut + 1, len(toks) - 1):
        if toks[k].low in vocab.MALE_FIRST_NAMES or toks[k].low in vocab.FEMALE_FIRST_NAMES:
            previous = toks[k - 1].low
            if (
                previous not in vocab.MALE_FIRST_NAMES
                and previous not in (vocab.FEMALE_FIRST_NAMES)
                and previous not in vocab.NAME_PARTICLES
                and len(previous) > 1
            ):
                cut = k  # "Zimbabwe Robert Mugabe", "State Hillary Rodham Clinton"
                break
    if toks and (
        toks[-1].text.rstrip(".") in vocab.ORG_WORDS
        or any(
            t.low == "of" and k and toks[k - 1].text.rstrip(".") in vocab.ORG_WORDS
            for k, t in enumerate(toks)
        )
    ):
        cut = 1 if toks[0].low == "the" else 0  # "Department of Health" is one name
    return toks[:cut], toks[cut:]


def gender_of(name_toks: list[Tok], title_toks: list[Tok]) -> str:
    for tok in title_toks:
        if tok.low in vocab.MALE_TITLES:
            return "m"
        if tok.low in vocab.FEMALE_TITLES:
            return "f"
    if len(name_toks) >= 2 or title_toks:
        first = name_toks[0].low if name_toks else ""
        if first in vocab.MALE_FIRST_NAMES:
            return "m"
        if first in vocab.FEMALE_FIRST_NAMES:
            return "f"
    return ""


def looks_org(name_toks: list[Tok]) -> bool:
    if not name_toks:
        return False
    if any(t.low == "of" for t in name_toks):
        return True
    if any(t.text.rstrip(".") in vocab.ORG_WORDS for t in name_toks):
        return True
    return len(name_toks) == 1 and is_org_word(name_toks[0])


def looks_person(name_toks: list[Tok], title_toks: list[Tok]) -> bool:
    if looks_org(name_toks):
        return False
    if title_toks or gender_of(name_toks, title_toks):
        return True
    return len(name_toks) >= 2


def join(text: str, toks: list[Tok]) -> str:
    """The original text covered by ``toks``."""
    if not toks:
        return ""
    return text[toks[0].start : toks[-1].end]


def name_mention(text: str, toks: list[Tok], prefix: list[Tok] | None = None) -> Mention | None:
    """A mention from a capitalised run (and any role words before it).

    Memoised on the words themselves: an article names the same people again and again.
    """
    if not toks:
        return None
    first = (prefix or toks)[0].start
    key = (text[first : toks[-1].end], len(prefix or ()), toks[-1].possessive)
    shape = _SHAPES.get(key, _MISSING)
    if shape is _MISSING:
        found = _name_mention(text, toks, prefix)
        if len(_SHAPES) > 4096:
            _SHAPES.clear()
        shape = _SHAPES[key] = (
            None
            if found is None
            else found._replace(start=found.start - first, end=found.end - first)
        )
    if shape is None or isinstance(shape, str):
        return None
    return shape._replace(start=shape.start + first, end=shape.end + first)


_MISSING = "missing"
_SHAPES: dict[tuple[str, int, bool], Mention | str | None] = {}


def _name_mention(text: str, toks: list[Tok], prefix: list[Tok] | None = None) -> Mention | None:
    if len(toks) == 1 and toks[0].low in vocab.GENERIC_GROUPS:
        return Mention(toks[0].low, "generic", toks[0].text, start=toks[0].start, end=toks[0].end)
    if toks and all(is_title(t) for t in toks):
        # "the Pope", "the President": a role, resolved to the person who holds it.
        return Mention(
            "the " + join(text, toks),
            "role",
            join(text, toks),
            join(text, toks),
            None,
            False,
            "",
            toks[0].start,
            toks[-1].end,
        )
    if len(toks) > 1 and is_title(toks[-1]) and not looks_org(toks):
        # "Former US Ambassador": a role, not a name.
        return Mention(
            "the " + join(text, toks),
            "role",
            join(text, toks),
            "",
            None,
            False,
            "",
            toks[0].start,
            toks[-1].end,
        )
    titles, name = split_run(toks)
    if not name:
        return None
    while name and name[0].low == "the":
        name = name[1:]
    while titles and titles[0].low == "the":
        titles = titles[1:]
    if not name:
        return None
    if titles and not any(is_title(t) or t.text.rstrip(".") in vocab.ORG_WORDS for t in titles):
        titles = []  # "Zimbabwe Robert Mugabe": a place before the name, not a title
    org = looks_org(name)
    role_toks = (prefix or []) + titles
    return Mention(
        name=join(text, name),
        kind="name",
        surface=join(text, role_toks + name) if role_toks else join(text, name),
        title=join(text, titles),
        description=join(text, role_toks) or None,
        is_org=org,
        gender="" if org else gender_of(name, titles),
        start=(role_toks or name)[0].start,
        end=name[-1].end,
    )


_PART_STOP = frozenset(
    [
        "in",
        "on",
        "per",
        "via",
        "during",
        "after",
        "before",
        "while",
        "when",
        "as",
        "to",
        "at",
        "from",
        "who",
        "which",
        "whose",
        "that",
        "speaking",
        "adding",
        "acknowledging",
        "explaining",
        "noting",
        "saying",
        "referring",
    ]
)


def parse_np(text: str, start: int, end: int) -> Mention | None:
    """The speaker named by the phrase ``text[start:end]`` (after a speech verb)."""
    toks = tokens(text, start, end)
    if not toks:
        return None
    first = toks[0].low
    if first in vocab.PRONOUN_GENDER and len(toks) <= 2:
        return Mention(
            toks[0].text.lower(), "pronoun", toks[0].text, start=toks[0].start, end=toks[0].end
        )
    parts: list[list[Tok]] = [[]]
    for tok in toks:
        if tok.text in ",;:()—–" or tok.text == ".":
            if tok.text == "." or tok.text in ";:":
                break
            parts.append([])
        else:
            parts[-1].append(tok)
    parts = [p for p in parts if p]
    if not parts:
        return None
    best: tuple[int, int, Mention] | None = None
    kept: list[tuple[int, str]] = []
    for index, part in enumerate(parts):
        lead = part[0].low
        if index and (lead in _PART_STOP or lead in vocab.VERB_MODIFIERS or lead.endswith("ing")):
            if lead in ("who", "which") and len(part) > 2 and part[1].low in ("is", "was"):
                kept.append((index, join(text, part[2:])))  # "who was Trump's envoy"
            break
        mention = _part_mention(text, part)
        if mention is None:
            kept.append((index, join(text, part)))
            continue
        rank = (
            2
            if mention.kind == "name"
            and not mention.is_org
            and (mention.gender or " " in mention.name or mention.title)
            else 1
        )
        if best is None or rank > best[0]:
            if best is not None:
                kept.append((best[1], join(text, parts[best[1]])))
            best = (rank, index, mention)
        else:
            kept.append((index, join(text, part)))
    if best is None:
        return role_mention(text, parts[0])
    mention = best[2]
    appositive = [d for _, d in sorted(kept) if d and not d.replace(" ", "").isdigit()]
    description = ", ".join(appositive) if appositive else mention.description
    if appositive and mention.description and mention.description != mention.title:
        description = f"{mention.description}, {description}"
    return Mention(
        mention.name,
        mention.kind,
        mention.surface,
        mention.title,
        description,
        mention.is_org,
        mention.gender,
        mention.start,
        mention.end,
    )


def _part_mention(text: str, part: list[Tok]) -> Mention | None:
    """The name in one comma-separated part of a speaker phrase, if it has one."""
    found = runs(part)
    if not found:
        return None
    # A part that starts with a name followed by "of ..." is that name ("Sheldon Yett of
    # UNICEF"); a capitalised word before a role noun only modifies it ("UCL astronomer").
    candidates: list[tuple[int, int]] = []
    for i, j in found:
        before = part[i - 1].low if i > 0 else ""
        after = part[j].low if j < len(part) else ""
        inner_prefix, _ = split_run(part[i:j])
        if before in vocab.NON_SUBJECT_PREPOSITIONS and before != "the" and not inner_prefix:
            continue
        if part[j - 1].possessive:
            continue
        if (
            after
            and after not in _PART_STOP
            and after not in ("of", "and")
            and (after in vocab.ROLE_NOUNS or after in vocab.ORG_NOUNS)
        ):
            continue
        candidates.append((i, j))
    if not candidates:
        return None
    i, j = candidates[-1]
    lead_i, lead_j = candidates[0]
    lead = name_mention(text, part[lead_i:lead_j])
    if (
        lead_i == 0
        and lead is not None
        and lead.kind == "name"
        and (not lead.is_org or len(candidates) == 1)
    ):
        i, j = lead_i, lead_j
        tail = part[j:]
        mention = name_mention(text, part[i:j])
        if mention is not None and tail and tail[0].low in ("of", "from", "with", "at"):
            stop = len(tail)
            for k, tok in enumerate(tail[1:], 1):
                if tok.low in _PART_STOP and tok.low not in ("at", "from"):
                    stop = k
                    break
            desc = join(text, tail[:stop])
            own = mention.description if mention.description != mention.title else None
            mention = Mention(
                mention.name,
                mention.kind,
                mention.surface,
                mention.title,
                f"{own} {desc}" if own else desc,
                mention.is_org,
                mention.gender,
                mention.start,
                mention.end,
            )
        return mention
    prefix = [t for t in part[:i] if t.low not in ("a", "an")] if i else []
    if prefix and prefix[0].low == "the":
        prefix = prefix[1:]
    return name_mention(text, part[i:j], prefix=part[:i] if prefix else None)


_SPOKES = frozenset(("spokesperson", "spokesman", "spokeswoman", "representative"))


def role_mention(text: str, part: list[Tok]) -> Mention | None:
    """A phrase like "the commissioner", "The army" or "a Woolworths spokesperson"."""
    if not part:
        return None
    words = [t for t in part if t.text not in ",;:"]
    if (
        len(words) >= 2
        and words[0].cap
        and words[0].possessive
        and (words[1].low in vocab.ORG_NOUNS or words[1].low in vocab.ROLE_NOUNS)
    ):
        # "Erdogan's office" speaks as an organisation; "Boeing's spokesman" for Boeing.
        if words[1].low in ("spokesperson", "spokesman", "spokeswoman", "representative"):
            return Mention(
                words[0].text,
                "name",
                join(text, words[:2]),
                "",
                None,
                True,
                "",
                words[0].start,
                words[1].end,
            )
        if words[1].low in vocab.ORG_NOUNS:
            return Mention(
                join(text, words[:2]),
                "name",
                join(text, words[:2]),
                "",
                None,
                True,
                "",
                words[0].start,
                words[1].end,
            )
    if len(words) == 1 and words[0].low in vocab.GENERIC_GROUPS:
        return Mention(
            words[0].low, "generic", words[0].text, start=words[0].start, end=words[0].end
        )
    if len(words) == 1 and words[0].low in ("police", "government", "military", "army"):
        return Mention(
            words[0].text.capitalize(),
            "name",
            words[0].text,
            "",
            None,
            True,
            "",
            words[0].start,
            words[0].end,
        )
    if not words or words[0].low not in ("the", "a", "an", "his", "her", "its", "their"):
        return None
    head_index = None
    for k, tok in enumerate(words[1:6], 1):
        if tok.low in vocab.ROLE_NOUNS or tok.low in vocab.ORG_NOUNS:
            head_index = k
            if k + 1 < len(words) and words[k + 1].low not in vocab.ROLE_NOUNS | vocab.ORG_NOUNS:
                break
    if head_index is None:
        return None
    phrase = words[: head_index + 1]
    head = words[head_index].low
    if all(t.cap for t in phrase[1:]):
        # "the Syrian Democratic Forces": a name after all.
        return Mention(
            join(text, phrase[1:]),
            "name",
            join(text, phrase),
            "",
            None,
            head in vocab.ORG_NOUNS,
            "",
            phrase[1].start,
            phrase[-1].end,
        )
    is_org = head in vocab.ORG_NOUNS and head not in vocab.ROLE_NOUNS
    # "a Woolworths spokesperson": the organisation speaks through its spokesperson.
    caps = [t for t in phrase[1:head_index] if t.cap]
    rest = words[head_index + 1 :]
    if (
        head in _SPOKES
        and not caps
        and len(rest) >= 2
        and rest[0].low in ("for", "of", "at", "from")
        and rest[1 if rest[1].cap else 2 : 2 if rest[1].cap else 3]
        and all(t.cap for t in rest[1 if rest[1].cap else 2 :][:1])
    ):
        # "a spokesperson for Tesco": Tesco speaks.
        org = [t for t in rest[1:] if t.cap or t.low in ("of", "and", "&")]
        while org and not org[-1].cap:
            org.pop()
        if org:
            surface = join(text, words[: head_index + 2 + len(org)])
            return Mention(
                join(text, org), "name", surface, "", None, True, "", words[0].start, org[-1].end
            )
    if head in _SPOKES and caps:
        return Mention(
            join(text, caps),
            "name",
            join(text, phrase),
            "",
            None,
            True,
            "",
            phrase[0].start,
            phrase[-1].end,
        )
    return Mention(
        join(text, phrase),
        "role",
        join(text, phrase),
        "",
        None,
        is_org,
        "",
        phrase[0].start,
        phrase[-1].end,
    )
