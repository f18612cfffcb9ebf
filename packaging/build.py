"""Build newsreader's Linux release: ``python packaging/build.py``.

Produces in ``dist/`` (override with ``--dist``):

* ``newsreader/`` the PyInstaller onedir bundle; its launcher is ``newsreader/newsreader``;
* ``newsreader-VERSION-linux-x86_64.tar.gz`` the same bundle, portable;
* ``newsreader_VERSION_amd64.deb`` the bundle under /opt/newsreader with a launcher,
  desktop entry, icons and AppStream metadata (built with ``dpkg-deb``).

VERSION is ``__version__`` from ``src/newsreader/__init__.py``. The build checks what it
made: the launcher answers ``--version`` with that version, and every system library the
bundle links to is declared in the .deb's Depends. Needs PyInstaller (the ``build``
extra), binutils, dpkg-deb and a C compiler (for the trimmed ICU data; optional). If the
Python running this script lacks PyInstaller, the checkout's ``.venv`` is used instead.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import bundle_rules  # noqa: E402
import debian_package  # noqa: E402

SPEC = HERE / "newsreader.spec"
LAUNCHER = "newsreader.exe" if sys.platform.startswith("win") else "newsreader"


def tarball_name(version: str) -> str:
    """``newsreader-VERSION-linux-x86_64.tar.gz``."""
    return f"newsreader-{version}-linux-x86_64.tar.gz"


def deb_name(version: str) -> str:
    """``newsreader_VERSION_amd64.deb``."""
    return f"newsreader_{version}_amd64.deb"


def run_pyinstaller(dist: Path, work: Path) -> Path:
    """Freeze the app into ``dist/newsreader`` with the spec; return the bundle folder."""
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work), str(SPEC),
    ]
    subprocess.run(command, check=True, cwd=ROOT)
    bundle = dist / "newsreader"
    if not (bundle / LAUNCHER).is_file():
        raise SystemExit(f"build: PyInstaller did not produce {bundle / LAUNCHER}")
    return bundle


def check_launcher(bundle: Path, version: str) -> None:
    """The frozen launcher must start and report the project's version."""
    result = subprocess.run(
        [str(bundle / LAUNCHER), "--version"],
        capture_output=True, text=True, timeout=60, cwd=bundle.anchor, check=False,
    )
    if result.returncode != 0 or version not in result.stdout:
        raise SystemExit(
            f"build: {bundle / LAUNCHER} --version failed (exit {result.returncode}):\n"
            f"{result.stdout}{result.stderr}"
        )


def make_tarball(bundle: Path, out: Path, version: str) -> Path:
    """Pack the bundle as ``newsreader-VERSION/`` in a gzip tarball (sorted, root-owned)."""
    top = f"newsreader-{version}"

    def reset(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(out, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=top, recursive=False, filter=reset)
        for path in sorted(bundle.rglob("*")):
            archive.add(path, arcname=f"{top}/{path.relative_to(bundle)}", recursive=False,
                        filter=reset)
    return out


def folder_size(path: Path) -> int:
    """Bytes of all files under ``path`` (symlinks counted as links, not targets)."""
    return sum(item.lstat().st_size for item in path.rglob("*"))


def build(dist: Path, work: Path, with_deb: bool = True) -> dict[str, object]:
    """Run the whole build; return what was made, with sizes and the time it took."""
    started = time.perf_counter()
    version = bundle_rules.read_version(ROOT)
    dist.mkdir(parents=True, exist_ok=True)
    bundle = run_pyinstaller(dist, work)
    check_launcher(bundle, version)
    report: dict[str, object] = {"version": version, "bundle": str(bundle)}
    if sys.platform.startswith("linux"):
        problems = debian_package.check_depends(bundle)
        if problems:
            raise SystemExit("build: the .deb's Depends is incomplete:\n  " + "\n  ".join(problems))
        tarball = make_tarball(bundle, dist / tarball_name(version), version)
        report["tarball"] = str(tarball)
        report["tarball_bytes"] = tarball.stat().st_size
        if with_deb:
            deb = debian_package.build_deb(
                bundle, work / "deb-root", ROOT / "resources", version, dist / deb_name(version)
            )
            report["deb"] = str(deb)
            report["deb_bytes"] = deb.stat().st_size
    report["bundle_bytes"] = folder_size(bundle)
    report["build_seconds"] = round(time.perf_counter() - started, 1)
    (dist / "build-report.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    return report


def _reexec_with_venv() -> None:
    """Use the checkout's virtualenv when the current Python lacks PyInstaller."""
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    venv_python = ROOT / ".venv" / "bin" / "python"
    if venv_python.is_file() and not os.environ.get("NEWSREADER_BUILD_REEXEC"):
        os.environ["NEWSREADER_BUILD_REEXEC"] = "1"  # once: never loop
        os.execv(str(venv_python), [str(venv_python), __file__, *sys.argv[1:]])
    raise SystemExit("build: PyInstaller is missing; run scripts/bootstrap.sh or "
                     "pip install -e '.[build]'")


def main(argv: list[str] | None = None) -> int:
    """Command line: build into dist/ and print a summary (``--json`` for tools)."""
    parser = argparse.ArgumentParser(description="Build newsreader's bundle, tarball and .deb.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder")
    parser.add_argument("--no-deb", action="store_true", help="skip the .deb")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)
    _reexec_with_venv()
    report = build(args.dist.resolve(), args.work.resolve(), with_deb=not args.no_deb)
    if args.json:
        print(json.dumps(report))
    else:
        for key, value in report.items():
            if key.endswith("_bytes") and isinstance(value, int):
                print(f"{key[:-6] + ' size':>14}: {value / 1e6:.1f} MB")
            else:
                print(f"{key:>14}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
