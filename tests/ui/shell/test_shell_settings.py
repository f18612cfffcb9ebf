"""AppSettings: values round-trip, and a broken file or wrong types mean defaults."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from newsreader.ui.settings import MAX_RECENT, ZOOM_RANGE, AppSettings
from newsreader.ui.theme import Theme


def _ini(tmp_path: Path) -> Path:
    return tmp_path / "own-settings" / "newsreader.ini"


def _open(path: Path) -> AppSettings:
    return AppSettings(QSettings(str(path), QSettings.Format.IniFormat))


def test_defaults_on_a_fresh_file(tmp_path: Path) -> None:
    settings = _open(_ini(tmp_path))
    assert settings.window_geometry is None
    assert settings.window_state is None
    assert settings.splitter_sizes is None
    assert settings.last_library is None
    assert settings.recent_libraries == []
    assert settings.last_article is None
    assert settings.scroll_position(Path("/x.txt")) == 0
    assert settings.zoom == 0
    assert settings.theme is Theme.SYSTEM
    assert settings.article_list_visible
    assert settings.speaker_panel_visible


def test_values_survive_a_restart(tmp_path: Path) -> None:
    path = _ini(tmp_path)
    settings = _open(path)
    settings.window_geometry = QByteArray(b"\x01\x02geometry\x00")
    settings.window_state = QByteArray(b"state")
    settings.splitter_sizes = [200, 600, 300]
    settings.last_library = tmp_path / "lib, with comma"
    settings.add_recent_library(tmp_path / "a")
    settings.add_recent_library(tmp_path / "b")
    settings.last_article = tmp_path / "lib" / "x.md"
    settings.set_scroll_position(tmp_path / "lib" / "x.md", 420)
    settings.zoom = 3
    settings.theme = Theme.DARK
    settings.speaker_panel_visible = False
    settings.sync()
    del settings

    again = _open(path)
    assert again.window_geometry == QByteArray(b"\x01\x02geometry\x00")
    assert again.window_state == QByteArray(b"state")
    assert again.splitter_sizes == [200, 600, 300]
    assert again.last_library == tmp_path / "lib, with comma"
    assert again.recent_libraries == [tmp_path / "b", tmp_path / "a"]
    assert again.last_article == tmp_path / "lib" / "x.md"
    assert again.scroll_position(tmp_path / "lib" / "x.md") == 420
    assert again.zoom == 3
    assert again.theme is Theme.DARK
    assert again.article_list_visible
    assert not again.speaker_panel_visible


def test_recent_libraries_are_unique_most_recent_first_and_capped(tmp_path: Path) -> None:
    settings = _open(_ini(tmp_path))
    for i in range(MAX_RECENT + 3):
        settings.add_recent_library(tmp_path / f"lib{i}")
    settings.add_recent_library(tmp_path / "lib5")
    recent = settings.recent_libraries
    assert len(recent) == MAX_RECENT
    assert recent[0] == tmp_path / "lib5"
    assert recent.count(tmp_path / "lib5") == 1
    assert recent[1] == tmp_path / f"lib{MAX_RECENT + 2}"
    settings.clear_recent_libraries()
    assert settings.recent_libraries == []


def test_scroll_positions_keep_only_recent_articles(tmp_path: Path) -> None:
    settings = _open(_ini(tmp_path))
    for i in range(60):
        settings.set_scroll_position(Path(f"/lib/{i}.txt"), i + 1)
    assert settings.scroll_position(Path("/lib/0.txt")) == 0
    assert settings.scroll_position(Path("/lib/59.txt")) == 60
    settings.set_scroll_position(Path("/lib/59.txt"), -5)
    assert settings.scroll_position(Path("/lib/59.txt")) == 0


def test_zoom_is_clamped(tmp_path: Path) -> None:
    settings = _open(_ini(tmp_path))
    settings.zoom = 1000
    assert settings.zoom == ZOOM_RANGE.stop - 1
    settings.zoom = -1000
    assert settings.zoom == ZOOM_RANGE.start


def test_none_removes_optional_values(tmp_path: Path) -> None:
    settings = _open(_ini(tmp_path))
    settings.last_library = tmp_path
    settings.splitter_sizes = [1, 2, 3]
    settings.last_library = None
    settings.splitter_sizes = None
    assert settings.last_library is None
    assert settings.splitter_sizes is None


def test_garbage_file_means_defaults(tmp_path: Path) -> None:
    path = _ini(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(bytes(range(256)) * 8 + b"\n[view\nzoom=\xff\xfe\n\x00[[[")
    settings = _open(path)
    assert settings.zoom == 0
    assert settings.theme is Theme.SYSTEM
    assert settings.recent_libraries == []
    assert settings.window_geometry is None
    # ... and it can still be written
    settings.zoom = 2
    settings.sync()
    assert _open(path).zoom == 2


@pytest.mark.parametrize(
    ("key", "raw"),
    [
        ("view/zoom", "lots"),
        ("view/zoom", "99999"),
        ("view/theme", "purple"),
        ("window/splitter_sizes", "[1, -2, 3]"),
        ("window/splitter_sizes", "{not json"),
        ("window/splitter_sizes", '["a", "b"]'),
        ("window/geometry", "not bytes"),
        ("window/state", "12"),
        ("window/article_list_visible", "maybe"),
        ("library/recent", '{"a": 1}'),
        ("library/recent", "[1, 2, null]"),
        ("library/last", ""),
        ("reading/scroll_positions", "[1, 2]"),
        ("reading/scroll_positions", '{"/a.txt": "high", "/b.txt": true}'),
    ],
)
def test_wrong_types_mean_defaults(tmp_path: Path, key: str, raw: str) -> None:
    path = _ini(tmp_path)
    path.parent.mkdir(parents=True)
    group, name = key.split("/")
    path.write_text(f"[{group}]\n{name}={raw}\n", encoding="utf-8")
    settings = _open(path)
    assert settings.zoom == 0
    assert settings.theme is Theme.SYSTEM
    assert settings.splitter_sizes is None
    assert settings.window_geometry is None
    assert settings.window_state is None
    assert settings.article_list_visible
    assert settings.recent_libraries == []
    assert settings.last_library is None
    assert settings.scroll_position(Path("/a.txt")) == 0
    assert settings.scroll_position(Path("/b.txt")) == 0


def test_hand_edited_values_are_read(tmp_path: Path) -> None:
    path = _ini(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text("[view]\nzoom= 4 \ntheme=Light\n[window]\nspeaker_panel_visible=false\n")
    settings = _open(path)
    assert settings.zoom == 4
    assert settings.theme is Theme.LIGHT
    assert not settings.speaker_panel_visible


def test_default_location_is_the_platform_standard_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config")
    )
    settings = AppSettings()
    assert settings.qsettings.format() == QSettings.Format.IniFormat
    assert settings.qsettings.fileName().startswith(str(tmp_path))
    assert settings.qsettings.organizationName() == "newsreader"
    assert settings.qsettings.applicationName() == "newsreader"


def test_values_stored_by_qt_types_are_accepted(tmp_path: Path) -> None:
    path = _ini(tmp_path)
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    raw.setValue("view/zoom", 5)
    raw.setValue("window/article_list_visible", False)
    raw.setValue("window/geometry", b"raw bytes")
    raw.sync()
    settings = _open(path)
    assert settings.zoom == 5
    assert not settings.article_list_visible
    assert settings.window_geometry == QByteArray(b"raw bytes")


def test_a_value_qt_cannot_convert_means_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = _open(_ini(tmp_path))

    def broken(*_args: object) -> object:
        raise RuntimeError("cannot convert the stored variant")

    monkeypatch.setattr(settings.qsettings, "value", broken)
    assert settings.zoom == 0
    assert settings.theme is Theme.SYSTEM
    assert settings.recent_libraries == []
