"""One uniform set of operations per register, so editing, duplicating and undo can be
written once instead of once per register: the register specs, under the names the
forms, the undo commands and the import know them by."""

from __future__ import annotations

from .register_specs import SPECS, RegisterSpec, snapshot, version_of

__all__ = ["EDITORS", "Editor", "snapshot", "version_of"]

Editor = RegisterSpec
EDITORS = SPECS
