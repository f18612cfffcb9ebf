"""Widgets that show the models: article list, article viewer, speaker panel."""
