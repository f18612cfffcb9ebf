"""The one place where exceptions become text, dialogs and status-bar notices.

API::

    describe_error(error: BaseException) -> str
        ArticleLoadError -> "seed.txt: not UTF-8 text. Save the file as UTF-8 ..."
        LibraryError     -> "Cannot open /x/lib: not a folder. Choose another ..."
        OSError, others  -> a sentence with the file (when known) and what to do
    LoadErrorsModel(errors: Iterable[ArticleLoadError] = (), root: Path | None = None,
                    parent: QObject | None = None)                # QAbstractTableModel
        .set_errors(errors, root=None)   replaces the rows (model reset)
        .errors() -> list[ArticleLoadError]
        columns: LoadErrorColumn.FILE ("File", path relative to root), .REASON ("Reason")
        roles:   DisplayRole, ToolTipRole (full path / full reason),
                 LoadErrorRole.ERROR -> the ArticleLoadError, LoadErrorRole.PATH -> Path
    LoadErrorsDialog(model: LoadErrorsModel, parent: QWidget | None = None)   # QDialog
        a QTableView over the model (objectName "loadErrorsTable") and a Close button;
        .table_view; "Copy List" copies "file<TAB>reason" lines.
    LoadErrorsNotice(parent: QWidget | None = None)               # a flat QPushButton
        .set_errors(errors: Sequence[ArticleLoadError], root: Path | None = None)
        hidden when there are none, else "1 file could not be read" / "N files ...";
        clicking (or Enter/Space) opens a LoadErrorsDialog (.dialog, created lazily).
        window.statusBar().addPermanentWidget(notice)

``describe_error`` never raises. Reasons come from the core already phrased for people,
so this module only adds the file name and, for generic errors, what to try next.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from enum import IntEnum
from pathlib import Path
from typing import Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from newsreader.core.errors import ArticleLoadError, LibraryError

log = logging.getLogger("newsreader.ui.messages")

_Index = QModelIndex | QPersistentModelIndex
_ROLE: Final = Qt.ItemDataRole


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."


def describe_error(error: BaseException) -> str:
    """One or two sentences a reader can act on; never raises."""
    try:
        return _describe(error)
    except Exception:  # a broken __str__ must not take the error report down with it
        return f"Unexpected error ({type(error).__name__})."


def _describe(error: BaseException) -> str:
    if isinstance(error, ArticleLoadError):
        return f"{error.path.name}: {_sentence(error.reason)}"
    if isinstance(error, LibraryError):
        return (
            f"Cannot open {error.path}: {_sentence(error.reason)} "
            "Choose another folder with File ▸ Open Folder…"
        )
    if isinstance(error, FileNotFoundError):
        name = Path(error.filename).name if error.filename else "The file"
        return f"{name}: it no longer exists. It may have been moved or deleted; reload (F5)."
    if isinstance(error, PermissionError):
        name = Path(error.filename).name if error.filename else "The file"
        return f"{name}: permission denied. Check that your account may read it."
    if isinstance(error, IsADirectoryError | NotADirectoryError):
        name = Path(error.filename).name if error.filename else "The path"
        return f"{name}: {error.strerror or 'not the expected kind of file'}."
    if isinstance(error, OSError):
        where = f"{Path(error.filename).name}: " if error.filename else ""
        return f"{where}{_sentence(error.strerror or str(error) or 'input/output error')}"
    if isinstance(error, MemoryError):
        return "Out of memory. Close other programs or open a smaller folder."
    detail = str(error).strip()
    name = type(error).__name__
    return f"Unexpected error ({name}): {_sentence(detail)}" if detail else f"Unexpected {name}."


class LoadErrorColumn(IntEnum):
    """Columns of ``LoadErrorsModel``."""

    FILE = 0
    REASON = 1


class LoadErrorRole(IntEnum):
    """Custom data roles of ``LoadErrorsModel``."""

    ERROR = Qt.ItemDataRole.UserRole + 1  # the ArticleLoadError
    PATH = Qt.ItemDataRole.UserRole + 2  # its Path


_HEADERS: Final = {LoadErrorColumn.FILE: "File", LoadErrorColumn.REASON: "Reason"}


class LoadErrorsModel(QAbstractTableModel):
    """The files that failed to load, one row each: file and reason."""

    def __init__(
        self,
        errors: Iterable[ArticleLoadError] = (),
        root: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._errors: list[ArticleLoadError] = list(errors)
        self._root = root

    def set_errors(self, errors: Iterable[ArticleLoadError], root: Path | None = None) -> None:
        """Replace every row (a reload reports the full list again)."""
        self.beginResetModel()
        self._errors = list(errors)
        self._root = root
        self.endResetModel()

    def errors(self) -> list[ArticleLoadError]:
        """The errors shown, in row order."""
        return list(self._errors)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._errors)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(LoadErrorColumn)

    def _shown_path(self, path: Path) -> str:
        if self._root is not None:
            try:
                return str(path.relative_to(self._root))
            except ValueError:
                pass
        return str(path)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._errors):
            return None
        error = self._errors[index.row()]
        column = index.column()
        if role == LoadErrorRole.ERROR:
            return error
        if role == LoadErrorRole.PATH:
            return error.path
        if role in (_ROLE.DisplayRole, _ROLE.AccessibleTextRole):
            if column == LoadErrorColumn.FILE:
                return self._shown_path(error.path)
            if column == LoadErrorColumn.REASON:
                return error.reason
        if role == _ROLE.ToolTipRole:
            return str(error.path) if column == LoadErrorColumn.FILE else error.reason
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == _ROLE.DisplayRole
            and 0 <= section < len(LoadErrorColumn)
        ):
            return _HEADERS[LoadErrorColumn(section)]
        return super().headerData(section, orientation, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _count_text(count: int) -> str:
    return "1 file could not be read" if count == 1 else f"{count} files could not be read"


class LoadErrorsDialog(QDialog):
    """Lists each file that failed to load and why, over a ``LoadErrorsModel``."""

    def __init__(self, model: LoadErrorsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loadErrorsDialog")
        self.setWindowTitle("Files That Could Not Be Read")
        self.setAccessibleName("Files that could not be read")
        self._model = model

        self._summary = QLabel(self)
        self._summary.setObjectName("loadErrorsSummary")
        self._summary.setWordWrap(True)

        self.table_view = QTableView(self)
        self.table_view.setObjectName("loadErrorsTable")
        self.table_view.setAccessibleName("Files and reasons")
        self.table_view.setModel(model)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setWordWrap(True)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table_view.verticalHeader().setVisible(False)
        header = self.table_view.horizontalHeader()
        header.setSectionResizeMode(LoadErrorColumn.FILE, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._summary.setBuddy(self.table_view)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton("&Copy List", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("loadErrorsCopyButton")
        self.copy_button.setAccessibleName("Copy list")
        close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        close_button.setAccessibleName("Close")
        close_button.setDefault(True)  # Enter closes; copying is a deliberate choice
        self.copy_button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)

        layout = QVBoxLayout(self)
        # Sized once, before it is shown: a layout-driven size change after showing is
        # reported as a warning by headless platforms.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self._summary)
        layout.addWidget(self.table_view, 1)
        layout.addWidget(buttons)
        self.setMinimumSize(420, 240)
        self.resize(720, 360)

        model.modelReset.connect(self._on_model_reset)
        self._on_model_reset()

    @Slot()
    def _on_model_reset(self) -> None:
        count = self._model.rowCount()
        self._summary.setText(
            f"{_count_text(count)}. The other articles were opened; the library was not "
            "changed. Fix these files and reload (F5) to read them."
        )
        self.table_view.resizeColumnToContents(LoadErrorColumn.FILE)
        if self.table_view.columnWidth(LoadErrorColumn.FILE) > 320:
            self.table_view.setColumnWidth(LoadErrorColumn.FILE, 320)

    def as_text(self) -> str:
        """Every row as ``path<TAB>reason`` lines (what Copy List puts on the clipboard)."""
        return "".join(f"{e.path}\t{e.reason}\n" for e in self._model.errors())

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.as_text())


class LoadErrorsNotice(QPushButton):
    """A status-bar button, "2 files could not be read", that opens the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loadErrorsNotice")
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        style = self.style()
        if style is not None:
            self.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.setToolTip("Show which files could not be read and why")
        self.setStatusTip("Show which files could not be read and why")
        self.model = LoadErrorsModel(parent=self)
        self.dialog: LoadErrorsDialog | None = None
        self.clicked.connect(self._on_clicked)
        self.set_errors(())

    def set_errors(self, errors: Sequence[ArticleLoadError], root: Path | None = None) -> None:
        """Show the notice for ``errors``; hide it when there are none."""
        self.model.set_errors(errors, root)
        count = len(errors)
        self.setText(_count_text(count) if count else "")
        self.setAccessibleName(_count_text(count) if count else "No load errors")
        self.setAccessibleDescription("Opens the list of files and reasons")
        self.setVisible(count > 0)
        if count:
            log.info("%s", _count_text(count))

    def open_dialog(self) -> LoadErrorsDialog:
        """Show (creating once) the dialog listing the errors, non-blocking."""
        if self.dialog is None:
            self.dialog = LoadErrorsDialog(self.model, self.window())
        if self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
        else:
            self.dialog.open()
        return self.dialog

    @Slot()
    def _on_clicked(self) -> None:
        self.open_dialog()
