"""newsreader: read the news and see who is quoted and what they said.

The version lives here and nowhere else: ``pyproject.toml`` reads it, the CLI's
``--version``, the About box and the installer's file names all import it.
"""

__version__ = "0.1.0"
