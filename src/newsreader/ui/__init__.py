"""The desktop reader: PySide6 widgets, models and the shell around them (never imported by core).

Importing this package first works around a reference-counting bug of shiboken6 6.12.0 on
Python 3.11: every Qt method that returns nothing hands Python ``None`` without taking a
reference, so each call (``setObjectName``, ``setValue``, ``show``...) drops ``None``'s
count by one until the interpreter aborts with "deallocating None" — after a few thousand
calls, in a long session or a test run. Python 3.12 made ``None``, ``True`` and ``False``
immortal, which is why the bug went unseen there; on 3.11 we detect the leak with a
probe and give those three objects a reference count no session can exhaust. PySide 6.11
is unaffected and ``pyproject.toml`` excludes 6.12.0; this guard covers environments that
already have it.
"""

from __future__ import annotations

import sys


def _guard_void_return_refcounts() -> bool:
    """Make None/True/False effectively immortal if Qt calls leak them; True if it did."""
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QObject  # noqa: PLC0415 - only needed for the probe

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    if sys.getrefcount(None) >= before:
        return False
    import ctypes  # noqa: PLC0415 - only on the affected versions

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    return True


LEAKING_VOID_RETURNS = _guard_void_return_refcounts()
