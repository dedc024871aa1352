"""Record forms, one per register, opened by the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..workspace import Workspace
from .agreements import AgreementForm
from .base import RecordForm
from .budget import BudgetLineForm
from .networks import NetworkForm
from .officials import OfficialForm
from .policies import PolicyForm
from .projects import ProjectForm
from .relations import RelationForm
from .trips import TripForm

FORMS: dict[str, type[RecordForm]] = {
    form.register: form
    for form in (
        TripForm,
        RelationForm,
        NetworkForm,
        AgreementForm,
        OfficialForm,
        BudgetLineForm,
        PolicyForm,
        ProjectForm,
    )
}


def open_form(
    parent: QWidget,
    workspace: Workspace,
    register: str,
    record_id: int | None,
    data: object | None = None,
) -> RecordForm:
    """Show the form of a record; a record already open in a form is brought forward."""
    for form in parent.findChildren(RecordForm):
        if (
            form.register == register
            and record_id is not None
            and form.record_id == record_id
            and form.isVisible()
        ):
            form.raise_()
            form.activateWindow()
            return form
    form = FORMS[register](parent, workspace, record_id, data)
    height = max(form.sizeHint().height(), 760)  # the tabs scroll: room for most fields
    width = max(form.sizeHint().width(), 760)
    screen = parent.screen()
    if screen is not None:  # never beyond the screen (large text): Save must stay in reach
        height = min(height, screen.availableGeometry().height() - 40)
        width = min(width, screen.availableGeometry().width() - 16)
    form.resize(width, height)
    form.show()
    return form
