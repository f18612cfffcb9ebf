"""Opens a library off the UI thread and reports it article by article.

``LibraryLoader.open(path)`` scans the folder and parses each file on a worker (through
``TaskRunner.stream``); the UI thread receives ``article_loaded`` for every article as
soon as it is parsed, ``file_failed`` for every file that could not be read, ``progress``
after each file, and ``finished`` once. Opening another library cancels the previous
load, so a slow folder never mixes its articles into the next one. Single files go
through the same path (``scan_library`` treats a file as a one-article library).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from newsreader.core.document import Article
from newsreader.core.errors import ArticleLoadError
from newsreader.ui.tasks import TaskHandle, TaskRunner

log = logging.getLogger("newsreader.ui.loading")


@dataclass(frozen=True, slots=True)
class _Total:
    count: int


def library_items(root: Path) -> Iterator[_Total | Article | ArticleLoadError]:
    """The worker's side: the file count first, then one article or error per file."""
    from newsreader.core.library import load_article, scan_library  # noqa: PLC0415 - lean start

    paths = scan_library(root)
    yield _Total(len(paths))
    for path in paths:
        try:
            yield load_article(path)
        except ArticleLoadError as error:
            yield error
        except Exception as error:
            log.exception("loading %s failed", path)
            yield ArticleLoadError(path, f"could not be read ({error})")


class LibraryLoader(QObject):
    """Streams a library's articles to the UI thread."""

    started = Signal(object)  # Path
    article_loaded = Signal(object)  # Article
    file_failed = Signal(object)  # ArticleLoadError
    progress = Signal(int, int)  # files done, files in total
    finished = Signal(int, int)  # articles, failed files
    library_failed = Signal(object)  # LibraryError or another exception: nothing was opened

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._handle: TaskHandle | None = None
        self._total = 0
        self._done = 0
        self._articles = 0
        self._failed = 0

    def open(self, path: Path) -> None:
        """Start loading ``path`` (a folder or one file), cancelling any load in progress."""
        self.cancel()
        self._total = self._done = self._articles = self._failed = 0
        self.started.emit(path)
        self._handle = self._runner.stream(
            lambda: library_items(path), self._on_item, self._on_done, self._on_failure, eager=2
        )

    def cancel(self) -> None:
        """Stop the current load; nothing more is reported for it."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None

    def is_loading(self) -> bool:
        """Whether a load is in progress."""
        return self._handle is not None

    def _on_item(self, item: object) -> None:
        if isinstance(item, _Total):
            self._total = item.count
            self.progress.emit(0, self._total)
            return
        self._done += 1
        if isinstance(item, Article):
            self._articles += 1
            self.article_loaded.emit(item)
        elif isinstance(item, ArticleLoadError):
            self._failed += 1
            self.file_failed.emit(item)
        self.progress.emit(self._done, self._total)

    def _on_done(self) -> None:
        self._handle = None
        self.finished.emit(self._articles, self._failed)

    def _on_failure(self, error: BaseException) -> None:
        self._handle = None
        self.library_failed.emit(error)
