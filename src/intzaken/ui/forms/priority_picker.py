"""A compact picker of the policy's priorities a record serves: a tree of the policies,
each with its priorities grouped by kind, a box to tick per priority, and beside each
the proposal the record's countries and themes make ("voorgesteld: land Duitsland").

The proposal is a suggestion a person confirms: ticking it is a button (or, on a new
record the user has not ticked anything in yet, it follows the input). Space ticks the
current priority; a screen reader hears the priority, its tick and its proposal.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import PriorityKind
from ...services.priority_proposals import PriorityChoice

ID_ROLE = Qt.ItemDataRole.UserRole
PRIORITY, PROPOSAL = range(2)


class PriorityPicker(QWidget):
    """`values()`: the ids of the ticked priorities, in the order shown."""

    changed = Signal()

    def __init__(
        self,
        choices: Sequence[PriorityChoice],
        country_names: dict[str, str],
        *,
        follow_proposals: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._names = country_names
        self._choices = {choice.id: choice for choice in choices}
        self._items: dict[int, QTreeWidgetItem] = {}
        self._proposed: list[int] = []
        # A new record: the proposal is ticked as it changes, until the user ticks.
        self._follow = follow_proposals
        self._filling = False
        self._shown_ticks: list[int] = []

        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Priority"), self.tr("Proposal")])
        self.tree.setAccessibleName(self.tr("Priorities of the policy"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self._fill(choices)
        self.tree.itemChanged.connect(self._ticked)

        self.take = QPushButton(self.tr("&Tick the proposals"))
        self.take.setToolTip(
            self.tr("Tick every priority the record's countries and themes propose")
        )
        self.take.clicked.connect(self.tick_proposals)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.summary, 1)
        row.addWidget(self.take)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self._show_summary()

    def _kind_heading(self, kind: PriorityKind) -> str:
        return {
            PriorityKind.PRIORITY_COUNTRY: self.tr("Priority countries and regions"),
            PriorityKind.MARKET_EXPLORED: self.tr("Markets explored"),
            PriorityKind.SECTOR: self.tr("Sectors"),
            PriorityKind.THEME: self.tr("Themes"),
            PriorityKind.PILLAR: self.tr("Pillars"),
        }[kind]

    def _fill(self, choices: Sequence[PriorityChoice]) -> None:
        groups: dict[tuple[str, PriorityKind], QTreeWidgetItem] = {}
        policies: dict[str, QTreeWidgetItem] = {}
        # Per policy (in the order given) the kinds in one order, where before what;
        # within a kind, as the policy names them (sorted is stable).
        first = {c.policy: n for n, c in reversed(list(enumerate(choices)))}
        kinds = list(PriorityKind)
        for choice in sorted(choices, key=lambda c: (first[c.policy], kinds.index(c.kind))):
            policy = policies.get(choice.policy)
            if policy is None:
                policy = QTreeWidgetItem(self.tree, [choice.policy])
                policy.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = policy.font(PRIORITY)
                font.setBold(True)
                policy.setFont(PRIORITY, font)
                policy.setFirstColumnSpanned(True)
                policies[choice.policy] = policy
            group = groups.get((choice.policy, choice.kind))
            if group is None:
                group = QTreeWidgetItem(policy, [self._kind_heading(choice.kind)])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setFirstColumnSpanned(True)
                groups[(choice.policy, choice.kind)] = group
            item = QTreeWidgetItem(group, [choice.name, ""])
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(PRIORITY, Qt.CheckState.Unchecked)
            item.setData(PRIORITY, ID_ROLE, choice.id)
            self._items[choice.id] = item
        self.tree.expandAll()
        self.tree.resizeColumnToContents(PRIORITY)

    # --- values ---------------------------------------------------------------------------------
    def values(self) -> list[int]:
        return [
            choice_id
            for choice_id, item in self._items.items()
            if item.checkState(PRIORITY) == Qt.CheckState.Checked
        ]

    def set_values(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        self._filling = True
        try:
            for choice_id, item in self._items.items():
                checked = choice_id in wanted
                item.setCheckState(
                    PRIORITY, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                )
        finally:
            self._filling = False
        self._show_summary()

    def _ticked(self, item: QTreeWidgetItem, column: int) -> None:
        # itemChanged also comes for a tooltip or proposal text: only a tick counts.
        ticked = self.values()
        if self._filling or ticked == self._shown_ticks:
            return
        self._follow = False  # the user chose: the proposal no longer ticks by itself
        self._show_summary()
        self.changed.emit()

    # --- proposals ------------------------------------------------------------------------------
    def propose(self, countries: Iterable[str], themes: Iterable[str]) -> None:
        """Show why each priority is proposed for a record of these countries and themes."""
        countries, themes = set(countries), set(themes)
        proposed = []
        for choice_id, item in self._items.items():
            codes, shared = self._choices[choice_id].reasons(countries, themes)
            reasons = [
                self.tr("country {name}").format(name=self._names.get(code, code)) for code in codes
            ] + [self.tr("theme {name}").format(name=theme) for theme in shared]
            text = self.tr("proposed: {reasons}").format(reasons=", ".join(reasons))
            item.setText(PROPOSAL, text if reasons else "")
            item.setToolTip(PRIORITY, text if reasons else "")
            if reasons:
                proposed.append(choice_id)
        changed = proposed != self._proposed
        self._proposed = proposed
        if self._follow and changed:
            self.set_values(proposed)
            self.changed.emit()
        self._show_summary()

    def proposed(self) -> list[int]:
        return list(self._proposed)

    def tick_proposals(self) -> None:
        """Tick every proposed priority besides those ticked."""
        before = self.values()
        self.set_values([*before, *self._proposed])
        if self.values() != before:
            self.changed.emit()

    def _show_summary(self) -> None:
        self._shown_ticks = self.values()
        ticked = set(self._shown_ticks)
        open_proposals = [i for i in self._proposed if i not in ticked]
        self.summary.setText(
            self.tr("%n priority(ies) ticked", "", len(ticked))
            + "; "
            + self.tr("%n proposal(s) not ticked", "", len(open_proposals))
        )
        self.take.setEnabled(bool(open_proposals))
