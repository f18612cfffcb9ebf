"""Who a clause is about: the subject phrase before a speech verb, or of a clause.

News sentences put the speaker right before the verb ("Hong Kong director of Amnesty
International Man-kei Tam said"), before an appositive ("Steven Pifer, a former US
ambassador …, told Vox"), or first in the clause after an adverbial ("In remarks to
AFP, Sheldon Yett of UNICEF observed"). A name after a preposition or a verb of telling
is a listener or a place, never the subject.
"""

from __future__ import annotations

from itertools import pairwise

from newsreader.core.quotes import vocab
from newsreader.core.quotes.names import (
    Mention,
    Tok,
    common_word,
    join,
    name_mention,
    runs,
    split_run,
    tokens,
)
from newsreader.core.quotes.phrases import parse_np, role_mention


def strip_modifiers(toks: list[Tok]) -> list[Tok]:
    """``toks`` without the adverbs and auxiliaries before a verb ("also", "has")."""
    while toks:
        if toks[-1].low in vocab.VERB_MODIFIERS:
            toks = toks[:-1]
        elif (
            len(toks) > 2
            and toks[-1].low in vocab.DATE_WORDS
            and toks[-2].low in ("on", "last", "this", "early", "late")
        ):
            toks = toks[:-2]  # "Waltz on Friday said"
        else:
            break
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
                if rest and (
                    rest[0].cap
                    or rest[0].low in vocab.PRONOUN_GENDER
                    or rest[0].low in ("the", "a", "an")
                ):
                    toks = rest
                break
    if (
        toks
        and toks[0].low in vocab.QUANTIFIERS
        and not _person_run_at(text, toks, 1)
        and not _named_in_commas(text, toks)
    ):
        return _one_member(text, toks, 0) or Mention(
            toks[0].low, "generic", toks[0].text, start=toks[0].start, end=toks[0].end
        )
    early: Mention | None = None
    for k, tok in enumerate(toks):
        low = tok.low
        if low in vocab.PRONOUN_GENDER and (
            k == 0 or toks[k - 1].low not in vocab.NON_SUBJECT_PREPOSITIONS
        ):
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
        if before == "(" and j < len(toks) and toks[j].text == ")":
            continue  # "Member of Parliament (MP) Yvette Cooper": an acronym in passing
        if common_word(text, toks, i, j):
            continue
        if toks[j - 1].possessive:
            continue
        after = toks[j].low if j < len(toks) else ""
        if after in vocab.ROLE_NOUNS or _modifies_role(toks, j):
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


_WHEN = frozenset(("yesterday", "today", "tonight", "earlier", "later"))


def _message_owner(text: str, toks: list[Tok]) -> Mention | None:
    """ "Stardom's official statement yesterday read", "the WHO's statement said": the
    owner of the message speaks."""
    k = len(toks) - 1
    if k > 0 and (toks[k].low in _WHEN or toks[k].low in vocab.DATE_WORDS):
        k -= 1
    if k < 1 or toks[k].low not in vocab.MESSAGE_NOUNS:
        return None
    owner = k - 1
    while owner >= 0 and not toks[owner].possessive and not toks[owner].cap and k - owner <= 3:
        owner -= 1
    if owner < 0 or not (toks[owner].possessive and toks[owner].cap):
        return None
    first = owner
    while first > 0 and toks[first - 1].cap and not toks[first - 1].possessive:
        first -= 1
    mention = name_mention(text, toks[first : owner + 1])
    return mention if mention is not None and mention.kind == "name" else None


def _modifies_role(toks: list[Tok], j: int) -> bool:
    """Whether the capitalised run ending before ``toks[j]`` qualifies a role two words
    on ("Greek prime minister Kyriakos Mitsotakis", "US defense secretary"): the words
    between are lower-case modifiers, not a verb or a function word."""
    for k in range(j, min(j + 3, len(toks))):
        low = toks[k].low
        if low in vocab.ROLE_NOUNS:
            return k > j
        if (
            toks[k].cap
            or not low.isalpha()
            or low in vocab.FUNCTION_WORDS
            or low in vocab.SPEECH_VERBS
            or low.endswith(("ed", "s"))
        ):
            return False
    return False


_SINGLE_ROLES = vocab.ROLE_NOUNS | {"mp", "mep", "legislator", "diplomat", "source"}


def _one_member(text: str, toks: list[Tok], k: int) -> Mention | None:
    """ "One MP told the BBC", "one official said": a single unnamed source, named by
    its role ("unnamed MP"), like "a senior defense official"; "one of the officials"
    and "one resident, Jane Doe," are not this."""
    if toks[k].low != "one" or k + 1 >= len(toks):
        return None
    role = toks[k + 1]
    if role.low not in _SINGLE_ROLES or (k + 2 < len(toks) and toks[k + 2].text != ","):
        return None
    return Mention(
        "unnamed " + role.text,
        "name",
        f"{toks[k].text} {role.text}",
        start=toks[k].start,
        end=role.end,
    )


def _named_between_commas(text: str, toks: list[Tok]) -> Mention | None:
    """ "Daily Xtra's editorial director, Rachel Giese, said": a person's name set off by
    commas right before the verb, after the role that describes them."""
    commas = [k for k, t in enumerate(toks[:-1]) if t.text == ","]
    if not commas:
        return None
    k = commas[-1]
    inner = toks[k + 1 : -1]
    found = runs(inner)
    if found and found[-1][1] == len(inner) and found[-1][0] > 0 and all(
        not t.cap and t.low.isalpha() and t.low not in vocab.FUNCTION_WORDS
        for t in inner[: found[-1][0]]
    ):
        # "The study's lead author, doctoral candidate Maninder Thind, said": a role in
        # lower case, then the name.
        k += found[-1][0] + 1  # the role words join the description
        inner = inner[found[-1][0] :]
        found = [(0, len(inner))]
    if not inner or [(0, len(inner))] != found:
        return None
    mention = name_mention(text, inner)
    if mention is None or mention.kind != "name" or mention.is_org:
        return None
    if not (mention.gender or " " in mention.name):
        return None
    role = toks[:k]
    earlier = [m for m, t in enumerate(role) if t.text == ","]
    if earlier:
        role = role[earlier[-1] + 1 :]  # "In an email, Smith's lawyer, John Doe, said"
    if role and role[0].low in vocab.FUNCTION_WORDS and not role[0].cap:
        role = role[1:]
    description = text[role[0].start : role[-1].end] if role else mention.description
    if description and description.startswith("The "):
        description = "the " + description[4:]
    return mention._replace(description=description)


_PLACE_PREPOSITIONS = frozenset(("of", "at", "from", "to", "for", "with", "in", "on", "by"))


def _named_in_commas(text: str, toks: list[Tok]) -> bool:
    """Whether the clause names a person between commas ("One of the authors, herpetologist
    David Blackburn, told …"): then the quantified phrase is that person."""
    commas = [k for k, t in enumerate(toks) if t.text == ","]
    for a, b in pairwise(commas):
        for i, j in runs(toks[a + 1 : b]):
            if j == b - a - 1 and _person_run_at(text, toks, a + 1 + i):
                return True
    return False


def _person_run_at(text: str, toks: list[Tok], k: int) -> bool:
    """Whether a person's name starts at ``toks[k]``."""
    for i, j in runs(toks[k:]):
        if i:
            return False
        mention = name_mention(text, toks[k + i : k + j])
        return bool(
            mention is not None
            and mention.kind == "name"
            and not mention.is_org
            and (mention.gender or " " in mention.name)
        )
    return False


def _antecedent(text: str, toks: list[Tok]) -> Mention | None:
    """The person a relative "who" refers to: the last person named before it."""
    for i, j in reversed(runs(toks)):
        mention = name_mention(text, toks[i:j])
        if (
            mention is not None
            and mention.kind == "name"
            and not mention.is_org
            and (mention.gender or " " in mention.name)
        ):
            return mention
    return None


_NEGATIONS = frozenset(("not", "never", "n't"))


def subject_before(text: str, lo: int, verb_start: int) -> Mention | None:
    """The speaker phrase that ends right before a speech verb at ``verb_start``."""
    toks = strip_modifiers(tokens(text, lo, verb_start))
    if not toks:
        return None
    if not _NEGATIONS.isdisjoint([t.low for t in toks[-3:]]):
        return None
    last = toks[-1]
    if last.low in vocab.PRONOUN_GENDER:
        return Mention(last.low, "pronoun", last.text, start=last.start, end=last.end)
    if last.text == ",":
        return _named_between_commas(text, toks) or clause_subject(text, toks)
    if last.low in ("who", "that") and len(toks) > 1:
        return _antecedent(text, toks[:-1])  # "led by Mark Hay, a marine ecologist, who said"
    if last.cap and not last.possessive:
        found = [r for r in runs(toks) if r[1] == len(toks)]
        if found:
            i, _ = found[0]
            if i >= 2 and toks[i - 1].low == "of" and toks[i - 2].low in vocab.GROUP_NOUNS:
                # "A number of Senators condemned …": a group, nobody in particular.
                return Mention(toks[i - 2].low, "generic", join(text, toks[i - 2 : i + 1]))
            if i and toks[i - 1].low in vocab.QUANTIFIERS and not _person_run_at(text, toks, i):
                # "Some MPs told the BBC": members of a group, nobody in particular;
                # "One MP told the BBC": one unnamed source, who speaks.
                return _one_member(text, toks, i - 1) or Mention(
                    toks[i - 1].low, "generic", toks[i - 1].text
                )
            lead = i - 1 if i and toks[i - 1].low == "the" else i
            prefix, _ = split_run(toks[i:])
            if lead and toks[lead - 1].low in _PLACE_PREPOSITIONS and not prefix:
                # "Dr. Steven Wolf at Saint Francis said", "Jennifer Daskal of American
                # University and contributor to Slate wrote": the place is not the speaker.
                subject = clause_subject(text, toks[: lead - 1])
                if subject is not None and subject.kind == "name":
                    return subject
            # "Sheldon Yett of UNICEF said": the name before "of" speaks.
            k = i - 1
            while (
                k >= 0
                and i - k <= 4
                and not toks[k].cap
                and toks[k].low != "of"
                and (toks[k].text not in ",.;:")
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
    owned = _message_owner(text, toks)
    if owned is not None:
        return owned
    if (
        last.low in vocab.MESSAGE_NOUNS
        and len(toks) <= 3
        and toks[0].low in ("the", "this", "that")
        and all(not t.cap for t in toks[1:])
    ):
        # "the statement said": whoever issued it, named in the sentence before.
        return Mention(join(text, toks), "message", join(text, toks), start=toks[0].start)
    if (
        last.low in vocab.ROLE_NOUNS
        or last.low in vocab.ORG_NOUNS
        or (last.low in vocab.CHANNEL_NOUNS)
    ):
        for k in range(len(toks) - 1, max(-1, len(toks) - 7), -1):
            if toks[k].low in ("the", "a", "an", "his", "her", "its", "their") or (
                toks[k].cap and toks[k].possessive and k == len(toks) - 3
            ):
                role = role_mention(text, toks[k:])
                if role is not None:
                    return role
                break
    return clause_subject(text, toks)
