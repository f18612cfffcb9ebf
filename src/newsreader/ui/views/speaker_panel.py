"""The speaker pane: who is quoted in the article, most quoted first, and their quotes.

A filter box, the ``speakerPanel`` tree over ``SpeakerTreeModel`` and Previous/Next quote
buttons. It only emits intent (``speaker_activated``, ``quote_activated``,
``next_quote_requested``, ``previous_quote_requested``); the window decides what happens.
``select_speaker``/``select_quote`` follow the viewer without emitting anything, so the
two panes never bounce signals back and forth.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from newsreader.core.document import Article
from newsreader.ui.models.speaker_tree import SpeakerFilterProxyModel, SpeakerRole, SpeakerTreeModel
from newsreader.ui.views.speaker_delegate import SwatchDelegate

_Index = QModelIndex | QPersistentModelIndex


def _is_dark(palette: QPalette) -> bool:
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    return base.lightnessF() < text.lightnessF()


class SpeakerTree(QTreeView):
    """The tree itself; Enter and Return activate the current row on every platform,
    Escape lets go of the active speaker."""

    escape_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class SpeakerPanel(QWidget):
    """Filter box + ``speakerPanel`` tree + quote navigation buttons."""

    speaker_activated = Signal(str)  # speaker name
    quote_activated = Signal(int)  # index into Article.quotes
    next_quote_requested = Signal()
    previous_quote_requested = Signal()
    speaker_cleared = Signal()  # Escape in the tree: no speaker should stay active

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speakerPane")
        self.model = SpeakerTreeModel(self)
        self.proxy = SpeakerFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("speakerFilter")
        self.filter_edit.setPlaceholderText("Filter speakers")
        self.filter_edit.setAccessibleName("Filter speakers")
        self.filter_edit.setClearButtonEnabled(True)

        self.view = SpeakerTree(self)
        self.view.setObjectName("speakerPanel")
        self.view.setAccessibleName("Speakers")
        self.view.setAccessibleDescription(
            "Speakers quoted in the article, most quoted first; activate one to jump to a quote"
        )
        self.view.setModel(self.proxy)
        self.view.setHeaderHidden(True)
        self.view.setItemDelegate(SwatchDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setExpandsOnDoubleClick(False)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.previous_button = QPushButton("◀ Previous", self)
        self.previous_button.setObjectName("previousQuoteButton")
        self.previous_button.setAccessibleName("Previous quote of the speaker")
        self.previous_button.setToolTip("Previous quote of this speaker (Shift+F8)")
        self.next_button = QPushButton("Next ▶", self)
        self.next_button.setObjectName("nextQuoteButton")
        self.next_button.setAccessibleName("Next quote of the speaker")
        self.next_button.setToolTip("Next quote of this speaker (F8)")

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.filter_edit, self.view)
        QWidget.setTabOrder(self.view, self.previous_button)
        QWidget.setTabOrder(self.previous_button, self.next_button)
        self._update_buttons()
        self.model.set_dark(_is_dark(self.palette()))

        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.view.clicked.connect(self._on_view_activated)
        self.view.activated.connect(self._on_view_activated)
        self.view.escape_pressed.connect(self._on_view_escape_pressed)
        self.next_button.clicked.connect(self.next_quote_requested)
        self.previous_button.clicked.connect(self.previous_quote_requested)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.model.set_dark(_is_dark(self.palette()))

    # -- commands ------------------------------------------------------------------------
    def set_article(self, article: Article | None) -> None:
        """Show the speakers of ``article``."""
        self.model.set_article(article)
        self._update_buttons()

    def set_dark(self, dark: bool) -> None:
        """Paint swatches for a dark or light background."""
        self.model.set_dark(dark)

    def speaker_row(self, name: str) -> QModelIndex:
        """The view's (proxy) index of the speaker called ``name`` (invalid if absent)."""
        return self.proxy.mapFromSource(self.model.speaker_index(name))

    def select_speaker(self, name: str) -> bool:
        """Make the speaker called ``name`` current, without activating them."""
        index = self.speaker_row(name)
        if not index.isValid():
            return False
        self._set_current(index)
        return True

    def select_quote(self, quote_index: int) -> bool:
        """Make quote ``quote_index`` current (expanding its speaker), without activating it."""
        index = self.proxy.mapFromSource(self.model.quote_model_index(quote_index))
        if not index.isValid():
            return False
        self.view.expand(index.parent())
        self._set_current(index)
        return True

    def clear_selection(self) -> None:
        """Select no row (the viewer let go of its speaker)."""
        self.view.selectionModel().clearSelection()

    def current_speaker_name(self) -> str:
        """The speaker of the current row ("" when none or unattributed)."""
        return str(self.view.currentIndex().data(SpeakerRole.SPEAKER_NAME) or "")

    def activate_row(self, row: int) -> bool:
        """Activate the ``row``-th shown speaker, as a click would (automation, smoke test)."""
        index = self.proxy.index(row, 0)
        if not index.isValid():
            return False
        self._set_current(index)
        self.view.activated.emit(index)
        return True

    def _set_current(self, index: QModelIndex) -> None:
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)

    def _update_buttons(self) -> None:
        has_quotes = self.model.rowCount() > 0
        self.previous_button.setEnabled(has_quotes)
        self.next_button.setEnabled(has_quotes)

    # -- slots ---------------------------------------------------------------------------
    @Slot(str)
    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        if text.strip():
            self.view.expandAll()

    @Slot()
    def _on_view_escape_pressed(self) -> None:
        self.clear_selection()
        self.speaker_cleared.emit()

    @Slot(QModelIndex)
    def _on_view_activated(self, index: _Index) -> None:
        if not index.isValid():
            return
        if index.data(SpeakerRole.IS_SPEAKER):
            name = str(index.data(SpeakerRole.SPEAKER_NAME) or "")
            if name:
                self.speaker_activated.emit(name)
            elif self.proxy.rowCount(index) > 0:  # the unattributed bucket: its first quote
                self.quote_activated.emit(
                    int(self.proxy.index(0, 0, index).data(SpeakerRole.QUOTE_INDEX))
                )
            return
        quote_index = index.data(SpeakerRole.QUOTE_INDEX)
        if isinstance(quote_index, int):
            self.quote_activated.emit(quote_index)
