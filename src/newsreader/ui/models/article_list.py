"""The article list: one row per article (title, date, section), newest first.

The model keeps articles in arrival order (the loader streams them in) and the proxy
sorts and filters, so an article that arrives late slots into place without the model
knowing about order. Rows are keyed by path because the folder watcher replaces and
removes articles by path.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from newsreader.core.document import Article

_Index = QModelIndex | QPersistentModelIndex


class ArticleRole(IntEnum):
    """Custom data roles of ``ArticleListModel``."""

    ARTICLE = Qt.ItemDataRole.UserRole + 1  # the Article itself
    SORT_KEY = Qt.ItemDataRole.UserRole + 2  # a string that sorts the column sensibly
    PATH = Qt.ItemDataRole.UserRole + 3  # the article's file, as str


class ArticleColumn(IntEnum):
    """The list's columns."""

    TITLE = 0
    DATE = 1
    SECTION = 2


_HEADERS = {
    ArticleColumn.TITLE: "Title",
    ArticleColumn.DATE: "Date",
    ArticleColumn.SECTION: "Section",
}


def _date_text(article: Article) -> str:
    return article.date.isoformat() if article.date is not None else ""


class ArticleListModel(QAbstractTableModel):
    """A flat table of loaded articles."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._articles: list[Article] = []
        self._rows: dict[Path, int] = {}  # path → row: the loader and watcher look up by path

    # -- reading -------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._articles)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ArticleColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._articles):
            return None
        article = self._articles[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ArticleColumn.TITLE:
                return article.title
            if column == ArticleColumn.DATE:
                return _date_text(article)
            return article.section or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{article.title}\n{article.path}"
        if role == ArticleRole.ARTICLE:
            return article
        if role == ArticleRole.PATH:
            return str(article.path)
        if role == ArticleRole.SORT_KEY:
            title = article.title.casefold()
            if column == ArticleColumn.DATE:
                return f"{_date_text(article) or '0000'}\t{title}"
            if column == ArticleColumn.SECTION:
                return f"{(article.section or '').casefold()}\t{title}"
            return title
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(ArticleColumn)
        ):
            return _HEADERS[ArticleColumn(section)]
        return None

    def article_at(self, row: int) -> Article:
        """The article in ``row``."""
        return self._articles[row]

    def row_of(self, path: Path) -> int:
        """The row of the article read from ``path``, or -1."""
        return self._rows.get(path, -1)

    def articles(self) -> tuple[Article, ...]:
        """Every article, in arrival order."""
        return tuple(self._articles)

    # -- changing ------------------------------------------------------------------------
    def add_article(self, article: Article) -> None:
        """Add ``article``, or replace the one read from the same path."""
        row = self.row_of(article.path)
        if row >= 0:
            self._articles[row] = article
            last = self.index(row, len(ArticleColumn) - 1)
            self.dataChanged.emit(self.index(row, 0), last)
            return
        row = len(self._articles)
        self.beginInsertRows(QModelIndex(), row, row)
        self._articles.append(article)
        self._rows[article.path] = row
        self.endInsertRows()

    def remove_path(self, path: Path) -> bool:
        """Drop the article read from ``path``; ``False`` when there was none."""
        row = self.row_of(path)
        if row < 0:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._articles[row]
        self._rows = {article.path: index for index, article in enumerate(self._articles)}
        self.endRemoveRows()
        return True

    def clear(self) -> None:
        """Forget every article (a new library is being opened)."""
        self.beginResetModel()
        self._articles.clear()
        self._rows.clear()
        self.endResetModel()


class ArticleFilterProxyModel(QSortFilterProxyModel):
    """Sorts the list (newest first by default) and filters it by a case-blind substring."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(ArticleRole.SORT_KEY)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setDynamicSortFilter(True)
        self.sort(ArticleColumn.DATE, Qt.SortOrder.DescendingOrder)

    def set_filter_text(self, text: str) -> None:
        """Show only the articles whose title, date or section contains ``text``."""
        self.setFilterFixedString(text.strip())

    def article_at(self, row: int) -> Article | None:
        """The article shown in proxy ``row``, if any."""
        value = self.index(row, 0).data(ArticleRole.ARTICLE)
        return value if isinstance(value, Article) else None
