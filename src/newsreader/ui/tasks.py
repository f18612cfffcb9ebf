"""The one way slow work leaves the UI thread: ``TaskRunner`` over ``QThreadPool``.

Two shapes cover the app: ``run`` (one call → one result, e.g. reloading a changed file)
and ``stream`` (an iterator whose items reach the UI one by one as they are produced, so a
library's articles appear while the rest still load). Callbacks always run on the UI
thread: the workers only emit signals of a ``QObject`` created on the UI thread, connected
with ``QueuedConnection``, so Qt posts each callback to that thread's event loop.

Cancelling is cooperative: ``TaskHandle.cancel()`` stops further callbacks at once and
makes a stream stop pulling items at its next step; a running call finishes on its own.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger("newsreader.ui.tasks")

SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[BaseException], None]


class _Signals(QObject):
    item = Signal(object)
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
            except Exception as error:
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
    ) -> TaskHandle:
        """Iterate ``produce()`` on a worker thread, handing each item to ``on_item``."""
        handle, signals = self._prepare(lambda _result: on_done(), on_failure, on_item)

        def body() -> None:
            try:
                for item in produce():
                    if handle.cancelled:
                        break
                    signals.item.emit(item)
            except Exception as error:
                signals.failed.emit(error)
            else:
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
            signals.item.connect(guarded(on_item), queued)
        signals.finished.connect(lambda: self._live.pop(handle, None), queued)
        self._live[handle] = signals  # keeps the signals object alive until delivery
        return handle, signals

    @staticmethod
    def _log_failure(error: BaseException) -> None:
        log.error("background task failed: %s", error, exc_info=error)
