"""Errors the services raise, with Dutch messages for the user."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    field: str  # the input field at fault, e.g. "travel_and_stay" or "travellers[1]"
    message: str  # Dutch, names the field as the user sees it


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
        super().__init__(f"{what} met nummer {record_id} bestaat niet (meer).")


class InUseError(ServiceError):
    """A record others refer to; `users` says who, so the user can decide what to do."""

    def __init__(self, what: str, users: list[str]) -> None:
        listed = "; ".join(users[:10]) + (f" en {len(users) - 10} meer" if len(users) > 10 else "")
        super().__init__(
            f"{what} kan niet worden verwijderd: er wordt naar verwezen door {listed}."
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
    field: str  # Dutch label; "" for the creation or deletion of the record
    old: str
    new: str
