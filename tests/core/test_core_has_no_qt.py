"""The core must stay usable without Qt: importing it may not load PySide6."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_core_loads_no_qt_module() -> None:
    code = (
        "import sys, pkgutil, importlib, newsreader.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'newsreader.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "import newsreader.cli\n"
        "bad = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""
