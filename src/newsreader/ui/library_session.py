"""The open library: which folder, its articles in the list model, its unreadable files,
and keeping all of that current while the folder changes on disk.

``open`` replaces the library (the list empties and fills again as files are parsed);
``refresh`` — run when the ``LibraryWatcher`` reports a change, or by File ▸ Reload —
reads the folder again *without* emptying anything: articles that are new appear, those
that changed are replaced in place (``article_replaced``, so the viewer can re-show the
one being read without losing its place), and those whose files are gone are removed
when the pass ends. The session never writes into the library.

``open`` can be handed a ``Prefetch`` (the first article, parsed in a child process
while the window was being built, see ``newsreader.first_article``): its article is
added as soon as the pipe delivers it, and only then does the loader thread start on the
rest of the folder, so the engine's import on that thread never competes with the first
paint for the interpreter lock. The loader re-reads that article too; an equal one
changes nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from newsreader.core.document import Article
from newsreader.core.errors import ArticleLoadError
from newsreader.first_article import Prefetch
from newsreader.ui.loading import LibraryLoader
from newsreader.ui.models.article_list import ArticleListModel
from newsreader.ui.prefetch import PrefetchReader
from newsreader.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from newsreader.ui.library_watcher import LibraryWatcher

log = logging.getLogger("newsreader.ui.library_session")


class LibrarySession(QObject):
    """Loads a library into an ``ArticleListModel`` and keeps it in step with the disk."""

    opened = Signal(object)  # Path: a new library is being read (the model was emptied)
    article_added = Signal(object)  # Article: a new row in the model
    article_replaced = Signal(object)  # Article: an existing row got a new version
    progress = Signal(int, int)  # files done, files in total
    errors_changed = Signal(object)  # list[ArticleLoadError]: the files that failed
    loaded = Signal(int, int)  # a pass ended: articles, failed files
    failed = Signal(object)  # the library itself could not be read (an exception)

    def __init__(
        self, runner: TaskRunner, model: ArticleListModel, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._loader = LibraryLoader(runner, self)
        self._watcher: LibraryWatcher | None = None  # built when the first pass ends
        self._path: Path | None = None
        self._refreshing = False
        self._seen: set[Path] = set()
        self._errors: list[ArticleLoadError] = []
        self._prefetch: PrefetchReader | None = None
        self._generation = 0  # bumped by open/close: a deferred loader start checks it
        self._loader.article_loaded.connect(self._on_loader_article_loaded)
        self._loader.file_failed.connect(self._on_loader_file_failed)
        self._loader.progress.connect(self.progress)
        self._loader.finished.connect(self._on_loader_finished)
        self._loader.library_failed.connect(self._on_loader_library_failed)

    # -- commands ------------------------------------------------------------------------
    def open(self, path: Path, first: Prefetch | None = None) -> None:
        """Read ``path`` (a folder or one article file) as the new library; ``first`` is
        a child process already parsing its first article (see the module docstring)."""
        self._drop_prefetch()
        self._generation += 1
        self._path = path
        self._refreshing = False
        self._model.clear()
        self._begin_pass()
        self.opened.emit(path)
        if first is not None and first.library == path:
            self._loader.cancel()
            self._prefetch = PrefetchReader(first, self)
            self._prefetch.done.connect(self._on_prefetch_done)
            return
        self._loader.open(path)

    @Slot()
    def refresh(self) -> None:
        """Read the open library again, updating the model in place."""
        if self._path is None:
            return
        if self._prefetch is not None:  # the first pass has not even started: start it
            self._drop_prefetch()
            self._loader.open(self._path)
            return
        self._refreshing = True
        self._begin_pass()
        self._loader.open(self._path)

    def close(self) -> None:
        """Stop loading and watching."""
        self._drop_prefetch()
        self._generation += 1
        self._loader.cancel()
        if self._watcher is not None:
            self._watcher.stop()

    def path(self) -> Path | None:
        """The library's folder (or file)."""
        return self._path

    def is_loading(self) -> bool:
        """Whether a pass is running."""
        return self._prefetch is not None or self._loader.is_loading()

    def errors(self) -> list[ArticleLoadError]:
        """The files of the last pass that could not be read."""
        return list(self._errors)

    def _drop_prefetch(self) -> None:
        if self._prefetch is not None:
            self._prefetch.done.disconnect(self._on_prefetch_done)
            self._prefetch.cancel()
            self._prefetch.deleteLater()
            self._prefetch = None

    def _begin_pass(self) -> None:
        self._seen = set()
        self._errors = []

    # -- slots ---------------------------------------------------------------------------
    @Slot(object)
    def _on_prefetch_done(self, article: object) -> None:
        reader, self._prefetch = self._prefetch, None
        if reader is not None:
            reader.deleteLater()
        if isinstance(article, Article):
            self._on_loader_article_loaded(article)
        # The rest of the folder once the first article has been painted (the paint
        # events posted by showing it run before this zero timer).
        generation, path = self._generation, self._path
        QTimer.singleShot(0, lambda: self._start_loader(generation, path))

    def _start_loader(self, generation: int, path: Path | None) -> None:
        if generation == self._generation and path is not None and not self._refreshing:
            self._loader.open(path)

    @Slot(object)
    def _on_loader_article_loaded(self, article: Article) -> None:
        self._seen.add(article.path)
        row = self._model.row_of(article.path)
        if row < 0:
            self._model.add_article(article)
            self.article_added.emit(article)
        elif self._model.article_at(row) != article:
            self._model.add_article(article)
            self.article_replaced.emit(article)

    @Slot(object)
    def _on_loader_file_failed(self, error: ArticleLoadError) -> None:
        self._seen.add(error.path)
        self._errors.append(error)
        if self._refreshing:
            self._model.remove_path(error.path)
        self.errors_changed.emit(list(self._errors))

    @Slot(int, int)
    def _on_loader_finished(self, articles: int, failed: int) -> None:
        if self._refreshing:
            for article in self._model.articles():
                if article.path not in self._seen:
                    self._model.remove_path(article.path)
            self.errors_changed.emit(list(self._errors))
        elif self._path is not None:
            if self._watcher is None:
                from newsreader.ui.library_watcher import LibraryWatcher  # noqa: PLC0415

                self._watcher = LibraryWatcher(self)
                self._watcher.library_changed.connect(self.refresh)
            self._watcher.watch(self._path)
        self._refreshing = False
        self.loaded.emit(articles, failed)

    @Slot(object)
    def _on_loader_library_failed(self, error: BaseException) -> None:
        log.warning("library %s could not be read: %s", self._path, error)
        if self._refreshing:  # the folder went away: show that it is empty now
            self._model.clear()
        self._refreshing = False
        self.failed.emit(error)
