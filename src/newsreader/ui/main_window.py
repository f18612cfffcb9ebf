"""The main window: builds the panes, lays them out and wires them in one place.

It holds no article data (the models do) and no behaviour of its own beyond routing:
panels emit intent signals, ``_connect_signals`` connects them to the parts that act,
and the ``_on_<sender>_<event>`` slots below do the little glue that spans two parts
(keeping the speaker panel in step with the viewer, remembering the reading position).

The find bar, the empty state and the load-errors notice are built on first use (the
``find_bar``, ``empty_state`` and ``errors_notice`` properties), with their connections:
most launches never need them, and their modules and widgets cost the first article
about 15 ms of start-up.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLayout,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from newsreader.core.document import Article
from newsreader.core.errors import ArticleLoadError
from newsreader.first_article import Prefetch
from newsreader.ui.actions import MainActions
from newsreader.ui.library_session import LibrarySession
from newsreader.ui.models.article_list import ArticleListModel
from newsreader.ui.render import quote_citation, quote_position_text
from newsreader.ui.settings import AppSettings
from newsreader.ui.tasks import TaskRunner
from newsreader.ui.theme import Theme, apply_theme
from newsreader.ui.views.article_list import ArticleListPanel
from newsreader.ui.views.article_viewer import ArticleViewer
from newsreader.ui.views.speaker_panel import SpeakerPanel

if TYPE_CHECKING:
    from newsreader.ui.empty_state import EmptyStateWidget
    from newsreader.ui.find_bar import FindBar
    from newsreader.ui.messages import LoadErrorsNotice

log = logging.getLogger("newsreader.ui.main_window")

PROGRESS_DELAY_MS = 300  # loads shorter than this show no progress bar
_DEFAULT_SIZES = [360, 580, 340]


class MainWindow(QMainWindow):
    """Article list | article viewer | speaker panel, with menus and a status bar."""

    article_shown = Signal(object)  # Article: the viewer now shows it
    library_loaded = Signal(int, int)  # articles, failed files

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("newsreader")
        self.setAccessibleName("newsreader")
        self._settings = settings
        self._wanted_article: Path | None = None
        self._zoom = 0
        self._pending_sizes: list[int] | None = None

        self.runner = TaskRunner(self)
        self.article_model = ArticleListModel(self)
        self.session = LibrarySession(self.runner, self.article_model, self)
        self.article_panel = ArticleListPanel(self.article_model, self)
        self.viewer = ArticleViewer(self)
        self.speaker_panel = SpeakerPanel(self)
        self._find_bar: FindBar | None = None  # these three: built on first use
        self._empty_state: EmptyStateWidget | None = None
        self._errors_notice: LoadErrorsNotice | None = None
        self.menu_actions = MainActions(self)

        self._build_layout()
        self._build_status_bar()
        # A fixed minimum instead of the layout's computed one: the window never changes
        # its size hints after it is created (platforms like offscreen warn when it does).
        layout = self.layout()
        if layout is not None:
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(720, 420)
        self.menu_actions.build_menus(self.menuBar())
        self.addActions(self.menu_actions.all_actions())
        self._connect_signals()
        self._restore_settings()
        self.article_panel.view.setFocus()  # arrows pick an article right away

    # -- building ------------------------------------------------------------------------
    def _build_layout(self) -> None:
        viewer_pane = QWidget(self)
        viewer_pane.setObjectName("viewerPane")
        viewer_layout = QVBoxLayout(viewer_pane)
        viewer_layout.setContentsMargins(0, 0, 0, 0)
        viewer_layout.setSpacing(0)
        viewer_layout.addWidget(self.viewer)
        self.viewer_pane = viewer_pane
        self._viewer_layout = viewer_layout  # the find bar goes below the viewer

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.article_panel)
        self.splitter.addWidget(viewer_pane)
        self.splitter.addWidget(self.speaker_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes(_DEFAULT_SIZES)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)
        QWidget.setTabOrder(self.article_panel.filter_edit, self.article_panel.view)
        QWidget.setTabOrder(self.article_panel.view, self.viewer)
        QWidget.setTabOrder(self.viewer, self.speaker_panel.filter_edit)

    def _build_status_bar(self) -> None:
        self.progress = QProgressBar(self)
        self.progress.setObjectName("loadProgress")
        self.progress.setAccessibleName("Loading the library")
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_DELAY_MS)
        self.statusBar().addPermanentWidget(self.progress)

    @property
    def find_bar(self) -> FindBar:
        """The find bar under the viewer (built the first time it is needed)."""
        if self._find_bar is None:
            from newsreader.ui.find_bar import FindBar  # noqa: PLC0415 - lean start-up

            self._find_bar = FindBar(self.viewer, self.viewer_pane)
            self._viewer_layout.addWidget(self._find_bar)
            self._find_bar.closed.connect(self.viewer.setFocus)
        return self._find_bar

    @property
    def empty_state(self) -> EmptyStateWidget:
        """The page shown instead of the panes when there is nothing to read."""
        if self._empty_state is None:
            from newsreader.ui.empty_state import EmptyStateWidget  # noqa: PLC0415

            self._empty_state = EmptyStateWidget(self)
            self.stack.addWidget(self._empty_state)
            self._empty_state.open_folder_requested.connect(self._on_open_folder_triggered)
        return self._empty_state

    @property
    def errors_notice(self) -> LoadErrorsNotice:
        """The status-bar notice of files that could not be read (hidden when none)."""
        if self._errors_notice is None:
            from newsreader.ui.messages import LoadErrorsNotice  # noqa: PLC0415

            self._errors_notice = LoadErrorsNotice(self)
            self.statusBar().addPermanentWidget(self._errors_notice)
        return self._errors_notice

    def _connect_signals(self) -> None:
        """Every connection between the window's parts, in one place."""
        self.article_panel.article_selected.connect(self._on_article_panel_article_selected)
        self.speaker_panel.speaker_activated.connect(self._on_speaker_panel_speaker_activated)
        self.speaker_panel.quote_activated.connect(self._on_speaker_panel_quote_activated)
        self.speaker_panel.next_quote_requested.connect(self._on_next_quote)
        self.speaker_panel.previous_quote_requested.connect(self._on_previous_quote)
        self.viewer.quote_clicked.connect(self._on_viewer_quote_clicked)
        self.viewer.quote_shown.connect(self._on_viewer_quote_shown)
        self.viewer.emphasis_cleared.connect(self.speaker_panel.clear_selection)
        self.speaker_panel.speaker_cleared.connect(self.viewer.clear_emphasis)

        self.session.opened.connect(self._on_session_opened)
        self.session.article_added.connect(self._on_session_article_added)
        self.session.article_replaced.connect(self._on_session_article_replaced)
        self.session.errors_changed.connect(self._on_session_errors_changed)
        self.session.progress.connect(self._on_session_progress)
        self.session.loaded.connect(self._on_session_loaded)
        self.session.failed.connect(self._on_session_failed)
        self._progress_timer.timeout.connect(self._on_progress_timer_timeout)

        actions = self.menu_actions
        actions.open_folder.triggered.connect(self._on_open_folder_triggered)
        actions.open_file.triggered.connect(self._on_open_file_triggered)
        actions.reload.triggered.connect(self.session.refresh)
        actions.recent_library_chosen.connect(self.open_library)
        actions.clear_recent.triggered.connect(self._on_clear_recent_triggered)
        actions.quit.triggered.connect(self.close)
        actions.copy.triggered.connect(self.viewer.copy)
        actions.copy_quote_with_citation.triggered.connect(self._on_copy_quote_triggered)
        # Lambdas, not bound methods: the find bar is built when first asked for.
        actions.find.triggered.connect(lambda: self.find_bar.show_and_focus())  # noqa: PLW0108
        actions.find_next.triggered.connect(lambda: self.find_bar.find_next())  # noqa: PLW0108
        actions.find_previous.triggered.connect(lambda: self.find_bar.find_previous())  # noqa: PLW0108
        actions.about.triggered.connect(self._on_about_triggered)
        actions.zoom_in.triggered.connect(lambda: self.set_zoom(self._zoom + 1))
        actions.zoom_out.triggered.connect(lambda: self.set_zoom(self._zoom - 1))
        actions.zoom_reset.triggered.connect(lambda: self.set_zoom(0))
        actions.theme_chosen.connect(self._on_actions_theme_chosen)
        actions.show_article_list.toggled.connect(self._on_show_article_list_toggled)
        actions.show_speaker_panel.toggled.connect(self._on_show_speaker_panel_toggled)
        actions.next_quote.triggered.connect(self._on_next_quote)
        actions.previous_quote.triggered.connect(self._on_previous_quote)

    # -- commands ------------------------------------------------------------------------
    def open_library(self, path: Path, first: Prefetch | None = None) -> None:
        """Open a folder (or one article file): the list fills as articles are parsed.
        ``first`` is a child process already parsing the article to show first."""
        self._remember_reading_position()
        self._wanted_article = self._settings.last_article
        self.session.open(path, first)
        self._settings.last_library = path
        self._settings.add_recent_library(path)
        self.menu_actions.set_recent_libraries(self._settings.recent_libraries)

    def library(self) -> Path | None:
        """The folder or file that is open."""
        return self.session.path()

    def set_zoom(self, steps: int) -> None:
        """Zoom the article text ``steps`` steps from the default size."""
        steps = max(-8, min(20, steps))
        delta = steps - self._zoom
        if delta > 0:
            self.viewer.zoomIn(delta)
        elif delta < 0:
            self.viewer.zoomOut(-delta)
        self._zoom = steps
        self._settings.zoom = steps

    def zoom(self) -> int:
        """The viewer's zoom steps."""
        return self._zoom

    def reveal_speaker(self, name: str) -> bool:
        """Show an article quoting ``name`` (the current one if it does) and activate them."""
        current = self.viewer.article()
        if current is None or current.speaker(name) is None:
            for row in range(self.article_panel.proxy.rowCount()):
                article = self.article_panel.proxy.article_at(row)
                if article is not None and article.speaker(name) is not None:
                    self.article_panel.select_row(row)
                    break
            else:
                return False
        index = self.speaker_panel.speaker_row(name)
        if not index.isValid():
            return False
        self.speaker_panel.view.setCurrentIndex(index)
        self.speaker_panel.view.activated.emit(index)
        return True

    # -- settings ------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        settings = self._settings
        geometry = settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen()
            area = screen.availableGeometry() if screen is not None else None
            width = min(1280, area.width() * 9 // 10) if area else 1280
            height = min(800, area.height() * 9 // 10) if area else 800
            self.resize(width, height)
        state = settings.window_state
        if state is not None:
            self.restoreState(state)
        sizes = settings.splitter_sizes
        if sizes is not None and len(sizes) == 3 and sum(sizes) > 0:
            self._pending_sizes = sizes  # applied once the window has its real width
        self.menu_actions.set_recent_libraries(settings.recent_libraries)
        self.menu_actions.show_article_list.setChecked(settings.article_list_visible)
        self.menu_actions.show_speaker_panel.setChecked(settings.speaker_panel_visible)
        self.article_panel.setVisible(settings.article_list_visible)
        self.speaker_panel.setVisible(settings.speaker_panel_visible)
        self.menu_actions.set_theme(settings.theme)
        self.set_zoom(settings.zoom)

    def _remember_reading_position(self) -> None:
        article = self.viewer.article()
        if article is not None:
            self._settings.last_article = article.path
            self._settings.set_scroll_position(
                article.path, self.viewer.verticalScrollBar().value()
            )

    def save_settings(self) -> None:
        """Write geometry, pane sizes and the reading position."""
        settings = self._settings
        settings.window_geometry = QByteArray(self.saveGeometry())
        settings.window_state = QByteArray(self.saveState())
        sizes = [int(size) for size in self.splitter.sizes()]
        if all(sizes):  # a hidden pane reports 0; keep the sizes it had when shown
            settings.splitter_sizes = sizes
        self._remember_reading_position()
        settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending_sizes is not None:
            layout = self.layout()
            if layout is not None:
                layout.activate()  # give the splitter its real width first
            self.splitter.setSizes(self._pending_sizes)
            self._pending_sizes = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.close()
        self.save_settings()
        super().closeEvent(event)

    # -- slots: panes --------------------------------------------------------------------
    @Slot(object)
    def _on_article_panel_article_selected(self, article: Article) -> None:
        previous = self.viewer.article()
        if previous is not None and previous.path != article.path:
            self._remember_reading_position()
        self._show_article(article, keep_speaker=True)
        scroll = self._settings.scroll_position(article.path)
        if scroll:
            self.viewer.verticalScrollBar().setValue(scroll)
        self._settings.last_article = article.path

    def _show_article(self, article: Article, *, keep_speaker: bool) -> None:
        """Show ``article`` in the viewer and the panel; the active speaker stays active
        when ``keep_speaker`` and the article quotes them too."""
        speaker = self.viewer.active_speaker() if keep_speaker else None
        self.viewer.set_article(article)
        self.speaker_panel.set_article(article)
        if speaker is not None and article.speaker(speaker) is not None:
            self.speaker_panel.select_speaker(speaker)
            self.viewer.set_active_speaker(speaker)
        self.article_shown.emit(article)

    @Slot(str)
    def _on_speaker_panel_speaker_activated(self, name: str) -> None:
        self.viewer.activate_speaker(name)

    @Slot(int)
    def _on_speaker_panel_quote_activated(self, index: int) -> None:
        self.viewer.show_quote(index)

    @Slot(int)
    def _on_viewer_quote_clicked(self, index: int) -> None:
        self.viewer.show_quote(index)

    @Slot(int)
    def _on_viewer_quote_shown(self, index: int) -> None:
        self.speaker_panel.select_quote(index)
        self.statusBar().showMessage(quote_position_text(self.viewer.article(), index), 10_000)

    @Slot()
    def _on_next_quote(self) -> None:
        self.viewer.step_quote(+1)

    @Slot()
    def _on_previous_quote(self) -> None:
        self.viewer.step_quote(-1)

    # -- slots: the library -------------------------------------------------------------
    @Slot(object)
    def _on_session_opened(self, path: Path) -> None:
        self.viewer.set_placeholder(f"Opening {path.name or path}…")
        self.viewer.set_article(None)
        self.speaker_panel.set_article(None)
        if self._errors_notice is not None:
            self._errors_notice.set_errors([], root=path)
        self.stack.setCurrentWidget(self.splitter)
        self.statusBar().showMessage(f"Opening {path}…")
        self.setWindowTitle(f"{path.name or path} — newsreader")
        self._progress_timer.start()

    @Slot(object)
    def _on_session_article_added(self, article: Article) -> None:
        if self.stack.currentWidget() is not self.splitter:
            self.stack.setCurrentWidget(self.splitter)
        if article.path == self._wanted_article:
            self._wanted_article = None
            self.article_panel.select_path(article.path)
        elif self.article_panel.current_article() is None:
            self.article_panel.select_path(article.path)

    @Slot(object)
    def _on_session_article_replaced(self, article: Article) -> None:
        current = self.viewer.article()
        if current is None or current.path != article.path:
            return
        scroll = self.viewer.verticalScrollBar().value()
        self._show_article(article, keep_speaker=True)
        self.viewer.verticalScrollBar().setValue(scroll)

    @Slot(object)
    def _on_session_errors_changed(self, errors: list[ArticleLoadError]) -> None:
        self.errors_notice.set_errors(errors, root=self.session.path())

    @Slot(int, int)
    def _on_session_progress(self, done: int, total: int) -> None:
        # About 50 steps in all: each setValue repaints the bar at once, and one per
        # file made a big library's load stall the event loop.
        if done in (0, total) or done % max(1, total // 50) == 0:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    @Slot()
    def _on_progress_timer_timeout(self) -> None:
        if self.session.is_loading():
            self.progress.show()

    @Slot(int, int)
    def _on_session_loaded(self, _articles: int, _failed: int) -> None:
        self.viewer.set_placeholder("Select an article in the list to read it.")
        self._progress_timer.stop()
        self.progress.hide()
        count = self.article_model.rowCount()
        noun = "article" if count == 1 else "articles"
        self.statusBar().showMessage(f"{count} {noun} in {self.session.path()}", 8000)
        if count == 0:
            self.viewer.set_article(None)
            self.speaker_panel.set_article(None)
            self.empty_state.set_folder(self.session.path())
            self.stack.setCurrentWidget(self.empty_state)
        elif self.article_panel.current_article() is None:
            self.article_panel.select_row(0)
        self.library_loaded.emit(count, len(self.session.errors()))

    @Slot(object)
    def _on_session_failed(self, error: BaseException) -> None:
        self._progress_timer.stop()
        self.progress.hide()
        from newsreader.ui.messages import describe_error  # noqa: PLC0415 - rarely needed

        self.statusBar().showMessage(describe_error(error))
        self.viewer.set_article(None)
        self.speaker_panel.set_article(None)
        self.empty_state.set_folder(None)
        self.stack.setCurrentWidget(self.empty_state)
        self.library_loaded.emit(0, 0)

    # -- slots: menus --------------------------------------------------------------------
    @Slot()
    def _on_open_folder_triggered(self) -> None:
        start = str(self.session.path() or Path.home())
        folder = QFileDialog.getExistingDirectory(self, "Open Folder", start)
        if folder:
            self.open_library(Path(folder))

    @Slot()
    def _on_open_file_triggered(self) -> None:
        start = str(self.session.path() or Path.home())
        name, _filter = QFileDialog.getOpenFileName(
            self, "Open File", start, "Articles (*.txt *.md *.markdown);;All files (*)"
        )
        if name:
            self.open_library(Path(name))

    @Slot()
    def _on_about_triggered(self) -> None:
        from newsreader.ui.about import show_about  # noqa: PLC0415 - rarely used, slow import

        show_about(self)

    @Slot()
    def _on_clear_recent_triggered(self) -> None:
        self._settings.clear_recent_libraries()
        self.menu_actions.set_recent_libraries([])

    @Slot()
    def _on_copy_quote_triggered(self) -> None:
        article, index = self.viewer.article(), self.viewer.current_quote()
        if article is None or index is None:
            self.viewer.copy()
            return
        QGuiApplication.clipboard().setText(quote_citation(article, index))

    @Slot(object)
    def _on_actions_theme_chosen(self, theme: Theme) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)  # the panes follow the palette change themselves
        self._settings.theme = theme

    @Slot(bool)
    def _on_show_article_list_toggled(self, visible: bool) -> None:
        self.article_panel.setVisible(visible)
        self._settings.article_list_visible = visible

    @Slot(bool)
    def _on_show_speaker_panel_toggled(self, visible: bool) -> None:
        self.speaker_panel.setVisible(visible)
        self._settings.speaker_panel_visible = visible
