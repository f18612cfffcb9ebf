"""The quote engine: find every direct quote in an article and who said it.

``extract(text, blocks)`` is the one entry point. It runs the stages in order, each in
its own module and tested on its own:

1. ``spans``      the quoted stretches of each block (``sentences`` masks them out and
                   finds where the narrative's sentences start and end);
2. ``cues``       the attributing words around each quote, with ``subjects`` (who a
                   clause is about) and ``phrases`` (a speaker phrase as a ``Mention``);
3. ``attribute``  pronouns, roles and carry-over resolved to a named speaker, reading
                   the narrative through ``mentions`` one sentence at a time;
4. ``merge``      name variants merged into one speaker per person or organisation.

``pipeline`` runs them quote by quote; ``vocab`` holds every word list; ``names`` the
tokens, runs of capitalised words and the ``Mention`` record they all share.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsreader.core.document import Block, Quote, Speaker
from newsreader.core.quotes.pipeline import run


def extract(text: str, blocks: Sequence[Block]) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """Quotes (in reading order) and speakers of the article whose outline is ``blocks``."""
    return run(text, blocks)


__all__ = ["extract"]
