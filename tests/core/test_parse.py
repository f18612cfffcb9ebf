"""The parsers: the seed's plain-text layout and Markdown, on real files and their variants."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newsreader.core.document import ArticleFormat, BlockKind
from newsreader.core.parse import parse_article, parse_outline, title_from_path
from newsreader.core.parse_dates import parse_date

ROOT = Path(__file__).resolve().parents[2]
EVAL_FIXTURES = ROOT / "tests" / "fixtures" / "eval"
# The date, section and title the development set's gold annotations give each article.
METADATA = {
    gold.name.removesuffix(".gold.json") + ".txt": json.loads(gold.read_text(encoding="utf-8"))[
        "article"
    ]
    for gold in sorted(EVAL_FIXTURES.glob("*.gold.json"))
}


def _dev_file(name: str) -> Path:
    return EVAL_FIXTURES / name


def _parse(text: str, name: str = "article.txt"):  # type: ignore[no-untyped-def]
    return parse_article(Path(name), text)


# --- the development articles: date, section and title as the gold annotations give them


@pytest.mark.parametrize("name", sorted(METADATA))
def test_dev_article_metadata_matches_the_gold(name: str) -> None:
    path = _dev_file(name)
    article = parse_article(path, path.read_text(encoding="utf-8-sig"))
    expected = METADATA[name]
    assert article.title == expected["title"]
    assert article.section == expected["section"]
    assert (article.date.isoformat() if article.date else None) == expected["date"]


@pytest.mark.parametrize("name", sorted(METADATA))
def test_every_block_of_a_dev_article_is_its_exact_slice(name: str) -> None:
    path = _dev_file(name)
    text = path.read_text(encoding="utf-8-sig")
    article = parse_article(path, text)
    previous_end = 0
    for block in article.blocks:
        assert text[block.start : block.end] == block.text
        assert block.text == block.text.strip()
        assert block.start >= previous_end
        previous_end = block.end
    assert article.blocks[0].kind is BlockKind.HEADLINE
    assert sum(1 for b in article.blocks if b.kind is BlockKind.HEADLINE) == 1


@pytest.mark.parametrize(
    ("name", "subheadings"),
    [
        (
            "000_a3f28121737e2d7d.txt",
            [
                "Biden’s comments point toward solidarity with the West",
                "Keeping a channel with Russia open is important, "
                "but don’t expect peace talks soon",
            ],
        ),
        (
            "102_cadets-hypersonic-wind-tunnels.txt",
            [
                "‘A new frontier’",
                "The value of cadet wind-tunnel research",
                "From testing to implementation",
            ],
        ),
        ("110_nasa-x59-milestone.txt", ["X-59 Team Update", "The Path Forward"]),
        ("101_bringing-space-to-the-fight.txt", []),
        ("103_clinton-panetta-policies.txt", []),  # the closing byline is not a subheading
        ("104_village-of-hope.txt", []),
    ],
)
def test_subheadings_of_real_articles(name: str, subheadings: list[str]) -> None:
    path = _dev_file(name)
    article = parse_article(path, path.read_text(encoding="utf-8-sig"))
    assert [b.text for b in article.blocks if b.kind is BlockKind.HEADING] == subheadings


def test_the_seed_drops_its_repeated_headline() -> None:
    path = ROOT / "seeds" / "000_a3f28121737e2d7d.txt"
    article = parse_article(path, path.read_text(encoding="utf-8-sig"))
    assert [b.text for b in article.blocks].count(article.title) == 1
    first_paragraph = article.blocks[1]
    assert first_paragraph.kind is BlockKind.PARAGRAPH
    assert first_paragraph.text.startswith("President Joe Biden’s comments on Thursday")


def test_a_byline_under_the_headline_becomes_the_author_not_a_block() -> None:
    path = ROOT / "seeds" / "104_village-of-hope.txt"
    article = parse_article(path, path.read_text(encoding="utf-8-sig"))
    assert article.author == "Sgt. David Turner, 2nd Brigade Combat Team, 3rd Infantry Division"
    assert article.blocks[1].text.startswith("FORWARD OPERATING BASE KALSU")


# --- layout variants a real library holds

SEED_LIKE = (
    "June 18, 2024\n\nWorld\n\nLeaders meet in Paris\n\nLeaders meet in Paris\n\n"
    'The leaders met on Tuesday. "We agree," one said.\n\nTalks ahead\n\n'
    "The talks continue next week.\n"
)


@pytest.mark.parametrize(
    ("text", "title", "date", "section", "paragraphs"),
    [
        pytest.param(SEED_LIKE, "Leaders meet in Paris", dt.date(2024, 6, 18), "World", 2,
                     id="seed layout"),
        pytest.param(SEED_LIKE.replace("\n", "\r\n"), "Leaders meet in Paris",
                     dt.date(2024, 6, 18), "World", 2, id="CRLF"),
        pytest.param(SEED_LIKE.replace("\n", "\r"), "Leaders meet in Paris",
                     dt.date(2024, 6, 18), "World", 2, id="old Mac CR"),
        pytest.param("\ufeff" + SEED_LIKE, "Leaders meet in Paris", dt.date(2024, 6, 18),
                     "World", 2, id="BOM left in the text"),
        pytest.param(SEED_LIKE.replace("June 18, 2024\n\n", ""), "Leaders meet in Paris", None,
                     "World", 2, id="no date"),
        pytest.param(SEED_LIKE.replace("World\n\n", ""), "Leaders meet in Paris",
                     dt.date(2024, 6, 18), None, 2, id="no section"),
        pytest.param(SEED_LIKE.replace("Leaders meet in Paris\n\n", "", 1),
                     "Leaders meet in Paris", dt.date(2024, 6, 18), "World", 2,
                     id="no repeated headline"),
        pytest.param(SEED_LIKE.replace("\n\n", "\n\n\n\n"), "Leaders meet in Paris",
                     dt.date(2024, 6, 18), "World", 2, id="extra blank lines"),
        pytest.param(SEED_LIKE.replace("\n\n", "\n"), "Leaders meet in Paris",
                     dt.date(2024, 6, 18), "World", 2, id="single newlines"),
        pytest.param("  June 18, 2024  \n\n\tWorld \n\n Leaders meet in Paris \n\nThe text.\n",
                     "Leaders meet in Paris", dt.date(2024, 6, 18), "World", 1,
                     id="stray spaces"),
        pytest.param("World\n\nJune 18, 2024\n\nLeaders meet in Paris\n\nThe text.\n",
                     "Leaders meet in Paris", dt.date(2024, 6, 18), "World", 1,
                     id="date after the section"),
        pytest.param("Leaders meet in Paris\n\nThe leaders met on Tuesday.\n",
                     "Leaders meet in Paris", None, None, 1, id="headline only"),
        pytest.param("June 18, 2024\n\nLeaders meet in Paris\n\nLeaders meet in Paris\n\nText.",
                     "Leaders meet in Paris", dt.date(2024, 6, 18), None, 1,
                     id="repeat without section"),
        pytest.param(
            "June 18, 2024\n\nDVIDS News: Department of Defense (American Forces Press Service"
            " and Partners)\n\nLeaders meet in Paris\n\nThe text.\n",
            "Leaders meet in Paris", dt.date(2024, 6, 18),
            "DVIDS News: Department of Defense (American Forces Press Service and Partners)", 1,
            id="long section under the date"),
        pytest.param(
            "Leaders meet in Paris on Tuesday to talk about the war and the summit\n\n"
            "What comes next\n\nThe text.\n",
            "Leaders meet in Paris on Tuesday to talk about the war and the summit", None, None, 1,
            id="long headline then a subheading"),
        pytest.param(
            "June 18, 2024\nWorld\nLeaders meet in Paris\nBy Jane Roe\nThe leaders met.\n",
            "Leaders meet in Paris", dt.date(2024, 6, 18), "World", 1, id="byline"),
    ],
)
def test_layout_variants(
    text: str, title: str, date: dt.date | None, section: str | None, paragraphs: int
) -> None:
    article = _parse(text)
    assert article.title == title
    assert article.date == date
    assert article.section == section
    assert sum(1 for b in article.blocks if b.kind is BlockKind.PARAGRAPH) == paragraphs
    for block in article.blocks:
        assert text[block.start : block.end] == block.text
        assert "\r" not in block.text or block.kind is BlockKind.PARAGRAPH


def test_a_dateline_may_name_the_writer() -> None:
    article = _parse("Leaders meet\n\nPosted on June 18, 2024 by Jane Roe\n\nThe leaders met.\n")
    assert (article.title, article.date, article.author) == (
        "Leaders meet", dt.date(2024, 6, 18), "Jane Roe"
    )


def test_crlf_blocks_cover_the_same_words_as_lf() -> None:
    lf = _parse(SEED_LIKE)
    crlf = _parse(SEED_LIKE.replace("\n", "\r\n"))
    assert [b.text for b in lf.blocks] == [b.text for b in crlf.blocks]
    assert [b.kind for b in lf.blocks] == [b.kind for b in crlf.blocks]


def test_one_paragraph_per_line_when_lines_are_long() -> None:
    text = (
        "June 18, 2024\nWorld\nHeadline here\n"
        + "A first paragraph that runs on for quite a while, as news paragraphs do, "
        "well past the width of a wrapped line.\n"
        + "A second paragraph, also long enough that nobody would have wrapped it by hand "
        "at this width.\n"
    )
    article = _parse(text)
    paragraphs = [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    assert len(paragraphs) == 2
    assert paragraphs[1].startswith("A second paragraph")


def test_hard_wrapped_lines_are_joined_into_paragraphs() -> None:
    text = (
        "Headline of a wrapped story\n\n"
        "The leaders met on Tuesday in Paris and\n"
        "talked for hours about the war, the\n"
        "economy and the summit next year.\n\n"
        "A second paragraph follows after a\n"
        "blank line, wrapped the same way.\n"
    )
    article = _parse(text)
    paragraphs = [b for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    assert len(paragraphs) == 2
    assert paragraphs[0].text.endswith("next year.")
    assert "\n" in paragraphs[0].text


def test_one_long_line_does_not_unwrap_wrapped_text() -> None:
    wrapped = (
        "The leaders met on Tuesday in Paris and\n"
        "talked for hours about the war, the\n"
        "economy and the summit next year.\n\n"
    )
    url = "See https://example.org/" + "x" * 120 + "\n\n"
    article = _parse("Headline of a wrapped story\n\n" + wrapped * 8 + url)
    paragraphs = [b for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    assert len(paragraphs) == 9


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Headline\n\nShort heading\n\nA sentence.", ["headline", "heading", "paragraph"]),
        ("Headline\n\nA paragraph.\n\nWhat next?\n\nMore.",
         ["headline", "paragraph", "paragraph", "paragraph"]),
        ("Headline\n\nA paragraph.\n\n“Yes, we will.”\n\nMore.",
         ["headline", "paragraph", "paragraph", "paragraph"]),
        ("Headline\n\nA paragraph.\n\n“We will win,” Smith said\n\nMore.",
         ["headline", "paragraph", "paragraph", "paragraph"]),
        ('Headline\n\nA paragraph.\n\nSmith: "We will win"\n\nMore.',
         ["headline", "paragraph", "paragraph", "paragraph"]),
        ("Headline\n\nA paragraph.\n\n“A quoted subheading”\n\nMore.",
         ["headline", "paragraph", "heading", "paragraph"]),
        ("Headline\n\nA paragraph.\n\n2024 in review\n\nMore.",
         ["headline", "paragraph", "heading", "paragraph"]),
        ("Headline\n\nA paragraph.\n\nlowercase start without stop\n\nMore.",
         ["headline", "paragraph", "paragraph", "paragraph"]),
        ("Headline\n\nA paragraph.\n\n" + "Word " * 20 + "\n\nMore.",
         ["headline", "paragraph", "paragraph", "paragraph"]),
    ],
)
def test_subheading_or_paragraph(text: str, kinds: list[str]) -> None:
    # Without a date the first two short lines read as section + headline; give a date.
    article = _parse("June 1, 2024\n\nNews\n\n" + text)
    assert [b.kind.value for b in article.blocks] == kinds


def test_a_file_of_one_long_paragraph_has_no_headline_and_takes_its_title_from_the_name() -> None:
    text = "This is a single sentence that is long enough to be a paragraph of its own."
    article = parse_article(Path("lib/042_my-first-story.txt"), text)
    assert article.title == "My first story"
    assert [b.kind for b in article.blocks] == [BlockKind.PARAGRAPH]
    assert "no headline line" in article.warnings


@pytest.mark.parametrize("text", ["", "\n\n\n", "   ", "\ufeff", "\r\n\r\n"])
def test_empty_text_gives_an_empty_article(text: str) -> None:
    article = parse_article(Path("empty.txt"), text)
    assert article.blocks == ()
    assert article.title == "Empty"


def test_raw_html_is_kept_as_text() -> None:
    text = "Headline\n\n<script>alert('x')</script> and <b>bold</b> words.\n"
    article = _parse(text)
    assert article.blocks[-1].text == "<script>alert('x')</script> and <b>bold</b> words."


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("101_bringing-space-to-the-fight.txt", "Bringing space to the fight"),
        ("notes.txt", "Notes"),
        ("2024-06-18 biden_putin.md", "Biden putin"),
        ("___.txt", "___"),
    ],
)
def test_title_from_path(name: str, expected: str) -> None:
    assert title_from_path(Path(name)) == expected


# --- dates as news writes them


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("June 18, 2024", dt.date(2024, 6, 18)),
        ("2024-06-18", dt.date(2024, 6, 18)),
        ("18 June 2024", dt.date(2024, 6, 18)),
        ("Tuesday, June 18, 2024", dt.date(2024, 6, 18)),
        ("Tuesday 18 June 2024", dt.date(2024, 6, 18)),
        ("Jun. 18, 2024", dt.date(2024, 6, 18)),
        ("Sept. 9, 2019", dt.date(2019, 9, 9)),
        ("June 18th, 2024", dt.date(2024, 6, 18)),
        ("18th of June, 2024", dt.date(2024, 6, 18)),
        ("Published: June 18, 2024", dt.date(2024, 6, 18)),
        ("Updated June 18, 2024 10:32 a.m. EDT", dt.date(2024, 6, 18)),
        ("2024-06-18T10:32:00Z", dt.date(2024, 6, 18)),
        ("2024/06/18", dt.date(2024, 6, 18)),
        ("JUNE 18, 2024", dt.date(2024, 6, 18)),
        ("Posted on June 18, 2024 by Jane Roe", dt.date(2024, 6, 18)),
        ("June 18, 2024 | Reuters", dt.date(2024, 6, 18)),
        ("June 18, 2024 · 4 min read", dt.date(2024, 6, 18)),
    ],
)
def test_dates_news_writes(line: str, expected: dt.date) -> None:
    assert parse_date(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "June 2024",
        "06/07/2024",  # June or July? refused rather than guessed
        "The 2024 election",
        "On June 18, 2024, the leaders met.",
        "June 18, 2024, was the day the leaders met in Paris.",
        "February 30, 2024",
        "Juneteenth 18, 2024",
        "",
        "DVIDS News: U.S. Army",
    ],
)
def test_lines_that_are_not_dates(line: str) -> None:
    assert parse_date(line) is None


# --- Markdown


MARKDOWN = (
    "---\n"
    'title: "Leaders *meet* in Paris"\n'
    "date: 2024-06-18\n"
    "section: World\n"
    "author: Jane Roe\n"
    "---\n"
    "# Leaders *meet* in Paris\n"
    "\n"
    'The leaders met on **Tuesday**. "We agree," [one](https://example.org) said.\n'
    "It went on.\n"
    "\n"
    "Talks ahead\n"
    "-----------\n"
    "\n"
    "## What comes next ##\n"
    "\n"
    "- a list item\n"
    "- another item\n"
    "\n"
    "<div>raw html stays text</div>\n"
)


def test_markdown_front_matter_headings_and_paragraphs() -> None:
    article = parse_article(Path("story.md"), MARKDOWN)
    assert article.format is ArticleFormat.MARKDOWN
    assert article.text == MARKDOWN
    assert article.title == "Leaders meet in Paris"
    assert article.date == dt.date(2024, 6, 18)
    assert article.section == "World"
    assert article.author == "Jane Roe"
    kinds = [(b.kind.value, b.level, b.text) for b in article.blocks]
    assert kinds == [
        ("headline", 1, "Leaders *meet* in Paris"),
        ("paragraph", 0, 'The leaders met on **Tuesday**. "We agree," '
         "[one](https://example.org) said.\nIt went on."),
        ("heading", 2, "Talks ahead"),
        ("heading", 2, "What comes next"),
        ("paragraph", 0, "- a list item"),
        ("paragraph", 0, "- another item"),
        ("paragraph", 0, "<div>raw html stays text</div>"),
    ]
    for block in article.blocks:
        assert MARKDOWN[block.start : block.end] == block.text


def test_markdown_with_crlf_keeps_raw_slices() -> None:
    text = MARKDOWN.replace("\n", "\r\n")
    article = parse_article(Path("story.md"), text)
    assert article.title == "Leaders meet in Paris"
    assert len(article.blocks) == 7
    for block in article.blocks:
        assert text[block.start : block.end] == block.text


@pytest.mark.parametrize(
    ("text", "title", "date", "warned"),
    [
        ("# Only a heading\n\nA paragraph.\n", "Only a heading", None, False),
        ("No heading at all.\n", "Story", None, False),
        ("---\ntitle: [broken\n---\n# Heading\n", "Heading", None, True),
        ("---\ndate: not a date\n---\nText.\n", "Story", None, True),
        ("---\ndate: 'June 18, 2024'\n---\nText.\n", "Story", dt.date(2024, 6, 18), False),
        ("---\n- a\n- list\n---\nText.\n", "Story", None, False),
        ("---\n---\n# Empty front matter\n", "Empty front matter", None, False),
        ("---\ntitle: Other\n---\n# Heading\n", "Other", None, False),
    ],
)
def test_markdown_front_matter_variants(
    text: str, title: str, date: dt.date | None, warned: bool
) -> None:
    article = parse_article(Path("story.md"), text)
    assert article.title == title
    assert article.date == date
    assert bool(article.warnings) == warned


def test_markdown_heading_that_is_not_the_title_is_a_subheading() -> None:
    outline = parse_outline("---\ntitle: Other\n---\n# Heading\n\nText.\n", ArticleFormat.MARKDOWN)
    assert [(b.kind, b.level) for b in outline.blocks] == [
        (BlockKind.HEADING, 2),
        (BlockKind.PARAGRAPH, 0),
    ]


def test_markdown_code_fence_is_one_block() -> None:
    text = "# T\n\n```\nline one\n\nline two\n```\n\nAfter.\n"
    article = parse_article(Path("s.md"), text)
    assert [b.text for b in article.blocks] == ["T", "```\nline one\n\nline two\n```", "After."]


def test_markdown_date_line_and_byline_at_the_top_are_metadata() -> None:
    text = "# Leaders meet\n\nJune 18, 2024\n\nBy *Jane Roe*\n\nThe leaders met.\n"
    article = parse_article(Path("s.md"), text)
    assert article.date == dt.date(2024, 6, 18)
    assert article.author == "Jane Roe"
    assert [b.text for b in article.blocks] == ["Leaders meet", "The leaders met."]
