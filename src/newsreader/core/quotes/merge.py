"""Name variants: one speaker per person or organisation in an article.

News copy names a person in full once ("President Joe Biden") and by surname after
("Biden"); the speaker's name is the fullest form the article gives (the most frequent
multi-word form sharing the surname), the other forms become aliases. Organisations
keep their name without a leading "the".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from newsreader.core.quotes.mentions import appositive
from newsreader.core.quotes.names import Mention


@dataclass(slots=True)
class Entity:
    """A speaker being assembled: every form and role the article gives them."""

    key: str
    is_org: bool = False
    gender: str = ""
    forms: list[str] = field(default_factory=list)
    description: str | None = None


class NameIndex:
    """Full names seen in the article, to expand "Biden" into "Joe Biden"."""

    def __init__(self, mentions: list[Mention], masked: str = "") -> None:
        self._masked = masked
        self._first: dict[str, Mention] = {}
        self._by_last: dict[str, Counter[str]] = {}
        self._by_first: dict[str, Counter[str]] = {}
        self._gender: dict[str, str] = {}
        self._description: dict[str, str] = {}
        for mention in mentions:
            if mention.kind != "name":
                continue
            if mention.description and len(mention.name.split()) >= 2:
                self._description.setdefault(mention.name, mention.description)
            self._first.setdefault(mention.name, mention)
            if mention.is_org:
                continue
            parts = mention.name.split()
            if len(parts) >= 2:
                self._by_last.setdefault(parts[-1], Counter())[mention.name] += 1
                self._by_first.setdefault(parts[0], Counter())[mention.name] += 1
            if mention.gender:
                self._gender.setdefault(mention.name, mention.gender)

    def key(self, mention: Mention) -> str:
        """The canonical name of the person or organisation ``mention`` names."""
        name = mention.name
        if mention.is_org:
            return _strip_the(name)
        parts = name.split()
        if len(parts) == 1:
            forms = self._by_last.get(name) or self._by_first.get(name)
            if forms:
                return forms.most_common(1)[0][0]
        return name

    def description(self, key: str) -> str | None:
        """The role the article gives ``key`` where it names them in full."""
        found = self._description.get(key)
        if found is None and key in self._first and self._masked:
            found = appositive(self._masked, self._first[key])
        return found

    def gender(self, key: str, fallback: str = "") -> str:
        return self._gender.get(key, fallback)


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
            if form and form != key and form not in entity.forms:
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
        if " " not in key and not entity.is_org:
            for form in entity.forms:
                words = form.split()
                if len(words) == 2 and words[1] == key and words[0].lower() in _STYLE_TITLES:
                    entity.forms = [f for f in entity.forms if f != form] + [key]
                    entity.key = form  # "Pope Francis", "King Charles"
                    break
    return {entity.key: entity for entity in entities.values()}
