"""What goes into the frozen bundle and what is left to the system, in one reviewable place.

PyInstaller's Qt hooks collect every plugin a Qt module might use (QML, Wayland, PDF, the
virtual keyboard...) and every binary those plugins link to, which is how a "minimal"
PySide6 app reaches 160 MB. The spec (``newsreader.spec``) collects as usual and then
applies these rules to the result:

1. Qt plugins: only the ones listed in ``KEPT_QT_PLUGINS``.
2. Qt translations: only the languages in ``SHIPPED_LANGUAGES`` (the app ships English,
   which Qt has built in, so none).
3. System libraries that must match the user's desktop (X11/xcb, OpenGL, fontconfig,
   GLib, D-Bus, the C++ runtime) are never bundled: ``SYSTEM_LIBRARIES``; the .deb
   declares them in ``DEB_DEPENDS``.
4. Everything else is kept only if something kept still links to it (the closure over
   ELF ``DT_NEEDED`` entries from the Python extension modules, the kept plugins and
   libpython), which drops the libraries only the removed plugins needed.

The functions are pure (TOC in, TOC out) so the tests can check the rules without a build.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path, PurePosixPath

# A PyInstaller TOC entry: (name inside the bundle, source path, type code).
TocEntry = tuple[str, str, str]

# PySide6 keeps Qt's files in PySide6/Qt/ on Linux and macOS, in PySide6/ on Windows.
_PLUGIN_PATH = re.compile(r"^PySide6/(?:Qt/)?plugins/")
_TRANSLATION_PATH = re.compile(r"^PySide6/(?:Qt/)?translations/")

# The Qt plugins newsreader needs, as "<plugin type>/<file name without lib and suffix>"
# (libqxcb.so, qwindows.dll and libqcocoa.dylib are platforms/qxcb, qwindows, qcocoa).
# Each line says why; everything else (QML, Wayland, EGLFS, VNC, TLS, network
# information, the virtual keyboard, GTK theme, PDF/TIFF/WebP images...) is dropped.
KEPT_QT_PLUGINS = frozenset(
    {
        "platforms/qxcb",  # the X11 window system (and XWayland on Wayland desktops)
        "platforms/qoffscreen",  # headless runs: the smoke test, CI, screenshots
        "platforms/qwindows",  # Windows
        "platforms/qcocoa",  # macOS
        "styles/qmodernwindowsstyle",  # native look on Windows 10/11
        "styles/qwindowsvistastyle",  # (its name before Qt 6.7)
        "styles/qmacstyle",  # native look on macOS
        "platformthemes/qxdgdesktopportal",  # native file dialogs, dark mode from the portal
        "platforminputcontexts/composeplatforminputcontextplugin",  # dead keys, Compose key
        "platforminputcontexts/ibusplatforminputcontextplugin",  # input methods (IBus)
        "iconengines/qsvgicon",  # SVG icons (the app icon, themed icons)
        "imageformats/qsvg",  # images in Markdown articles shown by the viewer...
        "imageformats/qjpeg",
        "imageformats/qgif",
        "imageformats/qico",  # (PNG is built into QtGui)
    }
)

# Qt's own translations to ship, by language code ("de", "fr"...). The app's UI is English
# only, which needs no .qm file; add a code here when the app ships that translation.
SHIPPED_LANGUAGES: tuple[str, ...] = ()

# Libraries the user's system provides. Bundling them breaks more than it fixes: they must
# match the running X server, GPU driver, font configuration and session bus.
SYSTEM_LIBRARIES = tuple(
    re.compile(pattern)
    for pattern in (
        r"libxcb(-[a-z0-9-]+)?\.so(\..*)?",
        r"libX11(-xcb)?\.so(\..*)?",
        r"libX(au|dmcp|ext|render|i|fixes|cursor|randr)\.so(\..*)?",
        r"libxkbcommon(-x11)?\.so(\..*)?",
        r"lib(E?GL|GLX|GLdispatch|OpenGL)\.so(\..*)?",
        r"libfontconfig\.so(\..*)?",
        r"libfreetype\.so(\..*)?",
        r"lib(glib|gthread|gobject|gio|gmodule)-2\.0\.so(\..*)?",
        r"libdbus-1\.so(\..*)?",
        r"libstdc\+\+\.so(\..*)?",
        r"libgcc_s\.so(\..*)?",
        r"libz\.so(\..*)?",
        r"libzstd\.so(\..*)?",
    )
)

# The .deb's Depends: every system library the bundle links to (build.py checks this list
# against the bundle's ELF files with dpkg, so a new Qt needing a new library fails the
# build instead of the user's first start). libdbus-1 is loaded at run time by QtDBus
# (accessibility, portals, input methods), so no ELF file names it.
DEB_DEPENDS = (
    "libc6",
    "libstdc++6",
    "libgcc-s1",
    "zlib1g",
    "libzstd1",
    "libglib2.0-0 | libglib2.0-0t64",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libegl1",
    "libgl1",
    "libx11-6",
    "libx11-xcb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-render0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
)
# Loaded with dlopen() rather than linked, so no ELF file in the bundle names them.
RUNTIME_LOADED_LIBRARIES = ("libdbus-1.so.3",)
# Qt draws text with the system's fonts; every desktop has some, a bare server may not.
DEB_RECOMMENDS = ("fonts-dejavu-core | fonts-liberation2 | fonts-freefont-ttf",)

# Python modules the app never imports but PyInstaller's hooks or the standard library
# would drag in.
EXCLUDED_PYTHON_MODULES = (
    "tkinter",
    "_tkinter",
    "unittest",
    "doctest",
    "pydoc",
    "pydoc_data",
    "test",
    "lib2to3",
    "idlelib",
    "ensurepip",
    "venv",
    "distutils",
    "setuptools",
    "pkg_resources",
    "pip",
    "sqlite3",
    "_sqlite3",
    "curses",
    "_curses",
    "turtle",
    "xmlrpc",
    "ssl",
    "_ssl",
    "_hashlib",  # OpenSSL (4.6 MB); hashlib falls back to its built-in hashes
    "pytest",
    "hypothesis",
    "numpy",
    "IPython",
)

_QT_IMPORT = re.compile(r"\bPySide6\.(Qt\w+)|from[ \t]+PySide6[ \t]+import[ \t]+(\([^)]*\)|[^\n]+)")


def qt_modules_used(source_dir: Path) -> set[str]:
    """The PySide6 modules (``QtCore``...) imported anywhere under ``source_dir``."""
    used: set[str] = set()
    for path in sorted(source_dir.rglob("*.py")):
        for match in _QT_IMPORT.finditer(path.read_text(encoding="utf-8")):
            if match.group(1):
                used.add(match.group(1))
            else:
                names = re.split(r"[\s,()]+", match.group(2).split("#")[0])
                used.update(name for name in names if name.startswith("Qt"))
    return used


def qt_modules_to_exclude(pyside_dir: Path, used: Iterable[str]) -> list[str]:
    """Every PySide6 binding module the app does not import, as ``PySide6.QtX`` names."""
    keep = set(used) | {"QtCore", "QtGui", "QtWidgets"}
    available = {path.name.split(".")[0] for path in pyside_dir.glob("Qt*.*so")}
    available |= {path.name.split(".")[0] for path in pyside_dir.glob("Qt*.pyd")}
    return sorted(f"PySide6.{name}" for name in available - keep)


def is_system_library(name: str) -> bool:
    """True for a library (by file name) that the user's system must provide."""
    base = PurePosixPath(name).name
    return any(pattern.fullmatch(base) for pattern in SYSTEM_LIBRARIES)


def keep_data(entry: TocEntry) -> bool:
    """Drop Qt translations of languages the app does not ship."""
    name = entry[0].replace("\\", "/")
    if not _TRANSLATION_PATH.match(name):
        return True
    stem = PurePosixPath(name).stem  # qtbase_de
    return stem.rsplit("_", 1)[-1] in SHIPPED_LANGUAGES


def _is_plugin(name: str) -> bool:
    return _PLUGIN_PATH.match(name.replace("\\", "/")) is not None


def plugin_key(name: str) -> str:
    """``PySide6/Qt/plugins/platforms/libqxcb.so`` -> ``platforms/qxcb`` (any platform)."""
    path = PurePosixPath(_PLUGIN_PATH.sub("", name.replace("\\", "/"), count=1))
    stem = path.name.split(".")[0]
    if stem.startswith("lib"):
        stem = stem[3:]
    return f"{path.parent}/{stem}"


def _kept_plugin(name: str) -> bool:
    return plugin_key(name) in KEPT_QT_PLUGINS


def elf_needed(path: str) -> list[str]:
    """The ``DT_NEEDED`` sonames of an ELF file (empty for anything else)."""
    result = subprocess.run(
        ["readelf", "--dynamic", "--wide", path], capture_output=True, text=True, check=False
    )
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", result.stdout)


def prune_binaries(
    binaries: Sequence[TocEntry],
    needed: Callable[[str], list[str]] | None = elf_needed,
) -> tuple[list[TocEntry], list[TocEntry]]:
    """Apply rules 1, 3 and 4 to PyInstaller's binaries; return (kept, dropped).

    ``needed`` maps a source path to its sonames (tests pass a fake); ``None`` skips the
    closure (rule 4), for Windows and macOS builds where readelf does not apply.
    """
    candidates = [
        entry
        for entry in binaries
        if not is_system_library(entry[0]) and (not _is_plugin(entry[0]) or _kept_plugin(entry[0]))
    ]
    if needed is None:
        reached = {entry[0] for entry in candidates}
    else:
        by_soname: dict[str, list[TocEntry]] = {}
        for entry in candidates:
            by_soname.setdefault(_basename(entry[0]), []).append(entry)
        stack = [
            entry
            for entry in candidates
            if entry[2] == "EXTENSION" or _is_plugin(entry[0]) or "libpython" in entry[0]
        ]
        reached = set()
        while stack:
            entry = stack.pop()
            if entry[0] not in reached:
                reached.add(entry[0])
                for soname in needed(entry[1]):
                    stack.extend(by_soname.get(soname, []))
    kept = [entry for entry in binaries if entry[0] in reached]
    dropped = [entry for entry in binaries if entry[0] not in reached]
    return kept, dropped


def prune_datas(datas: Sequence[TocEntry], kept_binaries: Sequence[TocEntry]) -> list[TocEntry]:
    """Apply rule 2, and drop the symlinks PyInstaller made to binaries that were dropped.

    PyInstaller puts its symlinks (``libQt6Core.so.6`` at the top, pointing into
    ``PySide6/Qt/lib``) among the datas, as ``(link, relative target, "SYMLINK")``.
    """
    present = {_normalise(entry[0]) for entry in kept_binaries}
    present |= {_normalise(entry[0]) for entry in datas if entry[2] != "SYMLINK"}
    kept = []
    for entry in datas:
        if entry[2] == "SYMLINK":
            target = _normalise(str(PurePosixPath(_slashes(entry[0])).parent / _slashes(entry[1])))
            if target in present:
                kept.append(entry)
        elif keep_data(entry):
            kept.append(entry)
    return kept


def _slashes(name: str) -> str:
    return name.replace("\\", "/")


def _basename(name: str) -> str:
    return PurePosixPath(_slashes(name)).name


def _normalise(name: str) -> str:
    parts: list[str] = []
    for part in PurePosixPath(_slashes(name)).parts:
        if part == "..":
            if parts:
                parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts)


def read_version(root: Path) -> str:
    """``__version__`` from ``src/newsreader/__init__.py``, the one place it is kept.

    Read as text, not imported, so the build needs nothing of the package to name files.
    """
    text = (root / "src" / "newsreader" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r"^__version__\s*=\s*[\"']([^\"']+)[\"']", text, re.MULTILINE)
    if match is None:
        raise ValueError("no __version__ = '...' line in src/newsreader/__init__.py")
    return match.group(1)
