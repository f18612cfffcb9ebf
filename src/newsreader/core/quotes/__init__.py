"""The quote engine: find every direct quote in an article and who said it.

``extract(text, blocks)`` is the one entry point; the stages behind it live in their own
modules (spans, cues, attribution, names) and are tested one by one.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsreader.core.document import Block, Quote, Speaker


def extract(text: str, blocks: Sequence[Block]) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """Quotes (in reading order) and speakers of the article whose outline is ``blocks``.

    Work in progress: the engine lands in the next commits.
    """
    del text, blocks
    return (), ()
