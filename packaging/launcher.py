"""The frozen app's entry script: one launcher for the GUI and the command line.

PyInstaller freezes this file into ``newsreader`` (``newsreader.exe``); what it does is
``newsreader.cli.main``, so ``newsreader``, ``newsreader PATH``, ``newsreader extract
--json ...`` and ``newsreader --version`` behave exactly as the installed Python package.
On Linux it first checks, when a window is about to open on X11, that the system libraries
the bundle leaves to the system are there, and names the missing ones and their packages
(Qt's own message blames libxcb-cursor0 whatever is missing).
"""

import os
import sys

from newsreader.cli import main

if __name__ == "__main__":
    if sys.platform.startswith("linux"):
        from system_check import missing_library_message

        message = missing_library_message(sys.argv[1:], os.environ)
        if message is not None:
            print(message, file=sys.stderr)
            sys.exit(1)
    sys.exit(main(sys.argv[1:]))
