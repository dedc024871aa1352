"""The first minutes in a new database, as a wizard (wizard.py)."""

from .wizard import FirstStepsWizard, start_first_steps

__all__ = ["FirstStepsWizard", "start_first_steps"]
