"""A library: a folder of article files, read (never written) one file at a time.

Each file that cannot be read becomes an ``ArticleLoadError`` naming the file and the
reason in words a reader can act on ("not UTF-8 text (byte 0xe9 at offset 120)"); the
other files still load. ``iter_library`` streams, so the UI can show articles as they
are ready; ``load_library`` collects everything for the CLI and tests.

The text handed to the parser is what ``Path.read_text(encoding="utf-8-sig")`` returns
(BOM dropped, ``\\r\\n`` and ``\\r`` read as ``\\n``), so offsets agree with that contract.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from newsreader.core.document import Article
from newsreader.core.errors import ArticleLoadError, LibraryError
from newsreader.core.parse import ARTICLE_SUFFIXES, parse_article

if TYPE_CHECKING:
    import logging


def _log() -> logging.Logger:
    """This module's logger; ``logging`` is imported on the first message, not at start-up.

    Only failures log, and ``newsreader extract`` should not pay for importing it.
    """
    import logging  # noqa: PLC0415 - see above

    return logging.getLogger("newsreader.core.library")


MAX_FILE_BYTES = 10 * 1024 * 1024  # a news article is a few kB; 10 MB is a mistake
_MB = 1024 * 1024
NOT_ARTICLES = frozenset({"readme", "license", "licence", "copying", "changelog", "notice"})
_BOM = b"\xef\xbb\xbf"
_BINARY_SNIFF = 8192
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


@dataclass(frozen=True, slots=True)
class LibraryResult:
    """Everything a library gave: the articles that loaded and the files that did not."""

    articles: tuple[Article, ...]
    errors: tuple[ArticleLoadError, ...]


def read_article_text(path: Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    """The decoded text of ``path``, or ``ArticleLoadError`` saying plainly why not."""
    try:
        status = path.stat()
        size = status.st_size
        if stat.S_ISDIR(status.st_mode):
            raise ArticleLoadError(path, "is a folder, not an article file")
        if not stat.S_ISREG(status.st_mode):  # a pipe or device could block or never end
            raise ArticleLoadError(path, "not a regular file")
        if size > max_bytes:
            raise ArticleLoadError(
                path, f"too large ({size / _MB:.1f} MB; the limit is {max_bytes / _MB:g} MB)"
            )
        data = _read_bytes(path, size, max_bytes)
    except FileNotFoundError:
        raise ArticleLoadError(path, "not found") from None
    except PermissionError:
        raise ArticleLoadError(path, "permission denied") from None
    except IsADirectoryError:
        raise ArticleLoadError(path, "is a folder, not an article file") from None
    except OSError as error:
        raise ArticleLoadError(path, error.strerror or str(error)) from None
    if len(data) > max_bytes:  # it grew after stat()
        raise ArticleLoadError(path, f"too large (the limit is {max_bytes / _MB:g} MB)")
    return decode_article_bytes(path, data)


def _read_bytes(path: Path, size: int, max_bytes: int) -> bytes:
    """At most ``max_bytes + 1`` bytes of ``path``, whose ``stat`` said it holds ``size``.

    Plain ``os.open``/``os.read`` of the size ``stat`` gave (plus one byte, to notice a file
    that grew): a buffered file object costs more than the read itself on a few-kB file,
    and ``read(max_bytes + 1)`` would allocate the whole limit for every file.
    """
    fd = os.open(path, _READ_FLAGS)
    try:
        want = size + 1
        data = os.read(fd, want)
        if len(data) == want:  # it grew after stat(): read on, up to the limit
            parts = [data]
            total = len(data)
            while total <= max_bytes:
                more = os.read(fd, max_bytes + 1 - total)
                if not more:
                    break
                parts.append(more)
                total += len(more)
            data = b"".join(parts)
        return data
    finally:
        os.close(fd)


def decode_article_bytes(path: Path, data: bytes) -> str:
    """``data`` decoded as UTF-8 (BOM dropped, newlines as ``read_text`` gives them)."""
    base = len(_BOM) if data.startswith(_BOM) else 0
    if len(data) == base:
        raise ArticleLoadError(path, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleLoadError(path, "not UTF-8 text (it is UTF-16; save it as UTF-8)")
    if b"\x00" in data[:_BINARY_SNIFF]:
        raise ArticleLoadError(path, "binary file")
    try:
        text = data[base:].decode("utf-8")
    except UnicodeDecodeError as error:
        bad = data[base + error.start]
        raise ArticleLoadError(
            path, f"not UTF-8 text (byte 0x{bad:02x} at offset {base + error.start})"
        ) from None
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleLoadError(path, "empty file")
    return text


def load_article(path: Path) -> Article:
    """Read and parse one article file (quotes included)."""
    text = read_article_text(path)
    try:
        return parse_article(path, text)
    except Exception as error:  # a bug in the engine must not lose the whole library
        _log().exception("parsing %s failed", path)
        raise ArticleLoadError(path, f"could not be parsed ({error})") from error


def is_article_file(path: Path) -> bool:
    """True for the files a library holds: ``.txt`` and Markdown, not hidden.

    A folder's README or LICENCE describes the folder (``seeds/README.md`` says where
    the seeds came from); it is not an article.
    """
    return is_article_name(path.name)


def is_article_name(name: str) -> bool:
    """``is_article_file`` on a bare file name (stem and suffix split as ``pathlib`` does).

    The scan calls it on every directory entry, where building a ``Path`` for each name
    would cost more than the test.
    """
    if name.startswith("."):
        return False
    dot = name.rfind(".")
    if 0 < dot < len(name) - 1:
        stem, suffix = name[:dot], name[dot:]
    else:
        stem, suffix = name, ""
    return stem.casefold() not in NOT_ARTICLES and suffix.casefold() in ARTICLE_SUFFIXES


def scan_library(root: Path) -> list[Path]:
    """The article files under ``root`` (recursive, sorted, hidden folders skipped).

    A path to a single file is a library of that one file, whatever its suffix.
    """
    try:
        if root.is_file():
            return [root]
        if not root.exists():
            raise LibraryError(root, "not found")
        if not root.is_dir():
            raise LibraryError(root, "is neither a folder nor a file")
        found: list[Path] = []
        _scan(root, found, top=True)
    except PermissionError:
        raise LibraryError(root, "permission denied") from None
    except OSError as error:
        raise LibraryError(root, error.strerror or str(error)) from None
    if os.name == "posix":  # same order as sorting the paths, without a Python __lt__ per pair
        return sorted(found, key=_posix_parts)
    return sorted(found)


def _posix_parts(path: Path) -> tuple[str, ...]:
    """The sort key that orders POSIX paths as ``PurePosixPath.__lt__`` does (part by part)."""
    return path.parts


def _scan(folder: Path, found: list[Path], top: bool) -> None:
    """Add the article files of ``folder`` and its visible subfolders to ``found``."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        if top:
            raise
        _log().warning("skipping unreadable folder %s", folder)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                _scan(Path(entry.path), found, top=False)
            elif entry.is_file() and is_article_name(entry.name):
                found.append(Path(entry.path))
        except OSError:
            _log().warning("skipping unreadable entry %s", entry.path)


def iter_library(root: Path) -> Iterator[Article | ArticleLoadError]:
    """Each article of the library in order, or the error that stopped it loading."""
    for path in scan_library(root):
        try:
            yield load_article(path)
        except ArticleLoadError as error:
            yield error


def load_library(root: Path) -> LibraryResult:
    """The whole library at once: loaded articles and per-file errors."""
    articles: list[Article] = []
    errors: list[ArticleLoadError] = []
    for item in iter_library(root):
        if isinstance(item, ArticleLoadError):
            errors.append(item)
        else:
            articles.append(item)
    return LibraryResult(tuple(articles), tuple(errors))
