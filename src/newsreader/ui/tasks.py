"""The one way slow work leaves the UI thread: ``TaskRunner`` over ``QThreadPool``.

Two shapes cover the app: ``run`` (one call → one result) and ``stream`` (an iterator
whose items reach the UI as they are produced, so a library's articles appear while the
rest still load). Callbacks always run on the UI thread: the workers only emit signals
of a ``QObject`` created on the UI thread, connected with ``QueuedConnection``, so Qt
posts each callback to that thread's event loop.

Streams cross threads in batches: the first item alone (it is what the reader waits
for), then whatever was produced within ``BATCH_INTERVAL_S``. After each batch the worker
waits (without the interpreter lock) until the UI thread has handled it and painted the
result. Without that back-pressure every call from Qt into Python while painting (each
``data()`` of a visible row) had to wait for the busy worker to hand over the lock, and
the event loop stalled for whole seconds while a large library loaded.

Cancelling is cooperative: ``TaskHandle.cancel()`` stops further callbacks at once and
makes a stream stop pulling items at its next step; a running call finishes on its own.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal

log = logging.getLogger("newsreader.ui.tasks")

BATCH_INTERVAL_S = 0.05
ACK_TIMEOUT_S = 0.5  # a worker never waits longer than this for the UI to catch up

SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[BaseException], None]


class _Signals(QObject):
    items = Signal(object)  # a list of items of a stream
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()


class TaskHandle:
    """A running task: cancel it, or ask whether it has finished."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self._finished = threading.Event()
        self._handled = threading.Event()  # the UI thread has dealt with the last batch

    def cancel(self) -> None:
        """Drop every callback not yet delivered and stop a stream at its next item."""
        self._cancelled.set()
        self._handled.set()

    @property
    def cancelled(self) -> bool:
        """Whether ``cancel`` was called."""
        return self._cancelled.is_set()

    @property
    def finished(self) -> bool:
        """Whether the worker has returned (its last callbacks may still be queued)."""
        return self._finished.is_set()

    def _mark_finished(self) -> None:
        self._finished.set()


class _Runnable(QRunnable):
    def __init__(self, body: Callable[[], None]) -> None:
        super().__init__()
        self._body = body
        self.setAutoDelete(True)

    def run(self) -> None:
        self._body()


class TaskRunner(QObject):
    """Runs callables off the UI thread and brings their results back to it."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._live: dict[TaskHandle, _Signals] = {}

    def run(
        self,
        work: Callable[[], Any],
        on_success: SuccessCallback,
        on_failure: FailureCallback | None = None,
    ) -> TaskHandle:
        """Call ``work()`` on a worker thread; its result goes to ``on_success``."""
        handle, signals = self._prepare(on_success, on_failure, None)

        def body() -> None:
            try:
                result = work()
            except Exception as error:  # delivered to the failure callback
                signals.failed.emit(error)
            else:
                signals.succeeded.emit(result)
            finally:
                handle._mark_finished()
                signals.finished.emit()

        self._pool.start(_Runnable(body))
        return handle

    def stream(
        self,
        produce: Callable[[], Iterable[Any]],
        on_item: SuccessCallback,
        on_done: Callable[[], None],
        on_failure: FailureCallback | None = None,
        *,
        batch_interval: float = BATCH_INTERVAL_S,
        eager: int = 1,
    ) -> TaskHandle:
        """Iterate ``produce()`` on a worker thread, handing each item to ``on_item``
        (in order, in batches as the module docstring explains), then call ``on_done``.

        The first ``eager`` items cross one by one as soon as they exist (a library's file
        count and its first article: what the reader is waiting for). The worker waits
        for the UI after every crossing but the first.
        """
        handle, signals = self._prepare(lambda _result: on_done(), on_failure, on_item)

        def body() -> None:
            batch: list[Any] = []
            sent_at = 0.0
            crossings = 0
            try:
                for count, item in enumerate(produce(), start=1):
                    if handle.cancelled:
                        break
                    batch.append(item)
                    if count <= eager or time.monotonic() - sent_at >= batch_interval:
                        handle._handled.clear()
                        signals.items.emit(batch)
                        if crossings:
                            handle._handled.wait(ACK_TIMEOUT_S)
                        crossings += 1
                        batch, sent_at = [], time.monotonic()
            except Exception as error:  # delivered to the failure callback
                if batch:
                    signals.items.emit(batch)
                signals.failed.emit(error)
            else:
                if batch:
                    signals.items.emit(batch)
                signals.succeeded.emit(None)
            finally:
                handle._mark_finished()
                signals.finished.emit()

        self._pool.start(_Runnable(body))
        return handle

    def wait(self, msecs: int = -1) -> bool:
        """Block until every worker has returned (at exit, and in tests)."""
        return bool(self._pool.waitForDone(msecs))

    def _prepare(
        self,
        on_success: SuccessCallback,
        on_failure: FailureCallback | None,
        on_item: SuccessCallback | None,
    ) -> tuple[TaskHandle, _Signals]:
        handle = TaskHandle()
        signals = _Signals()  # created here, on the UI thread: callbacks run on it
        queued = Qt.ConnectionType.QueuedConnection

        def guarded(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                if not handle.cancelled:
                    callback(value)

            return call

        signals.succeeded.connect(guarded(on_success), queued)
        signals.failed.connect(guarded(on_failure or self._log_failure), queued)
        if on_item is not None:
            item_callback = on_item

            def deliver(items: list[Any]) -> None:
                for item in items:
                    if handle.cancelled:
                        return
                    item_callback(item)
                # Timers run after the posted paint events: release the worker then.
                QTimer.singleShot(0, handle._handled.set)

            signals.items.connect(deliver, queued)
        signals.finished.connect(lambda: self._live.pop(handle, None), queued)
        self._live[handle] = signals  # keeps the signals object alive until delivery
        return handle, signals

    @staticmethod
    def _log_failure(error: BaseException) -> None:
        log.error("background task failed: %s", error, exc_info=error)
