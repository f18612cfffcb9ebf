"""Runtime hook replacing PyInstaller's ``pyi_rth_pyside6``: tell Qt where its plugins are.

PyInstaller's own hook imports ``PySide6.QtCore`` at start-up (to register a qt.conf that
the PySide6 wheel already embeds), which loads Qt and ICU into every run, including
``newsreader extract`` and ``--version`` that never use Qt. Setting the paths is all the
bundle needs; Qt is then loaded only when the GUI imports it.
"""

import os
import sys
from pathlib import Path


def _set_qt_paths() -> None:
    base = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    qt = base / "PySide6" if sys.platform.startswith("win") else base / "PySide6" / "Qt"
    os.environ["QT_PLUGIN_PATH"] = str(qt / "plugins")


_set_qt_paths()
del _set_qt_paths
