"""Where the files that ship with newsreader are, from a checkout or a frozen bundle.

PyInstaller unpacks data next to the executable (``sys._MEIPASS``), a checkout keeps them
at the repository root; resolving both here means no module ever builds a path from the
current working directory, so the app works wherever it is started from.
"""

from __future__ import annotations

import sys
from pathlib import Path


def install_root() -> Path:
    """The folder that holds ``seeds/`` and ``resources/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def bundled_seeds_dir() -> Path:
    """The default library: the articles shipped in ``seeds/``."""
    return install_root() / "seeds"


def resources_dir() -> Path:
    """Icons, the .desktop entry, AppStream metadata and stylesheets."""
    return install_root() / "resources"
