"""Notices when the articles of the open library change on disk, so the window can reload.

API::

    watcher = LibraryWatcher(parent: QObject | None = None, *,
                             is_article=None, debounce_ms=300)   # None: the core's
                                                 # is_article_file
    watcher.watch(root: Path)      # a folder (recursively) or a single article file;
                                   # replaces whatever was watched before
    watcher.stop()                 # stop watching; no signal after this
    watcher.library_changed        # Signal(): articles were added, changed or removed
    watcher.root -> Path | None    # what is being watched
    watcher.watched_paths() -> list[str]   # folders and files handed to Qt (for tests)

Why it is built this way:

- QFileSystemWatcher reports a folder's *entries* changing (a file added, removed or
  renamed) and a watched file's *content* changing, so every folder below the root and
  every article file is watched; folders and files that appear later are added on the
  next event.
- Editors save atomically: they write a new file and rename it over the old one. The
  watched inode disappears and Qt drops the path, so after every event the watch list is
  rebuilt from a fresh scan instead of trusting what Qt still holds.
- Events come in bursts (a save touches a file and its folder several times; a ``git
  checkout`` touches hundreds). They restart one single-shot timer (``debounce_ms``), and
  when it fires the folder is compared with a snapshot of (size, mtime, inode) of each
  article file: ``library_changed`` is emitted once, and only when an article file was
  really added, changed or removed. Which files are articles is the core's decision
  (``is_article_file``: .txt and Markdown, not hidden, not README/LICENCE), so an
  editor's swap and lock files or a README edit never cause a reload.
- Hidden folders and files (names starting with ".") are skipped, as are symlinked
  folders (no loops). Beyond ``MAX_WATCHED_FILES`` article files only folders are watched:
  additions and removals are still seen, edits in place of existing files are not (the
  system's inotify limit is shared with every other program).
- It only ever reads the disk (``os.scandir``/``stat``); it never writes.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

log = logging.getLogger("newsreader.ui.library_watcher")

MAX_WATCHED_FILES: Final = 20_000

_Stamp = tuple[int, int, int]  # size, mtime_ns, inode


class LibraryWatcher(QObject):
    """Watches a library folder or file and reports article changes, debounced."""

    library_changed = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        is_article: Callable[[Path], bool] | None = None,
        debounce_ms: int = 300,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("libraryWatcher")
        self._is_article: Callable[[Path], bool] | None = is_article
        self._root: Path | None = None
        self._snapshot: dict[str, _Stamp] = {}
        self._watcher: QFileSystemWatcher | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("libraryWatcherDebounce")
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def root(self) -> Path | None:
        """The folder or file being watched, or None."""
        return self._root

    def watch(self, root: Path) -> None:
        """Watch ``root`` (a folder, recursively, or one file) instead of what came before."""
        self.stop()
        self._root = root
        if self._is_article is None:  # the core's rule, imported only now (lean start-up)
            from newsreader.core.library import is_article_file  # noqa: PLC0415

            self._is_article = is_article_file
        # A fresh QFileSystemWatcher per library: removing thousands of paths one by one
        # from the old one is slower than dropping it.
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_watcher_directory_changed)
        self._watcher.fileChanged.connect(self._on_watcher_file_changed)
        self._snapshot = self._refresh()
        log.debug("watching %s: %d article files", root, len(self._snapshot))

    def stop(self) -> None:
        """Stop watching; pending notifications are dropped."""
        self._timer.stop()
        if self._watcher is not None:
            self._watcher.directoryChanged.disconnect(self._on_watcher_directory_changed)
            self._watcher.fileChanged.disconnect(self._on_watcher_file_changed)
            self._watcher.deleteLater()
            self._watcher = None
        self._root = None
        self._snapshot = {}

    def watched_paths(self) -> list[str]:
        """The folders and files currently handed to QFileSystemWatcher."""
        if self._watcher is None:
            return []
        return sorted([*self._watcher.directories(), *self._watcher.files()])

    # --- events -------------------------------------------------------------------------

    @Slot(str)
    def _on_watcher_directory_changed(self, path: str) -> None:
        self._timer.start()  # (re)start: a burst of events gives one check

    @Slot(str)
    def _on_watcher_file_changed(self, path: str) -> None:
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._root is None or self._watcher is None:
            return
        snapshot = self._refresh()
        if snapshot != self._snapshot:
            self._snapshot = snapshot
            log.info("library %s changed on disk", self._root)
            self.library_changed.emit()

    # --- scanning -----------------------------------------------------------------------

    def _refresh(self) -> dict[str, _Stamp]:
        """Scan the root, bring the watch list up to date and return the new snapshot."""
        assert self._root is not None and self._watcher is not None
        folders: list[str] = []
        files: dict[str, _Stamp] = {}
        root = str(self._root)
        if os.path.isdir(root):  # noqa: PTH112
            self._scan_folder(root, folders, files)
        else:
            stamp = _stamp(root)
            if stamp is not None:
                files[root] = stamp
            # The parent folder shows an atomic replacement or a re-creation of the file.
            parent = os.path.dirname(root) or "."  # noqa: PTH120
            if os.path.isdir(parent):  # noqa: PTH112
                folders.append(parent)
        watched_files = list(files)[:MAX_WATCHED_FILES]
        if len(files) > MAX_WATCHED_FILES:
            log.warning(
                "%d article files: only folders are watched beyond %d files",
                len(files),
                MAX_WATCHED_FILES,
            )
        self._sync_watch_list(folders, watched_files)
        return files

    def _scan_folder(self, top: str, folders: list[str], files: dict[str, _Stamp]) -> None:
        is_article = self._is_article
        assert is_article is not None  # set by watch()
        pending = [top]
        while pending:
            folder = pending.pop()
            folders.append(folder)
            try:
                entries = list(os.scandir(folder))
            except OSError:
                continue  # unreadable or vanished while scanning: the loader reports it
            for entry in entries:
                try:
                    if entry.is_dir(follow_symlinks=False):
                        if not entry.name.startswith("."):
                            pending.append(entry.path)
                    elif is_article(Path(entry.path)) and entry.is_file():
                        info = entry.stat()
                        files[entry.path] = (info.st_size, info.st_mtime_ns, info.st_ino)
                except OSError:
                    continue

    def _sync_watch_list(self, folders: list[str], files: list[str]) -> None:
        watcher = self._watcher
        assert watcher is not None
        wanted_dirs, wanted_files = set(folders), set(files)
        have_dirs, have_files = set(watcher.directories()), set(watcher.files())
        stale = sorted((have_dirs - wanted_dirs) | (have_files - wanted_files))
        if stale:
            watcher.removePaths(stale)
        new = sorted((wanted_dirs - have_dirs) | (wanted_files - have_files))
        if new:
            failed = watcher.addPaths(new)
            if failed:
                log.info("%d paths could not be watched (e.g. %s)", len(failed), failed[0])


def _stamp(path: str) -> _Stamp | None:
    try:
        info = os.stat(path)  # noqa: PTH116
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns, info.st_ino)
