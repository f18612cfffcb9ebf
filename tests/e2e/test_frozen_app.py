"""The built app, end to end: build the bundle, tarball and .deb once, then run them.

Marked slow (the build takes about a minute here); CI runs it. It builds from the
checkout into a temporary folder with ``packaging/build.py``, so it tests exactly what a
release would ship. Set ``NEWSREADER_E2E_DIST=dist`` to test an existing build instead
(``python packaging/build.py`` first) while working on these tests.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import newsreader

sys.path.append(str(Path(__file__).resolve().parents[2] / "packaging"))
import debian_package
import system_check

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "packaging" / "build.py"
VERSION = newsreader.__version__
APP_ID = "io.github.newsreader.Newsreader"
MB = 1_000_000


@dataclass(frozen=True)
class Build:
    """Where the build put things, and what it reported."""

    dist: Path
    report: dict[str, Any]

    @property
    def bundle(self) -> Path:
        return self.dist / "newsreader"

    @property
    def launcher(self) -> Path:
        return self.bundle / "newsreader"

    @property
    def tarball(self) -> Path:
        return self.dist / f"newsreader-{VERSION}-linux-x86_64.tar.gz"

    @property
    def deb(self) -> Path:
        return self.dist / f"newsreader_{VERSION}_amd64.deb"


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Build]:
    """Build once per module (or reuse ``$NEWSREADER_E2E_DIST``)."""
    existing = os.environ.get("NEWSREADER_E2E_DIST")
    if existing:
        dist = (ROOT / existing).resolve()
        yield Build(dist, {"reused": True})
        return
    base = tmp_path_factory.mktemp("frozen")
    result = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--json", "--dist", str(base / "dist"),
         "--work", str(base / "work")],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )
    output = f"{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    assert result.returncode == 0, f"build failed:\n{output}"
    report = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"build report: {report}")
    yield Build(base / "dist", report)
    shutil.rmtree(base, ignore_errors=True)


def _clean_env(tmp: Path) -> dict[str, str]:
    """A headless environment with settings of its own, and no Python of ours leaking in."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PATH"] = "/usr/bin:/bin"
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(tmp)
    env["XDG_CONFIG_HOME"] = str(tmp / "config")
    env["XDG_CACHE_HOME"] = str(tmp / "cache")
    env["XDG_RUNTIME_DIR"] = str(tmp / "runtime")
    (tmp / "runtime").mkdir(mode=0o700, exist_ok=True)
    return env


def _run(command: list[str], cwd: Path, env: dict[str, str] | None = None,
         timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)


def _relative_paths(output: str, root: Path) -> dict[str, Any]:
    """The extract JSON with each article path made relative to ``root``."""
    data = json.loads(output)
    for article in data["articles"]:
        article["path"] = Path(article["path"]).relative_to(root).as_posix()
    return data


def test_the_build_produces_every_artefact_within_its_size_target(build: Build) -> None:
    assert build.launcher.is_file() and os.access(build.launcher, os.X_OK)
    assert build.tarball.is_file()
    assert build.deb.is_file()
    bundle_bytes = sum(p.lstat().st_size for p in build.bundle.rglob("*"))
    assert bundle_bytes <= 90 * MB, f"bundle is {bundle_bytes / MB:.1f} MB"
    assert build.deb.stat().st_size <= 35 * MB, f".deb is {build.deb.stat().st_size / MB:.1f} MB"


def test_the_bundle_carries_only_what_the_app_uses(build: Build) -> None:
    internal = build.bundle / "_internal"
    qt = internal / "PySide6" / "Qt"
    libs = {p.name.split(".")[0] for p in (qt / "lib").iterdir()}
    assert {"libQt6Core", "libQt6Gui", "libQt6Widgets", "libQt6XcbQpa"} <= libs
    unwanted = {"libQt6Network", "libQt6Qml", "libQt6Quick", "libQt6Pdf", "libQt6OpenGL",
                "libQt6WaylandClient", "libQt6WebEngineCore"}
    assert not libs & unwanted
    assert not list(internal.rglob("*.qm")), "Qt translations the app does not ship"
    assert (qt / "plugins" / "platforms" / "libqxcb.so").is_file()
    assert (qt / "plugins" / "platforms" / "libqoffscreen.so").is_file()
    assert not (qt / "plugins" / "platforms" / "libqwayland.so").exists()
    assert not [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert not list(internal.rglob("libxcb*")), "the system's xcb libraries must not be bundled"
    assert (internal / "seeds").is_dir() and list((internal / "seeds").glob("*.txt"))
    assert (internal / "resources" / "newsreader.desktop").is_file()
    assert not (internal / "resources" / "screenshots").exists()
    unstripped = [
        p.name for p in [build.launcher, *internal.rglob("*.so*")]
        if p.is_file() and not p.is_symlink()
        and " .symtab " in _run(["readelf", "-S", "-W", str(p)], ROOT).stdout
    ]
    assert not unstripped, f"symbols not stripped: {unstripped}"


def test_the_frozen_cli_prints_what_the_unfrozen_cli_prints(build: Build, tmp_path: Path) -> None:
    bundled_seeds = build.bundle / "_internal" / "seeds"
    frozen = _run([str(build.launcher), "extract", "--json", str(bundled_seeds)], tmp_path,
                  _clean_env(tmp_path))
    unfrozen = _run([sys.executable, "-m", "newsreader", "extract", "--json", str(ROOT / "seeds")],
                    ROOT)
    assert frozen.returncode == unfrozen.returncode, frozen.stderr + unfrozen.stderr
    assert frozen.stdout.strip(), frozen.stderr
    assert _relative_paths(frozen.stdout, bundled_seeds) == _relative_paths(
        unfrozen.stdout, ROOT / "seeds"
    )


def test_the_frozen_cli_never_loads_qt(build: Build, tmp_path: Path) -> None:
    """``extract`` and ``--version`` start fast: no Qt library is even mapped."""
    env = dict(_clean_env(tmp_path), LD_DEBUG="files")
    article = next((ROOT / "seeds").glob("*.txt"))
    for args in (["extract", "--json", str(article)], ["--version"]):
        result = _run([str(build.launcher), *args], tmp_path, env)
        assert result.returncode == 0, result.stderr[-2000:]
        assert "libQt6Core" not in result.stderr, f"{args} loaded Qt"


def test_the_frozen_gui_passes_its_smoke_test_offscreen(build: Build, tmp_path: Path) -> None:
    result = _run([str(build.launcher), "--smoke-test"], tmp_path, _clean_env(tmp_path),
                  timeout=120)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    assert lines, result.stdout + result.stderr
    assert json.loads(lines[-1])["smoke"] == "ok"


def test_the_bundle_works_from_any_working_directory(build: Build, tmp_path: Path) -> None:
    article = next((ROOT / "seeds").glob("*.txt"))
    shutil.copy(article, tmp_path / "article.txt")
    env = _clean_env(tmp_path)
    relative = _run([str(build.launcher), "extract", "--json", "article.txt"], tmp_path, env)
    assert relative.returncode == 0, relative.stderr
    assert json.loads(relative.stdout)["articles"][0]["path"].endswith("article.txt")
    # No PATH: the GUI opens the seeds it finds beside itself, not in the current folder.
    smoke = _run([str(build.launcher), "--smoke-test"], Path("/"), env)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr


def test_the_tarball_unpacks_into_a_working_app(build: Build, tmp_path: Path) -> None:
    target = tmp_path / "my apps"  # a space in the path, as users' folders have
    with tarfile.open(build.tarball) as archive:
        if hasattr(tarfile, "tar_filter"):  # Python 3.11.4+
            archive.extractall(target, filter="tar")
        else:  # pragma: no cover
            archive.extractall(target)
    launcher = target / f"newsreader-{VERSION}" / "newsreader"
    result = _run([str(launcher), "--version"], Path("/"), _clean_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert VERSION in result.stdout
    # Users link the launcher into ~/bin; the bundle is still found through the link.
    link = tmp_path / "bin" / "newsreader"
    link.parent.mkdir()
    link.symlink_to(launcher)
    extract = _run([str(link), "extract", "--json", str(ROOT / "seeds")], Path("/"),
                   _clean_env(tmp_path))
    assert json.loads(extract.stdout)["articles"], extract.stderr
    smoke = _run([str(link), "--smoke-test"], Path("/"), _clean_env(tmp_path))
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr


def test_the_deb_unpacks_into_a_working_app(build: Build, tmp_path: Path) -> None:
    root = tmp_path / "root"
    unpacked = _run(["dpkg-deb", "-x", str(build.deb), str(root)], tmp_path)
    assert unpacked.returncode == 0, unpacked.stderr
    result = _run([str(root / "opt" / "newsreader" / "newsreader"), "--version"], root,
                  _clean_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["newsreader", VERSION]
    launcher = (root / "usr" / "bin" / "newsreader").read_text(encoding="utf-8")
    assert "exec /opt/newsreader/newsreader" in launcher
    assert (root / "usr" / "share" / "applications" / "newsreader.desktop").is_file()
    assert (root / "usr" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (root / f"usr/share/icons/hicolor/{size}x{size}/apps/newsreader.png").is_file()
    assert (root / "usr/share/icons/hicolor/scalable/apps/newsreader.svg").is_file()


def test_the_deb_declares_what_it_needs(build: Build) -> None:
    fields = {
        name: _run(["dpkg-deb", "-f", str(build.deb), name], ROOT).stdout.strip()
        for name in ("Package", "Version", "Architecture", "Depends")
    }
    assert fields["Package"] == "newsreader"
    assert fields["Version"] == VERSION
    assert fields["Architecture"] == "amd64"
    depends = {alt.strip() for entry in fields["Depends"].split(",") for alt in entry.split("|")}
    for package in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
                    "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xinerama0",
                    "libxcb-xkb1", "libxkbcommon-x11-0", "libegl1", "libfontconfig1",
                    "libdbus-1-3"):
        assert package in depends


def test_the_installed_desktop_entry_and_metainfo_validate(build: Build, tmp_path: Path) -> None:
    root = tmp_path / "root"
    _run(["dpkg-deb", "-x", str(build.deb), str(root)], tmp_path)
    desktop = root / "usr" / "share" / "applications" / "newsreader.desktop"
    validate = shutil.which("desktop-file-validate")
    assert validate, "desktop-file-validate missing (scripts/install-system-deps.sh installs it)"
    result = _run([validate, str(desktop)], tmp_path)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    appstream = shutil.which("appstreamcli")
    if appstream:
        metainfo = root / "usr" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
        checked = _run([appstream, "validate", "--no-net", str(metainfo)], tmp_path)
        assert checked.returncode == 0, checked.stdout + checked.stderr
        assert f'version="{VERSION}"' in metainfo.read_text(encoding="utf-8")


ICU_PROBE = """
import sys
from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QStringDecoder, QTimeZone
app = QCoreApplication(sys.argv)
words = ["zebra", "Äpfel", "apple", "Österreich", "ångström", "Zürich"]
for name in ("de_DE", "sv_SE", "en_US"):
    print(name, sorted(words, key=QCollator(QLocale(name)).sortKey))
zone = QTimeZone(b"Europe/Berlin")
print(zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName,
                       QLocale("de_DE")))
print(len(QTimeZone.availableTimeZoneIds()))
print(QStringDecoder("Shift_JIS").isValid(), QLocale("tr_TR").toUpper("istanbul"))
"""


def test_the_trimmed_icu_data_answers_what_qt_asks(build: Build) -> None:
    qt_lib = build.bundle / "_internal" / "PySide6" / "Qt" / "lib"
    assert (qt_lib / "libicudata.so.73").stat().st_size < 20 * MB, "ICU data not trimmed"
    full = _run([sys.executable, "-c", ICU_PROBE], ROOT)
    env = dict(os.environ, LD_LIBRARY_PATH=str(qt_lib))
    trimmed = _run([sys.executable, "-c", ICU_PROBE], ROOT, env)
    assert full.returncode == 0, full.stderr
    assert trimmed.returncode == 0, trimmed.stderr
    assert trimmed.stdout == full.stdout


# Libraries every Linux has (glibc, the C++ runtime, zlib, zstd) and libdbus, which QtDBus
# opens at run time: the launcher's pre-flight check does not need to look for these.
_BASE_SYSTEM = {"libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1",
                "libstdc++.so.6", "libgcc_s.so.1", "libz.so.1", "libzstd.so.1",
                "libdbus-1.so.3"}


def test_the_launcher_checks_exactly_the_libraries_the_bundle_leaves_to_the_system(
    build: Build,
) -> None:
    unbundled = debian_package.unbundled_libraries(build.bundle) - _BASE_SYSTEM
    assert unbundled == set(system_check.GUI_SYSTEM_LIBRARIES)


def test_the_frozen_gui_runs_on_a_real_x_server(build: Build, tmp_path: Path) -> None:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (scripts/install-system-deps.sh installs it)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as display_pipe:
            display = display_pipe.readline().strip()
        assert display, "Xvfb did not start"
        env = _clean_env(tmp_path)
        env.pop("QT_QPA_PLATFORM")
        env["DISPLAY"] = f":{display}"
        result = _run([str(build.launcher), "--smoke-test"], tmp_path, env)
        assert result.returncode == 0, result.stdout + result.stderr
        assert json.loads(result.stdout.strip().splitlines()[-1])["smoke"] == "ok"
        assert "Could not load the Qt platform plugin" not in result.stderr
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_a_missing_xcb_library_is_named_with_its_package(build: Build, tmp_path: Path) -> None:
    """Hide libxcb-icccm (bind-mount /dev/null over it in a private mount namespace)."""
    library = Path("/usr/lib/x86_64-linux-gnu/libxcb-icccm.so.4").resolve()
    unshare = shutil.which("unshare")
    if unshare is None or not library.is_file():
        pytest.skip("needs unshare and Debian's libxcb-icccm4")
    probe = tmp_path / "probe"
    probe.write_text("x", encoding="utf-8")
    if _run([unshare, "-m", "mount", "--bind", "/dev/null", str(probe)], tmp_path).returncode:
        pytest.skip("cannot bind-mount in a private mount namespace here (needs root)")
    env = _clean_env(tmp_path)
    env.pop("QT_QPA_PLATFORM")
    env["DISPLAY"] = ":0"
    script = f'mount --bind /dev/null "{library}" && exec "{build.launcher}"'
    result = _run([unshare, "-m", "sh", "-c", script], tmp_path, env)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "libxcb-icccm.so.4" in result.stderr
    assert "sudo apt install libxcb-icccm4" in result.stderr
