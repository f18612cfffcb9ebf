"""The first-article prefetch: a forked child parses it, the session shows it first.

The fork itself runs in a fresh subprocess (a pytest process has threads, where the
prefetch rightly refuses to fork); the session side is tested in-process with a pipe
this test fills itself, so it needs no fork.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from newsreader.core.library import load_article
from newsreader.first_article import Prefetch, can_prefetch, first_article_path
from newsreader.ui.library_session import LibrarySession
from newsreader.ui.models.article_list import ArticleListModel
from newsreader.ui.prefetch import PrefetchReader
from newsreader.ui.tasks import TaskRunner

SEED = "000_a3f28121737e2d7d.txt"
LAST = "110_nasa-x59-milestone.txt"

CHILD_SCRIPT = """
import json, sys
from pathlib import Path
from newsreader.first_article import start_prefetch

prefetch = start_prefetch(require_idle_core=False)  # before Qt, as cli.run_gui does
if prefetch is None:
    print(json.dumps({"forked": False}))
    raise SystemExit(0)
from PySide6.QtCore import QCoreApplication, QTimer
from newsreader.ui.prefetch import PrefetchReader

library, wanted = Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None
prefetch.request(library, wanted)
app = QCoreApplication([])
reader = PrefetchReader(prefetch)
result = {"forked": True}
def done(article):
    result["path"] = str(article.path) if article is not None else None
    result["quotes"] = len(article.quotes) if article is not None else 0
    app.quit()
reader.done.connect(done)
QTimer.singleShot(20_000, app.quit)
app.exec()
print(json.dumps(result))
"""


def _run_child(*args: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", CHILD_SCRIPT, *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    data: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def test_a_forked_child_parses_the_remembered_article(seeds_dir: Path) -> None:
    data = _run_child(str(seeds_dir), str(seeds_dir / LAST))
    if not data["forked"]:  # not Linux: the loader thread does the work instead
        assert not sys.platform.startswith("linux")
        return
    assert data["path"] == str(seeds_dir / LAST)
    assert data["quotes"] == len(load_article(seeds_dir / LAST).quotes)


def test_without_a_remembered_article_the_first_file_is_parsed(seeds_dir: Path) -> None:
    data = _run_child(str(seeds_dir))
    if data["forked"]:
        assert data["path"] == str(seeds_dir / SEED)


def test_the_first_article_is_the_remembered_one_only_if_the_library_has_it(
    seeds_dir: Path, tmp_path: Path
) -> None:
    assert first_article_path(seeds_dir, seeds_dir / LAST) == seeds_dir / LAST
    assert first_article_path(seeds_dir, tmp_path / "elsewhere.txt") == seeds_dir / SEED
    assert first_article_path(seeds_dir, None) == seeds_dir / SEED
    empty = tmp_path / "empty"
    empty.mkdir()
    assert first_article_path(empty, None) is None


def test_no_fork_in_a_process_with_threads() -> None:
    # pytest-qt's application already runs Qt's threads: forking here would be unsafe.
    if sum(1 for _ in Path("/proc/self/task").iterdir()) > 1:
        assert not can_prefetch()


def _fake_prefetch(library: Path, payload: bytes) -> Prefetch:
    """A ``Prefetch`` whose pipe already holds ``payload``, with a real (finished) child."""
    read_fd, write_fd = os.pipe()
    os.write(write_fd, payload)
    os.close(write_fd)
    request_read, request_write = os.pipe()
    os.close(request_read)
    pid = os.posix_spawn("/bin/true", ["true"], dict(os.environ))
    prefetch = Prefetch(pid, read_fd, request_write)
    prefetch.request(library)
    return prefetch


def test_the_session_shows_the_prefetched_article_before_loading_the_rest(
    qtbot: QtBot, seeds_dir: Path
) -> None:
    article = load_article(seeds_dir / LAST)
    model = ArticleListModel()
    session = LibrarySession(TaskRunner(), model)
    added: list[Path] = []
    session.article_added.connect(lambda a: added.append(a.path))
    first = _fake_prefetch(seeds_dir, pickle.dumps(article))
    with qtbot.waitSignal(session.loaded, timeout=30_000):
        session.open(seeds_dir, first)
        assert session.is_loading()
    session.close()
    assert added[0] == seeds_dir / LAST
    assert len(added) == model.rowCount() >= 11  # the loader's copy replaced nothing
    assert model.article_at(model.row_of(seeds_dir / LAST)) == article


def test_a_failed_prefetch_falls_back_to_the_loader(qtbot: QtBot, seeds_dir: Path) -> None:
    model = ArticleListModel()
    session = LibrarySession(TaskRunner(), model)
    with qtbot.waitSignal(session.loaded, timeout=30_000):
        session.open(seeds_dir, _fake_prefetch(seeds_dir, b"not a pickle"))
    session.close()
    assert model.rowCount() >= 11


def test_opening_another_library_drops_a_pending_prefetch(
    qtbot: QtBot, seeds_dir: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "one.txt").write_text("One\n\nA paragraph.\n", encoding="utf-8")
    model = ArticleListModel()
    session = LibrarySession(TaskRunner(), model)
    stale = _fake_prefetch(seeds_dir, pickle.dumps(load_article(seeds_dir / SEED)))
    with qtbot.waitSignal(session.loaded, timeout=30_000):
        session.open(seeds_dir, stale)
        session.open(other)
    session.close()
    assert [a.path for a in model.articles()] == [other / "one.txt"]


def test_a_reader_reports_a_child_that_wrote_nothing(qtbot: QtBot, seeds_dir: Path) -> None:
    reader = PrefetchReader(_fake_prefetch(seeds_dir, b""))
    with qtbot.waitSignal(reader.done, timeout=5000) as blocker:
        pass
    assert blocker.args == [None]


def test_a_request_nobody_answers_is_given_up_cleanly(seeds_dir: Path) -> None:
    prefetch = _fake_prefetch(seeds_dir, b"")
    prefetch.close()
    assert prefetch.closed
    prefetch.close()  # twice is harmless


def test_a_reload_before_the_prefetch_answers_still_loads_and_watches(
    qtbot: QtBot, seeds_dir: Path
) -> None:
    model = ArticleListModel()
    session = LibrarySession(TaskRunner(), model)
    with qtbot.waitSignal(session.loaded, timeout=30_000):
        session.open(seeds_dir, _fake_prefetch(seeds_dir, b""))
        session.refresh()
    assert model.rowCount() >= 11
    assert session._watcher.root == seeds_dir  # the pass counted as the first one
    session.close()
