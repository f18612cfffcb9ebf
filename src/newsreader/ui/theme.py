"""Light, dark and system colour themes, for the whole app and for the article pane.

API::

    class Theme(StrEnum): SYSTEM = "system", LIGHT = "light", DARK = "dark"
    apply_theme(app: QApplication, theme: Theme) -> None
    is_dark(palette: QPalette) -> bool
    article_colors(palette: QPalette) -> ArticleColors      # after apply_theme, pass
                                                            # app.palette()
    ArticleColors(background, text, dim, link, selection): QColor fields, plus
        .css() -> str   a QTextDocument default stylesheet (body colours, links, .dim)

``apply_theme`` uses the Fusion style with a hand-made palette for LIGHT and DARK (Fusion
draws the same on every platform, so a chosen theme looks as chosen), and for SYSTEM
puts back the style the application had before the first call and an unset palette
(which Qt resolves from the platform theme and keeps following), so choosing "system"
after "dark" really restores the desktop's look. Widgets are repolished by Qt
when the application palette changes; the article viewer should re-render with
``article_colors(app.palette())`` (QTextBrowser keeps document colours of its own).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

log = logging.getLogger("newsreader.ui.theme")

_SYSTEM_STYLE_PROPERTY: Final = "newsreader_system_style"
_THEME_PROPERTY: Final = "newsreader_theme"


class Theme(StrEnum):
    """The user's colour choice (View ▸ Theme)."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def is_dark(palette: QPalette) -> bool:
    """True when the window background is darker than its text (a dark theme)."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightnessF() < text.lightnessF()


def _palette(
    colors: dict[QPalette.ColorRole, str], disabled: dict[QPalette.ColorRole, str]
) -> QPalette:
    palette = QPalette()
    for role, value in colors.items():
        palette.setColor(role, QColor(value))
    for role, value in disabled.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(value))
    return palette


_R = QPalette.ColorRole


def light_palette() -> QPalette:
    """A neutral light palette for Fusion."""
    return _palette(
        {
            _R.Window: "#efefef",
            _R.WindowText: "#1b1b1b",
            _R.Base: "#ffffff",
            _R.AlternateBase: "#f5f5f5",
            _R.ToolTipBase: "#ffffdc",
            _R.ToolTipText: "#1b1b1b",
            _R.PlaceholderText: "#6e6e6e",
            _R.Text: "#1b1b1b",
            _R.Button: "#e8e8e8",
            _R.ButtonText: "#1b1b1b",
            _R.BrightText: "#d40000",
            _R.Light: "#ffffff",
            _R.Midlight: "#f0f0f0",
            _R.Mid: "#b8b8b8",
            _R.Dark: "#9f9f9f",
            _R.Shadow: "#767676",
            _R.Highlight: "#3072c4",
            _R.HighlightedText: "#ffffff",
            _R.Link: "#1a5fb4",
            _R.LinkVisited: "#6a3fa0",
            _R.Accent: "#3072c4",
        },
        {
            _R.WindowText: "#8c8c8c",
            _R.Text: "#8c8c8c",
            _R.ButtonText: "#8c8c8c",
            _R.Highlight: "#b0b0b0",
            _R.HighlightedText: "#f0f0f0",
        },
    )


def dark_palette() -> QPalette:
    """A dark palette for Fusion with enough contrast for long reading (WCAG AA)."""
    return _palette(
        {
            _R.Window: "#2b2b2b",
            _R.WindowText: "#e6e6e6",
            _R.Base: "#1e1e1e",
            _R.AlternateBase: "#262626",
            _R.ToolTipBase: "#3a3a3a",
            _R.ToolTipText: "#f0f0f0",
            _R.PlaceholderText: "#9a9a9a",
            _R.Text: "#e6e6e6",
            _R.Button: "#353535",
            _R.ButtonText: "#e6e6e6",
            _R.BrightText: "#ff6b6b",
            _R.Light: "#4a4a4a",
            _R.Midlight: "#3c3c3c",
            _R.Mid: "#2f2f2f",
            _R.Dark: "#1a1a1a",
            _R.Shadow: "#0d0d0d",
            _R.Highlight: "#2a64b5",
            _R.HighlightedText: "#ffffff",
            _R.Link: "#78aeff",
            _R.LinkVisited: "#c49cff",
            _R.Accent: "#2a64b5",
        },
        {
            _R.WindowText: "#7a7a7a",
            _R.Text: "#7a7a7a",
            _R.ButtonText: "#7a7a7a",
            _R.Highlight: "#505050",
            _R.HighlightedText: "#a0a0a0",
        },
    )


def _remember_system_look(app: QApplication) -> None:
    """Record the platform style once, before any theme replaces it."""
    if app.property(_SYSTEM_STYLE_PROPERTY) is not None:
        return
    style = app.style()
    app.setProperty(_SYSTEM_STYLE_PROPERTY, style.name() if style is not None else "fusion")


def current_theme(app: QApplication) -> Theme:
    """The theme last applied with ``apply_theme`` (SYSTEM if none was)."""
    value = app.property(_THEME_PROPERTY)
    return Theme(value) if isinstance(value, str) and value in set(Theme) else Theme.SYSTEM


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Switch the whole application to ``theme``; cheap to call again with the same one."""
    _remember_system_look(app)
    if theme is Theme.SYSTEM:
        style_name = app.property(_SYSTEM_STYLE_PROPERTY)
        if isinstance(style_name, str):
            app.setStyle(style_name)
        # An empty palette (no role set) resolves against the platform theme and the
        # style, and keeps following them: the desktop switching to dark mode later
        # still reaches the app. A saved copy would pin today's colours.
        app.setPalette(QPalette())
    else:
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if theme is Theme.DARK else light_palette())
    app.setProperty(_THEME_PROPERTY, str(theme))
    log.debug("theme %s applied (dark=%s)", theme, is_dark(app.palette()))


@dataclass(frozen=True, slots=True)
class ArticleColors:
    """The colours the article viewer paints its document with, following the theme."""

    background: QColor
    text: QColor
    dim: QColor  # date/section line, dimmed (non-selected) quotes
    link: QColor
    selection: QColor

    @property
    def dark(self) -> bool:
        """Whether these are dark-theme colours (speaker colours should be lightened)."""
        return self.background.lightnessF() < self.text.lightnessF()

    def css(self) -> str:
        """A default stylesheet for the viewer's QTextDocument."""
        return (
            f"body {{ color: {self.text.name()}; background-color: {self.background.name()}; }}\n"
            f"a {{ color: {self.link.name()}; }}\n"
            f".dim {{ color: {self.dim.name()}; }}\n"
        )


def article_colors(palette: QPalette) -> ArticleColors:
    """Colours for the article pane taken from ``palette`` (use ``app.palette()``)."""
    background = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    return ArticleColors(
        background=QColor(background),
        text=QColor(text),
        dim=_mix(text, background, 0.38),
        link=QColor(palette.color(QPalette.ColorRole.Link)),
        selection=QColor(palette.color(QPalette.ColorRole.Highlight)),
    )


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )
