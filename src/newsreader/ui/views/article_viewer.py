"""The article viewer: a read-only ``QTextBrowser`` that knows where every quote is.

After loading the HTML from ``render.render_article`` it finds the quote sentinels in the
document, records each quote's document range and deletes the sentinels; from then on a
quote is a range, so selecting one is a text-cursor selection of exactly its text.

Emphasis (the active speaker's quotes stronger, everyone else's dimmed) is drawn with
``extraSelections``: an overlay that changes no character format, so switching speakers
costs no re-layout, which keeps a speaker click well under a frame.
"""

from __future__ import annotations

import bisect
import re

from PySide6.QtCore import QEvent, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QApplication, QTextBrowser, QTextEdit, QToolTip, QWidget

from newsreader.core.document import Article
from newsreader.ui.render import (
    RenderOptions,
    colors_for,
    escape_html,
    render_article,
    sentinel_info,
)

_SENTINELS = re.compile("[\ue000-\uf8ff]")
_Range = tuple[int, int]


def _is_dark(palette: QPalette) -> bool:
    return (
        palette.color(QPalette.ColorRole.Base).lightnessF()
        < palette.color(QPalette.ColorRole.Text).lightnessF()
    )


class ArticleViewer(QTextBrowser):
    """Shows one article; selects, emphasises and steps through its quotes."""

    quote_clicked = Signal(int)  # the reader clicked inside quote i
    quote_shown = Signal(int)  # quote i is now selected and in view
    emphasis_cleared = Signal()  # the reader pressed Escape: no speaker is active any more

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleViewer")
        self.setAccessibleName("Article")
        self.setAccessibleDescription("The article text; quotes are highlighted by speaker")
        self.setOpenLinks(False)
        self.setTabChangesFocus(True)  # Tab leaves the article, as in every other pane
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document().setUndoRedoEnabled(False)
        self.document().setDocumentMargin(18)
        self._article: Article | None = None
        self._ranges: list[_Range | None] = []
        self._starts: list[tuple[int, int]] = []  # (start, quote index), sorted, for lookups
        self._active_speaker: str | None = None
        self._current_quote: int | None = None
        self._press_pos: QPoint | None = None
        self._rendered_dark: bool | None = None
        self._placeholder = "Select an article in the list to read it."
        self.anchorClicked.connect(self._on_anchor_clicked)
        self._show_placeholder()

    # -- content -------------------------------------------------------------------------
    def article(self) -> Article | None:
        """The article shown."""
        return self._article

    def set_article(self, article: Article | None) -> None:
        """Show ``article`` from its top, with no speaker active."""
        self._article = article
        self._active_speaker = None
        self._current_quote = None
        self._render()

    def _render(self) -> None:
        article = self._article
        self.setExtraSelections([])
        if article is None:
            self._ranges, self._starts = [], []
            self._show_placeholder()
            return
        dark = _is_dark(self.palette())
        self._rendered_dark = dark
        self.setHtml(render_article(article, RenderOptions(dark=dark)))
        self._ranges = self._take_sentinels(len(article.quotes))
        self._starts = sorted((r[0], i) for i, r in enumerate(self._ranges) if r is not None)
        self._apply_emphasis()

    def _show_placeholder(self) -> None:
        self.show_message(self._placeholder)

    def set_placeholder(self, text: str) -> None:
        """What the viewer says while it has no article ("Opening seeds…")."""
        self._placeholder = text
        if self._article is None:
            self._show_placeholder()

    def show_message(self, text: str) -> None:
        """Show a one-line notice instead of an article (the article stays set)."""
        self.setHtml(f"<p style='color:gray'>{escape_html(text)}</p>")

    def _take_sentinels(self, count: int) -> list[_Range | None]:
        """Record each quote's document range from its sentinels, then delete them."""
        document = self.document()
        found = [(m.start(), m.group(0)) for m in _SENTINELS.finditer(document.toPlainText())]
        starts: dict[int, int] = {}
        ranges: list[_Range | None] = [None] * count
        for removed, (position, char) in enumerate(found):
            info = sentinel_info(char)
            if info is None or info[0] >= count:
                continue
            quote, is_open = info
            if is_open:
                starts[quote] = position - removed
            elif quote in starts:
                ranges[quote] = (starts[quote], position - removed)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for position, _char in reversed(found):
            cursor.setPosition(position)
            cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        cursor.endEditBlock()
        return ranges

    # -- quotes --------------------------------------------------------------------------
    def quote_range(self, index: int) -> _Range | None:
        """The document range of quote ``index`` (``None`` when it could not be placed)."""
        return self._ranges[index] if 0 <= index < len(self._ranges) else None

    def quote_at_position(self, position: int) -> int | None:
        """The quote containing document ``position``, if any."""
        slot = bisect.bisect_right(self._starts, (position, len(self._ranges))) - 1
        if slot < 0:
            return None
        start, index = self._starts[slot]
        quote_range = self._ranges[index]
        return index if quote_range is not None and start <= position < quote_range[1] else None

    def quote_at(self, point: QPoint) -> int | None:
        """The quote under viewport point ``point``, if any."""
        return self.quote_at_position(self.cursorForPosition(point).position())

    def active_speaker(self) -> str | None:
        """The speaker whose quotes are emphasised."""
        return self._active_speaker

    def current_quote(self) -> int | None:
        """The quote selected last through ``show_quote``."""
        return self._current_quote

    def set_active_speaker(self, name: str | None) -> None:
        """Emphasise ``name``'s quotes and dim the others (``None``: no emphasis)."""
        self._active_speaker = name
        self._apply_emphasis()

    def clear_emphasis(self) -> None:
        """No active speaker: every quote in its own colour again, nothing selected."""
        self._active_speaker = None
        self._current_quote = None
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)
        self._apply_emphasis()

    def activate_speaker(self, name: str) -> bool:
        """Emphasise ``name`` and select and reveal their first quote."""
        article = self._article
        speaker = article.speaker(name) if article is not None else None
        if speaker is None or not speaker.quotes:
            return False
        self._active_speaker = name
        return self.show_quote(speaker.quotes[0])

    def show_quote(self, index: int) -> bool:
        """Select quote ``index`` (exactly its text), scroll it into view, emphasise its speaker."""
        article = self._article
        quote_range = self.quote_range(index)
        if article is None or quote_range is None:
            return False
        self._current_quote = index
        self._active_speaker = article.quotes[index].speaker
        start, end = quote_range
        cursor = QTextCursor(self.document())
        cursor.setPosition(end)
        cursor.setPosition(start, QTextCursor.MoveMode.KeepAnchor)  # cursor at the start
        self.setTextCursor(cursor)
        self._apply_emphasis()
        self._reveal(start, end)
        self.quote_shown.emit(index)
        return True

    def step_quote(self, step: int) -> bool:
        """Go ``step`` quotes forward (or back) among the active speaker's, wrapping around.

        With no active speaker it steps through all quotes of the article.
        """
        article = self._article
        if article is None or not article.quotes:
            return False
        speaker = article.speaker(self._active_speaker) if self._active_speaker else None
        order = list(speaker.quotes) if speaker is not None else list(range(len(article.quotes)))
        order = [i for i in order if self._ranges[i] is not None]
        if not order:
            return False
        if self._current_quote in order:
            position = (order.index(self._current_quote) + step) % len(order)
        else:
            position = 0 if step > 0 else len(order) - 1
        return self.show_quote(order[position])

    def _reveal(self, start: int, end: int) -> None:
        """Scroll so the quote sits comfortably in view: its start a third of the way down,
        unless it is already well inside the viewport (no needless jumps when stepping)."""
        top_cursor = QTextCursor(self.document())
        top_cursor.setPosition(start)
        end_cursor = QTextCursor(self.document())
        end_cursor.setPosition(end)
        top = self.cursorRect(top_cursor)
        bottom = self.cursorRect(end_cursor)
        height = self.viewport().height()
        if top.top() >= height // 10 and bottom.bottom() <= height * 8 // 10:
            return
        bar = self.verticalScrollBar()
        quote_height = bottom.bottom() - top.top()
        margin = height // 3 if quote_height < height // 2 else height // 10
        bar.setValue(bar.value() + top.top() - margin)

    def _apply_emphasis(self) -> None:
        article = self._article
        if article is None or self._active_speaker is None:
            self.setExtraSelections([])
            return
        colors = colors_for(article, dark=_is_dark(self.palette()))
        strong = colors.get(self._active_speaker)
        text = self.palette().color(QPalette.ColorRole.Text)
        base = self.palette().color(QPalette.ColorRole.Base)
        dim = QColor.fromRgbF(
            (text.redF() + base.redF()) / 2,
            (text.greenF() + base.greenF()) / 2,
            (text.blueF() + base.blueF()) / 2,
        )
        selections: list[QTextEdit.ExtraSelection] = []
        for index, quote in enumerate(article.quotes):
            quote_range = self._ranges[index]
            if quote_range is None:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(quote_range[0])
            cursor.setPosition(quote_range[1], QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            if quote.speaker == self._active_speaker and strong is not None:
                fmt.setBackground(QColor(strong.strong))
                fmt.setFontUnderline(True)
                fmt.setUnderlineColor(QColor(strong.swatch))
            else:  # dimmed: grey text on its own pale tint (keeps the colour key visible)
                fmt.setForeground(dim)
            selection.format = fmt
            selections.append(selection)
        self.setExtraSelections(selections)

    # -- events --------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.PaletteChange
            and self._article is not None
            and _is_dark(self.palette()) != self._rendered_dark
        ):
            scroll = self.verticalScrollBar().value()
            current, speaker = self._current_quote, self._active_speaker
            self._render()
            self._active_speaker, self._current_quote = speaker, current
            self._apply_emphasis()
            self.verticalScrollBar().setValue(scroll)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        return super().viewportEvent(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        index = self.quote_at(self.viewport().mapFromGlobal(event.globalPos()))
        text = self.quote_tooltip(index) if index is not None else ""
        if text:
            QToolTip.showText(event.globalPos(), text, self)
        else:
            QToolTip.hideText()
            event.ignore()

    def quote_tooltip(self, index: int) -> str:
        """ "Speaker — role" for quote ``index``: what hovering the quote shows."""
        article = self._article
        if article is None or not 0 <= index < len(article.quotes):
            return ""
        name = article.quotes[index].speaker
        speaker = article.speaker(name) if name else None
        if speaker is None:
            return "Speaker unknown"
        return f"{speaker.name} — {speaker.description}" if speaker.description else speaker.name

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._active_speaker is not None:
            self.clear_emphasis()
            self.emphasis_cleared.emit()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.quote_at_position(self.textCursor().position())
            if index is not None:  # Enter on a quote is the keyboard's click
                self.quote_clicked.emit(index)
                event.accept()
                return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pressed, self._press_pos = self._press_pos, None
        if event.button() != Qt.MouseButton.LeftButton or pressed is None:
            return
        point = event.position().toPoint()
        if (point - pressed).manhattanLength() > QApplication.startDragDistance():
            return  # the reader dragged a selection
        index = self.quote_at(point)
        if index is not None:
            self.quote_clicked.emit(index)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() in {"http", "https", "mailto"}:
            QDesktopServices.openUrl(url)
