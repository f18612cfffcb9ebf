"""Names: speaker phrases, titles, descriptions, organisations and merged variants."""

from __future__ import annotations

import pytest

from conftest import run_paragraphs
from newsreader.core.quotes.names import tokenize
from newsreader.core.quotes.phrases import parse_np


@pytest.mark.parametrize(
    ("phrase", "name", "description", "is_org"),
    [
        (
            "Steven Pifer, a former US ambassador to Ukraine and a senior fellow at the Brookings"
            " Institution",
            "Steven Pifer",
            "a former US ambassador to Ukraine and a senior fellow at the Brookings Institution",
            False,
        ),
        (
            "Maj. Clayton Merkley, strategist and deputy civil-military operations staff officer,"
            " 4th"
            " Infantry Division",
            "Clayton Merkley",
            "strategist and deputy civil-military operations staff officer, 4th Infantry Division",
            False,
        ),
        ("French President Emmanuel Macron", "Emmanuel Macron", "French President", False),
        (
            "Hong Kong director of Amnesty International Man-kei Tam",
            "Man-kei Tam",
            "Hong Kong director of Amnesty International",
            False,
        ),
        ("Sheldon Yett of UNICEF", "Sheldon Yett", "of UNICEF", False),
        ("Crown Prince Mohammad bin Salman", "Mohammad bin Salman", "Crown Prince", False),
        (
            "AU chairperson President Abdel Fattah el-Sisi",
            "Abdel Fattah el-Sisi",
            "AU chairperson President",
            False,
        ),
        ("a protester using the pseudonym Katya", "Katya", None, False),
        ("The Alachua Sheriff's Office", "Alachua Sheriff's Office", None, True),
        ("the Department of Health", "Department of Health", None, True),
        ("a Woolworths spokesperson", "Woolworths", None, True),
        ("Erdogan's office", "Erdogan's office", None, True),
    ],
)
def test_speaker_phrases(phrase: str, name: str, description: str | None, is_org: bool) -> None:
    mention = parse_np(phrase, 0, len(phrase))
    assert mention is not None
    assert mention.name == name
    if description is not None:
        assert mention.description == description
    assert mention.is_org == is_org


def test_possessives_and_abbreviations_in_tokens() -> None:
    toks = tokenize("Biden’s aides and Lopez’ assessment, said Lt. Col. Knight.")
    assert [(t.text, t.possessive) for t in toks[:4]] == [
        ("Biden", True),
        ("aides", False),
        ("and", False),
        ("Lopez", True),
    ]
    assert "Lt." in [t.text for t in toks] and "Col." in [t.text for t in toks]
    assert toks[-1].text == "." and toks[-2].text == "Knight"


def test_name_variants_merge_into_the_fullest_name() -> None:
    quotes, speakers = run_paragraphs(
        "President Joe Biden’s comments on Thursday surprised many.",
        "“There’s one way for the war to end,” Biden said.",
        "“I’m prepared to speak with Mr. Putin,” Biden said Thursday.",
    )
    assert [q.speaker for q in quotes] == ["Joe Biden", "Joe Biden"]
    (biden,) = speakers
    assert biden.name == "Joe Biden"
    assert "Biden" in biden.aliases and "President Joe Biden" in biden.aliases
    assert biden.description == "President"
    assert not biden.is_organisation


def test_a_pope_keeps_his_title_in_his_name() -> None:
    _, speakers = run_paragraphs(
        'During the summit, Pope Francis said the victims had a right to "concrete measures".'
    )
    assert [s.name for s in speakers] == ["Pope Francis"]


def test_organisations_are_marked() -> None:
    _, speakers = run_paragraphs(
        'The International Monetary Fund said the AfCFTA might be an "economic game changer".'
    )
    assert [(s.name, s.is_organisation) for s in speakers] == [
        ("International Monetary Fund", True)
    ]


def test_a_surname_with_a_particle_expands_to_the_full_name() -> None:
    quotes, _ = run_paragraphs(
        "Richard De Fatta, director of the center, spoke at the conference.",
        "“Army space capabilities are critical,” De Fatta said.",
    )
    assert [q.speaker for q in quotes] == ["Richard De Fatta"]


def test_markdown_links_and_emphasis_around_a_name() -> None:
    quotes, speakers = run_paragraphs(
        '"We are *very* happy," said [Jane Smith](https://example.org/smith), the mayor.',
    )
    assert [q.speaker for q in quotes] == ["Jane Smith"]
    assert speakers[0].description == "the mayor"
    assert all("[" not in alias and "http" not in alias for alias in speakers[0].aliases)
