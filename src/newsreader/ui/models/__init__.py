"""Qt item models over the core's frozen dataclasses: thin, no parsing, no I/O."""

from newsreader.ui.models.article_list import ArticleFilterProxyModel, ArticleListModel, ArticleRole
from newsreader.ui.models.speaker_tree import SpeakerFilterProxyModel, SpeakerRole, SpeakerTreeModel

__all__ = [
    "ArticleFilterProxyModel",
    "ArticleListModel",
    "ArticleRole",
    "SpeakerFilterProxyModel",
    "SpeakerRole",
    "SpeakerTreeModel",
]
