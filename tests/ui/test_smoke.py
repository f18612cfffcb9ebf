"""``newsreader --smoke-test``: the contract the installer's build relies on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from newsreader.core.document import Article
from newsreader.ui.main_window import MainWindow
from newsreader.ui.settings import AppSettings


def run_smoke(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(home / "config"), HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "newsreader", "--smoke-test", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=90,
        check=False,
    )


def test_smoke_test_passes_on_the_seeds_and_leaves_no_settings(tmp_path: Path) -> None:
    result = run_smoke(home=tmp_path)
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, result.stdout + result.stderr
    data = json.loads(lines[0])
    assert result.returncode == 0, data
    assert data["smoke"] == "ok"
    assert data["articles"] >= 11
    assert isinstance(data["speaker"], str) and data["speaker"]
    assert 0 < data["first_article_shown_s"] < 30
    assert not (tmp_path / "config" / "newsreader").exists()


def test_smoke_test_fails_cleanly_on_an_empty_folder(tmp_path: Path) -> None:
    library = tmp_path / "empty"
    library.mkdir()
    result = run_smoke(str(library), home=tmp_path)
    assert result.returncode == 1
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["smoke"] == "failed" and data["reason"]


def test_a_slow_library_shows_progress_and_articles_as_they_arrive(
    qtbot: QtBot, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsreader.core import library

    real = library.load_article

    def slow(path: Path) -> Article:
        time.sleep(0.12)
        return real(path)

    monkeypatch.setattr(library, "load_article", slow)
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.library_loaded, timeout=30_000):
        window.open_library(seeds_dir)
        qtbot.waitUntil(lambda: window.viewer.article() is not None, timeout=10_000)
        assert window.session.is_loading()  # the first article shows before the rest load
        qtbot.waitUntil(window.progress.isVisible, timeout=10_000)
    assert not window.progress.isVisible()
    assert window.article_model.rowCount() >= 11
