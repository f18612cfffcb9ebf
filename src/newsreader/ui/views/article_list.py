"""The article list pane: a filter box over a sortable table of titles, dates, sections.

It emits ``article_selected`` when the current row changes (mouse, arrows, filtering
away the current row does not count), so the window never reads the view's state.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from newsreader.core.document import Article
from newsreader.ui.models.article_list import (
    ArticleColumn,
    ArticleFilterProxyModel,
    ArticleListModel,
    ArticleRole,
)


class ArticleListPanel(QWidget):
    """Filter box + ``articleList`` view over an ``ArticleListModel``."""

    article_selected = Signal(object)  # Article

    def __init__(self, model: ArticleListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articlePane")
        self._model = model
        self.proxy = ArticleFilterProxyModel(self)
        self.proxy.setSourceModel(model)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("articleFilter")
        self.filter_edit.setPlaceholderText("Filter articles")
        self.filter_edit.setAccessibleName("Filter articles")
        self.filter_edit.setClearButtonEnabled(True)

        self.view = QTreeView(self)
        self.view.setObjectName("articleList")
        self.view.setAccessibleName("Articles")
        self.view.setAccessibleDescription("Articles of the open library, newest first")
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(ArticleColumn.DATE, Qt.SortOrder.DescendingOrder)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ArticleColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        # Fixed widths, not ResizeToContents: that re-measures every row on every insert,
        # which made a 300-article library starve the event loop while it streamed in.
        header.setSectionResizeMode(ArticleColumn.DATE, QHeaderView.ResizeMode.Interactive)
        date_width = self.view.fontMetrics().horizontalAdvance("0000-00-00") + 24
        header.resizeSection(ArticleColumn.DATE, date_width)
        header.setSectionResizeMode(ArticleColumn.SECTION, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ArticleColumn.SECTION, 96)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view)
        QWidget.setTabOrder(self.filter_edit, self.view)

        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)

    # -- commands ------------------------------------------------------------------------
    def select_path(self, path: Path) -> bool:
        """Make the article read from ``path`` current; ``False`` when it is not shown."""
        row = self._model.row_of(path)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self._model.index(row, 0))
        if not index.isValid():
            return False
        self._set_current(index)
        return True

    def select_row(self, row: int) -> bool:
        """Make the ``row``-th shown article current."""
        index = self.proxy.index(row, 0)
        if not index.isValid():
            return False
        self._set_current(index)
        return True

    def current_article(self) -> Article | None:
        """The article whose row is current, if any."""
        value = self.view.currentIndex().data(ArticleRole.ARTICLE)
        return value if isinstance(value, Article) else None

    def set_filter_text(self, text: str) -> None:
        """Type ``text`` into the filter box."""
        self.filter_edit.setText(text)

    def _set_current(self, index: QModelIndex) -> None:
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    # -- slots ---------------------------------------------------------------------------
    @Slot(str)
    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)

    @Slot(QModelIndex, QModelIndex)
    def _on_view_current_row_changed(
        self, current: QModelIndex | QPersistentModelIndex, _previous: QModelIndex
    ) -> None:
        article = current.data(ArticleRole.ARTICLE) if current.isValid() else None
        if isinstance(article, Article):
            self.article_selected.emit(article)
