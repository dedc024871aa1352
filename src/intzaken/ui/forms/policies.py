"""The form of a policy: its period and source, and the priorities it names with the
trips, relations and networks linked to each."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton

from ...domain.enums import PriorityKind
from ...registers import RegisterKey
from ...services.data import PolicyData, PriorityData
from ...services.priority_proposals import with_proposed_links
from ..widgets.date_edit import OptionalDateEdit
from ..widgets.rows_editor import Column, RowsEditor
from . import choices
from .base import RecordForm
from .inputs import NO_YEAR, year_box
from .source_section import SourceSection

_LINKS = ("trip_ids", "relation_ids", "network_ids")
_SEPARATORS = re.compile(r"[;,\s]+")


def _items(text: str | None, separators: re.Pattern[str] = _SEPARATORS) -> list[str]:
    return [item.strip() for item in separators.split(text or "") if item.strip()]


class PolicyForm(RecordForm):
    register = RegisterKey.POLICIES

    def prepare(self, session: Any) -> None:
        # The links the countries and themes propose, offered by a button: a person
        # confirms them (and may remove some) before they are saved.
        self.proposal = (
            with_proposed_links(session, self.record_id) if self.record_id is not None else None
        )

    def empty_data(self) -> PolicyData:
        return PolicyData(title="")

    def build(self) -> None:
        tabs = self.tabs()
        form = self.form_page(tabs, self.tr("Policy"))
        self.title = self.add_field(form, "title", self.tr("&Title"), QLineEdit())
        self.period_from = self.add_field(form, "period_from", self.tr("Period &from"), year_box())
        self.period_to = self.add_field(form, "period_to", self.tr("Period &through"), year_box())
        self.adopted_on = self.add_field(
            form, "adopted_on", self.tr("&Adopted on"), OptionalDateEdit()
        )
        self.notes = self.add_field(form, "notes", self.tr("N&otes"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        page = self.form_page(tabs, self.tr("Priorities"))
        self.priorities = self.add_field(
            page,
            "priorities",
            self.tr("&Priorities"),
            RowsEditor(
                [
                    Column("kind", self.tr("Kind"), "choice", choices.enum_options(PriorityKind)),
                    Column("name", self.tr("Name"), "text", width=24),
                    Column("country_codes", self.tr("Countries (codes)"), "text", width=18),
                    Column("themes", self.tr("Themes"), "text", width=24),
                ],
                new_row=lambda: {
                    "kind": PriorityKind.PRIORITY_COUNTRY,
                    "name": "",
                    "country_codes": "",
                    "themes": "",
                    **{name: [] for name in _LINKS},
                },
                accessible_name=self.tr("Priorities"),
            ),
        )
        # A policy names a dozen or more priorities: room for a dozen rows before scrolling.
        rows = self.priorities.view.verticalHeader().defaultSectionSize()
        self.priorities.view.setMinimumHeight(rows * 13)
        self.priorities.changed.connect(self._show_links)
        self.links = QLabel()
        self.links.setWordWrap(True)
        self.links.setAccessibleName(self.tr("Linked records"))
        page.addRow(self.tr("Linked"), self.links)
        self.propose = QPushButton(self.tr("&Link the records that serve them"))
        self.propose.setToolTip(
            self.tr(
                "Links every trip and relation to a country of a priority, and every trip, "
                "relation and network with one of its themes. Save to keep the links."
            )
        )
        self.propose.setEnabled(self.proposal is not None)
        self.propose.clicked.connect(self._take_proposal)
        page.addRow("", self.propose)
        self.sources = SourceSection(self, tabs)

    def load(self, data: PolicyData) -> None:
        self.sources.load(data)
        self.title.setText(data.title)
        self.period_from.setValue(data.period_from or NO_YEAR)
        self.period_to.setValue(data.period_to or NO_YEAR)
        self.adopted_on.setValue(data.adopted_on)
        self.notes.setPlainText(data.notes)
        self.priorities.set_rows([self._row(p) for p in data.priorities])
        self._show_links()

    @staticmethod
    def _row(priority: PriorityData) -> dict[str, Any]:
        return {
            "kind": PriorityKind(priority.kind),
            "name": priority.name,
            "country_codes": " ".join(priority.country_codes),
            "themes": "; ".join(priority.themes),
            **{name: list(getattr(priority, name)) for name in _LINKS},
        }

    def _take_proposal(self) -> None:
        """Add the proposed links to the priorities of the same kind and name."""
        assert self.proposal is not None
        proposed = {(PriorityKind(p.kind), p.name): p for p in self.proposal.priorities}
        rows = self.priorities.rows()
        for row in rows:
            found = proposed.get((row["kind"], row["name"] or ""))
            if found is None:
                continue
            for name in _LINKS:
                row[name] = list(dict.fromkeys([*(row.get(name) or []), *getattr(found, name)]))
        self.priorities.set_rows(rows)
        self._show_links()

    def _show_links(self) -> None:
        lines = []
        for row in self.priorities.rows():
            trips, relations, networks = (len(row.get(name) or []) for name in _LINKS)
            lines.append(
                self.tr("%1 — trips: %2, relations: %3, networks: %4")
                .replace("%1", row["name"] or "…")
                .replace("%2", str(trips))
                .replace("%3", str(relations))
                .replace("%4", str(networks))
            )
        self.links.setText("\n".join(lines) or self.tr("No priorities yet."))

    def collect(self) -> PolicyData:
        first, last = self.period_from.value(), self.period_to.value()
        return PolicyData(
            **self.sources.values(),
            title=self.title.text(),
            period_from=None if first == NO_YEAR else first,
            period_to=None if last == NO_YEAR else last,
            adopted_on=self.adopted_on.value(),
            notes=self.notes.toPlainText(),
            priorities=[
                PriorityData(
                    kind=row["kind"] or "",
                    name=row["name"] or "",
                    country_codes=_items(row["country_codes"]),
                    themes=_items(row["themes"], re.compile(r";")),
                    **{name: list(row.get(name) or []) for name in _LINKS},
                )
                for row in self.priorities.rows()
            ],
        )

    def title_text(self) -> str:
        return self.title.text().strip() or self.tr("New policy")
