"""Engine speed: articles per second through the CLI and in process, on one core.

Generates a library of articles the size of the development articles (by default 5,000,
made from the bundled seeds: body paragraphs shuffled, recurring names replaced, dates
moved) in a temporary folder, then measures, pinned to one CPU:

- read + decode only (``read_article_text``): the floor any pipeline stands on;
- read + parse into blocks, without the quote engine;
- the in-process pipeline (``load_article``: read, parse, find quotes; then JSON);
- ``newsreader extract --json FOLDER > /dev/null`` as a subprocess, start-up included;
- peak memory (``ru_maxrss``) of this process and of the CLI subprocess.

Usage: python benchmarks/bench_engine.py [--count N] [--repeat R] [--profile] [--keep DIR]
The target is at least 1,000 articles/s through the CLI.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from newsreader.core.library import load_article, read_article_text, scan_library
from newsreader.core.parse import format_for, parse_outline
from newsreader.core.serialize import iter_json_chunks

ROOT = Path(__file__).resolve().parents[1]


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


SURNAMES = _words(
    "Okafor Lindqvist Moreau Tanaka Haddad Kowalski Novak Brennan Alvarez Petrov Osei "
    "Nakamura Fischer Duarte Ivanova Mensah Rossi Kaur Walsh Jensen Dubois Sato Mbeki "
    "Larsen Quinn Romero Nilsen Ferreira Kimura Abara"
)
FIRST_NAMES = _words("Ana Ben Chloe Daniel Elena Farid Grace Hugo Ines Jonas Kemi Liam Maya Nora")
MONTHS = _words(
    "January February March April May June July August September October November December"
)
_NAME = re.compile(r"\b[A-Z][a-z]{3,}\b")
_COMMON = frozenset(
    _words(
        "The This That They There These When What With From Their Then Also After Army Force "
        "Defense Department Secretary President General Colonel Navy Space Center States "
        "United Russia Ukraine American National Academy Base NASA"
    )
)


def seed_texts() -> list[str]:
    """The bundled seed articles, the raw material of the generated library."""
    return [read_article_text(p) for p in scan_library(ROOT / "seeds")]


def vary(text: str, rng: random.Random) -> str:
    """A new article from ``text``: same header shape, shuffled body, other names and date."""
    parts = text.split("\n\n")
    head, body = parts[:3], parts[3:]
    rng.shuffle(body)
    counts = Counter(m.group(0) for m in _NAME.finditer("\n\n".join(body)))
    renames = {
        name: rng.choice(SURNAMES)
        for name, seen in counts.items()
        if seen >= 3 and name not in _COMMON
    }
    varied = "\n\n".join(body)
    if renames:
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, renames)) + r")\b")
        varied = pattern.sub(lambda m: renames[m.group(0)], varied)
    varied = varied.replace("Joe ", rng.choice(FIRST_NAMES) + " ")
    date = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2005, 2025)}"
    return "\n\n".join([date, *head[1:], varied]) + "\n"


def generate(folder: Path, count: int, seed: int = 20240618) -> list[Path]:
    """Write ``count`` varied articles into ``folder`` (in subfolders of 500)."""
    rng = random.Random(seed)
    sources = seed_texts()
    paths: list[Path] = []
    for index in range(count):
        sub = folder / f"batch{index // 500:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"{index:05d}.txt"
        path.write_text(vary(sources[index % len(sources)], rng), encoding="utf-8")
        paths.append(path)
    return paths


def rate(count: int, seconds: float) -> str:
    """Articles per second, formatted."""
    return f"{count / seconds:10,.0f} articles/s ({seconds:6.2f} s)"


def _idle_ticks() -> dict[int, int]:
    """Idle clock ticks of each CPU so far (Linux ``/proc/stat``; empty elsewhere)."""
    try:
        rows = Path("/proc/stat").read_text(encoding="ascii").splitlines()
    except OSError:
        return {}
    ticks: dict[int, int] = {}
    for row in rows:
        name, *fields = row.split()
        if name.startswith("cpu") and name[3:].isdigit():
            ticks[int(name[3:])] = int(fields[3]) + int(fields[4])  # idle + iowait
    return ticks


def pin_to_one_core() -> str:
    """Run this process (and its children) on one CPU, the idlest one right now.

    The target is stated per core; on a shared machine the idlest CPU disturbs least.
    """
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    allowed = os.sched_getaffinity(0)
    before = _idle_ticks()
    time.sleep(0.5)
    after = _idle_ticks()
    idle = {cpu: after[cpu] - before.get(cpu, 0) for cpu in after if cpu in allowed}
    cpu = max(idle, key=lambda c: idle[c]) if idle else min(allowed)
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu}"


def time_read(paths: list[Path]) -> float:
    """Seconds to read and decode every file."""
    started = time.perf_counter()
    for path in paths:
        read_article_text(path)
    return time.perf_counter() - started


def time_parse(paths: list[Path]) -> float:
    """Seconds to read and parse every file into blocks, without the quote engine."""
    started = time.perf_counter()
    for path in paths:
        parse_outline(read_article_text(path), format_for(path))
    return time.perf_counter() - started


def time_pipeline(paths: list[Path], with_json: bool) -> tuple[float, int]:
    """Seconds to load (read, parse, extract) every file, optionally serialising to JSON."""
    quotes = 0
    started = time.perf_counter()
    articles = (load_article(path) for path in paths)
    if with_json:
        sink = io.StringIO()
        for chunk in iter_json_chunks(articles):
            sink.write(chunk)
    else:
        for article in articles:
            quotes += len(article.quotes)
    return time.perf_counter() - started, quotes


def time_cli(folder: Path) -> tuple[float, int, int]:
    """Seconds, exit status and peak memory (kB) of ``newsreader extract --json folder``."""
    command = [sys.executable, "-m", "newsreader", "extract", "--json", str(folder)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    with Path(os.devnull).open("w", encoding="utf-8") as devnull:
        status = subprocess.run(command, stdout=devnull, check=False).returncode
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, status, max(peak, before)


def profile_pipeline(paths: list[Path], top: int = 25) -> None:
    """Where the in-process pipeline spends its time, by function (cumulative)."""
    profiler = cProfile.Profile()
    profiler.enable()
    for path in paths:
        load_article(path)
    profiler.disable()
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream).strip_dirs().sort_stats("cumulative")
    stats.print_stats(top)
    print(stream.getvalue())
    by_module: Counter[str] = Counter()
    for (filename, _, _), (_, _, own, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        by_module[filename] += own
    print("own time by module:")
    total = sum(by_module.values()) or 1.0
    for module, seconds in by_module.most_common(12):
        print(f"  {module:32} {seconds:7.3f} s  {100 * seconds / total:5.1f} %")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=5000, help="articles to generate")
    parser.add_argument("--profile", action="store_true", help="profile the pipeline stages")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument(
        "--repeat", type=int, default=2, help="runs of each measurement; the best is shown "
        "(the machine is shared: the fastest run is the one least disturbed)"
    )
    options = parser.parse_args()
    pinning = pin_to_one_core()
    with tempfile.TemporaryDirectory(prefix="newsreader-bench-") as scratch:
        folder = options.keep or Path(scratch) / "library"
        paths = generate(folder, options.count)
        size = sum(p.stat().st_size for p in paths) / len(paths)
        print(f"library: {len(paths):,} articles, {size / 1024:.1f} kB each on average, "
              f"{pinning}, Python {sys.version.split()[0]}")
        time_read(paths)  # warm the page cache so every figure reads from memory
        runs = range(max(1, options.repeat))
        read_s = min(time_read(paths) for _ in range(3 * len(runs)))
        parse_s = min(time_parse(paths) for _ in runs)
        pipe_s, quotes = min(time_pipeline(paths, with_json=False) for _ in runs)
        json_s, _ = min(time_pipeline(paths, with_json=True) for _ in runs)
        self_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        cli_s, status, cli_peak = min(time_cli(folder) for _ in runs)
        count = len(paths)
        print(f"read + decode only       {rate(count, read_s)}")
        print(f"read + parse (no quotes) {rate(count, parse_s)}")
        print(f"in-process pipeline      {rate(count, pipe_s)}  ({quotes:,} quotes found)")
        print(f"in-process + JSON        {rate(count, json_s)}")
        print(f"newsreader extract --json{rate(count, cli_s)}  exit status {status}")
        print(f"pipeline / read ratio    {pipe_s / read_s:10.1f} x the time of reading alone")
        print(f"CLI / read ratio         {cli_s / read_s:10.1f} x")
        engine_share = (pipe_s - parse_s) / pipe_s if pipe_s else 0.0
        print(f"time in the quote engine {100 * engine_share:10.0f} % of the pipeline")
        print(f"peak memory: this process {self_peak / 1024:.0f} MB, "
              f"CLI subprocess {cli_peak / 1024:.0f} MB")
        target = "met" if count / cli_s >= 1000 else "NOT met"
        print(f"target >= 1,000 articles/s through the CLI: {target}")
        if options.profile:
            profile_pipeline(paths[: min(count, 2000)])
    return 0 if status == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
