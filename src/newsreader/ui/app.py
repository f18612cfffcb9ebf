"""The composition root of the desktop reader: ``main(argv) -> int``.

It parses the GUI's own options, creates (or reuses) the ``QApplication``, reads the
settings, builds the ``MainWindow``, shows it and only then starts loading the library,
so the window is on screen while the first article is still being parsed. Nothing here
is global: tests and tools call ``create_window`` with settings of their own.

Start-up is kept lean on purpose (the window should show within a quarter second of the
process starting): only Qt's core, GUI and widget modules and our small UI modules are
imported before the window shows; Markdown and the parser load when first needed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from newsreader import __version__
from newsreader.paths import bundled_seeds_dir, resources_dir
from newsreader.ui.main_window import MainWindow
from newsreader.ui.settings import APPLICATION, ORGANIZATION, AppSettings
from newsreader.ui.theme import Theme, apply_theme


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


def create_window(options: Options, settings: AppSettings) -> MainWindow:
    """Build, show and start loading the main window as ``options`` ask."""
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
    window.open_library(library)
    return window


def main(argv: list[str] | None = None) -> int:
    """Run the desktop reader; returns the exit status. Reuses a running QApplication."""
    args = list(sys.argv[1:] if argv is None else argv)
    options = parse_args(args)
    app = ensure_application()
    if options.smoke_test:
        from newsreader.ui.smoke import run_smoke_test  # noqa: PLC0415 - smoke mode only

        return run_smoke_test(app, options.path or bundled_seeds_dir())
    window = create_window(options, AppSettings())
    status = app.exec()
    window.runner.wait(5000)
    return int(status)
