"""The first article, parsed in a child process while the window is still being built.

Why a process and not the loader thread: importing the quote engine and parsing one
article is ~55 ms of pure Python, and so is most of Qt's start-up (importing PySide6
and our widgets). On a thread both hold the interpreter lock, so they run one after the
other (measured: a thread made the launch slower, not faster). A child forked right
after ``QtCore`` is imported runs on the other core instead; by the time the window is on
screen the article is waiting in a pipe, and the launch → first article time drops by
about the engine's whole cost.

The child reads the library exactly as the loader will (``scan_library``), picks the
article the window would show first (the remembered last article if it is in this
library, else the first file), parses it, writes it pickled into the pipe and exits with
``os._exit`` (no Qt or interpreter clean-up runs in it). The parent reads the pipe from
the event loop (``PrefetchReader``, a ``QSocketNotifier``), never blocking the UI.

It is only an accelerator: it is used on Linux in a fresh process with no other thread
running (forking a process that has threads is unsafe), and every failure — no fork, the
child died, the file is unreadable, a timeout — just means the loader thread parses the
first article as it always did. The child only reads the library, like the app.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal, Slot

log = logging.getLogger("newsreader.ui.prefetch")

TIMEOUT_MS = 3000  # a child slower than this is given up on (the loader takes over)
_CHUNK = 1 << 16


@dataclass(frozen=True, slots=True)
class Prefetch:
    """A running child: its pid, the pipe's read end, and the library it reads."""

    pid: int
    fd: int
    library: Path


def can_prefetch() -> bool:
    """Whether forking is available and safe here (Linux, this thread is the only one)."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    if os.environ.get("NEWSREADER_NO_PREFETCH"):
        return False
    try:
        return sum(1 for _ in Path("/proc/self/task").iterdir()) == 1
    except OSError:
        return False


def start_prefetch(library: Path, wanted: Path | None = None) -> Prefetch | None:
    """Fork a child that parses the first article of ``library``; None when not possible."""
    if not can_prefetch():
        return None
    try:
        read_fd, write_fd = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        return None
    if pid == 0:  # pragma: no cover - the child (coverage does not follow a fork)
        os.close(read_fd)
        _child(library, wanted, write_fd)
    os.close(write_fd)
    return Prefetch(pid, read_fd, library)


def first_article_path(library: Path, wanted: Path | None) -> Path | None:
    """The article the window shows first: ``wanted`` if the library has it, else the first."""
    from newsreader.core.library import scan_library  # noqa: PLC0415 - the child's work

    paths = scan_library(library)
    if wanted is not None and wanted in paths:
        return wanted
    return paths[0] if paths else None


def _child(library: Path, wanted: Path | None, fd: int) -> NoReturn:  # pragma: no cover
    status = 1
    try:
        from newsreader.core.library import load_article  # noqa: PLC0415

        path = first_article_path(library, wanted)
        if path is not None:
            data = pickle.dumps(load_article(path), protocol=pickle.HIGHEST_PROTOCOL)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            status = 0
    except BaseException:  # any failure means "no prefetch": the loader parses instead
        status = 1
    finally:
        os._exit(status)


class PrefetchReader(QObject):
    """Reads a ``Prefetch``'s pipe from the event loop; emits ``done`` once.

    ``done`` carries the unpickled ``Article``, or None when the child failed or timed out.
    """

    done = Signal(object)  # Article | None

    def __init__(self, prefetch: Prefetch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._prefetch = prefetch
        self._chunks: list[bytes] = []
        self._finished = False
        os.set_blocking(prefetch.fd, False)
        self._notifier = QSocketNotifier(prefetch.fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start(TIMEOUT_MS)

    @property
    def library(self) -> Path:
        """The library the child reads."""
        return self._prefetch.library

    def cancel(self) -> None:
        """Stop the child and drop its result; ``done`` is not emitted."""
        self._close(kill=True)

    @Slot()
    def _on_notifier_activated(self) -> None:
        while not self._finished:
            try:
                chunk = os.read(self._prefetch.fd, _CHUNK)
            except BlockingIOError:
                return
            except OSError as error:
                log.debug("first-article prefetch: %s", error)
                self._finish(None)
                return
            if not chunk:
                self._finish(b"".join(self._chunks))
                return
            self._chunks.append(chunk)

    @Slot()
    def _on_timer_timeout(self) -> None:
        log.info("first-article prefetch gave no answer in %d ms", TIMEOUT_MS)
        self._close(kill=True)
        self.done.emit(None)

    def _finish(self, data: bytes | None) -> None:
        self._close(kill=False)
        article: object = None
        if data:
            try:
                article = pickle.loads(data)  # our own child, through a private pipe
            except Exception:  # a broken answer: the loader parses instead
                log.debug("first-article prefetch: unreadable answer", exc_info=True)
        self.done.emit(article)

    def _close(self, *, kill: bool) -> None:
        if self._finished:
            return
        self._finished = True
        self._timer.stop()
        self._notifier.setEnabled(False)
        self._chunks = []
        with contextlib.suppress(OSError):
            os.close(self._prefetch.fd)
        _reap(self._prefetch.pid, kill=kill)


def _reap(pid: int, *, kill: bool) -> None:
    """Collect the child's exit status (killing it first when it is no longer wanted)."""
    try:
        if kill:
            os.kill(pid, 9)
        os.waitpid(pid, 0)
    except (OSError, ChildProcessError):
        pass
