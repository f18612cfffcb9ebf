"""Speaker colours never look like the text selection that marks the current quote."""

from __future__ import annotations

from newsreader.ui.colors import hue_for_rank


def test_no_speaker_gets_the_selection_blue() -> None:
    hues = [hue_for_rank(rank) for rank in range(60)]
    assert all(not 200 <= hue <= 245 for hue in hues)


def test_the_top_speakers_get_distinct_hues() -> None:
    hues = [hue_for_rank(rank) for rank in range(12)]
    assert len(set(hues)) == 12
