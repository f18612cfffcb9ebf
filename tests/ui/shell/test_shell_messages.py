"""messages: errors become actionable text; the load-error list, dialog and notice."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLayout, QStatusBar, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from newsreader.core.errors import ArticleLoadError, LibraryError
from newsreader.ui.messages import (
    LoadErrorColumn,
    LoadErrorRole,
    LoadErrorsDialog,
    LoadErrorsModel,
    LoadErrorsNotice,
    describe_error,
)

LIB = Path("/library")
ERRORS = [
    ArticleLoadError(LIB / "bad" / "latin1.txt", "not UTF-8 text; save it as UTF-8"),
    ArticleLoadError(LIB / "empty.md", "the file is empty"),
    ArticleLoadError(Path("/elsewhere/x.txt"), "permission denied"),
]


class _BrokenStrError(Exception):
    def __str__(self) -> str:
        raise RuntimeError("no")


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (ArticleLoadError(LIB / "a.txt", "not UTF-8 text"), "a.txt: not UTF-8 text."),
        (ArticleLoadError(LIB / "a.txt", "is empty."), "a.txt: is empty."),
        (LibraryError(LIB, "not a folder"), "Cannot open /library: not a folder. Choose"),
        (FileNotFoundError(errno.ENOENT, "No such file", "/l/gone.txt"), "gone.txt: it no longer"),
        (PermissionError(errno.EACCES, "Permission denied", "/l/p.txt"), "p.txt: permission"),
        (OSError(errno.EIO, "Input/output error", "/l/io.txt"), "io.txt: Input/output error."),
        (OSError("disk on fire"), "disk on fire."),
        (MemoryError(), "Out of memory."),
        (ValueError("bad value"), "Unexpected error (ValueError): bad value."),
        (RuntimeError(), "Unexpected RuntimeError."),
        (_BrokenStrError(), "Unexpected error (_BrokenStrError)."),
    ],
)
def test_describe_error(error: BaseException, expected: str) -> None:
    assert describe_error(error).startswith(expected)


def test_model_passes_qtmodeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = LoadErrorsModel(ERRORS, root=LIB)
    qtmodeltester.check(model, force_py=True)
    model.set_errors([])
    qtmodeltester.check(model, force_py=True)


def test_model_rows_and_roles() -> None:
    model = LoadErrorsModel(ERRORS, root=LIB)
    assert model.rowCount() == 3
    assert model.columnCount() == 2
    assert model.rowCount(model.index(0, 0)) == 0
    file_index = model.index(0, LoadErrorColumn.FILE)
    reason_index = model.index(0, LoadErrorColumn.REASON)
    assert file_index.data() == str(Path("bad") / "latin1.txt")
    assert file_index.data(Qt.ItemDataRole.ToolTipRole) == str(LIB / "bad" / "latin1.txt")
    assert reason_index.data() == "not UTF-8 text; save it as UTF-8"
    assert file_index.data(LoadErrorRole.ERROR) is ERRORS[0]
    assert reason_index.data(LoadErrorRole.PATH) == ERRORS[0].path
    # outside the root: the full path
    assert model.index(2, LoadErrorColumn.FILE).data() == "/elsewhere/x.txt"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "File"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Reason"
    assert model.data(QModelIndex()) is None
    assert model.errors() == ERRORS


def test_set_errors_resets(qtbot: QtBot) -> None:
    model = LoadErrorsModel()
    assert model.rowCount() == 0
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.set_errors(ERRORS[:1])
    assert model.rowCount() == 1


def test_dialog_lists_every_file_and_reason(qtbot: QtBot) -> None:
    model = LoadErrorsModel(ERRORS, root=LIB)
    dialog = LoadErrorsDialog(model)
    qtbot.addWidget(dialog)
    view = dialog.table_view
    assert view.model() is model
    assert view.accessibleName()
    shown = [
        (view.model().index(r, 0).data(), view.model().index(r, 1).data())
        for r in range(view.model().rowCount())
    ]
    assert len(shown) == 3
    assert ("empty.md", "the file is empty") in shown
    assert "3 files could not be read" in dialog.findChild(type(dialog._summary)).text()

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    assert clipboard is not None
    assert clipboard.text() == dialog.as_text()
    assert f"{LIB / 'empty.md'}\tthe file is empty\n" in dialog.as_text()


def test_notice_hidden_without_errors_and_opens_dialog(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # no resize warnings
    host.setMinimumSize(400, 100)
    bar = QStatusBar(host)
    layout.addWidget(bar)
    notice = LoadErrorsNotice()
    bar.addPermanentWidget(notice)
    host.show()
    qtbot.waitExposed(host)
    assert not notice.isVisible()

    notice.set_errors(ERRORS[:2], root=LIB)
    assert notice.isVisible()
    assert notice.text() == "2 files could not be read"
    assert notice.accessibleName() == "2 files could not be read"

    notice.set_errors(ERRORS[:1])
    assert notice.text() == "1 file could not be read"

    qtbot.mouseClick(notice, Qt.MouseButton.LeftButton)
    dialog = notice.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=1000)
    assert dialog.table_view.model().rowCount() == 1
    dialog.reject()
    assert not dialog.isVisible()

    # opening again reuses the dialog and shows the current list
    notice.set_errors(ERRORS)
    notice.setFocus()
    qtbot.keyClick(notice, Qt.Key.Key_Space)
    assert notice.dialog is dialog
    qtbot.waitUntil(dialog.isVisible, timeout=1000)
    assert dialog.table_view.model().rowCount() == 3
    dialog.reject()

    notice.set_errors([])
    assert not notice.isVisible()


def test_directory_errors_are_described() -> None:
    text = describe_error(IsADirectoryError(errno.EISDIR, "Is a directory", "/l/folder.txt"))
    assert text == "folder.txt: Is a directory."


def test_model_flags() -> None:
    model = LoadErrorsModel(ERRORS)
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    flags = model.flags(model.index(0, 0))
    assert flags & Qt.ItemFlag.ItemIsSelectable
    assert not flags & Qt.ItemFlag.ItemIsEditable
