"""Names: tokens, runs of capitalised words, and the noun phrases that name a speaker.

A speaker phrase in news copy is a proper name with optional titles and roles around
it ("French President Emmanuel Macron", "Steven Pifer, a former US ambassador",
"UCL astronomer Angelos Tsiaras", "a Woolworths spokesperson", "the commissioner").
This module turns such a phrase into a ``Mention``: the bare name, the title and the
description the article gives, and whether it names an organisation.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

from newsreader.core.quotes import vocab
from newsreader.core.quotes.first_names import CENSUS_FEMALE_FIRST_NAMES, CENSUS_MALE_FIRST_NAMES
from newsreader.core.quotes.sentences import is_abbreviation, sentence_starts_of

# A word (letters, digits, inner hyphens, apostrophes, stops, "&", and an en dash only
# between word characters) or one punctuation mark. The word is written as runs of a
# character class (possessive, since nothing follows it) rather than a repeated
# alternation, which the regex engine would step through one character at a time. The
# class lists a-z, A-Z and 0-9 although \w holds them: the engine then finds an ASCII
# character in its table at once instead of asking the Unicode database (masked quotes are
# long runs of "x").
_TOKEN = re.compile(r"[^\W_][a-zA-Z0-9\w\-’'.&]*+(?:–(?=\w)[a-zA-Z0-9\w\-’'.&]*+)*+|[^\w\s]")


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
    return _tokenize(text, base)


def tokens(text: str, lo: int, hi: int) -> list[Tok]:
    """The tokens of ``text[lo:hi]``, cut from the tokens of the sentences it overlaps.

    The rules look at many overlapping stretches of the same article (a sentence before
    a quote, the words before a verb); each sentence is tokenised once, and only when a
    rule first looks at it, so the sentences far from any quote cost nothing.
    """
    starts, cache = _sentence_tokens(text)
    k = bisect_right(starts, lo) - 1
    k = max(k, 0)
    last = len(starts) - 1
    if k == last or starts[k + 1] >= hi:  # the common case: one sentence
        toks, offsets = cache.get(k) or _read_sentence(text, starts, k, cache)
        i = bisect_left(offsets, lo)
        j = bisect_left(offsets, hi, i)
        while j > i and toks[j - 1].end > hi:
            j -= 1
        return toks[i:j]
    out: list[Tok] = []
    while k <= last and starts[k] < hi:
        toks, offsets = cache.get(k) or _read_sentence(text, starts, k, cache)
        if toks and toks[0].start >= lo and toks[-1].end <= hi:
            out.extend(toks)
        else:
            i = bisect_left(offsets, lo)
            j = bisect_left(offsets, hi, i)
            while j > i and toks[j - 1].end > hi:
                j -= 1
            out.extend(toks[i:j])
        k += 1
    return out


_Sentence = tuple[list[Tok], list[int]]  # a sentence's tokens and their start offsets


def _read_sentence(text: str, starts: list[int], k: int, cache: dict[int, _Sentence]) -> _Sentence:
    """Tokenise sentence ``k`` of ``text`` and remember it."""
    end = starts[k + 1] if k + 1 < len(starts) else len(text)
    toks = _tokenize(text[starts[k] : end], starts[k])
    found = cache[k] = (toks, list(map(_START, toks)))
    return found


_START = attrgetter("start")


@lru_cache(maxsize=4)
def _sentence_tokens(text: str) -> tuple[list[int], dict[int, _Sentence]]:
    """Per article: where its sentences start, and the tokens of each sentence read so far."""
    return sentence_starts_of(text), {}


def _tokenize(text: str, base: int) -> list[Tok]:
    """Tokenise ``text`` (offsets shifted by ``base``); the one hot loop of the engine.

    ``re.split`` hands over the tokens and the spaces between them in one call, so the
    offsets are running sums of lengths; what a word becomes (its stop or possessive
    cut off, its lower case, its length) is worked out once per distinct word and
    remembered.
    """
    out: list[Tok] = []
    append = out.append
    new = tuple.__new__
    shapes = _WORD_SHAPES
    if len(shapes) > 50_000:
        shapes.clear()
    parts = _SPLIT.split(text)
    pos = base + len(parts[0])
    pairs = iter(parts)
    next(pairs)
    # (token, the spaces after it) pairs: each token is followed by the spaces before the
    # next one (the last by ""), so the pairs come out even.
    for raw, gap in zip(pairs, pairs, strict=True):
        shape = shapes.get(raw)
        if shape is None:
            shape = shapes[raw] = _word_shape(raw)
        word, kept, possessive, low, cap, trail, size = shape
        end = pos + kept
        append(new(Tok, (word, pos, end, possessive, low, cap)))
        if trail:
            append(new(Tok, (".", end, end + 1, False, ".", False)))
        pos += size + len(gap)
    return out


_SPLIT = re.compile(f"({_TOKEN.pattern})")
_Shape = tuple[str, int, bool, str, bool, bool, int]
_WORD_SHAPES: dict[str, _Shape] = {}


def _word_shape(word: str) -> _Shape:
    """What the raw token ``word`` becomes: (word, characters kept of it, possessive,
    lower case without a final stop, capitalised, a sentence stop follows, length).

    "Biden’s" is ``Biden`` marked possessive; "said." is ``said`` and a stop; "Gen." keeps
    its stop.
    """
    size = len(word)
    first = word[0]
    if size == 1:
        return word, 1, False, word.lower(), "A" <= first <= "Z", False, 1
    last = word[-1]
    cut = 0
    trail = False
    if last == "." and not keeps_stop(word):
        word = word[:-1]
        cut = 1
        trail = True
        last = word[-1]
    possessive = False
    if last in "sS’'" and len(word) > 1:
        if word[-2:] in ("’s", "'s"):
            word = word[:-2]
            cut += 2
            possessive = True
        elif last in "’'":  # "Jones’ lawyer", "Lopez’ assessment"
            word = word[:-1]
            cut += 1
            possessive = True
    cap = ("A" <= first <= "Z" or "\u00c0" <= first <= "\u00de") or (
        word[:3] in ("el-", "al-") and len(word) > 3
    )
    low = word.lower().rstrip(".")
    if low in _ACRONYM_CLASHES and word.isupper():
        low = word  # "the WHO said", "the US": an acronym, not "who" or "us"
    return word, size - cut, possessive, low, cap, trail, size


_ACRONYM_CLASHES = vocab.FUNCTION_WORDS | frozenset(vocab.PRONOUN_GENDER) | {"us", "who"}


def keeps_stop(word: str) -> bool:
    """Whether the full stop of ``word`` belongs to it (an abbreviation or initial)."""
    return is_abbreviation(word[:-1])


def is_title(tok: Tok) -> bool:
    """Whether ``tok`` is a title or rank ("Lt.", "President")."""
    return tok.low in vocab.TITLES


_DATE_LEADS = frozenset(("this", "last", "next", "on", "early", "late"))
_ROLE_PREFIXES = ("co-", "vice-", "ex-", "deputy-", "former-")
_AGENT_ENDINGS = ("er", "or", "ist", "ian")


def role_word(tok: Tok) -> bool:
    """Whether ``tok`` is a role written as part of a name ("Councillor Tom Reed",
    "Co-developer Jing Wang"): a title or role noun, with or without "Co-", or a long
    agent noun (-er, -or, -ist, -ian; eight letters or more, so "Ecuador" is no role)."""
    low = tok.low.rstrip(".")
    for prefix in _ROLE_PREFIXES:
        if low.startswith(prefix):
            low = low[len(prefix) :]
            break
    if "-turned-" in low:
        low = low.rsplit("-", 1)[1]  # "Journalist-turned-politician Kari Lake"
    if low in vocab.ROLE_NOUNS or low in vocab.TITLES:
        return True
    return len(low) >= 8 and low.isalpha() and low.endswith(_AGENT_ENDINGS)


def is_org_word(tok: Tok) -> bool:
    """Whether ``tok`` marks an organisation ("Institute", "NATO")."""
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
                t.low == "and"
                and after.cap
                and any(x.low == "of" for x in toks[i:j])
                and any(x.text in org_words for x in toks[i:j])
            ):
                j += 2  # "Department of Health and Human Services"
            elif (
                t.low in ("of", "on", "for")
                and toks[j - 1].text.rstrip(".") in org_words
                and (after.cap or (after.low == "the" and j + 2 < n and toks[j + 2].cap))
                and (t.low == "of" or (after.cap and after.low not in vocab.DATE_WORDS))
            ):
                # "Department of Health", "Commission on International Religious
                # Freedom", "Centers for Disease Control" (not "the Senate on Tuesday")
                j += 2 if after.cap else 3
            elif after.cap and t.text[0].isdigit() and t.low[-2:] in ("st", "nd", "rd", "th"):
                j += 2  # "Cadet 1st Class"
            elif t.low == "of" and is_title(toks[j - 1]) and _caps_from(toks, j + 1) >= 3:
                j += 2  # "Mayor of London Sadiq Khan" (not "the Mayor of London said")
            else:
                break
        found.append((i, j))
        i = j
    return found


def _caps_from(toks: Sequence[Tok], k: int) -> int:
    """How many capitalised tokens follow one another from ``toks[k]``."""
    n = k
    while n < len(toks) and toks[n].cap:
        n += 1
    return n - k


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


def shifted(mention: Mention, by: int) -> Mention:
    """``mention`` with its offsets moved by ``by`` (``_replace`` costs 10x as much)."""
    return _new_mention(Mention, (*mention[:7], mention[7] + by, mention[8] + by))


_new_mention = tuple.__new__


def split_run(toks: list[Tok]) -> tuple[list[Tok], list[Tok]]:
    """Split a capitalised run into (titles/roles/organisation, name)."""
    titles, org_words = vocab.TITLES, vocab.ORG_WORDS
    cut = 0
    for k in range(len(toks) - 1):
        tok = toks[k]
        if tok.low in titles or tok.text.rstrip(".") in org_words:
            cut = k + 1
    if (
        cut
        and not any(t.low in titles for t in toks[:cut])
        and toks[cut].low not in vocab.MALE_FIRST_NAMES
        and toks[cut].low not in vocab.FEMALE_FIRST_NAMES
        and len(toks) - cut == 1
    ):
        cut = 0  # "Daily Hive", "Weekly Standard": an organisation word opens the name
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
    if cut and cut < len(toks) - 3 and toks[cut].low == "of" and is_title(toks[cut - 1]):
        # "Mayor of London Sadiq Khan", "Minister of Foreign Affairs Wang Yi": the title
        # runs on through its "of" phrase, and with no known first name to say where the
        # name starts, the name is the last word, its particles and one word before them.
        k = len(toks) - 1
        while k - 1 > cut + 1 and toks[k - 1].low in vocab.NAME_PARTICLES:
            k -= 1
        if k - 1 > cut + 1:
            cut = k - 1
    if toks and (toks[-1].text.rstrip(".") in org_words or _org_word_before_of(toks)):
        # "Department of Health" is one name; "House of Commons Speaker John Bercow" is
        # the organisation and a title before a person's name.
        cut = 1 if toks[0].low == "the" else 0
        if toks[-1].text.rstrip(".") not in org_words:
            last_title = max((k for k, t in enumerate(toks[:-1]) if is_title(t)), default=-1)
            org_end = max(
                (k for k, t in enumerate(toks) if t.low in ("of", "on", "for")), default=-1
            )
            if 0 <= org_end < last_title:
                cut = last_title + 1
    return toks[:cut], toks[cut:]


_OF_ON_FOR = frozenset(("of", "on", "for"))


def _org_word_before_of(toks: Sequence[Tok]) -> bool:
    """Whether an organisation word comes right before "of", "on" or "for" in ``toks``
    ("Department of Health", "Commission on International Religious Freedom").

    A plain loop: most runs are a word or two, and a generator costs more to start than
    the test itself.
    """
    org_words = vocab.ORG_WORDS
    for k in range(1, len(toks)):
        if toks[k].low in _OF_ON_FOR and toks[k - 1].text.rstrip(".") in org_words:
            return True
    return False


def gender_of(name_toks: list[Tok], title_toks: list[Tok]) -> str:
    """The gender a name implies through its title or first name, or ""."""
    for tok in title_toks:
        if tok.low in vocab.MALE_TITLES:
            return "m"
        if tok.low in vocab.FEMALE_TITLES:
            return "f"
    if len(name_toks) >= 2 or title_toks:
        first = _plain(name_toks[0].low) if name_toks else ""
        if first in vocab.MALE_FIRST_NAMES:
            return "m"
        if first in vocab.FEMALE_FIRST_NAMES:
            return "f"
        # The census lists only give a gender; they never decide where a name starts
        # (census first names include "Will", "Grace", "Washington").
        if first in CENSUS_MALE_FIRST_NAMES:
            return "m"
        if first in CENSUS_FEMALE_FIRST_NAMES:
            return "f"
    return ""


@lru_cache(maxsize=4096)
def _plain(word: str) -> str:
    """``word`` without accents ("michèle" → "michele"), as the name lists spell it."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def looks_org(name_toks: list[Tok]) -> bool:
    """Whether a name reads as an organisation rather than a person."""
    if not name_toks:
        return False
    if any(t.low == "of" for t in name_toks):
        return True
    if any(
        t.low in ("on", "for") and k and name_toks[k - 1].text.rstrip(".") in vocab.ORG_WORDS
        for k, t in enumerate(name_toks)
    ):
        return True  # "Commission on International Religious Freedom"
    if any(t.text.rstrip(".") in vocab.ORG_WORDS for t in name_toks):
        return True
    return len(name_toks) == 1 and is_org_word(name_toks[0])


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
        shape = _SHAPES[key] = None if found is None else shifted(found, -first)
    if shape is None or isinstance(shape, str):
        return None
    return shifted(shape, first)


_MISSING = "missing"
_SHAPES: dict[tuple[str, int, bool], Mention | str | None] = {}


def _name_mention(text: str, toks: list[Tok], prefix: list[Tok] | None = None) -> Mention | None:
    """The uncached work of ``name_mention``."""
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
    while toks and (
        toks[0].low in vocab.DATE_WORDS
        or (len(toks) > 1 and toks[0].low in _DATE_LEADS and toks[1].low in vocab.DATE_WORDS)
    ):
        toks = toks[1:]  # "This Wednesday Greek Foreign Minister George Katrougalos"
    if not toks:
        return None
    titles, name = split_run(toks)
    if not name:
        return None
    while name and name[0].low == "the":
        name = name[1:]
    while titles and titles[0].low == "the":
        titles = titles[1:]
    if not titles and len(name) >= 3 and role_word(name[0]) and not looks_org(name):
        titles, name = name[:1], name[1:]  # "Co-developer Jing Wang": a role, then the name
    if not name:
        return None
    if titles and not any(
        is_title(t) or t.text.rstrip(".") in vocab.ORG_WORDS or role_word(t) for t in titles
    ):
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


def common_word(text: str, toks: Sequence[Tok], i: int, j: int) -> bool:
    """Whether the run ``toks[i:j]`` is an ordinary word capitalised only because it
    starts a sentence ("Strong winds …"): one word, at a sentence start, followed by a
    lower-case word (an adverb in -ly by a comma: "Specifically, she …"), no known first
    name, title or organisation word, and never capitalised elsewhere in the text."""
    if j - i != 1 or j >= len(toks):
        return False
    if not toks[j].text[0].islower() and not (toks[j].text == "," and toks[i].low.endswith("ly")):
        return False  # "Trump, also on Twitter, …" reads as a name; "Specifically, …" not
    tok = toks[i]
    low = tok.low
    if (
        low in vocab.MALE_FIRST_NAMES
        or low in vocab.FEMALE_FIRST_NAMES
        or low in vocab.TITLES
        or tok.text in vocab.ORG_WORDS
        or (len(tok.text) > 1 and tok.text.isupper())
    ):
        return False
    return _starts_sentence(text, tok.start) and not _capitalised_elsewhere(text, tok.text)


def _starts_sentence(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] in " \t\r":
        k -= 1
    return k < 0 or text[k] in ".!?\n"


@lru_cache(maxsize=1024)
def _capitalised_elsewhere(text: str, word: str) -> bool:
    pos = text.find(word)
    while pos >= 0:
        end = pos + len(word)
        bounded = (pos == 0 or not text[pos - 1].isalnum()) and (
            end >= len(text) or not text[end].isalnum()
        )
        if bounded and not _starts_sentence(text, pos):
            return True
        pos = text.find(word, end)
    return False
