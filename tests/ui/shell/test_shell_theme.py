"""Themes: light and dark palettes apply, system restores, article colours follow."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from newsreader.ui.theme import (
    Theme,
    apply_theme,
    article_colors,
    current_theme,
    dark_palette,
    is_dark,
    light_palette,
)


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The test QApplication, put back to the system look afterwards."""
    yield qapp
    apply_theme(qapp, Theme.SYSTEM)


def test_theme_values_are_stable_strings() -> None:
    assert [str(t) for t in Theme] == ["system", "light", "dark"]


def test_is_dark() -> None:
    assert is_dark(dark_palette())
    assert not is_dark(light_palette())


def test_dark_then_light_then_system(app: QApplication) -> None:
    original = QPalette(app.palette())
    style = app.style()
    assert style is not None
    original_style = style.name()

    apply_theme(app, Theme.DARK)
    assert is_dark(app.palette())
    assert current_theme(app) is Theme.DARK
    style = app.style()
    assert style is not None
    assert style.name().lower() == "fusion"

    apply_theme(app, Theme.LIGHT)
    assert not is_dark(app.palette())
    assert current_theme(app) is Theme.LIGHT

    apply_theme(app, Theme.SYSTEM)
    assert current_theme(app) is Theme.SYSTEM
    style = app.style()
    assert style is not None
    assert style.name() == original_style
    for role in (
        QPalette.ColorRole.Window,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Base,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.Highlight,
    ):
        assert app.palette().color(role) == original.color(role), role


def test_article_colors_follow_the_palette() -> None:
    dark = article_colors(dark_palette())
    light = article_colors(light_palette())
    assert dark.dark
    assert not light.dark
    assert dark.background == dark_palette().color(QPalette.ColorRole.Base)
    assert light.text == light_palette().color(QPalette.ColorRole.Text)
    # dim sits between text and background
    for colors in (dark, light):
        low, high = sorted([colors.text.lightnessF(), colors.background.lightnessF()])
        assert low < colors.dim.lightnessF() < high
    css = dark.css()
    assert dark.text.name() in css
    assert dark.background.name() in css
    assert ".dim" in css


def _contrast(a: float, b: float) -> float:
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def _luminance(palette: QPalette, role: QPalette.ColorRole) -> float:
    c = palette.color(role)

    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()])
def test_text_contrast_is_readable(palette: QPalette) -> None:
    R = QPalette.ColorRole  # noqa: N806
    for fg, bg in [
        (R.Text, R.Base),
        (R.WindowText, R.Window),
        (R.ButtonText, R.Button),
        (R.HighlightedText, R.Highlight),
    ]:
        assert _contrast(_luminance(palette, fg), _luminance(palette, bg)) >= 4.5, (fg, bg)
