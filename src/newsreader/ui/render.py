"""Article → HTML for the viewer: a pure function, so it is tested without a window.

Quotes are located in the rendered document by sentinels: every quote ``i`` gets two
private-use characters (``quote_open(i)``, ``quote_close(i)``) inserted around it in the
*raw* block text before anything is escaped or rendered. They pass untouched through HTML
escaping and through Python-Markdown, so after rendering they are swapped for a coloured
``<span>`` while the sentinels themselves stay inside it; the viewer finds them in the
``QTextDocument`` (that gives each quote's exact document position, whatever Markdown did
to the text around it) and deletes them. One code path serves plain text and Markdown.

Raw HTML in an article is always shown as text: plain text is escaped, and Markdown is
rendered with Python-Markdown's raw-HTML stages removed, so its serializer escapes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsreader.core.document import Article, ArticleFormat, Block, BlockKind
from newsreader.ui.colors import SpeakerColors, speaker_colors, unattributed_colors

if TYPE_CHECKING:
    import markdown

_PUA_FIRST = 0xE000
_PUA_LAST = 0xF8FF
MAX_MARKED_QUOTES = (_PUA_LAST - _PUA_FIRST + 1) // 2
_PUA = re.compile("[\ue000-\uf8ff]")
_SENTINEL = re.compile("[\ue000-\uf8ff]")
_OUTER_TAG = re.compile(r"^\s*<(p|h[1-6])>(.*)</\1>\s*$", re.DOTALL)


def escape_html(text: str, *, quote: bool = True) -> str:
    """``html.escape`` without importing ``html`` (its entity table is ~2 ms of start-up)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        text = text.replace('"', "&quot;").replace("'", "&#x27;")
    return text


def quote_open(index: int) -> str:
    """The sentinel placed before quote ``index``."""
    return chr(_PUA_FIRST + 2 * index)


def quote_close(index: int) -> str:
    """The sentinel placed after quote ``index``."""
    return chr(_PUA_FIRST + 2 * index + 1)


def sentinel_info(char: str) -> tuple[int, bool] | None:
    """``(quote index, is_open)`` for a sentinel character, ``None`` for any other."""
    code = ord(char) - _PUA_FIRST
    if not 0 <= code <= _PUA_LAST - _PUA_FIRST:
        return None
    return code // 2, code % 2 == 0


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """What the HTML depends on besides the article."""

    dark: bool = False


def speaker_ranks(article: Article) -> dict[str, int]:
    """Speaker name → rank (0 = most quoted), the order of the speaker panel and colours."""
    ordered = sorted(article.speakers, key=lambda s: (-len(s.quotes), s.name.casefold()))
    return {speaker.name: rank for rank, speaker in enumerate(ordered)}


def colors_for(article: Article, *, dark: bool) -> dict[str | None, SpeakerColors]:
    """Speaker name (``None`` = unattributed) → colours, for the viewer and the panel."""
    table: dict[str | None, SpeakerColors] = {
        name: speaker_colors(rank, dark=dark) for name, rank in speaker_ranks(article).items()
    }
    table[None] = unattributed_colors(dark=dark)
    return table


def _marked_block_text(article: Article, block_index: int, block: Block) -> str:
    """The block's raw text with the sentinels of its quotes inserted."""
    text = _PUA.sub("\ufffd", block.text)  # the article's own private-use characters
    pieces: list[str] = []
    cursor = 0
    for index, quote in enumerate(article.quotes):
        if quote.block != block_index or index >= MAX_MARKED_QUOTES:
            continue
        start, end = quote.start - block.start, quote.end - block.start
        if not 0 <= start <= end <= len(text) or start < cursor:
            continue
        pieces += [text[cursor:start], quote_open(index), text[start:end], quote_close(index)]
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _spans(marked_html: str, article: Article, colors: Mapping[str | None, SpeakerColors]) -> str:
    """Swap every sentinel for itself plus the opening or closing of a coloured span."""

    def replace(match: re.Match[str]) -> str:
        char = match.group(0)
        info = sentinel_info(char)
        if info is None or info[0] >= len(article.quotes):
            return ""
        index, is_open = info
        if not is_open:
            return char + "</span>"
        palette = colors.get(article.quotes[index].speaker, colors[None])
        return f'<span style="background-color:{palette.background}">{char}'

    return _SENTINEL.sub(replace, marked_html)


def _heading_level(block: Block) -> int:
    if block.kind is BlockKind.HEADLINE:
        return 1
    return min(max(block.level, 2), 6)


def _text_block_html(block: Block, marked: str) -> str:
    escaped = escape_html(marked, quote=False)
    if block.kind is BlockKind.PARAGRAPH:
        return f'<p style="white-space:pre-wrap">{escaped}</p>'
    level = _heading_level(block)
    return f"<h{level}>{escaped}</h{level}>"


def _markdown_block_html(block: Block, marked: str, convert: Callable[[str], str]) -> str:
    rendered = convert(marked)
    if block.kind is BlockKind.PARAGRAPH:
        return rendered
    level = _heading_level(block)
    match = _OUTER_TAG.match(rendered)
    inner = match.group(2) if match else rendered
    return f"<h{level}>{inner}</h{level}>"


_markdown: markdown.Markdown | None = None


def _markdown_converter() -> Callable[[str], str]:
    """A Markdown converter that escapes raw HTML; imported on first use (start-up cost)."""
    global _markdown  # noqa: PLW0603 - one lazily built converter per process
    if _markdown is None:
        import markdown  # noqa: PLC0415 - only Markdown articles pay for it

        converter = markdown.Markdown(extensions=["sane_lists"])
        converter.preprocessors.deregister("html_block")
        converter.inlinePatterns.deregister("html")
        _markdown = converter

    def convert(text: str) -> str:
        assert _markdown is not None
        _markdown.reset()
        return _markdown.convert(text)

    return convert


def _meta_line(article: Article) -> str:
    parts: list[str] = []
    if article.date is not None:
        parts.append(f"{article.date:%B} {article.date.day}, {article.date.year}")
    if article.section:
        parts.append(article.section)
    if article.author:
        parts.append(f"By {article.author}")
    return " · ".join(escape_html(part, quote=False) for part in parts)


STYLE = """
body { line-height: 135%; }
h1 { font-size: x-large; margin-bottom: 4px; }
h2, h3, h4, h5, h6 { font-size: large; margin-top: 18px; margin-bottom: 6px; }
p { margin-top: 0px; margin-bottom: 12px; }
p.meta { margin-bottom: 18px; }
"""


def render_article(article: Article, options: RenderOptions | None = None) -> str:
    """The viewer's HTML for ``article``: headline, meta line, subheadings, paragraphs.

    Quotes carry their speaker's background colour and keep their sentinels (see the
    module docstring); ``ArticleViewer`` removes the sentinels once the HTML is loaded.
    """
    options = options or RenderOptions()
    colors = colors_for(article, dark=options.dark)
    meta_color = "#a8a8a8" if options.dark else "#5f5f5f"
    is_markdown = article.format is ArticleFormat.MARKDOWN
    convert = _markdown_converter() if is_markdown else None
    body: list[str] = []
    blocks = list(enumerate(article.blocks))
    headline_first = bool(blocks) and blocks[0][1].kind is BlockKind.HEADLINE
    if not headline_first:
        body.append(f"<h1>{escape_html(article.title, quote=False)}</h1>")
    for position, (index, block) in enumerate(blocks):
        marked = _marked_block_text(article, index, block)
        if convert is None:
            body.append(_text_block_html(block, marked))
        else:
            body.append(_markdown_block_html(block, marked, convert))
        if position == 0 and headline_first:
            body.append(_meta_html(article, meta_color))
    if not headline_first:
        body.insert(1, _meta_html(article, meta_color))
    content = _spans("\n".join(body), article, colors)
    return f"<html><head><style>{STYLE}</style></head><body>{content}</body></html>"


def _meta_html(article: Article, color: str) -> str:
    meta = _meta_line(article)
    if not meta:
        return ""
    return f'<p class="meta" style="color:{color}">{meta}</p>'


def quote_citation(article: Article, index: int) -> str:
    """Quote ``index`` as text to paste elsewhere: “words” — Speaker, role. In: Title, date."""
    quote = article.quotes[index]
    speaker = article.speaker(quote.speaker) if quote.speaker else None
    who = speaker.name if speaker else "Unknown speaker"
    if speaker is not None and speaker.description:
        who += f", {speaker.description}"
    when = f", {article.date.isoformat()}" if article.date else ""
    return f"“{quote.text}” — {who}. In: {article.title}{when}."


def quote_position_text(article: Article | None, index: int) -> str:
    """ "Steven Pifer: quote 2 of 3" for the status bar when quote ``index`` is selected."""
    if article is None or not 0 <= index < len(article.quotes):
        return ""
    name = article.quotes[index].speaker
    speaker = article.speaker(name) if name else None
    if speaker is None:
        return f"Unattributed quote ({index + 1} of {len(article.quotes)} in the article)"
    position = speaker.quotes.index(index) + 1 if index in speaker.quotes else 1
    return f"{speaker.name}: quote {position} of {len(speaker.quotes)}"
