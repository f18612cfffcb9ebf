"""Find in the article: a slim bar under the viewer, like a browser's.

API::

    bar = FindBar(viewer: QTextBrowser, parent: QWidget | None = None)   # hidden at first
    bar.show_and_focus()      # Edit ▸ Find (Ctrl+F): shows, prefills from a one-line
                              # selection, selects the text and focuses the field
    bar.find_next() -> bool   # Edit ▸ Find Next (F3): next match, wrapping to the top
    bar.find_previous() -> bool   # Shift+F3: previous match, wrapping to the bottom
    bar.close_bar()           # hides and gives the focus back to the viewer
    bar.text() / bar.set_text(str)
    bar.closed: Signal()      # the bar was hidden (Escape, close button, close_bar)
    bar.not_found -> bool     # whether the last search found nothing
    bar.status_text() -> str  # "2 of 5", "Not found", "2 of 5, wrapped to the top"

Keys inside the bar: Enter = next, Shift+Enter = previous, Escape = close; typing searches
as you type from where the current match starts. The match becomes the viewer's text
cursor selection (scrolled into view), the same way a selected quote is shown. Matching
ignores case unless "Match case" is checked. When nothing matches the field turns red
and the status says "Not found" (also as the field's accessible description, so screen
readers announce it). Objects: "findBar", "findBarEdit", "findBarPrevious",
"findBarNext", "findBarMatchCase", "findBarStatus", "findBarClose".
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QToolButton,
    QWidget,
)

MAX_COUNTED_MATCHES: Final = 999
_NOT_FOUND_TINT: Final = QColor("#e01b24")


class FindBar(QWidget):
    """Search field with next/previous/close over a QTextBrowser."""

    closed = Signal()

    def __init__(self, viewer: QTextBrowser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._viewer = viewer
        self._not_found = False
        self._status = ""
        self.setObjectName("findBar")
        self.setAccessibleName("Find in article")

        label = QLabel("Fi&nd:", self)
        self._edit = QLineEdit(self)
        self._edit.setObjectName("findBarEdit")
        self._edit.setAccessibleName("Find in article")
        self._edit.setPlaceholderText("Find in article")
        self._edit.setClearButtonEnabled(True)
        self._edit.installEventFilter(self)
        label.setBuddy(self._edit)
        self._normal_palette = QPalette(self._edit.palette())

        # Arrows drawn by the style in the palette's colours, so they follow the theme
        # (the standard arrow icons are black pixmaps, invisible in a dark theme).
        self._previous = self._button("findBarPrevious", "Previous match (Shift+Enter)",
                                      "Previous match", arrow=Qt.ArrowType.UpArrow)  # fmt: skip
        self._next = self._button("findBarNext", "Next match (Enter)", "Next match",
                                  arrow=Qt.ArrowType.DownArrow)  # fmt: skip
        self._match_case = QCheckBox("Match &case", self)
        self._match_case.setObjectName("findBarMatchCase")
        self._match_case.setAccessibleName("Match case")
        self._status_label = QLabel(self)
        self._status_label.setObjectName("findBarStatus")
        self._status_label.setAccessibleName("Find status")
        self._close = self._button("findBarClose", "Close (Escape)", "Close find bar")
        self._close.setText("✕")

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(label)
        layout.addWidget(self._edit, 1)
        layout.addWidget(self._previous)
        layout.addWidget(self._next)
        layout.addWidget(self._match_case)
        layout.addWidget(self._status_label)
        layout.addStretch(0)
        layout.addWidget(self._close)
        self.setFocusProxy(self._edit)
        QWidget.setTabOrder(self._edit, self._previous)
        QWidget.setTabOrder(self._previous, self._next)
        QWidget.setTabOrder(self._next, self._match_case)
        QWidget.setTabOrder(self._match_case, self._close)

        self._edit.textEdited.connect(self._on_edit_text_edited)
        self._previous.clicked.connect(self._on_previous_clicked)
        self._next.clicked.connect(self._on_next_clicked)
        self._close.clicked.connect(self._on_close_clicked)
        self._match_case.toggled.connect(self._on_match_case_toggled)
        viewer.textChanged.connect(self._on_viewer_text_changed)
        self.hide()

    def _button(
        self, name: str, tip: str, accessible: str, arrow: Qt.ArrowType = Qt.ArrowType.NoArrow
    ) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAccessibleName(accessible)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAutoRaise(True)
        button.setArrowType(arrow)
        return button

    # --- public API ---------------------------------------------------------------------

    @property
    def not_found(self) -> bool:
        """Whether the last search found nothing."""
        return self._not_found

    def status_text(self) -> str:
        """What the status label says ("2 of 5", "Not found", or "")."""
        return self._status

    def text(self) -> str:
        """The text searched for."""
        return self._edit.text()

    def set_text(self, text: str) -> None:
        """Set the search text without searching."""
        self._edit.setText(text)

    def show_and_focus(self) -> None:
        """Show the bar, prefilled from a one-line selection, with its text selected."""
        selected = self._viewer.textCursor().selectedText()
        if selected and "\u2029" not in selected and len(selected) <= 200:
            self._edit.setText(selected)
        self.show()
        self._edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._edit.selectAll()

    def find_next(self) -> bool:
        """Select the next match after the cursor, wrapping to the top; False if none."""
        return self._find(backward=False)

    def find_previous(self) -> bool:
        """Select the previous match before the cursor, wrapping to the end; False if none."""
        return self._find(backward=True)

    def close_bar(self) -> None:
        """Hide the bar and return the focus to the viewer (the match stays selected)."""
        was_visible = self.isVisible()
        self.hide()
        self._viewer.setFocus(Qt.FocusReason.OtherFocusReason)
        if was_visible:
            self.closed.emit()

    # --- searching ----------------------------------------------------------------------

    def _flags(self, backward: bool) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        if self._match_case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        return flags

    def _find(self, *, backward: bool, from_start_of_selection: bool = False) -> bool:
        needle = self._edit.text()
        if not needle:
            self._set_state(found=True, status="")
            if not self.isVisible():  # F3 before anything was searched: ask what to find
                self.show_and_focus()
            return False
        original = self._viewer.textCursor()
        if from_start_of_selection and original.hasSelection():
            start = QTextCursor(original)
            start.setPosition(original.selectionStart())
            self._viewer.setTextCursor(start)
        found = self._viewer.find(needle, self._flags(backward))
        wrapped = False
        if not found:
            restart = QTextCursor(self._viewer.document())
            restart.movePosition(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            self._viewer.setTextCursor(restart)
            found = self._viewer.find(needle, self._flags(backward))
            wrapped = found
            if not found:
                self._viewer.setTextCursor(original)  # leave the reader where they were
        if found:
            self._viewer.ensureCursorVisible()
            status = self._count_status(needle)
            if wrapped:
                status += ", wrapped to the bottom" if backward else ", wrapped to the top"
            self._set_state(found=True, status=status)
        else:
            self._set_state(found=False, status="Not found")
        return found

    def _count_status(self, needle: str) -> str:
        """ "i of n" for the selected match (counted up to MAX_COUNTED_MATCHES)."""
        document = self._viewer.document()
        selected_start = self._viewer.textCursor().selectionStart()
        flags = self._flags(backward=False)
        cursor = QTextCursor(document)
        total = current = 0
        while total < MAX_COUNTED_MATCHES:
            cursor = document.find(needle, cursor, flags)
            if cursor.isNull():
                break
            total += 1
            if cursor.selectionStart() == selected_start:
                current = total
        more = "+" if total == MAX_COUNTED_MATCHES else ""
        return f"{current} of {total}{more}" if current else f"{total}{more} matches"

    def _set_state(self, *, found: bool, status: str) -> None:
        self._not_found = not found
        self._status = status
        self._status_label.setText(status)
        self._edit.setAccessibleDescription(status)
        if found:
            self._edit.setPalette(self._normal_palette)
        else:
            palette = QPalette(self._normal_palette)
            base = palette.color(QPalette.ColorRole.Base)
            palette.setColor(QPalette.ColorRole.Base, _mix(base, _NOT_FOUND_TINT, 0.35))
            self._edit.setPalette(palette)

    # --- events -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.find_previous()
                else:
                    self.find_next()
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            event.accept()
            return
        super().keyPressEvent(event)

    @Slot(str)
    def _on_edit_text_edited(self, text: str) -> None:
        self._find(backward=False, from_start_of_selection=True)

    @Slot()
    def _on_next_clicked(self) -> None:
        self.find_next()

    @Slot()
    def _on_previous_clicked(self) -> None:
        self.find_previous()

    @Slot()
    def _on_close_clicked(self) -> None:
        self.close_bar()

    @Slot()
    def _on_viewer_text_changed(self) -> None:
        # Another article (or a re-render): the old count and "Not found" no longer hold.
        if self._status or self._not_found:
            self._set_state(found=True, status="")

    @Slot(bool)
    def _on_match_case_toggled(self, checked: bool) -> None:
        if self._edit.text():
            self._find(backward=False, from_start_of_selection=True)


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )
