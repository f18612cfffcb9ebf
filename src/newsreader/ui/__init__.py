"""The desktop reader: PySide6 models, views and window; the core never imports it."""
