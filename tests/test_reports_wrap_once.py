"""A report Paragraph breaks its lines once per width, and prints as reportlab's does."""

from __future__ import annotations

from reportlab.platypus import Paragraph as ReportlabParagraph

from intzaken.reports.styles import styles
from intzaken.reports.wrap_once import Paragraph

TEXT = "Het college bespreekt waterbeheer met de partners ter plaatse. " * 12


def test_lines_are_broken_once_per_width(monkeypatch) -> None:
    paragraph = Paragraph(TEXT, styles()["Body"])
    calls = []
    original = ReportlabParagraph.breakLines
    monkeypatch.setattr(
        ReportlabParagraph,
        "breakLines",
        lambda self, widths: calls.append(widths) or original(self, widths),
    )
    first = paragraph.wrap(300, 800)
    assert paragraph.wrap(300, 50) == first and len(calls) == 1
    narrower = paragraph.wrap(200, 800)
    assert narrower[1] > first[1] and len(calls) == 2
    assert paragraph.wrap(300, 800) == first and len(calls) == 3


def test_measures_and_splits_as_reportlabs_paragraph() -> None:
    ours, theirs = Paragraph(TEXT, styles()["Body"]), ReportlabParagraph(TEXT, styles()["Body"])
    assert ours.wrap(300, 800) == theirs.wrap(300, 800)
    ours.wrap(300, 800)
    parts = ours.split(300, 60)
    assert len(parts) == 2 and all(isinstance(p, Paragraph) for p in parts)
    assert [p.wrap(300, 800) for p in parts] == [p.wrap(300, 800) for p in theirs.split(300, 60)]


def test_a_paragraph_without_room_to_split_breaks_its_lines_again() -> None:
    # Reportlab's split drops the broken lines when too little room is left; the size
    # remembered for the width must not stand in for them (draw needs the lines).
    paragraph = Paragraph(TEXT, styles()["Body"])
    size = paragraph.wrap(300, 800)
    assert paragraph.split(300, 5) == []
    assert not hasattr(paragraph, "blPara")
    assert paragraph.wrap(300, 800) == size
    assert paragraph.blPara.lines
