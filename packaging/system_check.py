"""Before the frozen GUI starts on X11: name the system libraries that are missing.

The bundle leaves X11/xcb, OpenGL, fontconfig and GLib to the system (the .deb depends on
them). When one is missing, Qt aborts with "Could not load the Qt platform plugin xcb" and
names ``libxcb-cursor0`` whichever library it was, which sends tarball users hunting.
The launcher runs this check first, only when the GUI is about to start on xcb, and
prints each missing library with the Debian package that ships it.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable, Mapping, Sequence

# What Qt's xcb platform plugin, QtGui and QtCore link to from the system (checked against
# the built bundle by tests/e2e/test_frozen_app.py).
GUI_SYSTEM_LIBRARIES = (
    "libxcb.so.1",
    "libxcb-cursor.so.0",
    "libxcb-icccm.so.4",
    "libxcb-image.so.0",
    "libxcb-keysyms.so.1",
    "libxcb-randr.so.0",
    "libxcb-render.so.0",
    "libxcb-render-util.so.0",
    "libxcb-shape.so.0",
    "libxcb-shm.so.0",
    "libxcb-sync.so.1",
    "libxcb-util.so.1",
    "libxcb-xfixes.so.0",
    "libxcb-xkb.so.1",
    "libX11.so.6",
    "libX11-xcb.so.1",
    "libxkbcommon.so.0",
    "libxkbcommon-x11.so.0",
    "libEGL.so.1",
    "libGL.so.1",
    "libfontconfig.so.1",
    "libfreetype.so.6",
    "libglib-2.0.so.0",
    "libgthread-2.0.so.0",
)

# Arguments after which no window opens.
_HEADLESS_COMMANDS = {"extract", "-h", "--help", "-V", "--version"}


def debian_package(soname: str) -> str:
    """Debian's package name for a library (policy 8.1): ``libxcb-icccm.so.4`` ->
    ``libxcb-icccm4``, ``libxkbcommon-x11.so.0`` -> ``libxkbcommon-x11-0``."""
    match = re.fullmatch(r"(.+)\.so\.(\d+).*", soname)
    if match is None:
        return soname
    base, major = match.group(1).lower(), match.group(2)
    if base in ("libglib-2.0", "libgthread-2.0"):
        base = "libglib2.0"
    separator = "-" if base[-1].isdigit() else ""
    return f"{base}{separator}{major}"


def starts_gui_on_xcb(argv: Sequence[str], env: Mapping[str, str]) -> bool:
    """True when these arguments open a window and Qt will use the xcb platform."""
    if argv and argv[0] in _HEADLESS_COMMANDS:
        return False
    platform = env.get("QT_QPA_PLATFORM", "").strip()
    return platform == "" or platform.startswith("xcb")


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_libraries(loads: Callable[[str], bool] = _loads) -> list[str]:
    """The GUI's system libraries that the dynamic loader cannot find."""
    return [name for name in GUI_SYSTEM_LIBRARIES if not loads(name)]


def missing_library_message(
    argv: Sequence[str], env: Mapping[str, str], loads: Callable[[str], bool] = _loads
) -> str | None:
    """A message naming what to install, or None when the GUI can start."""
    if not starts_gui_on_xcb(argv, env):
        return None
    missing = missing_libraries(loads)
    if not missing:
        return None
    packages = sorted({debian_package(name) for name in missing})
    return (
        "newsreader: cannot open its window: these system libraries are missing:\n"
        + "".join(f"  {name}\n" for name in missing)
        + "On Debian or Ubuntu install them with:\n"
        + f"  sudo apt install {' '.join(packages)}\n"
        + "(`newsreader extract ...` works without them.)"
    )
