"""The pure-Python core: document model, parsing, quote finding and attribution.

Nothing under ``newsreader.core`` may import Qt; a test checks it in a subprocess, so the
engine stays usable from the command line, in tests and in other tools.
"""
