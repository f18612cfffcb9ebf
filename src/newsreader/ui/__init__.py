"""The desktop reader: PySide6 widgets, models and the shell around them (never imported by core)."""
