"""UI test set-up: settings in a temporary place, and articles with known quotes.

Every test gets its own settings folder (``QSettings.setPath`` plus Qt's test mode), so no
test reads or writes the real user's settings. ``annotate`` gives an article quotes and
speakers from a small table, so view tests do not depend on how good the engine is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from newsreader.core.document import Article, Block, BlockKind, Quote, Speaker

_QUOTE = re.compile(r"“([^”]*)(”|$)")

# Who says what in the seed article (tests only): alias → speaker.
SEED_SPEAKERS: Sequence[tuple[str, str, tuple[str, ...]]] = (
    ("Steven Pifer", "a former US ambassador to Ukraine", ("Pifer",)),
    ("Donald Jensen", "director for Russia and Europe at the US Institute of Peace", ("Jensen",)),
    ("Joe Biden", "President", ("Biden", "The president")),
    ("Nicholas Lokker", "a research assistant", ("Lokker",)),
    ("Emmanuel Macron", "French President", ("Macron",)),
)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[Path]:
    """Point QSettings and QStandardPaths at a temporary folder for the test."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


def annotate(
    article: Article, speakers: Sequence[tuple[str, str, tuple[str, ...]]] = SEED_SPEAKERS
) -> Article:
    """``article`` with every “…” span quoted, attributed to the nearest alias in its block."""
    found: list[tuple[Quote, str | None]] = []
    for block_index, block in enumerate(article.blocks):
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        spans = [
            (m.start(1), m.end(1)) for m in _QUOTE.finditer(block.text) if m.end(1) > m.start(1)
        ]
        mentions: list[tuple[int, str]] = []
        for name, _role, aliases in speakers:
            for alias in (name, *aliases):
                for m in re.finditer(re.escape(alias), block.text):
                    if not any(s <= m.start() < e for s, e in spans):
                        mentions.append((m.start(), name))
        for start, end in spans:
            who = min(mentions, key=lambda m: abs(m[0] - start))[1] if mentions else None
            text = block.text[start:end]
            quote = Quote(text, block.start + start, block.start + end, block_index, who)
            found.append((quote, who))
    quotes = tuple(q for q, _ in found)
    people: list[Speaker] = []
    for name, role, aliases in speakers:
        indices = tuple(i for i, q in enumerate(quotes) if q.speaker == name)
        if indices:
            people.append(Speaker(name, aliases, role, indices))
    return replace(article, quotes=quotes, speakers=tuple(people))


def make_article(path: str, title: str, paragraphs: Sequence[str], **fields: object) -> Article:
    """A small text article built by hand: a headline then one block per paragraph."""
    text = title
    blocks = [Block(BlockKind.HEADLINE, 0, len(title), title, 1)]
    for paragraph in paragraphs:
        text += "\n\n"
        blocks.append(Block(BlockKind.PARAGRAPH, len(text), len(text) + len(paragraph), paragraph))
        text += paragraph
    return Article(Path(path), text, title, tuple(blocks), **fields)  # type: ignore[arg-type]


@pytest.fixture
def seed_article(seeds_dir: Path) -> Article:
    """The seed article (000_…), quoted by ``annotate``."""
    from newsreader.core.library import load_article

    return annotate(load_article(seeds_dir / "000_a3f28121737e2d7d.txt"))


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the library loader annotate articles itself when the engine finds no speakers."""
    from newsreader.core import library

    real = library.load_article

    def load(path: Path) -> Article:
        article = real(path)
        return article if article.speakers else annotate(article)

    monkeypatch.setattr(library, "load_article", load)
