"""Speaker phrases: the noun phrase around a speech verb, turned into a ``Mention``.

"Steven Pifer, a former US ambassador …" (a name and its appositive), "UCL astronomer
Angelos Tsiaras" (a role before the name), "Sheldon Yett of UNICEF" (a name and its
organisation), "University of California, San Diego's chancellor, Pradeep Khosla"
(the person preferred over the organisation), "the commissioner" (a role, resolved
later), "a Woolworths spokesperson" or "a spokesperson for Tesco" (the organisation).
"""

from __future__ import annotations

from functools import lru_cache

from newsreader.core.quotes import vocab
from newsreader.core.quotes.names import (
    Mention,
    Tok,
    join,
    name_mention,
    runs,
    split_run,
    tokens,
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
    """The speaker named by the phrase ``text[start:end]`` (after a speech verb).

    Remembered per article: the cue rules and the narrative reader often ask about the
    same phrase (a quarter of the calls).
    """
    memo = _phrases_of(text)
    found = memo.get((start, end), _UNKNOWN)
    if found is _UNKNOWN:
        found = memo[start, end] = _parse_np(text, start, end)
    return found if isinstance(found, Mention) else None


_UNKNOWN = "unknown"
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


@lru_cache(maxsize=4)
def _phrases_of(text: str) -> dict[tuple[int, int], Mention | str | None]:
    """Per article: the phrases parsed so far."""
    return {}


def _parse_np(text: str, start: int, end: int) -> Mention | None:
    """The uncached work of ``parse_np``."""
    toks = tokens(text, start, end)
    if not toks:
        return None
    first = toks[0].low
    if first in vocab.PRONOUN_GENDER and len(toks) <= 2:
        return Mention(
            toks[0].text.lower(), "pronoun", toks[0].text, start=toks[0].start, end=toks[0].end
        )
    if first in _OBJECT_PRONOUNS and len(toks) == 1:
        # "According to him, …": the object form stands for the same person.
        return Mention(
            _OBJECT_PRONOUNS[first], "pronoun", toks[0].text, start=toks[0].start, end=toks[0].end
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
        if index and lead in ("a", "an", "the"):
            kept.append((index, join(text, part)))  # ", a Democrat from Ohio": a description
            continue
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
    appositive = [
        d
        for _, d in sorted(kept)
        if d and not d.replace(" ", "").isdigit() and d.lower() not in vocab.ASIDES
    ]
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
        if (
            before in vocab.NON_SUBJECT_PREPOSITIONS
            and before != "the"
            and not split_run(part[i:j])[0]  # (only split when it matters)
        ):
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
    for ci, cj in candidates[:-1]:
        if cj < len(part) and part[cj].low in ("of", "at", "from", "with"):
            person = name_mention(text, part[ci:cj])
            if person is not None and person.kind == "name" and not person.is_org and (
                person.gender or " " in person.name
            ):
                # "researcher Jane Doe of the University of Oxford": the person speaks,
                # the place after "of" says where they work.
                i, j = ci, cj
                break
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
        mention: Mention | None = lead
        if mention is not None and tail and tail[0].low in ("of", "from", "with", "at"):
            mention = _with_place(text, mention, tail, own_title=False)
        return mention
    prefix = [t for t in part[:i] if t.low not in ("a", "an")] if i else []
    if prefix and prefix[0].low == "the":
        prefix = prefix[1:]
    mention = name_mention(text, part[i:j], prefix=part[:i] if prefix else None)
    tail = part[j:]
    if mention is not None and not mention.is_org and tail and tail[0].low in ("of", "at"):
        mention = _with_place(text, mention, tail, own_title=True)
    return mention


def _with_place(text: str, mention: Mention, tail: list[Tok], *, own_title: bool) -> Mention:
    """``mention`` described with the "of …" phrase after the name ("Sheldon Yett of
    UNICEF", "researcher Jane Doe of the University of Oxford")."""
    stop = len(tail)
    for k, tok in enumerate(tail[1:], 1):
        if tok.low in _PART_STOP and tok.low not in ("at", "from"):
            stop = k
            break
    desc = join(text, tail[:stop])
    own = mention.description if own_title or mention.description != mention.title else None
    return Mention(
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


def _org(name: str, surface: str, start: int, end: int) -> Mention:
    """An organisation speaking ("Tesco", "the WHO's website" for the WHO)."""
    return Mention(name, "name", surface, "", None, True, "", start, end)


_CLAUSE_WORDS = frozenset(("his", "her", "their", "its", "and", "or", "that", "which", "who"))
_SPOKES = frozenset(("spokesperson", "spokesman", "spokeswoman", "representative"))


def role_mention(text: str, part: list[Tok]) -> Mention | None:
    """A phrase like "the commissioner", "The army" or "a Woolworths spokesperson"."""
    if not part:
        return None
    words = [t for t in part if t.text not in ",;:"]
    if len(words) >= 3 and words[0].low == "the" and words[1].cap and words[1].possessive:
        words = words[1:]  # "the WHO's website"
    if (
        3 <= len(words) <= 4
        and words[0].cap
        and words[0].possessive
        and words[-1].low in vocab.ORG_NOUNS
        and all(not t.cap and t.low.isalpha() for t in words[1:])
        and not any(t.low in vocab.FUNCTION_WORDS for t in words[1:-1])
    ):
        # "Day's animal foundation said": an organisation named by its owner and kind.
        return _org(join(text, words), join(text, words), words[0].start, words[-1].end)
    if (
        len(words) >= 2
        and words[0].cap
        and words[0].possessive
        and (
            words[1].low in vocab.ORG_NOUNS
            or words[1].low in vocab.ROLE_NOUNS
            or words[1].low in vocab.CHANNEL_NOUNS
        )
    ):
        # "Erdogan's office" speaks as an organisation; "Boeing's spokesman" for Boeing,
        # "the WHO's website" for the WHO.
        if words[1].low in _SPOKES or words[1].low in vocab.CHANNEL_NOUNS:
            return _org(words[0].text, join(text, words[:2]), words[0].start, words[1].end)
        if words[1].low in vocab.ORG_NOUNS:
            return _org(join(text, words[:2]), join(text, words[:2]), words[0].start, words[1].end)
    if len(words) == 1 and words[0].low in vocab.GENERIC_GROUPS:
        return Mention(
            words[0].low, "generic", words[0].text, start=words[0].start, end=words[0].end
        )
    if len(words) == 1 and words[0].low in ("police", "government", "military", "army"):
        return _org(words[0].text.capitalize(), words[0].text, words[0].start, words[0].end)
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
    if any(
        t.low in vocab.SPEECH_VERBS or t.low in _CLAUSE_WORDS for t in words[1:head_index]
    ):
        return None  # "The comments called her political party": a clause, not a role
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
        (head in _SPOKES or head in vocab.CHANNEL_NOUNS)
        and not caps
        and len(rest) >= 2
        and rest[0].low in ("for", "of", "at", "from")
        and rest[1 if rest[1].cap else 2 : 2 if rest[1].cap else 3]
        and all(t.cap for t in rest[1 if rest[1].cap else 2 :][:1])
    ):
        # "a spokesperson for Tesco", "the account for The Bernie and Sid Show": Tesco
        # and the show speak.
        org = [t for t in rest[1:] if t.cap or t.low in ("of", "and", "&")]
        while org and not org[-1].cap:
            org.pop()
        if org:
            surface = join(text, words[: head_index + 2 + len(org)])
            return _org(join(text, org), surface, words[0].start, org[-1].end)
    if head in _SPOKES and caps:
        return _org(join(text, caps), join(text, phrase), phrase[0].start, phrase[-1].end)
    # "The head of the police's internal investigators": the whole phrase describes
    # the holder, who may be named nowhere (see pipeline._resolve).
    described = (
        join(text, words)
        if 2 <= len(rest) <= 7 and rest[0].low in ("of", "for", "at") and not is_org
        else None
    )
    return Mention(
        join(text, phrase),
        "role",
        join(text, phrase),
        "",
        described,
        is_org,
        "",
        phrase[0].start,
        phrase[-1].end,
    )
