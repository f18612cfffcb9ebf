"""Stage 1: quote spans. Real sentences from the seed and the dev articles."""

from __future__ import annotations

from itertools import pairwise

import pytest
from engine_harness import blocks_of

from conftest import article
from newsreader.core.quotes.spans import find_spans


def spans_of(*paragraphs: str) -> list[str]:
    text = article(*paragraphs)
    return [text[s.start : s.end] for s in find_spans(text, blocks_of(text))]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # curly double quotes, split around the attribution
        (
            "“We were in full expeditionary mode,” Richards said. “In tents downrange, we were"
            " the space support element.”",
            [
                "We were in full expeditionary mode,",
                "In tents downrange, we were the space support element.",
            ],
        ),
        # straight then curly marks in one split quote (109)
        (
            '"Our Strike Group presence demonstrates our commitment," said Rear Adm. Todd Whalen.'
            " “Port calls enhance our mission readiness.”",
            [
                "Our Strike Group presence demonstrates our commitment,",
                "Port calls enhance our mission readiness.",
            ],
        ),
        # single quotes nested in a double quote stay part of it (103)
        (
            "“The goal right now is if the Assad regime were to say, ‘OK, we agree,’ that will be"
            " our focus,” she said.",
            [
                "The goal right now is if the Assad regime were to say, ‘OK, we agree,’ that will"
                " be"
                " our focus,"
            ],
        ),
        # a quote ending in ’” (103)
        (
            "“What I'm interested in is ‘Let’s stop the violence.’”",
            ["What I'm interested in is ‘Let’s stop the violence.’"],
        ),
        # apostrophes, curly and straight, never open or close a quote
        ("Biden’s comments and the US’s relationship with France haven't changed.", []),
        (
            "“I’m prepared to speak with Mr. Putin,” Biden said. “He hasn't done that yet.”",
            ["I’m prepared to speak with Mr. Putin,", "He hasn't done that yet."],
        ),
        # nested straight single quotes beside straight apostrophes (108)
        (
            "\"Our focus is to track down a jamming signal and say 'it's this guy,'\" Knight said.",
            ["Our focus is to track down a jamming signal and say 'it's this guy,'"],
        ),
        # a closing mark after a space (108)
        (
            '"Where those lines cross, we\'ll find the offending transmitter. "',
            ["Where those lines cross, we'll find the offending transmitter. "],
        ),
        # period instead of comma before the attribution (108)
        (
            '"We quickly restore the services affected." said Lt. Col. Jason Knight.',
            ["We quickly restore the services affected."],
        ),
        # ’’ used as a closing mark (110)
        (
            "“As we get into integration testing here, it’s going to be a great opportunity.’’",
            ["As we get into integration testing here, it’s going to be a great opportunity."],
        ),
        # a nested double quote inside a double quote is one span (209)
        (
            '"The WH statement shows a lack of understanding. The "United States" is not holding'
            ' any ISIS detainees." McGurk later wrote, "Not a single American life was lost."',
            [
                'The WH statement shows a lack of understanding. The "United States" is not holding'
                " any ISIS detainees.",
                "Not a single American life was lost.",
            ],
        ),
        # a one-word partial quote
        ('Another eyewitness described extensive tire marks and "insane" heat.', ["insane"]),
    ],
)
def test_spans(paragraph: str, expected: list[str]) -> None:
    assert spans_of(paragraph) == expected


def test_an_open_quote_continues_into_the_next_paragraph_that_opens_with_a_mark() -> None:
    found = spans_of(
        "“The first part of the statement runs to the end of the paragraph.",
        "“And the second part closes here,” she said.",
    )
    assert found == [
        "The first part of the statement runs to the end of the paragraph.",
        "And the second part closes here,",
    ]


def test_an_unbalanced_mark_never_swallows_the_rest_of_the_article() -> None:
    found = spans_of(
        'He said "this never closes and the paragraph ends.',
        "The next paragraph has no quote at all.",
        "“But this one does,” she said.",
    )
    assert found == ["this never closes and the paragraph ends.", "But this one does,"]


def test_spans_never_overlap_and_exclude_the_marks() -> None:
    text = article('"A," he said. "B," she said. “C” and "D"')
    spans = find_spans(text, blocks_of(text))
    assert [text[s.start : s.end] for s in spans] == ["A,", "B,", "C", "D"]
    assert all(a.end <= b.start for a, b in pairwise(spans))
    assert all(text[s.start - 1] in '"“' for s in spans)
