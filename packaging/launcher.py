"""The frozen app's entry script: one launcher for the GUI and the command line.

PyInstaller freezes this file into ``newsreader`` (``newsreader.exe``); everything it does
is ``newsreader.cli.main``, so ``newsreader``, ``newsreader PATH``, ``newsreader extract
--json ...`` and ``newsreader --version`` behave exactly as the installed Python package.
"""

import sys

from newsreader.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
