"""Name variants: one speaker per person or organisation in an article.

News copy names a person in full once ("President Joe Biden") and by surname after
("Biden"); the speaker's name is the fullest form the article gives (the most frequent
multi-word form sharing the surname), the other forms become aliases. Organisations
keep their name without a leading "the".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from newsreader.core.quotes import vocab
from newsreader.core.quotes.mentions import (
    appositive,
    appositive_after,
    capitalised_runs,
    names_in,
)
from newsreader.core.quotes.names import Mention, shifted

# Above this many runs of capitalised words (a huge article), index them by word once.
_SCAN_LIMIT = 200


@dataclass(slots=True)
class Entity:
    """A speaker being assembled: every form and role the article gives them."""

    key: str
    is_org: bool = False
    gender: str = ""
    forms: list[str] = field(default_factory=list)
    description: str | None = None


class NameIndex:
    """Full names seen in the article, to expand "Biden" into "Joe Biden".

    Lazy: the runs of capitalised words are found once (a single regex pass) but only
    those holding a word someone asks about are read as names, so an article pays for
    the names of its speakers, not for every capitalised word it contains.
    """

    def __init__(self, masked: str, quotes: Sequence[tuple[int, int]] = ()) -> None:
        """``quotes``: the masked quote interiors, which the scan for names may skip."""
        self._masked = masked
        self._runs = capitalised_runs(masked, quotes)
        self._done_words: set[str] = set()
        self._done_runs: set[int] = set()
        self._by_word: dict[str, list[int]] | None = None  # word -> runs holding it
        self.mentions: list[Mention] = []
        self._first: dict[str, Mention] = {}
        # word -> {full name: how often}, in the order the names were first seen
        self._by_last: dict[str, dict[str, int]] = {}
        self._by_first: dict[str, dict[str, int]] = {}
        self._by_middle: dict[str, dict[str, int]] = {}
        self._gender: dict[str, str] = {}
        self._description: dict[str, str] = {}

    def _load(self, word: str) -> None:
        """Read as names the runs that contain ``word``."""
        if word in self._done_words:
            return
        self._done_words.add(word)
        if not word:
            chosen: Iterable[int] = range(len(self._runs))
        elif len(self._runs) <= _SCAN_LIMIT:
            # A news article has a few dozen runs: a substring test per run is cheaper
            # than indexing every word of every run.
            chosen = [
                k for k, (_, raw) in enumerate(self._runs) if word in raw and _holds(raw, word)
            ]
        else:
            if self._by_word is None:
                self._by_word = {}
                for k, (_, raw) in enumerate(self._runs):
                    for part in raw.split():
                        self._by_word.setdefault(_bare(part), []).append(k)
            chosen = self._by_word.get(word, [])
        for k in chosen:
            start, raw = self._runs[k]
            if start in self._done_runs:
                continue
            self._done_runs.add(start)
            for shape in names_in(raw):
                self._add(shifted(shape, start))

    def _add(self, mention: Mention) -> None:
        """Index one full-name mention by its first, middle and last words."""
        self.mentions.append(mention)
        if mention.description and len(mention.name.split()) >= 2:
            self._description.setdefault(mention.name, mention.description)
        self._first.setdefault(mention.name, mention)
        if mention.is_org:
            return
        parts = mention.name.split()
        if len(parts) >= 2:
            _count(self._by_last, parts[-1], mention.name)
            _count(self._by_first, parts[0], mention.name)
            for part in parts[1:-1]:
                _count(self._by_middle, part, mention.name)
        if mention.gender:
            self._gender.setdefault(mention.name, mention.gender)

    def all_names(self) -> list[Mention]:
        """Every full name of the article, in order (reads them all)."""
        self._load("")
        return sorted(self.mentions, key=lambda m: m.start)

    def key(self, mention: Mention) -> str:
        """The canonical name of the person or organisation ``mention`` names."""
        name = mention.name
        if mention.is_org:
            return _strip_the(name)
        parts = name.split()
        if len(parts) == 2 and parts[0].lower() in vocab.NAME_PARTICLES:
            # "De Fatta" → "Richard De Fatta": a surname with a particle.
            self._load(parts[-1])
            longer = [f for f in self._by_last.get(parts[-1], ()) if f.endswith(" " + name)]
            if longer:
                return longer[0]
        if len(parts) == 1:
            self._load(name)
            # "Biden" → "Joe Biden"; "Tuilaepa" → "Tuilaepa Sailele Malielegaoi";
            # "Rosselló" → "Ricardo Rosselló Nevares" (a Spanish double surname).
            forms = self._by_last.get(name) or self._by_first.get(name) or self._by_middle.get(name)
            if forms and mention.gender:
                # "Mr Lopez" is not "Maria Lopez": a title's gender rules out a full name
                # of the other ("Juan Lopez" or the bare surname remain).
                forms = {
                    f: n
                    for f, n in forms.items()
                    if self._gender.get(f, mention.gender) == mention.gender
                }
            if forms:
                # The most frequent form, the first seen on a tie.
                return max(forms, key=forms.__getitem__)
        return name

    def description(self, key: str) -> str | None:
        """The role the article gives ``key`` where it names them in full."""
        self._load(key.rsplit(maxsplit=1)[-1])
        found = self._description.get(key)
        if found is None and key in self._first and self._masked:
            found = appositive(self._masked, self._first[key])
        return found

    def appositive_after(self, key: str) -> str | None:
        """The appositive after the first full mention of ``key`` ("Spc. Maria Garcia, a
        combat medic,"), which a description made of a rank alone leaves out."""
        first = self._first.get(key)
        return appositive_after(self._masked, first) if first is not None else None

    def gender(self, key: str, fallback: str = "") -> str:
        """The gender the article gives ``key`` (by first name or title), else ``fallback``."""
        if key not in self._gender and " " in key:
            self._load(key.rsplit(maxsplit=1)[-1])
        return self._gender.get(key, fallback)

    def forms_of(self, keys: set[str]) -> list[Mention]:
        """The full-name mentions of the people in ``keys`` (for their aliases)."""
        for key in keys:
            self._load(key.split()[-1])
        return [m for m in self.mentions if m.name in keys]


_HONORIFICS = frozenset(("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame"))
_STYLE_TITLES = frozenset(
    [
        "pope",
        "king",
        "queen",
        "prince",
        "princess",
        "sheikh",
        "emir",
        "sultan",
        "cardinal",
        "archbishop",
    ]
)


def _count(index: dict[str, dict[str, int]], word: str, name: str) -> None:
    """Count ``name`` under ``word`` (plain dicts: a ``Counter`` costs more to build than
    all the counting an article does)."""
    forms = index.get(word)
    if forms is None:
        index[word] = {name: 1}
    else:
        forms[name] = forms.get(name, 0) + 1


def _holds(run: str, word: str) -> bool:
    """Whether ``word`` is one of the name words of ``run``."""
    return word in map(_bare, run.split())


def _bare(word: str) -> str:
    """A run's word as a name word: without a final stop or possessive."""
    word = word.rstrip(".")
    for suffix in ("’s", "'s", "’", "'"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _strip_the(name: str) -> str:
    if name[:4].lower() == "the " and len(name) > 4 and name[4].isupper():
        return name[4:]
    return name


def build_entities(
    assigned: list[tuple[str, Mention]], index: NameIndex, seen: list[Mention] | None = None
) -> dict[str, Entity]:
    """Entities keyed by canonical name, from (key, mention as written) pairs.

    ``seen`` are the other mentions of the narrative: they add the forms the article uses
    for a speaker where it does not quote them ("President Joe Biden’s comments").
    """
    entities: dict[str, Entity] = {}
    speakers = {key for key, _ in assigned}
    extra = [(index.key(m), m) for m in seen or () if m.kind == "name" and not m.is_org]
    for key, mention in assigned + [(k, m) for k, m in extra if k in speakers]:
        entity = entities.get(key)
        if entity is None:
            entity = entities[key] = Entity(key, mention.is_org, index.gender(key, mention.gender))
        for form in (mention.surface, mention.name):
            # "the Mayor" and "the mayor" are one alias: keep the first spelling.
            if form and form != key and form not in entity.forms:
                low = form.lower()
                if all(f.lower() != low for f in entity.forms):
                    entity.forms.append(form)
        if entity.description is None and mention.description:
            entity.description = mention.description
    for key, entity in entities.items():
        if entity.description and entity.description.lower().rstrip(".") in _HONORIFICS:
            entity.description = None  # "Mr", "Dr": a form of address, not a role
        if entity.description is None:
            entity.description = index.description(key)
        if entity.description and entity.description.lower().rstrip(".") in _HONORIFICS:
            entity.description = None
        if not entity.is_org and (not entity.description or _rank_only(entity.description)):
            after = index.appositive_after(entity.key)
            if after and after != entity.description:
                own = entity.description
                entity.description = f"{own}, {after}" if own else after
        if " " not in key and not entity.is_org:
            for form in entity.forms:
                words = form.split()
                if len(words) == 2 and words[1] == key and words[0].lower() in _STYLE_TITLES:
                    entity.forms = [f for f in entity.forms if f != form] + [key]
                    entity.key = form  # "Pope Francis", "King Charles"
                    break
    return {entity.key: entity for entity in entities.values()}


def _rank_only(description: str) -> bool:
    """Whether a description is a title or rank and nothing more ("Lt. Col.", "Spc.")."""
    words = description.replace(".", " ").lower().split()
    return bool(words) and all(w in vocab.TITLES for w in words)
