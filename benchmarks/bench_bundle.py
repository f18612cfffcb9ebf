"""Benchmark the Linux release: sizes, build time and the frozen app's start-up.

    python benchmarks/bench_bundle.py            # reuse dist/ if built, else build it
    python benchmarks/bench_bundle.py --rebuild  # time a fresh build first
    python benchmarks/bench_bundle.py --runs 15 --json

Prints the onedir bundle size, the .deb and tarball sizes, the build time (measured now
with --rebuild or when dist/ is missing, else as recorded by the last build), and the
frozen app's time from launch to the first article shown: the median of several
``newsreader --smoke-test`` runs, offscreen, with settings in a temporary folder (the smoke
mode reports it from the kernel's process start time); and the median wall time of the
frozen ``newsreader --version`` (start-up without Qt). Targets: bundle <= 90 MB,
.deb <= 35 MB, build <= 120 s, first article <= 0.3 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
MB = 1_000_000
TARGETS = {"bundle_mb": 90.0, "deb_mb": 35.0, "build_s": 120.0, "first_article_s": 0.3}


def _version() -> str:
    sys.path.insert(0, str(ROOT / "packaging"))
    import bundle_rules

    version: str = bundle_rules.read_version(ROOT)
    return version


def build(dist: Path) -> float:
    """Run ``packaging/build.py`` into ``dist``; return its wall-clock seconds."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(dist)],
        check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def recorded_build_seconds(dist: Path) -> float | None:
    """The build time ``build.py`` recorded in ``dist/build-report.json``, if any."""
    report = dist / "build-report.json"
    if not report.is_file():
        return None
    value = json.loads(report.read_text(encoding="utf-8")).get("build_seconds")
    return float(value) if value is not None else None


def folder_bytes(path: Path) -> int:
    """Bytes of every file under ``path`` (symlinks as links)."""
    return sum(item.lstat().st_size for item in path.rglob("*"))


def first_article_times(launcher: Path, runs: int) -> list[float]:
    """``first_article_shown_s`` of ``runs`` smoke-test runs of the frozen app."""
    times = []
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home,
                   XDG_CONFIG_HOME=f"{home}/config", XDG_CACHE_HOME=f"{home}/cache")
        for _ in range(runs):
            result = subprocess.run([str(launcher), "--smoke-test"], cwd=home, env=env,
                                    capture_output=True, text=True, timeout=120, check=False)
            lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
            if result.returncode != 0 or not lines:
                raise SystemExit(f"smoke test failed:\n{result.stdout}\n{result.stderr}")
            times.append(float(json.loads(lines[-1])["first_article_shown_s"]))
    return times


def cli_start_times(launcher: Path, runs: int) -> list[float]:
    """Wall-clock seconds of ``newsreader --version``: the frozen app's own start-up cost."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([str(launcher), "--version"], check=True, capture_output=True,
                       timeout=60)
        times.append(time.perf_counter() - started)
    return times


def main(argv: list[str] | None = None) -> int:
    """Measure and print (or ``--json``) the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=DIST)
    parser.add_argument("--rebuild", action="store_true", help="build first and time it")
    parser.add_argument("--runs", type=int, default=9, help="smoke-test runs for the median")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    version = _version()
    dist = args.dist.resolve()
    bundle = dist / "newsreader"
    build_s = build(dist) if args.rebuild or not bundle.is_dir() else None
    if build_s is None:
        build_s = recorded_build_seconds(dist)
    deb = dist / f"newsreader_{version}_amd64.deb"
    tarball = dist / f"newsreader-{version}-linux-x86_64.tar.gz"
    times = first_article_times(bundle / "newsreader", args.runs)
    cli_times = cli_start_times(bundle / "newsreader", args.runs)
    numbers = {
        "bundle_mb": round(folder_bytes(bundle) / MB, 1),
        "deb_mb": round(deb.stat().st_size / MB, 1) if deb.is_file() else None,
        "tarball_mb": round(tarball.stat().st_size / MB, 1) if tarball.is_file() else None,
        "build_s": round(build_s, 1) if build_s is not None else None,
        "first_article_s": round(statistics.median(times), 3),
        "first_article_min_s": round(min(times), 3),
        "first_article_max_s": round(max(times), 3),
        "cli_version_s": round(statistics.median(cli_times), 3),
        "runs": len(times),
    }
    if args.json:
        print(json.dumps(numbers))
        return 0
    for key, value in numbers.items():
        target = TARGETS.get(key)
        verdict = ""
        if target is not None and isinstance(value, float):
            verdict = f"  (target <= {target:g}: {'ok' if value <= target else 'MISSED'})"
        print(f"{key:>20}: {value}{verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
