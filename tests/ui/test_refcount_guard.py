"""shiboken6 6.12.0 on Python 3.11 leaks a reference to None on every void Qt call;
``newsreader.ui`` must keep a long session (here: 200 000 calls) from aborting."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import newsreader.ui
from PySide6.QtCore import QObject
probe = QObject()
for _ in range(200_000):
    probe.setObjectName("x")
print("ok")
"""


def test_many_void_qt_calls_do_not_abort_the_interpreter() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
