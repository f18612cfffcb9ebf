"""``newsreader --smoke-test [PATH]``: prove the built app works end to end, then exit.

The installer's build runs it on the frozen app. It starts the real window (on whatever
``QT_QPA_PLATFORM`` says), loads the library, waits for the first article to be shown,
then opens the article with the most speakers, activates its first speaker through the
speaker panel and checks that the viewer's selection is exactly that speaker's first
quote. It prints one JSON line and returns 0, or ``{"smoke": "failed", "reason": ...}``
and 1 (also after 30 s without an answer). The user's settings are never read or
written: the window gets settings in a temporary folder.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTemporaryDir, QTimer
from PySide6.QtWidgets import QApplication

from newsreader.core.document import Article, ArticleFormat
from newsreader.first_article import Prefetch
from newsreader.ui.main_window import MainWindow
from newsreader.ui.settings import AppSettings

TIMEOUT_MS = 30_000
_IMPORTED_AT = time.monotonic()


def seconds_since_process_start() -> float:
    """Seconds since this process started (kernel start time), else since this import."""
    try:
        stat = Path("/proc/self/stat").read_text()
        fields = stat[stat.rindex(")") + 2 :].split()
        start_ticks = int(fields[19])  # field 22 of stat(5); fields[0] is field 3
        ticks = os.sysconf("SC_CLK_TCK")
        return time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / ticks
    except (OSError, ValueError, IndexError, AttributeError):
        return time.monotonic() - _IMPORTED_AT


def normalise(text: str) -> str:
    """Whitespace-insensitive form: the document turns newlines into U+2029 and U+2028."""
    return " ".join(text.replace("\u2029", " ").replace("\u2028", " ").split())


def _strip_markup(text: str) -> str:
    return text.translate(str.maketrans("", "", "*_`"))


class SmokeTest:
    """Drives a ``MainWindow`` through the smoke scenario and records the verdict."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        self.app = app
        self.window = window
        self.result: dict[str, object] | None = None
        self.first_shown: float | None = None
        self.loaded = False
        window.article_shown.connect(self._on_window_article_shown)
        window.library_loaded.connect(self._on_window_library_loaded)

    def _on_window_article_shown(self, _article: Article) -> None:
        if self.first_shown is None:
            self.window.viewer.viewport().repaint()  # "shown" means painted
            self.first_shown = seconds_since_process_start()
            self._maybe_run()

    def _on_window_library_loaded(self, _articles: int, _failed: int) -> None:
        self.loaded = True
        QTimer.singleShot(0, self._maybe_run)

    def _maybe_run(self) -> None:
        if self.result is not None or not self.loaded:
            return
        if self.first_shown is None:
            self.fail("the library loaded but no article was shown")
            return
        try:
            self._check()
        except Exception as error:
            self.fail(f"{type(error).__name__}: {error}")

    def _check(self) -> None:
        window = self.window
        articles = window.article_model.articles()
        candidates = [a for a in articles if a.speakers]
        if not candidates:
            self.fail(f"none of the {len(articles)} articles has a quoted speaker")
            return
        article = max(candidates, key=lambda a: len(a.speakers))
        if not window.article_panel.select_path(article.path):
            self.fail(f"could not select {article.path.name} in the article list")
            return
        if window.viewer.article() is not article:
            self.fail("selecting the article did not show it")
            return
        if not window.speaker_panel.activate_row(0):
            self.fail("the speaker panel has no rows")
            return
        name = window.speaker_panel.current_speaker_name()
        speaker = article.speaker(name)
        if speaker is None:
            self.fail(f"the panel's first row {name!r} is not a speaker of the article")
            return
        expected = article.quotes[speaker.quotes[0]].text
        selected = window.viewer.textCursor().selectedText()
        if article.format is ArticleFormat.MARKDOWN:  # the viewer shows *x* as italic x
            selected, expected = _strip_markup(selected), _strip_markup(expected)
        if normalise(selected) != normalise(expected):
            self.fail(f"selection {selected[:60]!r} is not {name}'s first quote {expected[:60]!r}")
            return
        cursor_rect = window.viewer.cursorRect()
        if not window.viewer.viewport().rect().intersects(cursor_rect):
            self.fail("the selected quote was not scrolled into view")
            return
        self.result = {
            "smoke": "ok",
            "first_article_shown_s": round(self.first_shown or 0.0, 3),
            "articles": len(articles),
            "speaker": name,
        }
        self.app.quit()

    def fail(self, reason: str) -> None:
        """Record a failure (the first one wins) and stop the event loop."""
        if self.result is None:
            self.result = {"smoke": "failed", "reason": reason}
        self.app.quit()


def run_smoke_test(app: QApplication, library: Path, first: Prefetch | None = None) -> int:
    """Run the smoke scenario on ``library``; prints one JSON line; 0 when it passed.
    ``first`` is the child parsing its first article, as in a normal launch."""
    folder = QTemporaryDir()  # Qt's, not tempfile: that import alone costs ~10 ms here
    if not folder.isValid():
        return _report({"smoke": "failed", "reason": "no temporary folder for the settings"})
    settings_file = str(Path(folder.path()) / "settings.ini")
    settings = AppSettings(QSettings(settings_file, QSettings.Format.IniFormat))
    window = MainWindow(settings)
    smoke = SmokeTest(app, window)
    window.library_loaded.connect(
        lambda articles, failed: (
            None if articles or failed else smoke.fail(f"no articles in {library}")
        )
    )
    window.show()
    window.open_library(library, first)
    QTimer.singleShot(TIMEOUT_MS, lambda: smoke.fail(f"timed out after {TIMEOUT_MS // 1000} s"))
    app.exec()
    window.session.close()
    window.runner.wait(5000)
    window.close()
    window.deleteLater()
    folder.remove()
    return _report(smoke.result or {"smoke": "failed", "reason": "the event loop ended early"})


def _report(result: dict[str, object]) -> int:
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    return 0 if result.get("smoke") == "ok" else 1
