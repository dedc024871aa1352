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
            f"{what} kan niet worden verwijderd: er wordt naar verwezen door {listed}.")
        self.users = users
