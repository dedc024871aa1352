"""The record actions of the window on the record selected in the page in view: new,
open, duplicate, delete (with undo), history, search, and its report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ...register_keys import RegisterKey

if TYPE_CHECKING:
    from ...services.errors import InUseError
    from ..window_host import RecordHost


# The registers whose selected record has a report of its own (Ctrl+P).
REPORTED_SELECTIONS = (RegisterKey.TRIPS, RegisterKey.RELATIONS)


class RecordActions(QObject):
    """What the Edit menu and the toolbar do with records."""

    def __init__(self, window: RecordHost) -> None:
        super().__init__(window.parent_widget())
        self.window = window
        self.widget = window.parent_widget()  # the parent of dialogs and messages
        self.workspace = window.workspace

    def open_record(
        self, register: str, record_id: int | None, data: object | None = None
    ) -> QWidget | None:
        """Open the form of a record (None = a new one, `data` to start from)."""
        from ..forms import open_form

        if self.workspace.database is None:
            return None
        form = open_form(self.widget, self.workspace, register, record_id, data)
        if form is not None:
            form.saved.connect(lambda reg, rid: self._select_after_save(reg, rid))
        return form

    def show_record(self, register: str, record_id: int) -> QWidget | None:
        """A record found elsewhere (the search): its page with it selected, and its form."""
        window = self.window
        if register in window.page_names():
            window.show_page(register)
            page = window.register_pages.get(register)
            if page is not None:
                page.select_id(record_id)  # not there while the list is filtered: no matter
        return self.open_record(register, record_id)

    def _select_after_save(self, register: str, record_id: int) -> None:
        page = self.window.register_pages.get(register)
        if page is not None:
            page.reload(select_id=record_id)

    def new_record(self) -> None:
        page = self.window.current_register_page()
        if page is not None:
            self.open_record(page.spec.name, None)

    def open_current(self) -> None:
        page = self.window.current_register_page()
        if page is not None:
            page.open_current()

    def _selected_record(self) -> tuple[str, int, object, int] | None:
        """The register, id, data and version of the record selected on the current page."""
        page = self.window.current_register_page()
        record_id = page.current_id() if page is not None else None
        if page is None or record_id is None:
            return None
        from ...services.editing import snapshot, version_of

        with self.workspace.reading() as session:
            data = snapshot(session, page.spec.name, record_id)
            version = version_of(session, page.spec.name, record_id)
        assert version is not None
        return page.spec.name, record_id, data, version

    def duplicate_record(self) -> None:
        selected = self._selected_record()
        if selected is not None:
            from ...services.editing import EDITORS

            register, _, data, _ = selected
            self.open_record(register, None, EDITORS[register].duplicate(data))

    def delete_record(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        selected = self._selected_record()
        if selected is None:
            return
        from ...services.editing import EDITORS
        from ...services.errors import InUseError
        from ..commands import DeleteCommand
        from ..workspace import USER_ERRORS

        window = self.window
        register, record_id, old, version = selected
        editor = EDITORS[register]
        refusal = self._refusal_to_delete(register, record_id, version)
        if refusal is not None:  # say why at once, rather than asking first and refusing after
            from ..in_use import explain_in_use

            explain_in_use(self.widget, self.workspace, register, record_id, refusal)
            return
        answer = QMessageBox.question(
            self.widget,
            self.tr("Delete"),
            self.tr("Delete {what}? You can undo this with Ctrl+Z.").format(
                what=editor.describe(old)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            # Refused if someone else saved it after it was read above (and asked about).
            self.workspace.write(
                register,
                lambda session: editor.delete(session, record_id, expected_version=version),
                self.widget,
            )
        except InUseError as exc:
            from ..in_use import explain_in_use

            explain_in_use(self.widget, self.workspace, register, record_id, exc)
            return
        except USER_ERRORS as exc:
            QMessageBox.warning(self.widget, self.tr("Delete"), str(exc))
            return
        self.workspace.undo_stack.push(
            DeleteCommand(self.workspace, editor, record_id, old, version)
        )
        window.statusBar().showMessage(self.tr("Deleted. Ctrl+Z brings it back."), 8000)

    def _refusal_to_delete(self, register: str, record_id: int, version: int) -> InUseError | None:
        """What refers to the record, found by the services' own delete in a transaction
        that is rolled back (one rule, not a copy of it here); None when it may go. Other
        failures (someone saved it meanwhile) are left to the real delete to report."""
        from ...services.editing import EDITORS
        from ...services.errors import InUseError
        from ..workspace import USER_ERRORS

        try:
            with self.workspace.reading() as session:
                EDITORS[register].delete(session, record_id, expected_version=version)
        except InUseError as exc:
            return exc
        except USER_ERRORS:
            pass
        return None

    def show_history(self) -> QWidget | None:
        """The change history of the selected record, in a window of its own."""
        page = self.window.current_register_page()
        record_id = page.current_id() if page is not None else None
        if page is None or record_id is None or self.workspace.database is None:
            return None
        from ..history_view import HistoryDialog

        dialog = HistoryDialog(self.widget, self.workspace, page.spec.name, record_id)
        dialog.show()
        return dialog

    def focus_search(self) -> None:
        page = self.window.current_register_page()
        if page is not None:
            page.focus_search()

    def report_current(self) -> None:
        """The selected trip's trip card, or the selected relation with its timeline."""
        page = self.window.current_register_page()
        record_id = page.current_id() if page is not None else None
        if page is None or record_id is None or page.spec.name not in REPORTED_SELECTIONS:
            return
        reports = self.window.show_page("reports")
        if page.spec.name == RegisterKey.TRIPS:
            reports.prepare_trip_report(record_id)  # type: ignore[attr-defined]
        else:
            reports.prepare_relation_report(record_id)  # type: ignore[attr-defined]

    def programme_current(self) -> None:
        """The pocket programme of the selected trip (the page also saves the .ics)."""
        page = self.window.current_register_page()
        if page is None or page.spec.name != "trips" or page.current_id() is None:
            return
        reports = self.window.show_page("reports")
        reports.prepare_programme(page.current_id())  # type: ignore[attr-defined]

    def calendar_current(self) -> None:
        """The selected trip's programme as calendar events, saved where the user says."""
        page = self.window.current_register_page()
        trip_id = page.current_id() if page is not None else None
        if page is None or page.spec.name != "trips" or trip_id is None:
            return
        from ..programme_calendar import save_programme_calendar

        saved = save_programme_calendar(self.widget, self.workspace, trip_id)
        if saved is not None:
            self.window.statusBar().showMessage(
                self.tr("Calendar saved as {file}").format(file=saved), 8000
            )
