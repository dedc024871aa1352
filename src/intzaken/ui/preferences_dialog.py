"""Settings → Overview…: how far the overview page looks ahead and back.

Stored with the other preferences (ui/settings.py); the overview redraws on OK.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..services.horizons import Horizons
from .settings import HORIZON_LIMITS, Settings


class OverviewPreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Overview settings"))
        intro = QLabel(
            self.tr(
                "What the Overview page lists. A relation counts as dormant when it has "
                "had no trip, no event and no agreement for the number of years below."
            )
        )
        intro.setWordWrap(True)
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        captions = {
            "upcoming_months": (self.tr("&Upcoming trips, starting within"), self.tr(" months")),
            "expiry_months": (self.tr("&Agreements, expiring within"), self.tr(" months")),
            "follow_up_days": (self.tr("&Follow-up actions, due within"), self.tr(" days")),
            "dormant_years": (self.tr("&Dormant relations: no contact for"), self.tr(" years")),
        }
        for name, (caption, suffix) in captions.items():
            spin = QSpinBox()
            spin.setRange(*HORIZON_LIMITS[name])
            spin.setSuffix(suffix)
            spin.setAccessibleName(caption.replace("&", ""))
            label = QLabel(caption)
            label.setBuddy(spin)
            form.addRow(label, spin)
            self.spins[name] = spin
        self._show(settings.horizons())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.defaults_button = QPushButton(self.tr("&Defaults"))
        buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.defaults_button.clicked.connect(lambda: self._show(Horizons()))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _show(self, horizons: Horizons) -> None:
        for name, spin in self.spins.items():
            spin.setValue(getattr(horizons, name))

    def horizons(self) -> Horizons:
        return Horizons(**{name: spin.value() for name, spin in self.spins.items()})

    def accept(self) -> None:
        self.settings.set_horizons(self.horizons())
        super().accept()
