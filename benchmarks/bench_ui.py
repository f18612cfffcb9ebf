"""Desktop reader timings: launch to first article, article switch, speaker click to quote.

Run: ``.venv/bin/python benchmarks/bench_ui.py [--runs N] [LIBRARY]``

* launch → first article shown: ``newsreader --smoke-test`` run as a subprocess several
  times; the app measures from its own process start (so Python and Qt start-up count);
  the median is reported. Target ≤ 0.25 s for the seeds (Qt alone needs about 0.1 s).
* switch article and speaker click → quote in view: measured in-process on a real window,
  each including a synchronous repaint of the viewer. Targets ≤ 30 ms.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def launch_times(library: Path, runs: int) -> list[float]:
    """``first_article_shown_s`` of ``runs`` smoke-test launches."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    times: list[float] = []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-m", "newsreader", "--smoke-test", str(library)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        line = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else "{}"
        data = json.loads(line)
        if data.get("smoke") != "ok":
            raise SystemExit(f"smoke test failed: {line} {result.stderr[-500:]}")
        times.append(float(data["first_article_shown_s"]))
    return times


QT_ALONE = """
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QTextBrowser())
window.show()
app.processEvents()
window.centralWidget().repaint()
import os, time
stat = open("/proc/self/stat").read()
ticks = int(stat[stat.rindex(")") + 2 :].split()[19])
print(time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK"))
"""


def qt_alone_times(runs: int) -> list[float]:
    """Process start → a bare Qt window painted: the floor under the launch time."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    times = []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", QT_ALONE],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=True,
        )
        times.append(float(result.stdout.strip().splitlines()[-1]))
    return times


def interaction_times(library: Path) -> tuple[list[float], list[float]]:
    """(article switch times, speaker click → quote in view times), in seconds."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from newsreader.ui.main_window import MainWindow
    from newsreader.ui.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        settings = AppSettings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings)
        window.resize(1280, 800)
        window.show()
        loop = QEventLoop()
        window.library_loaded.connect(lambda *_: loop.quit())
        QTimer.singleShot(30_000, loop.quit)
        window.open_library(library)
        loop.exec()
        panel, viewer = window.article_panel, window.viewer
        rows = panel.proxy.rowCount()
        switches: list[float] = []
        for _ in range(3):
            for row in range(rows):
                start = time.perf_counter()
                panel.select_row(row)
                viewer.viewport().repaint()
                switches.append(time.perf_counter() - start)
                app.processEvents()
        clicks: list[float] = []
        for row in range(rows):
            panel.select_row(row)
            app.processEvents()
            for speaker_row in range(window.speaker_panel.proxy.rowCount()):
                start = time.perf_counter()
                window.speaker_panel.activate_row(speaker_row)
                viewer.viewport().repaint()
                clicks.append(time.perf_counter() - start)
                app.processEvents()
        window.close()
    return switches, clicks


def large_library_load(copies: int) -> tuple[int, float, float]:
    """(articles, seconds to load, longest event-loop stall) for the seeds copied ``copies``
    times: the window must stay responsive while a big folder streams in."""
    import shutil

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from newsreader.ui.main_window import MainWindow
    from newsreader.ui.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        library = Path(folder) / "library"
        library.mkdir()
        for copy in range(copies):
            for seed in SEEDS.glob("*.txt"):
                shutil.copy(seed, library / f"{copy:03d}_{seed.name}")
        settings = AppSettings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings)
        window.show()
        ticks: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        timer.start(10)
        loop = QEventLoop()
        window.library_loaded.connect(lambda *_: loop.quit())
        QTimer.singleShot(120_000, loop.quit)
        start = time.perf_counter()
        window.open_library(library)
        loop.exec()
        elapsed = time.perf_counter() - start
        timer.stop()
        count = window.article_model.rowCount()
        window.close()
        del app
    stalls = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    return count, elapsed, max(stalls, default=0.0)


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.1f} ms, max {max(values) * 1000:.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("library", nargs="?", type=Path, default=SEEDS)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--copies", type=int, default=30, help="seed copies for the large library")
    args = parser.parse_args()
    floor = statistics.median(qt_alone_times(args.runs))
    launches = launch_times(args.library, args.runs)
    median = statistics.median(launches)
    print(
        f"launch → first article shown: median {median:.3f} s over {len(launches)} runs "
        f"(min {min(launches):.3f}, max {max(launches):.3f}; target ≤ 0.25 s); "
        f"a bare Qt window: median {floor:.3f} s"
    )
    switches, clicks = interaction_times(args.library)
    print(f"switch article: {_ms(switches)} over {len(switches)} switches (target ≤ 30 ms)")
    if clicks:
        count = f"over {len(clicks)} clicks"
        print(f"speaker click → quote in view: {_ms(clicks)} {count} (target ≤ 30 ms)")
    else:
        print("speaker click → quote in view: no speakers found in the library")
    count, elapsed, stall = large_library_load(args.copies)
    print(
        f"large library ({count} articles): loaded in {elapsed:.2f} s, "
        f"longest event-loop stall {stall * 1000:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
