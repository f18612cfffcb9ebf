"""Blocks for the dev articles without the parser, and the engine's prediction as JSON.

The dev layout: date line, section line, headline (maybe repeated), then paragraphs
separated by blank lines. Used by the engine's end-to-end test and by hand:
``python tests/core/quotes/harness.py tests/fixtures/eval > pred.json``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from newsreader.core.document import Block, BlockKind
from newsreader.core.quotes import extract


def blocks_of(text: str) -> list[Block]:
    """Headline, subheadings and paragraphs of a text in the seed layout."""
    blocks: list[Block] = []
    chunks = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text)]
    chunks = [(s, c) for s, c in chunks if c.strip()]
    body = chunks[2:]  # date and section lines
    headline = None
    for k, (start, chunk) in enumerate(body):
        end = start + len(chunk)
        if k == 0:
            headline = chunk
            kind, level = BlockKind.HEADLINE, 1
        elif k == 1 and chunk == headline:
            continue
        elif len(chunk) < 80 and not chunk.rstrip().endswith((".", "?", "!", ":", '"', "”")):
            kind, level = BlockKind.HEADING, 2
        else:
            kind, level = BlockKind.PARAGRAPH, 0
        blocks.append(Block(kind, start, end, chunk, level))
    return blocks


def predict(folder: Path) -> dict[str, object]:
    articles = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8-sig")
        quotes, speakers = extract(text, blocks_of(text))
        articles.append(
            {
                "path": str(path),
                "speakers": [
                    {
                        "name": s.name,
                        "aliases": list(s.aliases),
                        "description": s.description,
                        "quotes": list(s.quotes),
                    }
                    for s in speakers
                ],
                "quotes": [
                    {
                        "text": q.text,
                        "start": q.start,
                        "end": q.end,
                        "speaker": q.speaker,
                        "cue": q.cue,
                    }
                    for q in quotes
                ],
            }
        )
    return {"articles": articles}


if __name__ == "__main__":
    json.dump(predict(Path(sys.argv[1])), sys.stdout, ensure_ascii=False, indent=1)
