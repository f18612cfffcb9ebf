"""Typed errors whose messages a user can act on.

The core raises these; only ``newsreader.ui.messages`` (and the CLI) turns them into text
for people, so domain code never decides how a problem is shown.
"""

from __future__ import annotations

from pathlib import Path


class NewsreaderError(Exception):
    """Base class of every error the core raises on purpose."""


class ArticleLoadError(NewsreaderError):
    """A file could not be read as an article. ``reason`` says why in plain words."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class LibraryError(NewsreaderError):
    """A library folder as a whole cannot be opened (missing, not a folder, unreadable)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
