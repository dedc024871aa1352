"""The window's actions, its menus and toolbar, and which actions are possible now.

The actions only name what to do: the slots are the window's controllers. Every menu is
built in `build_menus`, in menu-bar order; a new menu or entry goes there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ..icons import action_icon
from ..user_guide import add_user_guide
from .find_anything import FindAnything
from .records import REPORTED_SELECTIONS

if TYPE_CHECKING:
    from ..window_host import ActionHost

TEXT_BESIDE_ICON = 2  # Qt.ToolButtonStyle.ToolButtonTextBesideIcon


class WindowActions(QObject):
    """Every action of the main window, made once; `update()` enables what can be done."""

    def __init__(self, window: ActionHost) -> None:
        super().__init__(window.parent_widget())
        self.window = window
        self.widget = window.parent_widget()  # the parent of dialogs and messages
        key = QKeySequence.StandardKey
        files, records = window.files, window.records
        self.new_file_action = self._action(
            self.tr("&New database…"), files.new_database, "Ctrl+Shift+N", "new_database"
        )
        self.open_file_action = self._action(
            self.tr("&Open…"), files.open_database_dialog, key.Open, "open_database"
        )
        self.open_demo_action = self._action(
            self.tr("Open the &demo"), files.open_demo, None, "open_demo"
        )
        self.open_team_action = self._action(
            self.tr("Open a &team database…"),
            files.open_team_database,
            None,
            "open_team_database",
            self.tr("Open a database on a PostgreSQL server by its address"),
        )
        self.backup_action = self._action(
            self.tr("&Back up now"),
            files.backup_now,
            None,
            "backup",
            self.tr("Write a copy of the file into its backups folder"),
        )
        self.export_action = self._action(
            self.tr("&Export…"),
            window.export_registers,
            None,
            "export",
            self.tr("Write registers to Excel, CSV or a calendar file"),
        )
        self.open_data_action = self._action(
            self.tr("P&ublish open data…"),
            self._publish_open_data,
            None,
            None,
            self.tr("The trips made in a year as CSV with metadata, for the open data portal"),
        )
        self.template_action = self._action(
            self.tr("Save import tem&plate…"),
            window.save_import_template,
            None,
            None,
            self.tr(
                "An empty workbook to fill in and import: explained, with drop-down lists "
                "and an example per sheet"
            ),
        )
        self.import_action = self._action(
            self.tr("&Import…"),
            window.import_registers,
            None,
            "import",
            self.tr("Read a workbook or CSV file, after a preview of what changes"),
        )
        self.take_copy_action = self._action(
            self.tr("Ta&ke along on a trip…"),
            window.take_travel_copy,
            None,
            "take_copy",
            self.tr(
                "Write a travel copy that opens without a network: everything, or what "
                "one trip needs"
            ),
        )
        self.merge_copy_action = self._action(
            self.tr("&Merge a travel copy…"),
            window.merge_travel_copy,
            None,
            "merge_copy",
            self.tr("Bring the changes made in a travel copy into this database"),
        )
        self.restore_action = self._action(
            self.tr("Restore a b&ackup…"),
            window.restore_backup,
            None,
            "restore_backup",
            self.tr("Put a backup back into this file, after showing what it holds"),
        )
        # What only a file has says so for a team database (disabled, with this as its tip).
        self._file_only_tips = {
            action: action.statusTip() for action in (self.backup_action, self.restore_action)
        }
        self._server_note = self.tr(
            "Only for a database file: a team database's backups are "
            "made on the server, by its administrator (pg_dump)."
        )
        self.quit_action = self._action(self.tr("&Quit"), window.close, key.Quit)
        undo_stack = window.workspace.undo_stack
        self.undo_action = undo_stack.createUndoAction(self.widget, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(key.Undo)])
        self.undo_action.setIcon(action_icon("undo"))
        self.redo_action = undo_stack.createRedoAction(self.widget, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence(key.Redo)])
        self.redo_action.setIcon(action_icon("redo"))
        self.new_action = self._action(
            self.tr("&New record"), records.new_record, key.New, "new_record"
        )
        self.edit_action = self._action(
            self.tr("&Open record"), records.open_current, "Ctrl+E", "open_record"
        )
        self.duplicate_action = self._action(
            self.tr("Du&plicate"), records.duplicate_record, "Ctrl+D", "duplicate"
        )
        self.delete_action = self._action(
            self.tr("De&lete…"), records.delete_record, key.Delete, "delete"
        )
        self.history_action = self._action(
            self.tr("&History…"),
            records.show_history,
            "Ctrl+H",
            "history",
            self.tr("Who changed the selected record when, field by field"),
        )
        self.find_action = self._action(self.tr("&Find"), records.focus_search, key.Find, "find")
        self.find_anything = FindAnything(self.widget, window.workspace, records.show_record)
        self.country_facts_action = self._action(
            self.tr("&Country information…"),
            self._show_country_facts,
            None,
            None,
            self.tr("Time zone, embassy, emergency numbers and travel advice per country"),
        )
        self.handover_action = self._action(
            self.tr("Han&dover…"),
            self._show_handover,
            None,
            None,
            self.tr(
                "After an election: the networks and relations of officials who left, to "
                "their successors"
            ),
        )
        self.report_action = self._action(
            self.tr("&Report of the selected record…"),
            records.report_current,
            key.Print,
            "report",
        )
        self.programme_action = self._action(
            self.tr("&Pocket programme of the selected trip"),
            records.programme_current,
            "Ctrl+Shift+P",
        )
        self.calendar_action = self._action(
            self.tr("Programme of the selected trip as &calendar (.ics)…"),
            records.calendar_current,
        )
        self.dutch_action = self._action("&Nederlands", lambda: self._set_language("nl"))
        self.english_action = self._action("&English", lambda: self._set_language("en"))
        for action in (self.dutch_action, self.english_action):
            action.setCheckable(True)
        self._check_language(window.settings.language())
        self.overview_action = self._action(
            self.tr("&Overview…"),
            window.overview_preferences,
            None,
            None,
            self.tr("How far the Overview page looks ahead, and when a relation counts as dormant"),
        )
        self.organisation_action = self._action(
            self.tr("Your o&rganisation…"),
            self._edit_organisation,
            None,
            None,
            self.tr(
                "Name, department, e-mail address and logo, as reports print them, and the "
                "licence of open data"
            ),
        )
        self.travel_policy_action = self._action(
            self.tr("&Travel policy and CO₂…"),
            self._edit_travel_policy,
            None,
            None,
            self.tr(
                "The distance below which the train is the rule, radiative forcing in the "
                "CO₂ estimates, and the compensation price per tonne per year"
            ),
        )
        self.about_action = self._action(self.tr("&About Intzaken"), window.about, None, "about")

    def _publish_open_data(self) -> None:
        from ..open_data_flow import publish_open_data  # loads the exchange when asked

        publish_open_data(self.window)

    def _edit_organisation(self) -> None:
        # Imported when asked for: it loads the services, which the first paint waits for.
        from ..first_steps.organisation_dialog import edit_organisation

        edit_organisation(self.window)

    def _edit_travel_policy(self) -> None:
        from ..travel_policy_dialog import edit_travel_policy  # loads the services when asked

        edit_travel_policy(self.window)

    def _action(
        self,
        text: str,
        slot: Callable[..., Any],
        shortcut: Any = None,
        icon: str | None = None,
        tip: str = "",
    ) -> QAction:
        # Parented to the window: its shortcuts work wherever the focus is in it.
        action = QAction(text, self.widget)
        if shortcut is not None:
            # As setShortcut, whose overloads make PySide name `Qt` (window/pages.py).
            action.setShortcuts([QKeySequence(shortcut)])
        if icon is not None:
            action.setIcon(action_icon(icon))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _set_language(self, language: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.window.settings.set_language(language)
        self._check_language(language)
        QMessageBox.information(
            self.widget,
            self.tr("Language"),
            self.tr("The new language is used from the next start of Intzaken."),
        )

    def _check_language(self, language: str) -> None:
        self.dutch_action.setChecked(language == "nl")
        self.english_action.setChecked(language == "en")

    def _show_handover(self) -> None:
        # The same dialog as the Officials page's button; loads the services when asked.
        from ..handover_dialog import show_handover

        show_handover(self.widget, self.window.workspace)

    def _show_country_facts(self) -> None:
        from ..country_facts_dialog import show_country_facts

        show_country_facts(self.widget, self.window.workspace)

    # --- menus and toolbar -----------------------------------------------------------------------
    def build_menus(self, window: QMainWindow, fill_recent: Callable[[QMenu], None]) -> None:
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions(
            [
                self.new_file_action,
                self.open_file_action,
                self.open_team_action,
                self.open_demo_action,
            ]
        )
        recent_menu = file_menu.addMenu(self.tr("&Recent files"))
        recent_menu.aboutToShow.connect(lambda: fill_recent(recent_menu))
        file_menu.addSeparator()
        file_menu.addActions(
            [self.import_action, self.export_action, self.template_action, self.open_data_action]
        )
        file_menu.addSeparator()
        file_menu.addActions([self.take_copy_action, self.merge_copy_action])
        file_menu.addSeparator()
        file_menu.addActions([self.backup_action, self.restore_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions(
            [
                self.new_action,
                self.edit_action,
                self.duplicate_action,
                self.delete_action,
                self.history_action,
            ]
        )
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_action, self.find_anything.action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.country_facts_action)
        edit_menu.addAction(self.handover_action)
        go_menu = bar.addMenu(self.tr("&Go"))
        navigation = self.window.navigation
        for row in range(navigation.count()):
            text = navigation.item(row).text()
            go_menu.addAction(
                self._action(
                    # Past the tenth page no digit is left: the page's first letter, which
                    # no other item of this menu uses (they have no letters).
                    text if row < 10 else "&" + text,
                    lambda _=False, r=row: navigation.setCurrentRow(r),
                    # Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth (the map).
                    f"Ctrl+{(row + 1) % 10}" if row < 10 else None,
                )
            )
        reports_menu = bar.addMenu(self.tr("Re&ports"))
        reports_menu.addActions([self.report_action, self.programme_action, self.calendar_action])
        settings_menu = bar.addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        language_menu.addActions([self.dutch_action, self.english_action])
        settings_menu.addAction(self.overview_action)
        settings_menu.addAction(self.organisation_action)
        settings_menu.addAction(self.travel_policy_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        self.user_guide = add_user_guide(help_menu, window)
        help_menu.addAction(self.about_action)

    def build_toolbar(self, window: QMainWindow) -> None:
        toolbar = window.addToolBar(self.tr("Toolbar"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        # Qt.ToolButtonStyle.ToolButtonTextBesideIcon, by its number (window/pages.py).
        toolbar.setProperty("toolButtonStyle", TEXT_BESIDE_ICON)
        toolbar.addActions([self.new_action, self.duplicate_action, self.delete_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.report_action, self.backup_action])
        self.find_anything.add_to_toolbar(toolbar)

    # --- what can be done now --------------------------------------------------------------------
    def update(self) -> None:
        window = self.window
        workspace = window.workspace
        has_db = workspace.database is not None
        page = window.current_register_page()
        selected = page is not None and page.current_id() is not None
        has_file = workspace.path is not None
        self.backup_action.setEnabled(has_file)
        self.restore_action.setEnabled(has_file)
        for action, tip in self._file_only_tips.items():
            on_server = has_db and not has_file
            action.setStatusTip(self._server_note if on_server else tip)
            action.setToolTip(self._server_note if on_server else "")  # "": the action's text
        self.import_action.setEnabled(has_db)
        self.organisation_action.setEnabled(has_db)
        self.travel_policy_action.setEnabled(has_db)
        self.country_facts_action.setEnabled(has_db)
        self.handover_action.setEnabled(has_db)
        self.export_action.setEnabled(has_db)
        self.open_data_action.setEnabled(has_db)
        self.template_action.setEnabled(has_db)
        # A travel copy goes back into the team database; it is not copied or merged into.
        not_a_copy = window.files.travel_copy is None
        self.take_copy_action.setEnabled(has_db and not_a_copy)
        self.merge_copy_action.setEnabled(has_db and not_a_copy)
        self.new_action.setEnabled(has_db and page is not None)
        for action in (
            self.edit_action,
            self.duplicate_action,
            self.delete_action,
            self.history_action,
        ):
            action.setEnabled(has_db and selected)
        self.find_action.setEnabled(page is not None)
        self.find_anything.update(has_db)
        for action in (self.programme_action, self.calendar_action):
            action.setEnabled(
                has_db and page is not None and page.spec.name == "trips" and selected
            )
        self.report_action.setEnabled(
            has_db and page is not None and page.spec.name in REPORTED_SELECTIONS and selected
        )
