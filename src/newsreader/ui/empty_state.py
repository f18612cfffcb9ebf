"""What the window shows instead of an article when there is nothing to read.

API::

    empty = EmptyStateWidget(parent: QWidget | None = None)   # objectName "emptyState"
    empty.set_folder(path: Path | None)   # None: no library open ("Open a folder of
                                          # .txt or .md articles"); a Path: that folder
                                          # has no articles ("This folder has no articles
                                          # yet" and the folder's path)
    empty.set_loading(path: Path)         # "Reading <folder>…" while a load runs
    empty.open_folder_requested: Signal() # the "Open Folder…" button was pressed
    empty.title_text() / empty.detail_text() -> str     (for tests)

Put it in a QStackedWidget beside the article viewer (or splitter) and switch pages when
the library turns out empty. The button takes the focus when the widget is shown, so
Enter or Space opens the folder dialog with no mouse.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QPalette, QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

NO_LIBRARY_TITLE = "No articles to show"
NO_LIBRARY_DETAIL = "Open a folder of .txt or .md articles to see who is quoted in them."
EMPTY_FOLDER_TITLE = "This folder has no articles yet"
EMPTY_FOLDER_DETAIL = (
    "{folder}\n\nAdd .txt or .md articles to it (they appear here by themselves), "
    "or open another folder."
)


class EmptyStateWidget(QWidget):
    """A friendly message and an Open Folder button, centred."""

    open_folder_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)

        self._title = QLabel(self)
        self._title.setObjectName("emptyStateTitle")
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title.setWordWrap(True)
        title_font = QFont(self._title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self._title.setFont(title_font)

        self._detail = QLabel(self)
        self._detail.setObjectName("emptyStateDetail")
        self._detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._detail.setWordWrap(True)
        self._detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.open_button = QPushButton("&Open Folder…", self)
        self.open_button.setObjectName("emptyStateOpenFolder")
        self.open_button.setAccessibleName("Open Folder")
        self.open_button.setToolTip("Choose a folder of .txt or .md articles (Ctrl+O)")
        self.open_button.setAutoDefault(True)
        self.open_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.open_button.clicked.connect(self._on_open_button_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addStretch(1)
        layout.addWidget(self._title)
        layout.addSpacing(8)
        layout.addWidget(self._detail)
        layout.addSpacing(16)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setFocusProxy(self.open_button)
        self.set_folder(None)

    def title_text(self) -> str:
        """The headline shown."""
        return self._title.text()

    def detail_text(self) -> str:
        """The explanation under the headline."""
        return self._detail.text()

    def set_folder(self, path: Path | None) -> None:
        """Explain why there is nothing to read: no library, or ``path`` has no articles."""
        if path is None:
            self._show(NO_LIBRARY_TITLE, NO_LIBRARY_DETAIL)
        else:
            self._show(EMPTY_FOLDER_TITLE, EMPTY_FOLDER_DETAIL.format(folder=path))
        self.open_button.setEnabled(True)

    def set_loading(self, path: Path) -> None:
        """Say that ``path`` is being read (for the moment before the first article)."""
        self._show("Reading articles…", str(path))

    def _show(self, title: str, detail: str) -> None:
        self._title.setText(title)
        self._detail.setText(detail)
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)
        self._title.setAccessibleName(title)
        self._detail.setAccessibleName(detail)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Offer the button to the keyboard, without taking the focus from a control the
        # user is working in (a filter box, say).
        focused = self.window().focusWidget()
        if focused is None or not focused.isVisible() or self.isAncestorOf(focused):
            self.open_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        self.open_folder_requested.emit()
