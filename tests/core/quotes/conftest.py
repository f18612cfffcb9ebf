"""Helpers for the quote engine's tests: build an article from paragraphs and run it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from engine_harness import blocks_of

from newsreader.core.document import Quote, Speaker
from newsreader.core.quotes import extract

Run = Callable[..., tuple[tuple[Quote, ...], tuple[Speaker, ...]]]


def article(*paragraphs: str) -> str:
    """Text in the seed layout: date, section, headline, then the paragraphs."""
    return "June 1, 2024\n\nNews\n\nA headline for the test\n\n" + "\n\n".join(paragraphs) + "\n"


def run_paragraphs(*paragraphs: str) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    text = article(*paragraphs)
    return extract(text, blocks_of(text))


def said(*paragraphs: str) -> list[tuple[str, str | None]]:
    """(quote text, speaker) for every quote of an article made of ``paragraphs``."""
    quotes, _ = run_paragraphs(*paragraphs)
    return [(q.text, q.speaker) for q in quotes]


@pytest.fixture
def engine() -> Run:
    return run_paragraphs
