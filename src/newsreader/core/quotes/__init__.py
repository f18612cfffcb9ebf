"""The quote engine: find every direct quote in an article and who said it.

``extract(text, blocks)`` is the one entry point. It runs the stages in order, each in
its own module and tested on its own:

1. ``spans``      the quoted stretches of each block;
2. ``sentences``  the narrative with quote interiors masked, and sentence boundaries;
3. ``mentions``   who the narrative names and who it says is speaking;
4. ``cues``       the attributing words around each quote;
5. ``attribute``  pronouns, roles and carry-over resolved to a named speaker;
6. ``merge``      name variants merged into one speaker per person.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsreader.core.document import Block, Quote, Speaker
from newsreader.core.quotes.pipeline import run


def extract(text: str, blocks: Sequence[Block]) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """Quotes (in reading order) and speakers of the article whose outline is ``blocks``."""
    return run(text, blocks)


__all__ = ["extract"]
