"""Article → JSON-able dict, in the shape ``newsreader extract --json`` promises.

The contract (DESIGN.md) is::

    {"articles": [{"path", "title", "date", "section",
                   "speakers": [{"name", "aliases", "description", "quotes"}],
                   "quotes": [{"text", "start", "end", "speaker", "paragraph"}]}]}

``date`` is ISO 8601 or null, a speaker's ``quotes`` are indices into the article's
``quotes``, a quote's ``paragraph`` is its block index. The extra keys ``author``,
``format`` and a quote's ``cue`` are additions other tools may ignore.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from newsreader.core.document import Article, Quote, Speaker

JsonDict = dict[str, Any]


def speaker_to_dict(speaker: Speaker) -> JsonDict:
    """One speaker as the contract writes it."""
    return {
        "name": speaker.name,
        "aliases": list(speaker.aliases),
        "description": speaker.description,
        "quotes": list(speaker.quotes),
        "organisation": speaker.is_organisation,
    }


def quote_to_dict(quote: Quote) -> JsonDict:
    """One quote as the contract writes it (its block index is the ``paragraph``)."""
    return {
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "speaker": quote.speaker,
        "paragraph": quote.block,
        "cue": quote.cue,
    }


def article_to_dict(article: Article, path: str | None = None) -> JsonDict:
    """One article; ``path`` overrides how its path is written (default: as given)."""
    return {
        "path": str(article.path) if path is None else path,
        "title": article.title,
        "date": article.date.isoformat() if article.date is not None else None,
        "section": article.section,
        "author": article.author,
        "format": article.format.value,
        # The two dicts below are ``speaker_to_dict`` and ``quote_to_dict`` written inline:
        # a library has tens of thousands of quotes and a call per quote shows.
        "speakers": [
            {
                "name": speaker.name,
                "aliases": list(speaker.aliases),
                "description": speaker.description,
                "quotes": list(speaker.quotes),
                "organisation": speaker.is_organisation,
            }
            for speaker in article.speakers
        ],
        "quotes": [
            {
                "text": quote.text,
                "start": quote.start,
                "end": quote.end,
                "speaker": quote.speaker,
                "paragraph": quote.block,
                "cue": quote.cue,
            }
            for quote in article.quotes
        ],
    }


def library_to_dict(articles: Iterable[Article]) -> JsonDict:
    """Several articles under the top-level ``articles`` key."""
    return {"articles": [article_to_dict(article) for article in articles]}


def iter_json_chunks(articles: Iterable[Article], indent: int | None = None) -> Iterator[str]:
    """The JSON document for ``articles``, piece by piece.

    Writing one article at a time keeps memory flat on a library of thousands of files
    and lets the first articles reach a pipe before the last are parsed. The output is
    ASCII (non-ASCII characters escaped), so no console encoding can garble it.
    """
    yield '{"articles": ['
    for count, article in enumerate(articles):
        body = json.dumps(article_to_dict(article), indent=indent)
        yield ("\n" if count == 0 else ",\n") + body
    yield "\n]}\n"
