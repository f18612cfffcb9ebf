"""The composition root of the desktop reader: ``main(argv) -> int``.

It parses the GUI's own options, creates (or reuses) the ``QApplication``, reads the
settings, builds the ``MainWindow``, shows it and only then starts loading the library,
so the window is on screen while the first article is still being parsed. Nothing here
is global: tests and tools call ``create_window`` with settings of their own.

Start-up is kept lean on purpose (the first article should be on screen within a quarter
second of the process starting). ``main`` reads the settings with QtCore alone, then
forks the child that parses the first article (``prefetch``) *before* importing the
widgets, so the quote engine's import and the parse run on the other core while this
one imports and builds the window; the engine is never imported on the UI thread, and
the loader thread starts on the rest of the library only after the first article shows.
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
from newsreader.paths import bundled_seeds_dir, resources_dir
from newsreader.ui.prefetch import Prefetch, start_prefetch
from newsreader.ui.settings import APPLICATION, ORGANIZATION, AppSettings
from newsreader.ui.theme import Theme

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from newsreader.ui.main_window import MainWindow

# The widgets (and everything built on them) are imported inside the functions below:
# ``main`` forks the prefetch child before paying for them (see the module docstring).


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
    prefetch child parsing the library's first article, if ``main`` started one."""
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


def main(argv: list[str] | None = None) -> int:
    """Run the desktop reader; returns the exit status. Reuses a running QApplication."""
    args = list(sys.argv[1:] if argv is None else argv)
    options = parse_args(args)
    fresh = QCoreApplication.instance() is None  # a new process: the prefetch may fork
    if options.smoke_test:
        library = options.path or bundled_seeds_dir()
        first = start_prefetch(library) if fresh else None
        from newsreader.ui.smoke import run_smoke_test  # noqa: PLC0415 - smoke mode only

        return run_smoke_test(ensure_application(), library, first)
    settings = AppSettings()
    library = library_to_open(options, settings)
    first = start_prefetch(library, settings.last_article) if fresh else None
    app = ensure_application()
    window = create_window(options, settings, first)
    status = app.exec()
    window.runner.wait(5000)
    return int(status)
