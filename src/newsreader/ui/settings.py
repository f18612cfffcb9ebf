"""What the reader remembers between runs, read and written through one typed object.

API (what ``main_window``/``app`` use)::

    settings = AppSettings()                  # platform's standard place, INI format
    settings = AppSettings(QSettings(path, QSettings.Format.IniFormat))   # tests

    settings.window_geometry   -> QByteArray | None      (QWidget.saveGeometry())
    settings.window_state      -> QByteArray | None      (QMainWindow.saveState())
    settings.splitter_sizes    -> list[int] | None       (QSplitter.sizes())
    settings.last_library      -> Path | None
    settings.recent_libraries  -> list[Path]              most recent first, at most 8
    settings.add_recent_library(path)                     moves/inserts at the front
    settings.clear_recent_libraries()
    settings.last_article      -> Path | None
    settings.scroll_position(article_path) -> int         0 when unknown
    settings.set_scroll_position(article_path, value)     remembers the 50 latest articles
    settings.zoom              -> int                      zoom steps, clamped to ZOOM_RANGE
    settings.theme             -> Theme                    Theme.SYSTEM by default
    settings.article_list_visible / speaker_panel_visible -> bool (True by default)
    settings.sync()                                        flush to disk (Qt also does it)
    settings.qsettings                                     the wrapped QSettings

Every property has a setter (``settings.zoom = 3``; assigning ``None`` to an optional
value removes it). Nothing here raises on bad data: a corrupted file, a value of the wrong
type or an out-of-range number reads as the default, because a settings file is the
user's to break and the app must still start. Values that are not plain scalars (paths,
lists, the scroll table) are stored as JSON strings so the INI file round-trips them
exactly whatever Qt's INI list syntax would make of them.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QByteArray, QSettings

from newsreader.ui.theme import Theme

log = logging.getLogger("newsreader.ui.settings")

ORGANIZATION: Final = "newsreader"
APPLICATION: Final = "newsreader"
MAX_RECENT: Final = 8
MAX_SCROLL_ENTRIES: Final = 50
ZOOM_RANGE: Final = range(-8, 21)  # steps of QTextEdit.zoomIn(); 0 is the default size

_GEOMETRY: Final = "window/geometry"
_STATE: Final = "window/state"
_SPLITTER: Final = "window/splitter_sizes"
_ARTICLE_LIST_VISIBLE: Final = "window/article_list_visible"
_SPEAKER_PANEL_VISIBLE: Final = "window/speaker_panel_visible"
_LAST_LIBRARY: Final = "library/last"
_RECENT: Final = "library/recent"
_LAST_ARTICLE: Final = "reading/last_article"
_SCROLL: Final = "reading/scroll_positions"
_ZOOM: Final = "view/zoom"
_THEME: Final = "view/theme"


def default_qsettings() -> QSettings:
    """The user's settings file in the platform's standard place (INI on every platform)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


class AppSettings:
    """Typed, crash-proof access to the app's QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else default_qsettings()
        if self._settings.status() != QSettings.Status.NoError:
            log.warning(
                "settings file %s could not be read (%s); using defaults",
                self._settings.fileName(),
                self._settings.status().name,
            )

    @property
    def qsettings(self) -> QSettings:
        """The wrapped QSettings, for code that needs the file name or status."""
        return self._settings

    def sync(self) -> None:
        """Write pending changes now (for example just before the app quits)."""
        self._settings.sync()

    # --- raw access with coercion -------------------------------------------------------

    def _raw(self, key: str) -> object:
        try:
            return self._settings.value(key)
        except Exception:  # PySide can fail converting a broken stored variant
            log.warning("settings value %s could not be read; using the default", key)
            return None

    def _set_or_remove(self, key: str, value: object) -> None:
        if value is None:
            self._settings.remove(key)
        else:
            self._settings.setValue(key, value)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._raw(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes | bytearray) and value:
            return QByteArray(bytes(value))
        return None

    def _bool(self, key: str, default: bool) -> bool:
        value = self._raw(key)
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in {"true", "false"}:
            return value.strip().lower() == "true"
        return default

    def _int(self, key: str, default: int) -> int:
        value = self._raw(key)
        if isinstance(value, bool):
            return default
        if isinstance(value, int):
            return value
        if isinstance(value, str):
            try:
                return int(value.strip())
            except ValueError:
                return default
        return default

    def _json(self, key: str) -> object:
        value = self._raw(key)
        if not isinstance(value, str):
            return None
        try:
            decoded: object = json.loads(value)
        except ValueError:
            return None
        return decoded

    def _path(self, key: str) -> Path | None:
        value = self._raw(key)
        if isinstance(value, str) and value.strip() and "\x00" not in value:
            return Path(value)
        return None

    # --- window -------------------------------------------------------------------------

    @property
    def window_geometry(self) -> QByteArray | None:
        """``QWidget.saveGeometry()`` of the main window, or None before the first run."""
        return self._bytes(_GEOMETRY)

    @window_geometry.setter
    def window_geometry(self, value: QByteArray | None) -> None:
        self._set_or_remove(_GEOMETRY, value)

    @property
    def window_state(self) -> QByteArray | None:
        """``QMainWindow.saveState()`` (toolbars, docks), or None."""
        return self._bytes(_STATE)

    @window_state.setter
    def window_state(self, value: QByteArray | None) -> None:
        self._set_or_remove(_STATE, value)

    @property
    def splitter_sizes(self) -> list[int] | None:
        """The three panes' sizes, or None when unknown or not sensible."""
        value = self._json(_SPLITTER)
        if not isinstance(value, list) or not value:
            return None
        if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value):
            return None
        return list(value)

    @splitter_sizes.setter
    def splitter_sizes(self, value: list[int] | None) -> None:
        self._set_or_remove(_SPLITTER, None if value is None else json.dumps(list(value)))

    @property
    def article_list_visible(self) -> bool:
        """Whether the article list pane is shown (View menu)."""
        return self._bool(_ARTICLE_LIST_VISIBLE, True)

    @article_list_visible.setter
    def article_list_visible(self, value: bool) -> None:
        self._settings.setValue(_ARTICLE_LIST_VISIBLE, bool(value))

    @property
    def speaker_panel_visible(self) -> bool:
        """Whether the speaker panel is shown (View menu)."""
        return self._bool(_SPEAKER_PANEL_VISIBLE, True)

    @speaker_panel_visible.setter
    def speaker_panel_visible(self, value: bool) -> None:
        self._settings.setValue(_SPEAKER_PANEL_VISIBLE, bool(value))

    # --- library ------------------------------------------------------------------------

    @property
    def last_library(self) -> Path | None:
        """The folder or file opened last; the app reopens it on the next start."""
        return self._path(_LAST_LIBRARY)

    @last_library.setter
    def last_library(self, value: Path | None) -> None:
        self._set_or_remove(_LAST_LIBRARY, None if value is None else str(value))

    @property
    def recent_libraries(self) -> list[Path]:
        """Libraries opened recently, most recent first, without duplicates, at most 8."""
        value = self._json(_RECENT)
        if not isinstance(value, list):
            return []
        return _unique_paths(v for v in value if isinstance(v, str) and v and "\x00" not in v)

    @recent_libraries.setter
    def recent_libraries(self, value: list[Path]) -> None:
        paths = _unique_paths(str(p) for p in value)
        self._settings.setValue(_RECENT, json.dumps([str(p) for p in paths]))

    def add_recent_library(self, path: Path) -> None:
        """Put ``path`` first in the recent list (moving it if it was already there)."""
        self.recent_libraries = [path, *self.recent_libraries]

    def clear_recent_libraries(self) -> None:
        """Forget the recent list (File ▸ Open Recent ▸ Clear)."""
        self._settings.remove(_RECENT)

    # --- reading position ---------------------------------------------------------------

    @property
    def last_article(self) -> Path | None:
        """The article shown last; reselected when its library is opened again."""
        return self._path(_LAST_ARTICLE)

    @last_article.setter
    def last_article(self, value: Path | None) -> None:
        self._set_or_remove(_LAST_ARTICLE, None if value is None else str(value))

    def _scroll_table(self) -> dict[str, int]:
        value = self._json(_SCROLL)
        if not isinstance(value, dict):
            return {}
        return {
            k: v
            for k, v in value.items()
            if isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v >= 0
        }

    def scroll_position(self, article_path: Path) -> int:
        """The viewer's vertical scroll value for that article when it was last shown."""
        return self._scroll_table().get(str(article_path), 0)

    def set_scroll_position(self, article_path: Path, value: int) -> None:
        """Remember the scroll value; only the most recent articles are kept."""
        table = self._scroll_table()
        table.pop(str(article_path), None)
        table[str(article_path)] = max(0, int(value))
        while len(table) > MAX_SCROLL_ENTRIES:
            del table[next(iter(table))]
        self._settings.setValue(_SCROLL, json.dumps(table))

    # --- view ---------------------------------------------------------------------------

    @property
    def zoom(self) -> int:
        """Zoom steps of the article viewer (0 = default size), within ``ZOOM_RANGE``."""
        value = self._int(_ZOOM, 0)
        return value if value in ZOOM_RANGE else 0

    @zoom.setter
    def zoom(self, value: int) -> None:
        clamped = min(max(int(value), ZOOM_RANGE.start), ZOOM_RANGE.stop - 1)
        self._settings.setValue(_ZOOM, clamped)

    @property
    def theme(self) -> Theme:
        """The chosen colour theme; unknown values read as ``Theme.SYSTEM``."""
        value = self._raw(_THEME)
        if isinstance(value, str):
            try:
                return Theme(value.strip().lower())
            except ValueError:
                pass
        return Theme.SYSTEM

    @theme.setter
    def theme(self, value: Theme) -> None:
        self._settings.setValue(_THEME, str(Theme(value)))


def _unique_paths(values: Iterable[str]) -> list[Path]:
    seen: set[str] = set()
    paths: list[Path] = []
    for value in values:
        if value in seen:
            continue
        seen.add(value)
        paths.append(Path(value))
        if len(paths) == MAX_RECENT:
            break
    return paths
