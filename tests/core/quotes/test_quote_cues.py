"""Stage 2: attribution cues in every order news copy uses. Real sentences, real speakers."""

from __future__ import annotations

import pytest

from conftest import said
from newsreader.core.quotes.cues import after_cue, before_cue

CASES = [
    # “…,” X said
    (
        "“It’s not a pass-fail,” said Cathy Bahm, NASA’s Low Boom Flight Demonstrator project"
        " manager.",
        [("It’s not a pass-fail,", "Cathy Bahm")],
    ),
    # “…,” X told Vox: the listener is never the speaker
    (
        "“Russia can exploit those disagreements,” Donald Jensen, director for Russia and Europe at"
        " the US Institute of Peace, told Vox regarding the Russian political and media sphere.",
        [("Russia can exploit those disagreements,", "Donald Jensen")],
    ),
    # said X, with a role before the name
    (
        '"This is the first potentially habitable planet," said UCL astronomer Angelos Tsiaras.',
        [("This is the first potentially habitable planet,", "Angelos Tsiaras")],
    ),
    # a role phrase between commas before the name
    (
        '"Walter was the most brilliant scientist I have ever known," said University of'
        " California,"
        " San Diego's chancellor, Pradeep Khosla.",
        [("Walter was the most brilliant scientist I have ever known,", "Pradeep Khosla")],
    ),
    # role-first attribution after the quote
    (
        '"This announcement cannot change the fact," Hong Kong director of Amnesty International'
        " Man-kei Tam said in a statement.",
        [("This announcement cannot change the fact,", "Man-kei Tam")],
    ),
    # X said: “…”
    (
        'Vladimir Putin, president of Russia, said in a statement: "Many important dates are tied'
        ' to the name of Robert Mugabe."',
        [("Many important dates are tied to the name of Robert Mugabe.", "Vladimir Putin")],
    ),
    # According to X, “…”
    (
        'According to eyewitness Vinnie DeVita, "within probably 15 to 20 seconds, it exploded."',
        [("within probably 15 to 20 seconds, it exploded.", "Vinnie DeVita")],
    ),
    # X clearly stated that “…”
    (
        "Perhaps more importantly, Macron clearly stated that “we will never urge the Ukrainians to"
        " make a compromise.”",
        [("we will never urge the Ukrainians to make a compromise.", "Macron")],
    ),
    # a partial quote after reported speech
    (
        "African Export–Import Bank president Okey Oramah said the use of third-party currencies"
        ' "costs Africa between $5 and $7 billion," further saying, "Beyond that, it also reduces'
        ' trade."',
        [
            ("costs Africa between $5 and $7 billion,", "Okey Oramah"),
            ("Beyond that, it also reduces trade.", "Okey Oramah"),
        ],
    ),
    # a bare comma introduces a quote by the clause's subject
    (
        "Trump, also on Twitter, defended his decision, "
        '"As I have stated strongly before, they must'
        ' watch over the captured fighters."',
        [
            (
                "As I have stated strongly before, they must watch over the captured fighters.",
                "Trump",
            )
        ],
    ),
    (
        'Senator Lindsey Graham spoke on Fox News, "This is going to lead to a reemergence."',
        [("This is going to lead to a reemergence.", "Lindsey Graham")],
    ),
    # a colon after a clause whose subject is a name
    (
        "Brazilian President Jair Bolsonaro opposed Macron's statement: \"The French president's"
        ' suggestion evokes a colonialist mentality."',
        [("The French president's suggestion evokes a colonialist mentality.", "Jair Bolsonaro")],
    ),
    # quote split around "tweeted X" with no commas at all
    (
        '"We stand ready" tweeted Johnson "to provide whatever help we can."',
        [("We stand ready", "Johnson"), ("to provide whatever help we can.", "Johnson")],
    ),
    # a quote first, then "X told the world": not a listener-less verb
    (
        '"Our house is burning. Literally!" Macron told the world on Thursday via Twitter.',
        [("Our house is burning. Literally!", "Macron")],
    ),
    # "He said" with no comma, after the named person
    (
        "Florida Department of Transportation official Troy Roberts said the road will be examined."
        ' He said "Guardrails can only take so much."',
        [("Guardrails can only take so much.", "Troy Roberts")],
    ),
    # organisations speak
    (
        "The International Monetary Fund said in May the AfCFTA might be comparable to other trade"
        ' blocs as an "economic game changer".',
        [("economic game changer", "International Monetary Fund")],
    ),
    (
        'Sales went up in a "sharp increase" last week, according to a Woolworths spokesperson.',
        [("sharp increase", "Woolworths")],
    ),
    (
        "During the call, according to a tweet from the German embassy in the US, “Scholz condemned"
        " the airstrikes.”",
        [("Scholz condemned the airstrikes.", "German embassy")],
    ),
    # the text of a document is its author's
    (
        'The decree signed by Pope Francis read "The crimes of sexual abuse offend Our Lord."',
        [("The crimes of sexual abuse offend Our Lord.", "Pope Francis")],
    ),
    # three partial quotes in one sentence
    (
        'Scripps director Margaret Leinen said "Munk has been a world treasure." She described him'
        ' as "a guiding force" who was "one of the most distinguished scientists" and "always'
        ' interested in sparking a discussion."',
        [
            ("Munk has been a world treasure.", "Margaret Leinen"),
            ("a guiding force", "Margaret Leinen"),
            ("one of the most distinguished scientists", "Margaret Leinen"),
            ("always interested in sparking a discussion.", "Margaret Leinen"),
        ],
    ),
    # "asked X" names the speaker, "told X" the listener
    ('"Why now?" asked Sen. Chuck Grassley.', [("Why now?", "Chuck Grassley")]),
    ('"Yes," Mr. Johnson replied.', [("Yes,", "Johnson")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), CASES)
def test_attribution_in_every_order(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert said(paragraph) == expected


MORE = [
    # an organisation through "a spokesperson for X"
    ('A spokesperson for Tesco said: "We are working hard."', [("We are working hard.", "Tesco")]),
    # particles inside a name, and a role before it
    (
        '"There is no plan B," European Commission President Ursula von der Leyen told reporters.',
        [("There is no plan B,", "Ursula von der Leyen")],
    ),
    # an appositive role before the name, between commas
    (
        'The UN secretary-general, António Guterres, said: "This must stop."',
        [("This must stop.", "António Guterres")],
    ),
    # BBC style: no full stop after Mr, and a partial quote after "said the decision was"
    ('Speaking to the BBC, Mr Johnson said the decision was "absurd".', [("absurd", "Johnson")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), MORE)
def test_more_attribution_patterns(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert said(paragraph) == expected


NOBODY = [
    # a scare quote
    (
        'One of the biggest threats is interference, which causes the signal to be "jammed."',
        "jammed.",
    ),
    (
        "Lockheed Martin is developing the X-59 to reduce a sonic boom to a quieter “thump.”",
        "thump.",
    ),
    # a nickname inside a name
    ("The board, led by NASA Armstrong chief engineer Cynthia J. “CJ” Bixby, will sign it.", "CJ"),
    # a name introduced by "was called the" / "known as the", even with "according to"
    (
        'Zimbabwe had a strong economy and, according to CNN, was called the "breadbasket" of'
        " southern Africa.",
        "breadbasket",
    ),
    ('He received a 25-room home, known as the "Blue House", in exchange.', "Blue House"),
    # a title
    ('The film, titled "The Long Road Home", opens on Friday.', "The Long Road Home"),
    # a group of people is nobody in particular
    ('"We heard a loud bang," witnesses said.', "We heard a loud bang,"),
    ('Critics called the plan "reckless."', "reckless."),
    # titles of works in Title Case, even in a sentence with a speech verb
    ('Smith said the book "The Art of War" changed his life.', "The Art of War"),
    ('The show "Game of Thrones" ended in 2019, Smith said.', "Game of Thrones"),
]


@pytest.mark.parametrize(("paragraph", "quote"), NOBODY)
def test_scare_quotes_titles_and_groups_belong_to_nobody(paragraph: str, quote: str) -> None:
    assert said(paragraph) == [(quote, None)]


def test_an_unrelated_sentence_after_a_quote_is_not_its_attribution() -> None:
    # “He hasn’t done that yet.” The two leaders have not spoken since …, according to Reuters
    found = said(
        "“I’m prepared to speak with Mr. Putin,” Biden said Thursday. “He hasn’t done that yet.”"
        " The two leaders have not spoken since February, according to Reuters."
    )
    assert found == [
        ("I’m prepared to speak with Mr. Putin,", "Biden"),
        ("He hasn’t done that yet.", "Biden"),
    ]


def test_a_following_sentence_with_content_is_not_an_attribution() -> None:
    found = said(
        'The sheriff\'s office tweeted the response "required all hands on deck." Authorities'
        " stated the road was damaged by the fire."
    )
    assert found[0][0] == "required all hands on deck."
    assert found[0][1] != "Authorities"


def test_after_cue_reads_verb_first_and_subject_first() -> None:
    text = ", said Capt. Brandon Davenport, the Space Cell chief."
    cue = after_cue(text, text, 0, len(text), strict=False)
    assert cue is not None and cue.mention is not None
    assert cue.mention.name == "Brandon Davenport"
    assert cue.mention.description == "the Space Cell chief"
    text = " Flournoy said to the troops."
    cue = after_cue(text, text, 0, len(text), strict=False)
    assert cue is not None and cue.mention is not None and cue.mention.name == "Flournoy"


def test_before_cue_sees_a_naming_phrase() -> None:
    text = 'a strong economy and was called the "'
    cue = before_cue(text, text, 0, len(text) - 1, len(text))
    assert cue is not None and cue.kind == "naming"


WIKINEWS_STYLE = [
    # "quoted X as saying": X speaks, not the outlet that quoted them
    (
        'Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as saying "FEMA has'
        ' an important role" and "[i]f there\'s an emergency, FEMA needs to be involved."',
        [
            ("FEMA has an important role", "Tim Manning"),
            ("[i]f there's an emergency, FEMA needs to be involved.", "Tim Manning"),
        ],
    ),
    # an organisation's website speaks for it
    (
        "The WHO's website said: \"There is no evidence that current medicine can prevent the"
        ' disease."',
        [("There is no evidence that current medicine can prevent the disease.", "WHO")],
    ),
    # "and" inside an organisation's name
    (
        "The United States Department of Health and Human Services declared the outbreak a"
        ' "public health emergency" on January 31.',
        [("public health emergency", "United States Department of Health and Human Services")],
    ),
    # a passive speech verb does not make its subject the speaker
    (
        'COVID-19 was previously announced to be a "pandemic" by the World Health Organization.',
        [("pandemic", None)],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), WIKINEWS_STYLE)
def test_wikinews_style_sentences(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert said(paragraph) == expected


PLACES_AND_RELATIVES = [
    # a place after the name is not the speaker
    (
        'Dr. Steven Wolf at Saint Francis said, "We received a mass casualty alert."',
        [("We received a mass casualty alert.", "Steven Wolf")],
    ),
    (
        'Jennifer Daskal of American University and contributor to Slate wrote, "a single EU'
        ' country could demand it."',
        [("a single EU country could demand it.", "Jennifer Daskal")],
    ),
    # "who said": the person the relative clause hangs on
    (
        'The research was led by Mark Hay, a marine ecologist at GT, who said "There is a lot of'
        ' argument now".',
        [("There is a lot of argument now", "Mark Hay")],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), PLACES_AND_RELATIVES)
def test_places_and_relative_clauses(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert said(paragraph) == expected
