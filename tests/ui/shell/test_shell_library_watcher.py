"""LibraryWatcher: one debounced signal per change of the articles, none for noise."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from newsreader.ui.library_watcher import LibraryWatcher

WAIT_MS = 3000
QUIET_MS = 400  # > the 60 ms debounce used here, so a signal would have come


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "library"
    (root / "politics").mkdir(parents=True)
    (root / "one.txt").write_text("One\n\nText.\n", encoding="utf-8")
    (root / "politics" / "two.md").write_text("# Two\n\nText.\n", encoding="utf-8")
    return root


@pytest.fixture
def watcher(qtbot: QtBot) -> Iterator[LibraryWatcher]:
    watcher = LibraryWatcher(debounce_ms=60)
    yield watcher
    watcher.stop()


def _modify(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    stat = path.stat()  # make sure the time stamp differs even on coarse file systems
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def test_watches_every_folder_and_article(library: Path, watcher: LibraryWatcher) -> None:
    (library / ".git").mkdir()
    (library / ".git" / "HEAD.txt").write_text("x", encoding="utf-8")
    (library / "notes.pdf").write_bytes(b"%PDF")
    watcher.watch(library)
    assert watcher.root == library
    assert watcher.watched_paths() == sorted(
        [
            str(library),
            str(library / "politics"),
            str(library / "one.txt"),
            str(library / "politics" / "two.md"),
        ]
    )


def test_added_file_signals_once(qtbot: QtBot, library: Path, watcher: LibraryWatcher) -> None:
    watcher.watch(library)
    with qtbot.waitSignal(watcher.library_changed, timeout=WAIT_MS):
        (library / "three.txt").write_text("Three\n", encoding="utf-8")
    assert str(library / "three.txt") in watcher.watched_paths()
    with qtbot.assertNotEmitted(watcher.library_changed, wait=QUIET_MS):
        pass


def test_changed_file_signals(qtbot: QtBot, library: Path, watcher: LibraryWatcher) -> None:
    watcher.watch(library)
    with qtbot.waitSignal(watcher.library_changed, timeout=WAIT_MS):
        _modify(library / "politics" / "two.md", "# Two\n\nNew text, longer.\n")


def test_removed_file_signals(qtbot: QtBot, library: Path, watcher: LibraryWatcher) -> None:
    watcher.watch(library)
    with qtbot.waitSignal(watcher.library_changed, timeout=WAIT_MS):
        (library / "one.txt").unlink()
    assert str(library / "one.txt") not in watcher.watched_paths()


def test_burst_of_changes_gives_one_signal(
    qtbot: QtBot, library: Path, watcher: LibraryWatcher
) -> None:
    watcher.watch(library)
    count = 0

    def count_signal() -> None:
        nonlocal count
        count += 1

    watcher.library_changed.connect(count_signal)
    with qtbot.waitSignal(watcher.library_changed, timeout=WAIT_MS):
        for i in range(30):
            (library / f"burst{i}.txt").write_text(f"Article {i}\n", encoding="utf-8")
        _modify(library / "one.txt", "changed\n")
    qtbot.wait(QUIET_MS)
    assert count == 1


def test_atomic_save_is_seen_and_rewatched(
    qtbot: QtBot, library: Path, watcher: LibraryWatcher
) -> None:
    target = library / "one.txt"
    watcher.watch(library)
    for round_ in range(2):  # the second save proves the new file is watched again
        with qtbot.waitSignal(watcher.library_changed, timeout=WAIT_MS):
            temp = library / f".one.txt.tmp{round_}"
            temp.write_text(f"Saved by an editor, round {round_}.\n", encoding="utf-8")
            temp.replace(target)
        qtbot.waitUntil(lambda: str(target) in watcher.watched_paths(), timeout=WAIT_MS)


def test_new_subfolder_is_watched(qtbot: QtBot, library: Path, watcher: LibraryWatcher) -> None:
    watcher.watch(library)
    sub = library / "world"
    with qtbot.assertNotEmitted(watcher.library_changed, wait=QUIET_MS):
        sub.mkdir()  # no article yet: nothing to reload
    qtbot.waitUntil(lambda: str(sub) in watcher.watched_paths(), timeout=WAIT_MS)
    with qtbot.waitSignal(watcher.library_changed, timeout=WAIT_MS):
        (sub / "new.md").write_text("# New\n", encoding="utf-8")


def test_editor_noise_is_ignored(qtbot: QtBot, library: Path, watcher: LibraryWatcher) -> None:
    watcher.watch(library)
    with qtbot.assertNotEmitted(watcher.library_changed, wait=QUIET_MS):
        (library / ".one.txt.swp").write_bytes(b"\x00swap")
        (library / "one.txt~").write_text("backup", encoding="utf-8")
        (library / "image.png").write_bytes(b"\x89PNG")
        (library / ".#one.txt").write_text("lock", encoding="utf-8")


def test_single_file(qtbot: QtBot, library: Path, watcher: LibraryWatcher) -> None:
    target = library / "one.txt"
    watcher.watch(target)
    assert str(target) in watcher.watched_paths()
    with qtbot.assertNotEmitted(watcher.library_changed, wait=QUIET_MS):
        (library / "other.txt").write_text("a sibling is not our article\n", encoding="utf-8")
    with qtbot.waitSignal(watcher.library_changed, timeout=WAIT_MS):
        _modify(target, "New content of the one file.\n")
    with qtbot.waitSignal(watcher.library_changed, timeout=WAIT_MS):
        temp = library / "one.txt.new"
        temp.write_text("Atomically saved.\n", encoding="utf-8")
        temp.replace(target)


def test_stop_and_rewatch(qtbot: QtBot, library: Path, tmp_path: Path) -> None:
    watcher = LibraryWatcher(debounce_ms=60)
    watcher.watch(library)
    watcher.stop()
    assert watcher.root is None
    assert watcher.watched_paths() == []
    with qtbot.assertNotEmitted(watcher.library_changed, wait=QUIET_MS):
        (library / "after-stop.txt").write_text("x\n", encoding="utf-8")

    other = tmp_path / "other"
    other.mkdir()
    watcher.watch(other)
    with qtbot.assertNotEmitted(watcher.library_changed, wait=QUIET_MS):
        (library / "old-library.txt").write_text("x\n", encoding="utf-8")
    with qtbot.waitSignal(watcher.library_changed, timeout=WAIT_MS):
        (other / "a.md").write_text("# A\n", encoding="utf-8")
    watcher.stop()


def test_missing_root_and_removed_root(qtbot: QtBot, tmp_path: Path) -> None:
    watcher = LibraryWatcher(debounce_ms=60)
    watcher.watch(tmp_path / "does-not-exist")
    assert watcher.watched_paths() == [str(tmp_path)]
    watcher.stop()

    root = tmp_path / "lib"
    root.mkdir()
    (root / "a.txt").write_text("a\n", encoding="utf-8")
    watcher.watch(root)
    with qtbot.waitSignal(watcher.library_changed, timeout=WAIT_MS):
        (root / "a.txt").unlink()
        root.rmdir()
    watcher.stop()


def test_never_writes(qtbot: QtBot, library: Path, watcher: LibraryWatcher) -> None:
    before = sorted((p, p.stat().st_mtime_ns) for p in library.rglob("*"))
    watcher.watch(library)
    with qtbot.waitSignal(watcher.library_changed, timeout=WAIT_MS):
        (library / "x.txt").write_text("x\n", encoding="utf-8")
    (library / "x.txt").unlink()
    qtbot.wait(QUIET_MS)
    after = sorted((p, p.stat().st_mtime_ns) for p in library.rglob("*") if p.is_file())
    assert after == [(p, m) for p, m in before if p.is_file()]


def test_removed_subfolder_is_unwatched(
    qtbot: QtBot, library: Path, watcher: LibraryWatcher
) -> None:
    watcher.watch(library)
    sub = library / "politics"
    with qtbot.waitSignal(watcher.library_changed, timeout=WAIT_MS):
        (sub / "two.md").unlink()
        sub.rmdir()
    assert not any(p.startswith(str(sub)) for p in watcher.watched_paths())


def test_beyond_the_file_limit_only_folders_are_watched(
    qtbot: QtBot, library: Path, watcher: LibraryWatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsreader.ui.library_watcher as module

    monkeypatch.setattr(module, "MAX_WATCHED_FILES", 1)
    watcher.watch(library)
    watched_files = [p for p in watcher.watched_paths() if Path(p).is_file()]
    assert len(watched_files) == 1
    with qtbot.waitSignal(watcher.library_changed, timeout=WAIT_MS):
        (library / "added.txt").write_text("still seen through the folder\n", encoding="utf-8")


def test_custom_article_predicate(qtbot: QtBot, library: Path) -> None:
    watcher = LibraryWatcher(debounce_ms=60, is_article=lambda p: p.suffix == ".md")
    watcher.watch(library)
    try:
        assert str(library / "one.txt") not in watcher.watched_paths()
        with qtbot.assertNotEmitted(watcher.library_changed, wait=QUIET_MS):
            _modify(library / "one.txt", "not an article for this watcher\n")
    finally:
        watcher.stop()
