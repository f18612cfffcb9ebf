"""``python -m newsreader`` runs the same entry point as the ``newsreader`` command."""

import sys

from newsreader.cli import main

sys.exit(main())
