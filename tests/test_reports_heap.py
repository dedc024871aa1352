"""The heap is frozen only while a report is written, also when writing fails."""

from __future__ import annotations

import gc

import pytest

from intzaken.reports.heap import frozen_heap


def test_older_objects_are_frozen_while_writing_and_thawed_after() -> None:
    before = gc.get_freeze_count()
    with frozen_heap():
        assert gc.get_freeze_count() > before
    assert gc.get_freeze_count() == 0


def test_thawed_after_an_error() -> None:
    with pytest.raises(ValueError), frozen_heap():
        raise ValueError
    assert gc.get_freeze_count() == 0


def test_no_full_collection_while_writing_and_thresholds_restored_after() -> None:
    before = gc.get_threshold()
    with frozen_heap():
        assert gc.get_threshold()[2] >= 1000
        with frozen_heap():  # a second report written meanwhile
            pass
        assert gc.get_threshold()[2] >= 1000
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
