"""Fast checks of the packaging's rules and files, without building anything."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newsreader

ROOT = Path(__file__).resolve().parents[2]
sys.path.append(str(ROOT / "packaging"))  # after site-packages: shadow nothing

import bundle_rules  # noqa: E402
import debian_package  # noqa: E402
import icu_trim  # noqa: E402
import system_check  # noqa: E402

APP_ID = debian_package.APP_ID


def test_the_build_reads_the_one_version_the_package_has() -> None:
    assert bundle_rules.read_version(ROOT) == newsreader.__version__


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "platforms/qxcb"),
        ("PySide6\\plugins\\platforms\\qwindows.dll", "platforms/qwindows"),
        ("PySide6/Qt/plugins/imageformats/libqsvg.dylib", "imageformats/qsvg"),
    ],
)
def test_plugins_are_named_the_same_on_every_platform(name: str, key: str) -> None:
    assert bundle_rules.plugin_key(name) == key


def test_pruning_keeps_what_kept_code_links_to_and_drops_the_rest() -> None:
    toc = [
        ("PySide6/QtCore.abi3.so", "/s/QtCore.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/s/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libicuuc.so.73", "/s/libicuuc.so.73", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/s/libQt6Network.so.6", "BINARY"),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", "/s/libqopensslbackend.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/s/libQt6XcbQpa.so.6", "BINARY"),
        ("libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0", "BINARY"),
        ("libcrypto.so.3", "/usr/lib/libcrypto.so.3", "BINARY"),
    ]
    links = {
        "/s/QtCore.abi3.so": ["libQt6Core.so.6"],
        "/s/libQt6Core.so.6": ["libicuuc.so.73"],
        "/s/libqopensslbackend.so": ["libQt6Network.so.6", "libcrypto.so.3"],
        "/s/libqxcb.so": ["libQt6XcbQpa.so.6", "libxcb-cursor.so.0"],
    }
    kept, dropped = bundle_rules.prune_binaries(toc, lambda path: links.get(path, []))
    assert {entry[0] for entry in kept} == {
        "PySide6/QtCore.abi3.so",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libicuuc.so.73",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
    }
    assert len(kept) + len(dropped) == len(toc)


def test_symlinks_to_dropped_libraries_and_unshipped_translations_go() -> None:
    kept_binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/s/libQt6Core.so.6", "BINARY")]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/s/qtbase_de.qm", "DATA"),
        ("seeds/article.txt", "/r/seeds/article.txt", "DATA"),
    ]
    kept = bundle_rules.prune_datas(datas, kept_binaries)
    assert [entry[0] for entry in kept] == ["libQt6Core.so.6", "seeds/article.txt"]


def test_the_system_libraries_are_recognised_by_name() -> None:
    for name in ("libxcb-cursor.so.0", "libX11-xcb.so.1", "libxkbcommon-x11.so.0",
                 "libglib-2.0.so.0", "libfontconfig.so.1", "libstdc++.so.6", "libGL.so.1"):
        assert bundle_rules.is_system_library(name), name
    for name in ("libQt6Core.so.6", "libicudata.so.73", "libpython3.11.so.1.0"):
        assert not bundle_rules.is_system_library(name), name


def test_qt_imports_are_found_in_source(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(
        "from PySide6.QtCore import Qt\nfrom PySide6 import QtSvg, QtGui\n"
        "import PySide6.QtWidgets\n", encoding="utf-8",
    )
    assert bundle_rules.qt_modules_used(tmp_path) == {"QtCore", "QtSvg", "QtGui", "QtWidgets"}


def test_an_icu_package_survives_a_round_trip_and_loses_only_the_dropped_trees() -> None:
    items = (
        ("icudt73l/root.res", b"r" * 20),
        ("icudt73l/brkitr/cjdict.dict", b"d" * 40),
        ("icudt73l/coll/root.res", b"c" * 7),
    )
    header = bytearray(32)
    header[0:4] = bytes([32, 0, 0xDA, 0x27])
    header[12:16] = b"CmnD"
    package = icu_trim.IcuPackage(bytes(header), items)
    blob = icu_trim.write_package(package)
    parsed = icu_trim.parse_package(blob)
    assert [name for name, _ in parsed.items] == [name for name, _ in items]
    for (_, original), (_, data) in zip(items, parsed.items, strict=True):
        assert data.startswith(original)
    trimmed = icu_trim.parse_package(icu_trim.write_package(parsed.without_trees()))
    assert [name for name, _ in trimmed.items] == ["icudt73l/root.res", "icudt73l/coll/root.res"]


def test_the_metainfo_gets_a_release_for_the_current_version() -> None:
    text = (ROOT / "resources" / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    updated = debian_package.metainfo_for("9.9.9", text, dt.date(2030, 1, 2))
    assert '<release version="9.9.9" date="2030-01-02"/>' in updated
    assert debian_package.metainfo_for("9.9.9", updated, dt.date(2031, 1, 1)) == updated


def test_the_control_file_names_package_version_and_depends() -> None:
    control = debian_package.control_file("1.2.3", 4567, "2.35")
    assert "Package: newsreader\nVersion: 1.2.3\nArchitecture: amd64\n" in control
    assert "Depends: libc6 (>= 2.35), " in control
    assert "Installed-Size: 4567\n" in control
    assert "libxcb-cursor0" in control and "libxkbcommon-x11-0" in control


def test_the_desktop_entry_validates() -> None:
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate is not installed")
    result = subprocess.run([validate, str(ROOT / "resources" / "newsreader.desktop")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_the_appstream_metadata_validates() -> None:
    appstream = shutil.which("appstreamcli")
    if appstream is None:
        pytest.skip("appstreamcli is not installed")
    result = subprocess.run(
        [appstream, "validate", "--no-net", str(ROOT / "resources" / f"{APP_ID}.metainfo.xml")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_icon_size_is_committed_and_square() -> None:
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = ROOT / f"resources/icons/hicolor/{size}x{size}/apps/newsreader.png"
        data = png.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert (width, height) == (size, size)


def test_every_gui_library_maps_to_a_package_the_deb_depends_on() -> None:
    declared = {
        alternative.strip().split(" ")[0]
        for entry in bundle_rules.DEB_DEPENDS
        for alternative in entry.split("|")
    }
    for soname in system_check.GUI_SYSTEM_LIBRARIES:
        assert system_check.debian_package(soname) in declared, soname


@pytest.mark.parametrize(
    ("argv", "platform", "expected"),
    [
        ([], "", True),
        (["/some/folder"], "xcb", True),
        (["--smoke-test"], "offscreen", False),
        (["extract", "--json", "x"], "", False),
        (["--version"], "", False),
    ],
)
def test_the_library_check_runs_only_before_an_x11_window(
    argv: list[str], platform: str, expected: bool
) -> None:
    env = {"QT_QPA_PLATFORM": platform} if platform else {}
    assert system_check.starts_gui_on_xcb(argv, env) is expected


def test_missing_libraries_are_named_with_their_packages() -> None:
    absent = {"libxcb-icccm.so.4", "libxkbcommon-x11.so.0"}
    message = system_check.missing_library_message([], {}, lambda name: name not in absent)
    assert message is not None
    assert "libxcb-icccm.so.4" in message and "libxkbcommon-x11.so.0" in message
    assert "sudo apt install libxcb-icccm4 libxkbcommon-x11-0" in message
    assert system_check.missing_library_message([], {}, lambda name: True) is None
