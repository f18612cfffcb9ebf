"""The composition root of the desktop reader: ``main(argv) -> int``.

It parses the GUI's own options, creates (or reuses) the ``QApplication``, reads the
settings, builds the ``MainWindow``, shows it and only then starts loading the library,
so the window is on screen while the first article is still being parsed. Nothing here
is global: tests and tools call ``create_window`` with settings of their own.

Start-up is kept lean on purpose (the first article should be on screen within a quarter
second of the process starting). ``cli.run_gui`` forks the child that parses the first
article (``newsreader.first_article``) before Qt is imported, when a core is idle;
``main`` reads the settings, tells the child which library and article to parse, then
imports and builds the window while the child works on the other core. The engine is never
imported on the UI thread before the first article shows (the loader thread starts on
the rest of the library after that), nor are the find bar, the empty state and the
load-errors notice (built on first use).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from newsreader import __version__
from newsreader.first_article import Prefetch, start_prefetch
from newsreader.paths import bundled_seeds_dir, resources_dir
from newsreader.ui.settings import APPLICATION, ORGANIZATION, AppSettings
from newsreader.ui.theme import Theme

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from newsreader.ui.main_window import MainWindow

# The widgets (and everything built on them) are imported inside the functions below:
# when ``main`` is called directly, it forks the prefetch child before paying for them.


@dataclass(frozen=True, slots=True)
class Options:
    """What the command line asked of the GUI."""

    path: Path | None = None
    smoke_test: bool = False
    select_speaker: str | None = None


def parse_args(argv: Sequence[str]) -> Options:
    """The GUI's options (``newsreader [PATH] [--smoke-test]``; hidden: ``--select-speaker``)."""
    parser = argparse.ArgumentParser(prog="newsreader", add_help=False)
    parser.add_argument("path", nargs="?", type=Path)
    parser.add_argument("--smoke-test", action="store_true")
    parser.add_argument("--select-speaker", metavar="NAME", help=argparse.SUPPRESS)
    known, _qt_args = parser.parse_known_args(list(argv))  # leave Qt's own (-style ...) alone
    return Options(
        path=known.path, smoke_test=known.smoke_test, select_speaker=known.select_speaker
    )


def ensure_application(argv: Sequence[str] = ()) -> QApplication:
    """The running ``QApplication``, created with the app's names if there is none."""
    from PySide6.QtGui import QIcon  # noqa: PLC0415 - after the prefetch fork
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName(APPLICATION)
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName("newsreader")
    app = QApplication([sys.argv[0] if sys.argv else "newsreader", *argv])
    icon = resources_dir() / "icons" / "hicolor" / "64x64" / "apps" / "newsreader.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def library_to_open(options: Options, settings: AppSettings) -> Path:
    """PATH if given, else the last library if it still exists, else the bundled seeds."""
    if options.path is not None:
        return options.path.expanduser()
    last = settings.last_library
    if last is not None and last.exists():
        return last
    return bundled_seeds_dir()


def create_window(
    options: Options, settings: AppSettings, first: Prefetch | None = None
) -> MainWindow:
    """Build, show and start loading the main window as ``options`` ask; ``first`` is the
    prefetch child parsing the library's first article (already requested), if any."""
    from newsreader.ui.main_window import MainWindow  # noqa: PLC0415 - after the fork
    from newsreader.ui.theme import apply_theme  # noqa: PLC0415

    app = ensure_application()
    if settings.theme is not Theme.SYSTEM:
        apply_theme(app, settings.theme)
    window = MainWindow(settings)
    window.show()
    if options.select_speaker:
        name = options.select_speaker

        def reveal_once(_articles: int, _failed: int) -> None:
            window.library_loaded.disconnect(reveal_once)
            window.reveal_speaker(name)

        window.library_loaded.connect(reveal_once)
    # The worker parses while the event loop paints the window (Qt releases the GIL there).
    library = library_to_open(options, settings)
    window.open_library(library, first if first is not None and first.library == library else None)
    return window


def main(argv: list[str] | None = None, prefetch: Prefetch | None = None) -> int:
    """Run the desktop reader; returns the exit status. Reuses a running QApplication.

    ``prefetch`` is the first-article child ``cli.run_gui`` forked before importing Qt;
    without one, a fresh process forks it here (later, but still before the widgets)."""
    args = list(sys.argv[1:] if argv is None else argv)
    options = parse_args(args)
    first = prefetch
    if first is None and QCoreApplication.instance() is None:
        first = start_prefetch()
    try:
        return _run(options, first)
    finally:
        if first is not None and prefetch is None:
            first.close()  # ours to collect (normally done as soon as it answered)


def _run(options: Options, first: Prefetch | None) -> int:
    if options.smoke_test:
        library = options.path or bundled_seeds_dir()
        if first is not None:
            first.request(library)
        from newsreader.ui.smoke import run_smoke_test  # noqa: PLC0415 - smoke mode only

        return run_smoke_test(ensure_application(), library, first)
    settings = AppSettings()
    library = library_to_open(options, settings)
    if first is not None:
        first.request(library, settings.last_article)
    app = ensure_application()
    window = create_window(options, settings, first)
    status = app.exec()
    window.runner.wait(5000)
    return int(status)
