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


PLAIN_TEXTS = [
    TEXT,
    "  Spaties   vooraan,\n  een regel\nverder  ",
    "x > y, 'enkel' en \"dubbel\"",
    "Één CO₂-compensatie – café",
    "tab\tin de tekst",
    "vast\xa0gekoppeld",
]


def test_plain_text_reads_as_reportlabs_parser_reads_it(monkeypatch) -> None:
    from reportlab.platypus import paraparser

    parsed = []
    original = paraparser.ParaParser.parse
    monkeypatch.setattr(
        paraparser.ParaParser,
        "parse",
        lambda self, text, style: parsed.append(text) or original(self, text, style),
    )
    for name, style in styles().items():
        for text in PLAIN_TEXTS:
            ours, theirs = Paragraph(text, style), ReportlabParagraph(text, style)
            assert [f.__dict__ for f in ours.frags] == [f.__dict__ for f in theirs.frags], name
            assert ours.text == theirs.text
            assert ours.getPlainText() == theirs.getPlainText()
            assert ours.wrap(200, 800) == theirs.wrap(200, 800)
    # Reportlab's own parsed every text; ours at most once per style (its fragment).
    texts = [text for text in parsed if text != "x"]
    assert len(texts) == len(styles()) * len(PLAIN_TEXTS)
    assert len(parsed) - len(texts) <= len(styles())


def test_fragments_of_plain_text_are_each_paragraphs_own() -> None:
    first, second = Paragraph("een", styles()["Body"]), Paragraph("twee", styles()["Body"])
    assert first.frags[0].link is not second.frags[0].link
    assert [first.getPlainText(), second.getPlainText()] == ["een", "twee"]


def test_markup_entities_and_empty_text_still_go_through_the_parser() -> None:
    for text in ("<b>vet</b> en gewoon", "R&amp;D", "a<br/>b", "", "   "):
        ours, theirs = Paragraph(text, styles()["Body"]), ReportlabParagraph(text, styles()["Body"])
        assert [f.__dict__ for f in ours.frags] == [f.__dict__ for f in theirs.frags], text
    assert Paragraph("<b>vet</b>", styles()["Body"]).frags[0].bold == 1
