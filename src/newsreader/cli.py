"""The ``newsreader`` command: the desktop reader by default, ``extract`` for scripts.

``newsreader [PATH]`` (or ``--smoke-test``) starts the GUI, which is imported only then:
the ``extract`` path never loads Qt, so it starts fast and runs on machines without a
display. ``newsreader extract [--json] FILE_OR_FOLDER...`` prints what the engine found,
names every file that failed on stderr with its reason, and exits 1 if any did.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from newsreader import __version__

if TYPE_CHECKING:
    import argparse

    from newsreader.cli_progress import Progress
    from newsreader.core.document import Article

PROG = "newsreader"
USAGE = f"""\
usage: {PROG} [PATH] [--smoke-test]
       {PROG} extract [--json] FILE_OR_FOLDER...
       {PROG} --version | --help

Read news articles and see who is quoted and what they said.

commands:
  (none)        open the desktop reader on PATH (a folder or an article file), else on
                the last library opened, else on the bundled seed articles
  extract       print the quotes and speakers of articles (folders are read recursively)

options:
  -h, --help    show this help and exit
  -V, --version show the version and exit
  --smoke-test  start the reader, open the seeds, check a quote can be selected, exit
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "extract":
        return run_extract(args[1:])
    if args and args[0] in ("-h", "--help"):
        sys.stdout.write(USAGE)
        return 0
    if args and args[0] in ("-V", "--version"):
        print(f"{PROG} {__version__}")
        return 0
    return run_gui(args)


def run_gui(args: list[str]) -> int:
    """Start the desktop reader; Qt is imported here and nowhere on the CLI's path.

    First of all it forks the child that imports the engine and parses the first article
    (``newsreader.first_article``), so that work overlaps Qt's own start-up."""
    from newsreader.first_article import start_prefetch  # noqa: PLC0415 - GUI only

    prefetch = start_prefetch()
    try:
        try:
            app = importlib.import_module("newsreader.ui.app")
        except ImportError as error:
            print(
                f"{PROG}: the desktop reader cannot start: {error}\n"
                f"{PROG}: `{PROG} extract FILE_OR_FOLDER...` works without it.",
                file=sys.stderr,
            )
            return 2
        if prefetch is None:
            return int(app.main(args))
        return int(app.main(args, prefetch=prefetch))
    finally:
        if prefetch is not None:
            prefetch.close()  # normally collected long ago; this covers early exits


def _extract_parser() -> argparse.ArgumentParser:
    import argparse  # noqa: PLC0415 - only for help, errors and unusual arguments

    parser = argparse.ArgumentParser(
        prog=f"{PROG} extract",
        description="Print the quotes and speakers found in news articles.",
        epilog="Folders are read recursively for .txt and .md files. A file that cannot "
        "be read is named on stderr and the exit status is 1; the others are still printed.",
    )
    parser.add_argument(
        "--json", action="store_true", help="print JSON (offsets into each file's text)"
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="FILE_OR_FOLDER")
    return parser


def _extract_arguments(args: list[str]) -> tuple[bool, list[Path]]:
    """``--json`` and the paths of ``extract``'s arguments.

    The usual shape (an optional leading ``--json``, then paths that do not look like
    options) is read directly; anything else goes to ``argparse``, which then prints the
    help or the error. That keeps ``argparse`` out of a scripted run's start-up.
    """
    as_json = bool(args) and args[0] == "--json"
    paths = args[1:] if as_json else args
    if paths and not any(arg.startswith("-") for arg in paths):
        return as_json, [Path(arg) for arg in paths]
    options = _extract_parser().parse_args(args)
    return bool(options.json), list(options.paths)


def run_extract(args: list[str]) -> int:
    """``newsreader extract``: articles to stdout, failures to stderr."""
    # The engine is imported here, not at the top: the GUI's start-up must not wait for it
    # (the window imports it on a worker thread once it is on screen).
    from newsreader.cli_progress import Progress  # noqa: PLC0415
    from newsreader.core.errors import LibraryError  # noqa: PLC0415
    from newsreader.core.library import scan_library  # noqa: PLC0415
    from newsreader.core.serialize import iter_json_chunks  # noqa: PLC0415

    as_json, roots = _extract_arguments(args)
    failures = _Failures(sys.stderr)
    files: list[Path] = []
    for root in roots:
        try:
            found = scan_library(root)
        except LibraryError as error:
            failures.report(error.path, error.reason)
            continue
        if not found:
            sys.stderr.write(f"{PROG}: {root}: no .txt or .md articles in this folder\n")
        files.extend(found)
    progress = Progress(sys.stderr, total=len(files), label="articles")
    failures.progress = progress
    articles = _load_each(files, failures, progress)
    out = sys.stdout
    try:
        if as_json:
            for chunk in iter_json_chunks(articles):
                out.write(chunk)
        else:
            _prefer_replacement(out)
            for article in articles:
                out.write(summary(article))
        out.flush()
    except BrokenPipeError:  # `newsreader extract … | head` closed the pipe: not an error
        _silence_stdout()
        return 1 if failures.count else 0
    finally:
        progress.finish()
    return 1 if failures.count else 0


class _Failures:
    """Writes each failed file on stderr and counts them."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.count = 0
        self.progress: Progress | None = None

    def report(self, path: Path, reason: str) -> None:
        self.count += 1
        if self.progress is not None:
            self.progress.clear()
        self.stream.write(f"{PROG}: {path}: {reason}\n")
        self.stream.flush()


def _load_each(files: list[Path], failures: _Failures, progress: Progress) -> Iterator[Article]:
    """The articles of ``files`` in order; failures are reported as they happen."""
    from newsreader.core.errors import ArticleLoadError  # noqa: PLC0415 - see run_extract
    from newsreader.core.library import load_article  # noqa: PLC0415

    for path in files:
        try:
            article = load_article(path)
        except ArticleLoadError as error:
            failures.report(error.path, error.reason)
            progress.advance()
            continue
        progress.advance()
        yield article


def summary(article: Article) -> str:
    """A few readable lines about one article: title, date, section, speakers."""
    lines = [str(article.path), f"  {article.title}"]
    facts = [article.date.isoformat() if article.date else "no date"]
    if article.section:
        facts.append(article.section)
    if article.author:
        facts.append(f"by {article.author}")
    lines.append("  " + " · ".join(facts))
    attributed = sum(1 for quote in article.quotes if quote.speaker is not None)
    lines.append(
        f"  {_count(len(article.quotes), 'quote')} ({attributed} attributed), "
        f"{_count(len(article.speakers), 'speaker')}"
    )
    ranked = sorted(article.speakers, key=lambda speaker: (-len(speaker.quotes), speaker.name))
    for speaker in ranked:
        role = f", {speaker.description}" if speaker.description else ""
        lines.append(f"    {speaker.name}{role}: {_count(len(speaker.quotes), 'quote')}")
    return "\n".join(lines) + "\n\n"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _prefer_replacement(stream: TextIO) -> None:
    """Print unencodable characters as '?' rather than crash on a narrow console."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="replace")


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the exit flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # pragma: no cover - stdout has no descriptor (tests)
        pass
