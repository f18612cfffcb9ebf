"""Slow work runs on a worker thread and its results arrive on the UI thread."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from newsreader.ui.loading import LibraryLoader
from newsreader.ui.tasks import TaskRunner


def test_run_delivers_the_result_on_the_ui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    ui_thread = QThread.currentThread()
    seen: list[tuple[object, bool, bool]] = []
    worker_ids: list[int] = []

    def work() -> int:
        worker_ids.append(threading.get_ident())
        return 42

    def done(value: object) -> None:
        seen.append((value, QThread.currentThread() is ui_thread, True))

    runner.run(work, done)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [(42, True, True)]
    assert worker_ids and worker_ids[0] != threading.get_ident()


def test_failures_reach_the_failure_callback(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def work() -> None:
        raise ValueError("boom")

    runner.run(work, lambda _v: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError)


def test_stream_delivers_items_in_order_and_cancel_stops_callbacks(qtbot: QtBot) -> None:
    runner = TaskRunner()
    items: list[object] = []
    finished: list[bool] = []
    runner.stream(lambda: iter(range(5)), items.append, lambda: finished.append(True))
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    assert items == [0, 1, 2, 3, 4]

    gate = threading.Event()
    late: list[object] = []

    def slow() -> object:
        yield 1
        gate.wait(5)
        yield 2

    handle = runner.stream(slow, late.append, lambda: late.append("done"))
    handle.cancel()
    gate.set()
    assert runner.wait(5000)
    qtbot.wait(50)
    assert late == []


def test_loader_streams_articles_and_reports_bad_files(
    qtbot: QtBot, tmp_path: Path, seeds_dir: Path
) -> None:
    shutil.copy(seeds_dir / "000_a3f28121737e2d7d.txt", tmp_path / "good.txt")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    loader = LibraryLoader(TaskRunner())
    articles: list[object] = []
    failed: list[object] = []
    loader.article_loaded.connect(articles.append)
    loader.file_failed.connect(failed.append)
    with qtbot.waitSignal(loader.finished, timeout=10_000) as blocker:
        loader.open(tmp_path)
    assert blocker.args == [1, 1]
    assert len(articles) == 1 and len(failed) == 1


def test_loader_reports_a_missing_folder(qtbot: QtBot, tmp_path: Path) -> None:
    loader = LibraryLoader(TaskRunner())
    with qtbot.waitSignal(loader.library_failed, timeout=5000) as blocker:
        loader.open(tmp_path / "missing")
    assert "not found" in str(blocker.args[0])
