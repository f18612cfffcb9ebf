"""Speakers of one article, most quoted first, each with their quotes as children.

Top-level rows are ``Speaker`` objects (display text: name, role, quote count — it starts
with the name because automation finds speakers by it); child rows are that speaker's
quotes in reading order. Quotes the engine could not attribute sit under a last
"Unattributed" row so that every quote can be reached from the panel.

Index scheme: a speaker index carries internal id 0, a quote index carries its speaker's
row + 1, so ``parent()`` needs no pointers into Python objects (which Qt cannot keep alive).
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from newsreader.core.document import Article, Quote, Speaker
from newsreader.ui.colors import SpeakerColors
from newsreader.ui.render import colors_for

_Index = QModelIndex | QPersistentModelIndex
UNATTRIBUTED = "Unattributed"
_SNIPPET = 90


class SpeakerRole(IntEnum):
    """Custom data roles of ``SpeakerTreeModel``."""

    SPEAKER = Qt.ItemDataRole.UserRole + 1  # Speaker (top-level rows; None for Unattributed)
    QUOTE = Qt.ItemDataRole.UserRole + 2  # Quote (child rows)
    QUOTE_INDEX = Qt.ItemDataRole.UserRole + 3  # int index into Article.quotes (child rows)
    SWATCH = Qt.ItemDataRole.UserRole + 4  # QColor marking the speaker
    SPEAKER_NAME = Qt.ItemDataRole.UserRole + 5  # str, on both kinds of row ("" = unattributed)
    IS_SPEAKER = Qt.ItemDataRole.UserRole + 6  # bool: a top-level row


class _Group:
    """One top-level row: a speaker (or the unattributed bucket) and its quote indices."""

    __slots__ = ("label", "quotes", "speaker")

    def __init__(self, speaker: Speaker | None, quotes: tuple[int, ...], label: str) -> None:
        self.speaker = speaker
        self.quotes = quotes
        self.label = label


def speaker_label(speaker: Speaker) -> str:
    """ "Name — role (n quotes)": the panel's text for a speaker."""
    count = len(speaker.quotes)
    noun = "quote" if count == 1 else "quotes"
    if speaker.description:
        return f"{speaker.name} — {speaker.description} ({count} {noun})"
    return f"{speaker.name} ({count} {noun})"


def quote_snippet(quote: Quote) -> str:
    """The quote in typographic quotes, shortened for a one-line row."""
    text = " ".join(quote.text.split())
    if len(text) > _SNIPPET:
        text = text[: _SNIPPET - 1].rstrip() + "…"
    return f"“{text}”"


class SpeakerTreeModel(QAbstractItemModel):
    """The speaker → quotes tree of the article being read."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._article: Article | None = None
        self._groups: list[_Group] = []
        self._colors: dict[str | None, SpeakerColors] = {}
        self._dark = False

    # -- changing ------------------------------------------------------------------------
    def set_article(self, article: Article | None) -> None:
        """Show the speakers of ``article`` (``None``: no article, an empty tree)."""
        self.beginResetModel()
        self._article = article
        self._groups = []
        self._colors = {}
        if article is not None:
            ordered = sorted(article.speakers, key=lambda s: (-len(s.quotes), s.name.casefold()))
            self._groups = [_Group(s, s.quotes, speaker_label(s)) for s in ordered]
            loose = tuple(i for i, q in enumerate(article.quotes) if q.speaker is None)
            if loose:
                noun = "quote" if len(loose) == 1 else "quotes"
                self._groups.append(_Group(None, loose, f"{UNATTRIBUTED} ({len(loose)} {noun})"))
            self._colors = colors_for(article, dark=self._dark)
        self.endResetModel()

    def set_dark(self, dark: bool) -> None:
        """Use the swatch colours of a dark (``True``) or light theme."""
        if dark == self._dark:
            return
        self._dark = dark
        if self._article is not None and self._groups:
            self._colors = colors_for(self._article, dark=dark)
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._groups) - 1, 0), [SpeakerRole.SWATCH]
            )

    # -- lookup --------------------------------------------------------------------------
    def article(self) -> Article | None:
        """The article whose speakers are shown."""
        return self._article

    def speaker_index(self, name: str) -> QModelIndex:
        """The row of the speaker called ``name`` (invalid when not quoted here)."""
        for row, group in enumerate(self._groups):
            if group.speaker is not None and group.speaker.name == name:
                return self.index(row, 0)
        return QModelIndex()

    def quote_model_index(self, quote_index: int) -> QModelIndex:
        """The child row of quote ``quote_index`` of the article (invalid when unknown)."""
        for row, group in enumerate(self._groups):
            if quote_index in group.quotes:
                return self.index(group.quotes.index(quote_index), 0, self.index(row, 0))
        return QModelIndex()

    # -- QAbstractItemModel --------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        group_row = parent.row()
        if group_row >= len(self._groups) or row >= len(self._groups[group_row].quotes):
            return QModelIndex()
        return self.createIndex(row, 0, group_row + 1)

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._groups[parent.row()].quotes)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != 0:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._article is None:
            return None
        if index.internalId() == 0:
            return self._speaker_data(self._groups[index.row()], role)
        group = self._groups[index.internalId() - 1]
        quote_index = group.quotes[index.row()]
        return self._quote_data(group, quote_index, role)

    def _speaker_data(self, group: _Group, role: int) -> Any:
        speaker = group.speaker
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return group.label
        if role == Qt.ItemDataRole.ToolTipRole:
            if speaker is None:
                return "Quotes whose speaker could not be told"
            extra = f"\nAlso called: {', '.join(speaker.aliases)}" if speaker.aliases else ""
            return f"{speaker.name}\n{speaker.description or 'No role given'}{extra}"
        if role == SpeakerRole.SPEAKER:
            return speaker
        if role == SpeakerRole.SWATCH:
            return self._swatch(speaker.name if speaker else None)
        if role == SpeakerRole.SPEAKER_NAME:
            return speaker.name if speaker else ""
        if role == SpeakerRole.IS_SPEAKER:
            return True
        return None

    def _quote_data(self, group: _Group, quote_index: int, role: int) -> Any:
        assert self._article is not None
        quote = self._article.quotes[quote_index]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return quote_snippet(quote)
        if role == Qt.ItemDataRole.ToolTipRole:
            return quote.text if quote.cue is None else f"{quote.text}\n— {quote.cue}"
        if role == SpeakerRole.QUOTE:
            return quote
        if role == SpeakerRole.QUOTE_INDEX:
            return quote_index
        if role == SpeakerRole.SWATCH:
            return self._swatch(quote.speaker)
        if role == SpeakerRole.SPEAKER_NAME:
            return group.speaker.name if group.speaker else ""
        if role == SpeakerRole.IS_SPEAKER:
            return False
        return None

    def _swatch(self, name: str | None) -> QColor:
        colors = self._colors.get(name) or self._colors.get(None)
        return QColor(colors.swatch) if colors else QColor()


class SpeakerFilterProxyModel(QSortFilterProxyModel):
    """Filters speakers by name or role; a speaker that matches keeps all their quotes,
    and a quote that matches keeps its speaker visible."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setRecursiveFilteringEnabled(True)

    def set_filter_text(self, text: str) -> None:
        """Show only speakers (and quotes) whose text contains ``text``."""
        self.setFilterFixedString(text.strip())

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        needle = self.filterRegularExpression().pattern()
        if not needle:
            return True
        model = self.sourceModel()
        if self._matches(model.index(source_row, 0, source_parent)):
            return True
        return source_parent.isValid() and self._matches(model.index(source_parent.row(), 0))

    def _matches(self, index: QModelIndex) -> bool:
        needle = self.filterRegularExpression()
        texts = [str(index.data(Qt.ItemDataRole.DisplayRole) or "")]
        quote = index.data(SpeakerRole.QUOTE)
        if isinstance(quote, Quote):
            texts.append(quote.text)
        speaker = index.data(SpeakerRole.SPEAKER)
        if isinstance(speaker, Speaker):
            texts.extend(speaker.aliases)
        return any(needle.match(text).hasMatch() for text in texts)
