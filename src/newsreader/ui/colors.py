"""Per-speaker colours that stay readable on light and dark backgrounds.

The viewer paints a quote's background in its speaker's colour and the speaker panel paints
the same colour as a swatch, so both ask this module, keyed by the speaker's rank in the
article (the panel's order). Ranks, not name hashes, because a hash lets two speakers of
one article collide; the first twelve ranks get hand-picked, well separated hues.

Pure Python (no Qt) so ``render`` stays a pure function that tests can call directly.
"""

from __future__ import annotations

import colorsys
from dataclasses import dataclass

# Hues (degrees) in an order where neighbours differ a lot: the top speakers never look alike.
# Pure blues (about 200-245) are left out: the text selection that marks the current quote
# is blue in most themes, and a blue speaker's quotes would look selected too.
_HUES = (30, 130, 330, 190, 50, 270, 0, 95, 300, 160, 15, 285)
_SELECTION_HUES = (200.0, 245.0)
_GOLDEN_ANGLE = 137.508


@dataclass(frozen=True, slots=True)
class SpeakerColors:
    """The colours that mark one speaker, as ``#rrggbb`` strings.

    ``background`` sits behind quoted text (text keeps the theme's colour, so contrast
    holds), ``strong`` behind the quotes of the active speaker, ``swatch`` is the panel's
    solid marker.
    """

    background: str
    strong: str
    swatch: str


def _hex(hue: float, lightness: float, saturation: float) -> str:
    red, green, blue = colorsys.hls_to_rgb((hue % 360) / 360, lightness, saturation)
    return f"#{round(red * 255):02x}{round(green * 255):02x}{round(blue * 255):02x}"


def hue_for_rank(rank: int) -> float:
    """The hue of the speaker ranked ``rank`` (0 = most quoted)."""
    if rank < len(_HUES):
        return float(_HUES[rank])
    hue = (_HUES[-1] + (rank - len(_HUES) + 1) * _GOLDEN_ANGLE) % 360
    low, high = _SELECTION_HUES
    if low <= hue <= high:  # step past the selection's blue, keeping ranks distinct
        hue = (hue + (high - low)) % 360
    return hue


_LIGHT_TEXT = "#e6e6e6"  # the dark theme's text (theme.dark_palette)
_DARK_TEXT = "#1b1b1b"  # the light theme's text (theme.light_palette)


def _fit(hue: float, lightness: float, saturation: float, *, text: str, target: float) -> str:
    """``hue`` at ``lightness``, moved away from ``text`` until the contrast reaches ``target``.

    Hues differ a lot in luminance (yellow and green are bright, blue is dark), so a fixed
    lightness cannot give every speaker the same readability; this walks it until it does.
    """
    step = 0.01 if relative_luminance(text) < 0.5 else -0.01
    color = _hex(hue, lightness, saturation)
    while contrast_ratio(color, text) < target and 0.0 < lightness < 1.0:
        lightness = min(1.0, max(0.0, lightness + step))
        color = _hex(hue, lightness, saturation)
    return color


def speaker_colors(rank: int, *, dark: bool) -> SpeakerColors:
    """Colours for the speaker ranked ``rank``; ``dark`` when the text is light on dark.

    Light theme: pale tints under dark text. Dark theme: deep shades under light text.
    Backgrounds keep a contrast ratio of at least 7:1 with the theme's text (WCAG AAA),
    the active speaker's stronger shade at least 4.5:1 (AA).
    """
    hue = hue_for_rank(rank)
    if dark:
        return SpeakerColors(
            background=_fit(hue, 0.24, 0.45, text=_LIGHT_TEXT, target=7.0),
            strong=_fit(hue, 0.32, 0.60, text=_LIGHT_TEXT, target=4.6),
            swatch=_hex(hue, 0.55, 0.70),
        )
    return SpeakerColors(
        background=_fit(hue, 0.90, 0.70, text=_DARK_TEXT, target=7.0),
        strong=_fit(hue, 0.78, 0.85, text=_DARK_TEXT, target=7.0),
        swatch=_hex(hue, 0.50, 0.65),
    )


def unattributed_colors(*, dark: bool) -> SpeakerColors:
    """Colours for quotes whose speaker the engine could not tell: a neutral grey."""
    if dark:
        return SpeakerColors(background="#3a3a3a", strong="#505050", swatch="#8a8a8a")
    return SpeakerColors(background="#ececec", strong="#d6d6d6", swatch="#9a9a9a")


def relative_luminance(color: str) -> float:
    """WCAG relative luminance of ``#rrggbb`` (used by tests to check contrast)."""
    channels = []
    for i in (1, 3, 5):
        value = int(color[i : i + 2], 16) / 255
        channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio between two ``#rrggbb`` colours (1 to 21)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
