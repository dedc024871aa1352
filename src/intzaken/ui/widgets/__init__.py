"""Input widgets for the forms: Dutch amounts and dates, searchable choices, ordered choices,
tags and tables of child rows. Each reads and shows values as Python types (Decimal, date,
keys), reports unreadable input through error() instead of guessing, and emits a signal on
the user's changes only (never on set...), so a form can load a record without looking dirty.
"""

from .date_edit import OptionalDateEdit
from .money_edit import AmountEdit
from .ordered_picker import OrderedPicker
from .rows_editor import Column, RowsEditor
from .search_combo import SearchCombo
from .tag_edit import TagEdit
from .time_edit import OptionalTimeEdit
from .validity import ERROR_STYLESHEET

__all__ = [
    "ERROR_STYLESHEET",
    "AmountEdit",
    "Column",
    "OptionalDateEdit",
    "OptionalTimeEdit",
    "OrderedPicker",
    "RowsEditor",
    "SearchCombo",
    "TagEdit",
]
