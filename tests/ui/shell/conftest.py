"""Shell-component test set-up: a top-level host window that never warns when shown.

Headless (offscreen) Qt reports a warning whenever a shown window's size constraints
change, and the suite fails on Qt warnings; a host whose layout does not drive its size
lets a component be shown, focused and clicked exactly as in the main window.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

HostFactory = Callable[..., QWidget]


@pytest.fixture
def show_in_host(qtbot: QtBot) -> HostFactory:
    """``show_in_host(*widgets)`` lays the widgets out in an active top-level window."""

    def make(*widgets: QWidget) -> QWidget:
        host = QWidget()
        qtbot.addWidget(host)
        layout = QVBoxLayout(host)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        for widget in widgets:
            layout.addWidget(widget)
        host.setMinimumSize(480, 320)
        host.resize(640, 480)
        with qtbot.waitActive(host):
            host.show()
            host.activateWindow()
        return host

    return make
