"""Paints a speaker's colour beside their row: a dot for speakers, a bar for quotes.

The swatch is the same colour the viewer paints behind that speaker's quotes, so a reader
can match the two panes at a glance; the text is drawn by the style as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from newsreader.ui.models.speaker_tree import SpeakerRole

_SWATCH = 12
_GAP = 6
_Index = QModelIndex | QPersistentModelIndex


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
        if isinstance(color, QColor) and color.isValid():
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(color.darker(125))
            painter.setBrush(color)
            top = rect.top() + (rect.height() - _SWATCH) // 2
            if index.data(SpeakerRole.IS_SPEAKER):
                painter.drawEllipse(QRect(rect.left() + 2, top, _SWATCH, _SWATCH))
            else:
                painter.drawRoundedRect(
                    QRect(rect.left() + 5, rect.top() + 3, 4, rect.height() - 6), 2, 2
                )
            painter.restore()

        text_option = QStyleOptionViewItem(opt)
        text_rect = QRect(rect)
        text_rect.setLeft(rect.left() + _SWATCH + _GAP)
        text_option.rect = text_rect
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + _SWATCH + _GAP, max(size.height(), _SWATCH + 8))
