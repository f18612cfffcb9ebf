"""Progress of a long command-line run, on stderr, only when a person is watching.

It writes nothing unless the stream is a terminal and the run has lasted a moment, so
pipes, logs and tests see clean output, and quick runs do not flicker.
"""

from __future__ import annotations

import time
from typing import TextIO

SHOW_AFTER_SECONDS = 0.5
REFRESH_SECONDS = 0.1


class Progress:
    """A one-line "n/total" counter rewritten in place with a carriage return."""

    def __init__(self, stream: TextIO, total: int, label: str = "files") -> None:
        self.stream = stream
        self.total = total
        self.label = label
        self.done = 0
        self._started = time.monotonic()
        self._last_drawn = 0.0
        self._visible = False
        self._enabled = _is_terminal(stream) and total > 1

    def advance(self, steps: int = 1) -> None:
        """Count ``steps`` more items done and redraw if it is time to."""
        self.done += steps
        if not self._enabled:
            return
        now = time.monotonic()
        if now - self._started < SHOW_AFTER_SECONDS or now - self._last_drawn < REFRESH_SECONDS:
            return
        self._last_drawn = now
        percent = 100 * self.done // self.total if self.total else 100
        self.stream.write(f"\r{self.done}/{self.total} {self.label} ({percent}%)")
        self.stream.flush()
        self._visible = True

    def clear(self) -> None:
        """Erase the counter line (before other text is written to the same stream)."""
        if self._visible:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._visible = False

    def finish(self) -> None:
        """Erase the counter for good."""
        self.clear()
        self._enabled = False


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
