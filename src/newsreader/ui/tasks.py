"""The one way slow work leaves the UI thread: ``TaskRunner`` over ``QThreadPool``.

Two shapes cover the app: ``run`` (one call → one result) and ``stream`` (an iterator
whose items reach the UI as they are produced, so a library's articles appear while the
rest still load). Callbacks always run on the UI thread: the workers only emit signals
of a ``QObject`` created on the UI thread, connected with ``QueuedConnection``, so Qt
posts each callback to that thread's event loop.

Streams cross threads in batches: the first item alone (it is what the reader waits
for), then whatever was produced within ``BATCH_INTERVAL_S``. Each crossing makes the UI
thread wait for the interpreter lock held by the busy worker; one crossing per item kept
the event loop from painting or reading input for seconds while a large library loaded.

Cancelling is cooperative: ``TaskHandle.cancel()`` stops further callbacks at once and
makes a stream stop pulling items at its next step; a running call finishes on its own.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger("newsreader.ui.tasks")

BATCH_INTERVAL_S = 0.05

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

    def cancel(self) -> None:
        """Drop every callback not yet delivered and stop a stream at its next item."""
        self._cancelled.set()

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
        batch_interval: float = BATCH_INTERVAL_S,
    ) -> TaskHandle:
        """Iterate ``produce()`` on a worker thread, handing each item to ``on_item``
        (in order, in batches as the module docstring explains), then call ``on_done``."""
        handle, signals = self._prepare(lambda _result: on_done(), on_failure, on_item)

        def body() -> None:
            batch: list[Any] = []
            sent_at = float("-inf")  # the first item goes out at once
            try:
                for item in produce():
                    if handle.cancelled:
                        break
                    batch.append(item)
                    now = time.monotonic()
                    if now - sent_at >= batch_interval:
                        signals.items.emit(batch)
                        batch, sent_at = [], now
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

            signals.items.connect(deliver, queued)
        signals.finished.connect(lambda: self._live.pop(handle, None), queued)
        self._live[handle] = signals  # keeps the signals object alive until delivery
        return handle, signals

    @staticmethod
    def _log_failure(error: BaseException) -> None:
        log.error("background task failed: %s", error, exc_info=error)
