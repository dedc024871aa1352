"""Errors the services raise, with messages for the user in the current language."""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import _, ngettext


@dataclass(frozen=True)
class Problem:
    field: str  # the input field at fault, e.g. "travel_and_stay" or "travellers[1]"
    message: str  # in the user's language, names the field as the user sees it


class ServiceError(Exception):
    """Base for errors whose `str()` is meant for the user."""


class ValidationError(ServiceError):
    def __init__(self, problems: list[Problem]) -> None:
        assert problems, "a ValidationError needs at least one problem"
        super().__init__(" ".join(p.message for p in problems))
        self.problems = problems

    @property
    def field(self) -> str:
        return self.problems[0].field

    @property
    def fields(self) -> set[str]:
        return {p.field for p in self.problems}


class NotFoundError(ServiceError):
    def __init__(self, what: str, record_id: object) -> None:
        super().__init__(
            _("{what} number {number} does not exist (any more).").format(
                what=what, number=record_id
            )
        )


class InUseError(ServiceError):
    """A record others refer to; `users` says who, so the user can decide what to do."""

    def __init__(self, what: str, users: list[str]) -> None:
        listed = "; ".join(users[:10])
        if len(users) > 10:
            more = len(users) - 10
            listed += ngettext(" and {count} more", " and {count} more", more).format(count=more)
        super().__init__(
            _("{what} cannot be deleted: {users} refer to it.").format(what=what, users=listed)
        )
        self.users = users


class EditConflictError(ServiceError):
    """Someone else saved the record after it was read for this change: the change is
    refused, and the message says what they changed (services/conflicts.py)."""

    def __init__(
        self,
        message: str,
        *,
        register: str,
        record_id: int,
        current_version: int | None,
        changes: list[ChangeSummary],
    ) -> None:
        super().__init__(message)
        self.register = register
        self.record_id = record_id
        self.current_version = current_version  # None when the record no longer exists
        self.changes = changes


class RecordDeletedError(NotFoundError):
    """The record was deleted after it was read for this change."""

    def __init__(self, message: str, *, register: str, record_id: int) -> None:
        ServiceError.__init__(self, message)
        self.register = register
        self.record_id = record_id


@dataclass(frozen=True)
class ChangeSummary:
    """One field someone else changed, as the conflict message lists it."""

    author: str
    at: str  # local time, as a person reads it
    field: str  # label as the history holds it; "" for the creation or deletion of the record
    old: str
    new: str
