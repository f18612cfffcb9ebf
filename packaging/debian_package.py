"""Build ``newsreader_VERSION_amd64.deb`` from the onedir bundle with ``dpkg-deb``.

The package installs the bundle under ``/opt/newsreader/``, a ``/usr/bin/newsreader``
launcher script, the desktop entry, the hicolor icons and the AppStream metadata, and
depends on the system libraries the bundle does not carry (``bundle_rules.DEB_DEPENDS``).
``check_depends`` proves that list complete: every library an ELF file in the bundle
links to is either in the bundle or owned (per ``dpkg``) by a package in Depends.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import bundle_rules

APP_ID = "io.github.newsreader.Newsreader"  # the AppStream component id
# The desktop entry keeps the name the app gives Qt (setDesktopFileName("newsreader")), so
# window managers match the app's windows to it; the metainfo's <launchable> names it.
DESKTOP_FILE = "newsreader.desktop"
INSTALL_DIR = "opt/newsreader"
# xz -3 packs the bundle in ~12 s to ~27 MB; -6 saves 2.3 MB for 20 s more build time.
XZ_LEVEL = 3
MAINTAINER = "The newsreader team <maintainers@newsreader.invalid>"
DESCRIPTION = """\
news reader that shows who is quoted and what they said
 Newsreader opens a folder of news articles (plain text or Markdown) and
 shows, beside each one, every person or organisation quoted in it, their
 role as the article gives it, and what they said. Click a speaker to jump
 to their quotes. It also prints every quote and its speaker as JSON
 (newsreader extract --json FOLDER)."""

_LAUNCHER = """\
#!/bin/sh
# newsreader is installed as a self-contained bundle under /opt/newsreader.
exec /opt/newsreader/newsreader "$@"
"""

_COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: newsreader
Comment: The bundle under /opt/newsreader also carries Python (PSF licence),
 Qt and PySide6 (LGPL-3.0; their own licence files are in the PySide6 wheel),
 ICU (Unicode licence), Markdown (BSD-3-Clause), python-frontmatter (MIT)
 and PyYAML (MIT).

Files: *
Copyright: The newsreader team
License: MIT

Files: opt/newsreader/_internal/PySide6/* opt/newsreader/_internal/shiboken6/*
Copyright: The Qt Company Ltd. and other contributors
License: LGPL-3
 On Debian systems, the full text of the GNU Lesser General Public License
 version 3 can be found in /usr/share/common-licenses/LGPL-3. Qt and PySide6
 are shipped as unmodified shared libraries, which can be replaced.
"""


def _elf_files(bundle: Path) -> list[Path]:
    files = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    files.append(path)
    return files


def unbundled_libraries(bundle: Path) -> set[str]:
    """Sonames that ELF files in the bundle link to but the bundle does not contain."""
    present = {path.name for path in bundle.rglob("*")}
    wanted: set[str] = set()
    for path in _elf_files(bundle):
        wanted.update(bundle_rules.elf_needed(str(path)))
    wanted.update(bundle_rules.RUNTIME_LOADED_LIBRARIES)
    return {name for name in wanted if name not in present and not name.startswith("ld-linux")}


def glibc_requirement(bundle: Path) -> str | None:
    """The newest ``GLIBC_x.y`` symbol version any ELF file in the bundle needs."""
    newest: tuple[int, ...] = ()
    for path in _elf_files(bundle):
        result = subprocess.run(["readelf", "--version-info", "--wide", str(path)],
                                capture_output=True, text=True, check=False)
        for version in re.findall(r"Name: GLIBC_(\d+(?:\.\d+)+)", result.stdout):
            newest = max(newest, tuple(int(part) for part in version.split(".")))
    return ".".join(map(str, newest)) if newest else None


def owning_packages(sonames: set[str]) -> dict[str, set[str]]:
    """Map each soname to the installed Debian packages that ship it (by ``dpkg -S``)."""
    owners: dict[str, set[str]] = {name: set() for name in sonames}
    if not sonames:
        return owners
    result = subprocess.run(
        ["dpkg-query", "-S", *(f"*/{name}" for name in sorted(sonames))],
        capture_output=True, text=True, check=False,
    )
    for line in result.stdout.splitlines():
        packages, _, path = line.partition(": ")
        name = Path(path).name
        if name in owners:
            owners[name].update(package.split(":")[0] for package in packages.split(", "))
    return owners


def check_depends(bundle: Path) -> list[str]:
    """Problems with ``DEB_DEPENDS`` for this bundle (empty when it is complete)."""
    if shutil.which("dpkg-query") is None:
        return []
    declared = {
        alternative.strip().split(" ")[0]
        for entry in bundle_rules.DEB_DEPENDS
        for alternative in entry.split("|")
    }
    problems = []
    for soname, packages in sorted(owning_packages(unbundled_libraries(bundle)).items()):
        if not packages:
            problems.append(f"{soname}: needed by the bundle but no installed package ships it")
        elif not packages & declared:
            problems.append(f"{soname}: shipped by {', '.join(sorted(packages))}, not in Depends")
    return problems


def metainfo_for(version: str, text: str, today: dt.date) -> str:
    """The AppStream file with a ``<release>`` for ``version`` (added when missing)."""
    if re.search(rf'<release\s+version="{re.escape(version)}"', text):
        return text
    entry = f'<releases>\n    <release version="{version}" date="{today.isoformat()}"/>'
    return text.replace("<releases>", entry, 1)


def _installed_size_kib(root: Path) -> int:
    total = sum(path.lstat().st_size for path in root.rglob("*"))
    return (total + 1023) // 1024


def control_file(version: str, installed_kib: int, glibc: str | None = None) -> str:
    """The ``DEBIAN/control`` text; ``glibc`` versions the libc6 dependency."""
    depends = [
        f"libc6 (>= {glibc})" if entry == "libc6" and glibc else entry
        for entry in bundle_rules.DEB_DEPENDS
    ]
    return (
        f"Package: newsreader\n"
        f"Version: {version}\n"
        f"Architecture: amd64\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(depends)}\n"
        f"Recommends: {', '.join(bundle_rules.DEB_RECOMMENDS)}\n"
        f"Section: text\n"
        f"Priority: optional\n"
        f"Description: {DESCRIPTION}\n"
    )


def stage(bundle: Path, root: Path, resources: Path, version: str) -> Path:
    """Lay out the package's file tree under ``root`` (emptied first)."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / INSTALL_DIR, symlinks=True)
    launcher = root / "usr" / "bin" / "newsreader"
    launcher.parent.mkdir(parents=True)
    launcher.write_text(_LAUNCHER, encoding="utf-8")
    launcher.chmod(0o755)
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(resources / DESKTOP_FILE, share / "applications" / DESKTOP_FILE)
    shutil.copytree(resources / "icons" / "hicolor", share / "icons" / "hicolor")
    (share / "metainfo").mkdir()
    metainfo = (resources / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(
        metainfo_for(version, metainfo, dt.date.today()), encoding="utf-8"
    )
    doc = share / "doc" / "newsreader"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(_COPYRIGHT, encoding="utf-8")
    for path in [root, *root.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    debian = root / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(
        control_file(version, _installed_size_kib(root), glibc_requirement(bundle)),
        encoding="utf-8",
    )
    return root


def build_deb(bundle: Path, staging: Path, resources: Path, version: str, out: Path) -> Path:
    """Stage the tree and pack it with ``dpkg-deb`` (xz) into ``out``."""
    stage(bundle, staging, resources, version)
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", f"-z{XZ_LEVEL}", "--build", str(staging),
         str(out)],
        check=True, capture_output=True, text=True,
    )
    return out
