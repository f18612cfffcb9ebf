"""Property tests: no text makes the engine raise, and what it returns is always valid."""

from __future__ import annotations

from pathlib import Path

from engine_harness import blocks_of
from hypothesis import given
from hypothesis import strategies as st

from newsreader.core.document import Article, Block, BlockKind
from newsreader.core.quotes import extract

_PIECES = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "‘",
        "’",
        "’’",
        "'",
        " said ",
        " he said",
        " she added, ",
        ", ",
        ". ",
        "Biden",
        " Joe Biden",
        "President ",
        "the president",
        " told Vox",
        "according to ",
        "\n\n",
        "\n",
        " ",
        "x",
        "Mr.",
        " of the ",
        ":",
        "—",
        "(",
        ")",
        "[",
        "]",
        " the company",
        "**",
        "[Jane Smith](http://x.org)",
        "\n> ",
        "# ",
    ]
)
_TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(_PIECES, max_size=80).map("".join),
)


def _paragraph_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    pos = 0
    for chunk in text.split("\n\n"):
        if chunk:
            blocks.append(Block(BlockKind.PARAGRAPH, pos, pos + len(chunk), chunk))
        pos += len(chunk) + 2
    return blocks


@given(_TEXTS)
def test_any_text_gives_valid_quotes(text: str) -> None:
    blocks = _paragraph_blocks(text)
    quotes, speakers = extract(text, blocks)
    previous = -1
    for quote in quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        assert quote.start >= previous
        previous = quote.end
        block = blocks[quote.block]
        assert block.start <= quote.start and quote.end <= block.end
    Article(Path("x.txt"), text, "t", tuple(blocks), quotes=quotes, speakers=speakers)


@given(_TEXTS)
def test_the_seed_layout_never_raises(text: str) -> None:
    full = "June 1, 2024\n\nNews\n\nHeadline\n\n" + text
    blocks = tuple(blocks_of(full))
    quotes, speakers = extract(full, blocks)
    Article(Path("x.txt"), full, "t", blocks, quotes=quotes, speakers=speakers)
