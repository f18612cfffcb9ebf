"""Paints the speaker tree: a colour dot, the name in bold with the quote count beside it
and the role underneath; quote rows get a thin bar of the same colour.

The colour is the one the viewer paints behind that speaker's quotes, so a reader can
match the two panes at a glance. The row's display text stays "Name — role (n quotes)"
for screen readers and automation; only the painting is laid out on two lines, so a long
role never pushes the count out of sight.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from newsreader.core.document import Speaker
from newsreader.ui.models.speaker_tree import SpeakerRole

_SWATCH = 12
_GAP = 6
_PAD = 3
_Index = QModelIndex | QPersistentModelIndex


def _count_text(count: int) -> str:
    return f"{count} quote" if count == 1 else f"{count} quotes"


class SwatchDelegate(QStyledItemDelegate):
    """Item delegate for the speaker tree."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect
        color = index.data(SpeakerRole.SWATCH)
        is_speaker = bool(index.data(SpeakerRole.IS_SPEAKER))
        if isinstance(color, QColor) and color.isValid():
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(color.darker(125))
            painter.setBrush(color)
            if is_speaker:
                top = rect.top() + _PAD + (opt.fontMetrics.height() - _SWATCH) // 2
                painter.drawEllipse(QRect(rect.left() + 2, top, _SWATCH, _SWATCH))
            else:
                bar = QRect(rect.left() + 5, rect.top() + 3, 4, rect.height() - 6)
                painter.drawRoundedRect(bar, 2, 2)
            painter.restore()
        text_rect = QRect(rect)
        text_rect.setLeft(rect.left() + _SWATCH + _GAP)
        if is_speaker:
            self._paint_speaker(painter, opt, index, text_rect)
            return
        text_option = QStyleOptionViewItem(opt)
        text_option.rect = text_rect
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, widget)

    def _paint_speaker(
        self, painter: QPainter, opt: QStyleOptionViewItem, index: _Index, rect: QRect
    ) -> None:
        speaker = index.data(SpeakerRole.SPEAKER)
        label = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if isinstance(speaker, Speaker):
            name, role, count = speaker.name, speaker.description, len(speaker.quotes)
        else:  # the unattributed bucket: "Unattributed (n quotes)"
            name, role, count = label.split(" (", maxsplit=1)[0], None, -1
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        text_color = opt.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        dim = QColor(text_color)
        dim.setAlphaF(0.72)
        inner = rect.adjusted(0, _PAD, -4, -_PAD)
        painter.save()
        bold = QFont(opt.font)
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        line_height = max(bold_metrics.height(), opt.fontMetrics.height())
        first_line = QRect(inner.left(), inner.top(), inner.width(), line_height)
        count_text = _count_text(count) if count >= 0 else label[len(name) :].strip(" ()")
        count_width = opt.fontMetrics.horizontalAdvance(count_text) + 8
        painter.setFont(opt.font)
        painter.setPen(dim)
        align_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(first_line, align_right, count_text)
        painter.setFont(bold)
        painter.setPen(text_color)
        name_width = max(0, inner.width() - count_width)
        elided = bold_metrics.elidedText(name, Qt.TextElideMode.ElideRight, name_width)
        align_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            QRect(first_line.left(), first_line.top(), name_width, line_height), align_left, elided
        )
        if role:
            painter.setFont(opt.font)
            painter.setPen(dim)
            second = QRect(inner.left(), first_line.bottom() + 1, inner.width(), line_height)
            role_text = opt.fontMetrics.elidedText(role, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(second, align_left, role_text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        width = size.width() + _SWATCH + _GAP
        if not index.data(SpeakerRole.IS_SPEAKER):
            return QSize(width, max(size.height(), _SWATCH + 8))
        speaker = index.data(SpeakerRole.SPEAKER)
        lines = 2 if isinstance(speaker, Speaker) and speaker.description else 1
        bold = QFont(option.font)
        bold.setBold(True)
        line_height = max(QFontMetrics(bold).height(), option.fontMetrics.height())
        return QSize(width, lines * line_height + 2 * _PAD + 1)
