"""Receives the prefetched first article (``newsreader.first_article``) on the UI thread.

``PrefetchReader`` watches the child's pipe with a ``QSocketNotifier``, so the event loop
never blocks on it, and emits ``done`` once: the unpickled ``Article``, or None when the
child failed, answered nothing or took longer than ``TIMEOUT_MS`` (then the loader thread
parses the article as usual). The child is collected either way.
"""

from __future__ import annotations

import logging
import os
import pickle

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal, Slot

from newsreader.first_article import Prefetch

log = logging.getLogger("newsreader.ui.prefetch")

TIMEOUT_MS = 3000  # a child slower than this is given up on (the loader takes over)
_CHUNK = 1 << 16


class PrefetchReader(QObject):
    """Reads a ``Prefetch``'s answer from the event loop; emits ``done`` once."""

    done = Signal(object)  # Article | None

    def __init__(self, prefetch: Prefetch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._prefetch = prefetch
        self._chunks: list[bytes] = []
        self._notifier: QSocketNotifier | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        if prefetch.closed:
            QTimer.singleShot(0, lambda: self._finish(None))
            return
        os.set_blocking(prefetch.fd, False)
        self._notifier = QSocketNotifier(prefetch.fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)
        self._timer.start(TIMEOUT_MS)

    def cancel(self) -> None:
        """Stop the child and drop its answer; ``done`` is not emitted."""
        self._stop(kill=True)

    @Slot()
    def _on_notifier_activated(self) -> None:
        while not self._prefetch.closed:
            try:
                chunk = os.read(self._prefetch.fd, _CHUNK)
            except BlockingIOError:
                return
            except OSError as error:
                log.debug("first-article prefetch: %s", error)
                self._finish(None, kill=True)
                return
            if not chunk:
                self._finish(b"".join(self._chunks))
                return
            self._chunks.append(chunk)

    @Slot()
    def _on_timer_timeout(self) -> None:
        log.info("the first-article prefetch gave no answer in %d ms", TIMEOUT_MS)
        self._stop(kill=True)
        self.done.emit(None)

    def _finish(self, data: bytes | None, *, kill: bool = False) -> None:
        self._stop(kill=kill)  # at the pipe's end the child has exited: nothing to kill
        article: object = None
        if data:
            try:
                article = pickle.loads(data)  # our own child, through a private pipe
            except Exception:  # a broken answer: the loader parses instead
                log.debug("first-article prefetch: unreadable answer", exc_info=True)
        self.done.emit(article)

    def _stop(self, *, kill: bool) -> None:
        self._timer.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        self._chunks = []
        self._prefetch.close(kill=kill)
