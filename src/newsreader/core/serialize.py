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
from collections.abc import Callable, Iterable, Iterator
from json.encoder import encode_basestring_ascii
from typing import Any

from newsreader.core.document import Article, Quote, Speaker

JsonDict = dict[str, Any]
_esc: Callable[[str], str] = encode_basestring_ascii  # what json.dumps uses for strings
_int = int.__repr__  # how json writes an int (a bool never reaches it)


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


def article_to_json(article: Article) -> str:
    """``json.dumps(article_to_dict(article))``, byte for byte, written directly.

    The CLI writes one of these per file, and building the dicts only to walk them again
    in the encoder cost about a third of the time; strings go through the same
    C escaping ``json.dumps`` uses (ASCII, ``ensure_ascii``), numbers are plain ``int``.
    A test holds it to ``json.dumps`` on awkward articles.
    """
    speakers = ", ".join(
        [
            f'{{"name": {_esc(speaker.name)}, '
            f'"aliases": [{", ".join(map(_esc, speaker.aliases))}], '
            f'"description": {_esc_or_null(speaker.description)}, '
            f'"quotes": [{", ".join(map(_int, speaker.quotes))}], '
            f'"organisation": {"true" if speaker.is_organisation else "false"}}}'
            for speaker in article.speakers
        ]
    )
    quotes = ", ".join(
        [
            f'{{"text": {_esc(quote.text)}, "start": {_int(quote.start)}, '
            f'"end": {_int(quote.end)}, "speaker": {_esc_or_null(quote.speaker)}, '
            f'"paragraph": {_int(quote.block)}, "cue": {_esc_or_null(quote.cue)}}}'
            for quote in article.quotes
        ]
    )
    date = _esc(article.date.isoformat()) if article.date is not None else "null"
    return (
        f'{{"path": {_esc(str(article.path))}, "title": {_esc(article.title)}, '
        f'"date": {date}, "section": {_esc_or_null(article.section)}, '
        f'"author": {_esc_or_null(article.author)}, "format": {_esc(article.format.value)}, '
        f'"speakers": [{speakers}], "quotes": [{quotes}]}}'
    )


def _esc_or_null(value: str | None) -> str:
    return "null" if value is None else _esc(value)


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
        if indent is None:
            body = article_to_json(article)
        else:
            body = json.dumps(article_to_dict(article), indent=indent)
        yield ("\n" if count == 0 else ",\n") + body
    yield "\n]}\n"
