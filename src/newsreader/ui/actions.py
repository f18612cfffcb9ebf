"""Every menu command of the main window as a QAction, with its shortcut, in one place.

API::

    actions = MainActions(parent: QObject | None = None)
    actions.build_menus(window.menuBar())      # File, Edit, View, Help; call once
    window.addActions(actions.all_actions())   # optional: shortcuts work with the menu bar
                                               # hidden too
    actions.set_recent_libraries(paths: list[Path])   # refills File ▸ Open Recent (entries
                                               # whose folder is gone are greyed when
                                               # the menu opens)
    actions.set_theme(theme: Theme)            # checks the matching View ▸ Theme entry
    actions.recent_library_chosen: Signal(Path)   # a File ▸ Open Recent entry was chosen
    actions.theme_chosen: Signal(object)          # a Theme, when the user picks one

Attributes (QAction; connect ``triggered``/``toggled`` in the window):

=========================  ====================================================  ==========
attribute                  shortcut(s)                                           checkable
=========================  ====================================================  ==========
open_folder                Ctrl+O (StandardKey.Open)
open_file                  Ctrl+Shift+O
reload                     F5 (also StandardKey.Refresh where it differs)
clear_recent               –  (File ▸ Open Recent ▸ Clear Menu)
quit                       Ctrl+Q (StandardKey.Quit)
copy                       Ctrl+C (StandardKey.Copy)
copy_quote_with_citation   Ctrl+Shift+C
find                       Ctrl+F (StandardKey.Find)
find_next                  F3, Ctrl+G (StandardKey.FindNext)
find_previous              Shift+F3, Ctrl+Shift+G (StandardKey.FindPrevious)
zoom_in                    Ctrl++ (StandardKey.ZoomIn), Ctrl+=
zoom_out                   Ctrl+- (StandardKey.ZoomOut)
zoom_reset                 Ctrl+0
theme_system/light/dark    –  (exclusive group; ``theme_actions[Theme]``)          yes
show_article_list          Ctrl+Shift+A                                          yes
show_speaker_panel         Ctrl+Shift+P                                          yes
next_quote                 F8, Ctrl+.   (next quote of the selected speaker)
previous_quote             Shift+F8, Ctrl+,
about                      –
=========================  ====================================================  ==========

The shortcuts are unique (a test checks it) and avoid what the item views and text
browser use themselves (arrows, Home/End, Page keys, Tab). ``show_*`` start checked; the
window sets them from the settings with ``setChecked`` and hides/shows panes in
``toggled``. Whatever actions are triggered, this object never touches the window: it
only creates the commands, so the window keeps one ``_connect_signals()``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from newsreader.ui.theme import Theme

_Key = QKeySequence.StandardKey
_THEME_LABELS = {Theme.SYSTEM: "&System", Theme.LIGHT: "&Light", Theme.DARK: "&Dark"}


def _keys(*specs: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """Shortcut list from standard keys and portable strings, without duplicates."""
    sequences: list[QKeySequence] = []
    for spec in specs:
        found = QKeySequence.keyBindings(spec) if isinstance(spec, _Key) else [QKeySequence(spec)]
        for sequence in found:
            if not sequence.isEmpty() and sequence not in sequences:
                sequences.append(sequence)
    return sequences


class MainActions(QObject):
    """The window's commands; the menus are built from them by ``build_menus``."""

    recent_library_chosen = Signal(Path)
    theme_chosen = Signal(object)  # Theme

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainActions")
        self._recent_paths: list[Path] = []
        self._recent_menu: QMenu | None = None

        # File
        self.open_folder = self._action(
            "Open &Folder…", "Open a folder of articles", _keys(_Key.Open, "Ctrl+O")
        )
        self.open_file = self._action(
            "Open &File…", "Open a single article file", _keys("Ctrl+Shift+O")
        )
        self.reload = self._action(
            "&Reload", "Read the library again from disk", _keys("F5", _Key.Refresh)
        )
        self.clear_recent = self._action("&Clear Menu", "Forget the recently opened libraries")
        self.quit = self._action("&Quit", "Quit newsreader", _keys(_Key.Quit, "Ctrl+Q"))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        # Edit
        self.copy = self._action("&Copy", "Copy the selected text", _keys(_Key.Copy, "Ctrl+C"))
        self.copy_quote_with_citation = self._action(
            "Copy &Quote with Citation",
            "Copy the selected quote with its speaker and article",
            _keys("Ctrl+Shift+C"),
        )
        self.find = self._action(
            "&Find in Article…", "Search the text of the article", _keys(_Key.Find, "Ctrl+F")
        )
        self.find_next = self._action(
            "Find &Next",
            "Go to the next match in the article",
            _keys(_Key.FindNext, "F3", "Ctrl+G"),
        )
        self.find_previous = self._action(
            "Find Pre&vious",
            "Go to the previous match in the article",
            _keys(_Key.FindPrevious, "Shift+F3", "Ctrl+Shift+G"),
        )

        # View
        self.zoom_in = self._action(
            "Zoom &In", "Make the article text larger", _keys(_Key.ZoomIn, "Ctrl++", "Ctrl+=")
        )
        self.zoom_out = self._action(
            "Zoom &Out", "Make the article text smaller", _keys(_Key.ZoomOut, "Ctrl+-")
        )
        self.zoom_reset = self._action(
            "&Reset Zoom", "Show the article text at its normal size", _keys("Ctrl+0")
        )
        self.theme_group = QActionGroup(self)
        self.theme_group.setExclusive(True)
        self.theme_actions: dict[Theme, QAction] = {}
        for theme in Theme:
            action = self._action(
                _THEME_LABELS[theme],
                f"Use the {theme} colour theme"
                if theme is not Theme.SYSTEM
                else "Use the desktop's colours",
            )
            action.setCheckable(True)
            action.setData(str(theme))
            self.theme_group.addAction(action)
            self.theme_actions[theme] = action
        self.theme_system = self.theme_actions[Theme.SYSTEM]
        self.theme_light = self.theme_actions[Theme.LIGHT]
        self.theme_dark = self.theme_actions[Theme.DARK]
        self.theme_system.setChecked(True)
        self.theme_group.triggered.connect(self._on_theme_group_triggered)

        self.show_article_list = self._action(
            "Show &Article List", "Show or hide the list of articles", _keys("Ctrl+Shift+A")
        )
        self.show_speaker_panel = self._action(
            "Show &Speaker Panel", "Show or hide the panel of speakers", _keys("Ctrl+Shift+P")
        )
        for action in (self.show_article_list, self.show_speaker_panel):
            action.setCheckable(True)
            action.setChecked(True)
        self.next_quote = self._action(
            "&Next Quote of Speaker",
            "Go to the selected speaker's next quote",
            _keys("F8", "Ctrl+."),
        )
        self.previous_quote = self._action(
            "&Previous Quote of Speaker",
            "Go to the selected speaker's previous quote",
            _keys("Shift+F8", "Ctrl+,"),
        )

        # Help
        self.about = self._action("&About newsreader", "Version, licence and Qt version")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

    def _action(self, text: str, tip: str, shortcuts: list[QKeySequence] | None = None) -> QAction:
        action = QAction(text, self)
        name = text.replace("&", "").rstrip("…").strip()
        action.setObjectName("action" + "".join(w[:1].upper() + w[1:] for w in name.split()))
        action.setStatusTip(tip)
        action.setToolTip(f"{name} ({shortcuts[0].toString()})" if shortcuts else name)
        action.setWhatsThis(tip)
        if shortcuts:
            action.setShortcuts(shortcuts)
        return action

    def all_actions(self) -> list[QAction]:
        """Every command (not the recent-library entries), for ``QWidget.addActions``."""
        return [a for a in self.findChildren(QAction) if a.parent() is self]

    def build_menus(self, menubar: QMenuBar) -> None:
        """Add File, Edit, View and Help menus with these actions to ``menubar``."""
        file_menu = self._menu(menubar, "&File", "fileMenu")
        file_menu.addAction(self.open_folder)
        file_menu.addAction(self.open_file)
        self._recent_menu = file_menu.addMenu("Open &Recent")
        self._recent_menu.setObjectName("recentMenu")
        self._recent_menu.setAccessibleName("Open Recent")
        self._recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)
        file_menu.addAction(self.reload)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        self._fill_recent_menu()

        edit_menu = self._menu(menubar, "&Edit", "editMenu")
        edit_menu.addAction(self.copy)
        edit_menu.addAction(self.copy_quote_with_citation)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find)
        edit_menu.addAction(self.find_next)
        edit_menu.addAction(self.find_previous)

        view_menu = self._menu(menubar, "&View", "viewMenu")
        view_menu.addAction(self.zoom_in)
        view_menu.addAction(self.zoom_out)
        view_menu.addAction(self.zoom_reset)
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu("&Theme")
        theme_menu.setObjectName("themeMenu")
        theme_menu.setAccessibleName("Theme")
        theme_menu.addActions(self.theme_group.actions())
        view_menu.addSeparator()
        view_menu.addAction(self.show_article_list)
        view_menu.addAction(self.show_speaker_panel)
        view_menu.addSeparator()
        view_menu.addAction(self.next_quote)
        view_menu.addAction(self.previous_quote)

        help_menu = self._menu(menubar, "&Help", "helpMenu")
        help_menu.addAction(self.about)

    @staticmethod
    def _menu(menubar: QMenuBar, title: str, name: str) -> QMenu:
        menu = menubar.addMenu(title)
        menu.setObjectName(name)
        menu.setAccessibleName(title.replace("&", ""))
        return menu

    def recent_libraries(self) -> list[Path]:
        """The paths the recent menu currently offers."""
        return list(self._recent_paths)

    def set_recent_libraries(self, paths: list[Path]) -> None:
        """Show ``paths`` (most recent first) in File ▸ Open Recent."""
        self._recent_paths = list(paths)
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        menu = self._recent_menu
        if menu is None:
            return
        for action in menu.actions():
            menu.removeAction(action)
            if action is not self.clear_recent:
                action.deleteLater()
        for number, path in enumerate(self._recent_paths, start=1):
            label = str(path).replace("&", "&&")
            action = QAction(f"&{number} {label}" if number < 10 else label, menu)
            action.setData(str(path))
            action.setStatusTip(f"Open {path}")
            action.setToolTip(str(path))
            action.triggered.connect(self._on_recent_action_triggered)
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.clear_recent)
        menu.setEnabled(True)
        self.clear_recent.setEnabled(bool(self._recent_paths))

    @Slot()
    def _on_recent_menu_about_to_show(self) -> None:
        """Grey out libraries that are gone (moved, deleted, unmounted) as the menu opens."""
        menu = self._recent_menu
        if menu is None:
            return
        for action in menu.actions():
            data = action.data()
            if isinstance(data, str):
                exists = Path(data).exists()
                action.setEnabled(exists)
                action.setToolTip(data if exists else f"{data} (not found)")

    @Slot()
    def _on_recent_action_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction) and isinstance(action.data(), str):
            self.recent_library_chosen.emit(Path(action.data()))

    def set_theme(self, theme: Theme) -> None:
        """Check the View ▸ Theme entry of ``theme`` (without emitting ``theme_chosen``)."""
        self.theme_actions[Theme(theme)].setChecked(True)

    @Slot(QAction)
    def _on_theme_group_triggered(self, action: QAction) -> None:
        data = action.data()
        if isinstance(data, str):
            self.theme_chosen.emit(Theme(data))
