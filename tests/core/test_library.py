"""Reading files and folders: good files load, bad ones say why, nothing is ever written."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsreader.core import library
from newsreader.core.document import Article, ArticleFormat
from newsreader.core.errors import ArticleLoadError, LibraryError
from newsreader.core.library import (
    iter_library,
    load_article,
    load_library,
    read_article_text,
    scan_library,
)

SEED = "000_a3f28121737e2d7d.txt"
GOOD = "June 18, 2024\n\nWorld\n\nLeaders meet\n\nThe leaders met on Tuesday.\n"


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8", newline="")
    else:
        path.write_bytes(data)
    return path


def _fingerprint(root: Path) -> dict[str, tuple[str, float]]:
    return {
        str(p.relative_to(root)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


# --- one file


def test_utf8_text_is_read_as_read_text_reads_it(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", "Café “quoted” — fine\n")
    assert read_article_text(path) == path.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbfJune 18, 2024\r\n\r\nWorld\r\n\r\nHeadline\r\n\r\nBody text.\r\n",
        b"Line one\rLine two\r\n\r\nLine three\n",
        b"\xef\xbb\xbfJust a BOM and text",
    ],
    ids=["BOM and CRLF", "mixed line ends", "BOM"],
)
def test_bom_and_line_ends_match_the_read_text_contract(tmp_path: Path, data: bytes) -> None:
    path = _write(tmp_path / "a.txt", data)
    text = read_article_text(path)
    assert text == path.read_text(encoding="utf-8-sig")
    assert "\ufeff" not in text
    assert "\r" not in text


def test_a_crlf_seed_article_parses_like_the_original(tmp_path: Path, seeds_dir: Path) -> None:
    original = (seeds_dir / SEED).read_bytes()
    path = _write(tmp_path / SEED, b"\xef\xbb\xbf" + original.replace(b"\n", b"\r\n"))
    crlf = load_article(path)
    plain = load_article(seeds_dir / SEED)
    assert crlf.title == plain.title
    assert crlf.date == plain.date
    assert [b.text for b in crlf.blocks] == [b.text for b in plain.blocks]
    assert [(q.start, q.end, q.speaker) for q in crlf.quotes] == [
        (q.start, q.end, q.speaker) for q in plain.quotes
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"\xef\xbb\xbf", "empty file"),
        (b"  \n\n\t\r\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "binary file"),
        ("Caf\u00e9 au lait\n".encode("latin-1"), "not UTF-8 text (byte 0xe9 at offset 3)"),
        (b"\xef\xbb\xbfCaf\xe9", "not UTF-8 text (byte 0xe9 at offset 6)"),
        ("Hello".encode("utf-16"), "not UTF-8 text (it is UTF-16; save it as UTF-8)"),
    ],
    ids=["empty", "only a BOM", "only whitespace", "PNG", "zip", "Latin-1", "BOM+Latin-1",
         "UTF-16"],
)
def test_unreadable_files_say_why(tmp_path: Path, data: bytes, reason: str) -> None:
    path = _write(tmp_path / "bad.txt", data)
    with pytest.raises(ArticleLoadError) as caught:
        read_article_text(path)
    assert caught.value.reason == reason
    assert caught.value.path == path
    assert str(caught.value) == f"{path}: {reason}"


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 11 MB on paper, nothing on disk
        handle.truncate(11 * 1024 * 1024)
    with pytest.raises(ArticleLoadError) as caught:
        read_article_text(path)
    assert caught.value.reason == "too large (11.0 MB; the limit is 10 MB)"
    assert str(path) in str(caught.value)


def test_the_size_limit_can_be_lowered(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", "x" * 2000)
    with pytest.raises(ArticleLoadError, match=r"too large \(0\.0 MB; the limit is 0\.0009"):
        read_article_text(path, max_bytes=1024)


def test_a_missing_file_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(ArticleLoadError) as caught:
        read_article_text(tmp_path / "gone.txt")
    assert caught.value.reason == "not found"


def test_a_folder_is_not_an_article(tmp_path: Path) -> None:
    with pytest.raises(ArticleLoadError, match="is a folder"):
        read_article_text(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ArticleLoadError, match="not a regular file"):
        read_article_text(fifo)
    assert scan_library(tmp_path) == []


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="root reads files whatever their mode; the simulated test below covers it",
)
def test_an_unreadable_file_is_permission_denied(tmp_path: Path) -> None:
    path = _write(tmp_path / "secret.txt", GOOD)
    path.chmod(0)
    try:
        with pytest.raises(ArticleLoadError) as caught:
            read_article_text(path)
    finally:
        path.chmod(0o644)
    assert caught.value.reason == "permission denied"


def test_permission_denied_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path / "secret.txt", GOOD)

    def refuse(name: object, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(name))

    monkeypatch.setattr(library.os, "open", refuse)
    with pytest.raises(ArticleLoadError) as caught:
        read_article_text(path)
    assert caught.value.reason == "permission denied"
    assert str(caught.value) == f"{path}: permission denied"


def test_a_parser_bug_becomes_a_load_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path / "a.txt", GOOD)

    def broken(path: Path, text: str) -> Article:
        raise ValueError("boom")

    monkeypatch.setattr(library, "parse_article", broken)
    with pytest.raises(ArticleLoadError, match=r"could not be parsed \(boom\)"):
        load_article(path)


def test_markdown_files_load_as_markdown(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.md", "---\ntitle: T\n---\n# T\n\nBody.\n")
    article = load_article(path)
    assert article.format is ArticleFormat.MARKDOWN
    assert article.title == "T"


# --- folders


def _library(tmp_path: Path) -> Path:
    root = tmp_path / "library"
    _write(root / "b.txt", GOOD)
    _write(root / "a.md", "# A\n\nBody.\n")
    _write(root / "sub" / "deeper" / "c.TXT", GOOD)
    _write(root / "sub" / "notes.json", "{}")
    _write(root / "sub" / "image.png", b"\x89PNG\x00")
    _write(root / ".hidden" / "d.txt", GOOD)
    _write(root / ".e.txt", GOOD)
    _write(root / "z_bad.txt", "Caf\u00e9".encode("latin-1"))
    _write(root / "y_empty.txt", b"")
    _write(root / "README.md", "# About this folder\n")
    _write(root / "sub" / "LICENSE.txt", "Public domain.\n")
    return root


def test_scan_is_recursive_sorted_and_skips_hidden_and_other_files(tmp_path: Path) -> None:
    root = _library(tmp_path)
    assert [p.relative_to(root).as_posix() for p in scan_library(root)] == [
        "a.md",
        "b.txt",
        "sub/deeper/c.TXT",
        "y_empty.txt",
        "z_bad.txt",
    ]


def test_a_single_file_is_a_library_of_one(tmp_path: Path) -> None:
    path = _write(tmp_path / "notes.text", GOOD)
    assert scan_library(path) == [path]


@pytest.mark.parametrize("name", ["missing", "missing/deeper"])
def test_a_missing_library_is_a_library_error(tmp_path: Path, name: str) -> None:
    with pytest.raises(LibraryError) as caught:
        scan_library(tmp_path / name)
    assert caught.value.reason == "not found"
    assert str(tmp_path / name) in str(caught.value)


def test_an_unreadable_library_is_a_library_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: object) -> object:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(library.os, "scandir", refuse)
    with pytest.raises(LibraryError) as caught:
        scan_library(tmp_path)
    assert caught.value.reason == "permission denied"


def test_an_unreadable_subfolder_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _library(tmp_path)
    real_scandir = os.scandir

    def refuse_sub(path: object) -> object:
        if str(path).endswith("sub"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[call-overload]

    monkeypatch.setattr(library.os, "scandir", refuse_sub)
    assert [p.name for p in scan_library(root)] == ["a.md", "b.txt", "y_empty.txt", "z_bad.txt"]


def test_a_library_with_bad_files_loads_the_good_ones_and_names_the_bad(tmp_path: Path) -> None:
    root = _library(tmp_path)
    result = load_library(root)
    assert [a.path.name for a in result.articles] == ["a.md", "b.txt", "c.TXT"]
    assert [(e.path.name, e.reason) for e in result.errors] == [
        ("y_empty.txt", "empty file"),
        ("z_bad.txt", "not UTF-8 text (byte 0xe9 at offset 3)"),
    ]


def test_iter_library_streams_in_order(tmp_path: Path) -> None:
    root = _library(tmp_path)
    items = iter_library(root)
    first = next(items)
    assert isinstance(first, Article)
    assert first.path.name == "a.md"
    kinds = [type(item).__name__ for item in items]
    assert kinds == ["Article", "Article", "ArticleLoadError", "ArticleLoadError"]


def test_the_library_is_only_ever_read(tmp_path: Path, seeds_dir: Path) -> None:
    root = _library(tmp_path)
    before = _fingerprint(root)
    load_library(root)
    list(iter_library(root))
    assert _fingerprint(root) == before
    seeds_before = _fingerprint(seeds_dir)
    load_library(seeds_dir)
    assert _fingerprint(seeds_dir) == seeds_before


def test_the_seeds_all_load(seeds_dir: Path) -> None:
    result = load_library(seeds_dir)
    assert result.errors == ()
    assert len(result.articles) == 11
    assert all(article.date is not None for article in result.articles)


@given(st.binary(max_size=300) | st.text(max_size=200).map(lambda t: t.encode("utf-8")))
def test_any_bytes_either_load_or_say_why(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "any.txt"
        path.write_bytes(data)
        try:
            text = read_article_text(path)
        except ArticleLoadError as error:
            assert error.path == path
            assert error.reason
            return
        assert text == path.read_text(encoding="utf-8-sig")
        article = load_article(path)
        assert article.text == text
