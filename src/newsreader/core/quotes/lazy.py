"""Regular expressions compiled the first time they are used.

Importing the engine is on the desktop app's path to its first article, and compiling a
long pattern costs a few tenths of a millisecond. The patterns that most articles never
reach (naming phrases, "a statement released by", "his comments that", Markdown syntax)
are written as ``LazyPattern`` and compiled only when a rule first needs them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator


class LazyPattern:
    """The part of ``re.Pattern`` the engine uses, compiled on first use."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if this is its first use)."""
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def sub(self, repl: Callable[[re.Match[str]], str], string: str) -> str:
        return self.compiled.sub(repl, string)
