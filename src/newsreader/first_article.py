"""The first article, parsed in a child process while the desktop reader starts.

Why a process and not the loader thread: importing the quote engine and parsing one
article is ~55 ms of pure Python, and so is most of Qt's start-up (importing PySide6 and
our widgets). On a thread both hold the interpreter lock and run one after the other
(measured: a thread made the launch slower, not faster). A child forked before Qt is
imported runs on the other core instead: by the time the window is on screen the article
is waiting in a pipe, and launch → first article drops by about the engine's whole cost.

The fork happens first thing (``cli.run_gui``), before the GUI knows which library it
will open (that needs the settings, hence QtCore): the child imports the engine at once
and then waits for ``Prefetch.request(library, wanted)``. It reads the library exactly
as the loader will (``scan_library``), parses the article the window shows first (the
remembered one if this library has it, else the first file), writes it pickled into a
pipe and leaves with ``os._exit`` (no Qt or interpreter clean-up runs in it). The UI
reads the pipe from its event loop (``ui.prefetch.PrefetchReader``).

It is only an accelerator: it forks only on Linux with a single thread running (forking
a process that has threads is unsafe) and a processor idle at that moment (when every
core is busy the child would only take time from the window: measured on a shared
2-core machine, launches got slower than without it). Every failure (no fork, the child
died, the file is unreadable) just means the loader thread parses the first article as
it always did. This module imports neither Qt nor the engine; the child only reads the
library.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from pathlib import Path
from typing import NoReturn

_CHUNK = 1 << 16


class Prefetch:
    """A forked child that parses one article on request; ``fd`` delivers it pickled."""

    def __init__(self, pid: int, fd: int, request_fd: int) -> None:
        self.pid = pid
        self.fd = fd  # read end of the answer pipe (non-blocking once read by the UI)
        self.library: Path | None = None  # what was requested
        self._request_fd: int | None = request_fd
        self._closed = False

    def request(self, library: Path, wanted: Path | None = None) -> None:
        """Ask the child for the first article of ``library`` (``wanted`` if it has it)."""
        if self._request_fd is None:
            return
        self.library = library
        message = os.fsencode(library) + b"\0" + (os.fsencode(wanted) if wanted else b"")
        with contextlib.suppress(OSError):
            os.write(self._request_fd, message)  # a few hundred bytes: never blocks
        self._close_request()

    def close(self, *, kill: bool = True) -> None:
        """Release the pipes and collect the child (killing it first when ``kill``)."""
        if self._closed:
            return
        self._closed = True
        self._close_request()
        with contextlib.suppress(OSError):
            os.close(self.fd)
        with contextlib.suppress(OSError, ChildProcessError):
            if kill:
                os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)

    @property
    def closed(self) -> bool:
        """Whether ``close`` has run."""
        return self._closed

    def _close_request(self) -> None:
        if self._request_fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._request_fd)
            self._request_fd = None


def can_prefetch(*, require_idle_core: bool = True) -> bool:
    """Whether forking is available, safe (Linux, this thread is the only one) and worth
    it (a core is idle, unless ``require_idle_core`` is False)."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    if os.environ.get("NEWSREADER_NO_PREFETCH"):
        return False
    try:
        single = sum(1 for _ in Path("/proc/self/task").iterdir()) == 1
        return single and (not require_idle_core or _a_core_is_idle())
    except OSError:
        return False


def _a_core_is_idle() -> bool:
    """Whether fewer processes are running right now than this process may use cores."""
    cores = len(os.sched_getaffinity(0))
    with Path("/proc/stat").open("rb") as stat:
        for line in stat:
            if line.startswith(b"procs_running "):
                return int(line.split()[1]) < cores  # this process is one of them
    return False


def start_prefetch(*, require_idle_core: bool = True) -> Prefetch | None:
    """Fork the child (it starts importing the engine at once); None when not possible
    or not worth it (see ``can_prefetch``)."""
    if not can_prefetch(require_idle_core=require_idle_core):
        return None
    try:
        answer_read, answer_write = os.pipe()
        request_read, request_write = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        for fd in (answer_read, answer_write, request_read, request_write):
            os.close(fd)
        return None
    if pid == 0:  # pragma: no cover - the child (coverage does not follow a fork)
        os.close(answer_read)
        os.close(request_write)
        _child(request_read, answer_write)
    os.close(answer_write)
    os.close(request_read)
    return Prefetch(pid, answer_read, request_write)


def first_article_path(library: Path, wanted: Path | None) -> Path | None:
    """The article the window shows first: ``wanted`` if the library has it, else the first."""
    from newsreader.core.library import scan_library  # noqa: PLC0415 - the child's work

    paths = scan_library(library)
    if wanted is not None and wanted in paths:
        return wanted
    return paths[0] if paths else None


def _child(request_fd: int, answer_fd: int) -> NoReturn:  # pragma: no cover - in the child
    status = 1
    try:
        import pickle  # noqa: PLC0415 - the child's imports, not the UI's

        from newsreader.core.library import load_article  # noqa: PLC0415

        chunks = []
        while chunk := os.read(request_fd, _CHUNK):
            chunks.append(chunk)
        library, _, wanted = b"".join(chunks).partition(b"\0")
        if library:  # an empty request: the UI needs nothing (it closed the pipe)
            path = first_article_path(
                Path(os.fsdecode(library)), Path(os.fsdecode(wanted)) if wanted else None
            )
            if path is not None:
                data = pickle.dumps(load_article(path), protocol=pickle.HIGHEST_PROTOCOL)
                view = memoryview(data)
                while view:
                    view = view[os.write(answer_fd, view) :]
        status = 0
    except BaseException:  # any failure means "no prefetch": the loader parses instead
        status = 1
    finally:
        os._exit(status)
