"""The workbook reader's own row parser (exchange/sheet_cells.py) gives what openpyxl's
read-only `iter_rows` gives, cell by cell, for the odd corners of a sheet's XML."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from openpyxl import Workbook, load_workbook

from intzaken.exchange.reading import MAX_COLUMNS, Formula, read_xlsx
from intzaken.exchange.sheet_cells import sheet_rows

# Rich runs, a phonetic run, plain numbers (one without a value), an error, dates (one
# out of range, one empty), an empty and a missing inline string, a cell without its
# position, a formula (also on an inline string), a plain string, a boolean, a gap in the
# rows and a row numbered twice.
SHEET_DATA = """<sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Titel</t></is></c>
  <c r="B1" t="inlineStr"><is><t>Begindatum</t></is></c>
  <c r="C1" t="inlineStr"><is><t xml:space="preserve"> Land </t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><r><rPr><b/></rPr><t>Vet</t></r><r><t> en gewoon</t></r>
  <rPh sb="0" eb="1"><t>fonetisch</t></rPh></is></c>
  <c r="B2" s="1"><v>45000</v></c><c r="C2" t="str"><v>Łódź</v></c></row>
<row r="4"><c r="A4" t="inlineStr"><is><t>Vooraf</t><r><t>-achteraf</t></r></is></c>
  <c t="inlineStr"><is><t/></is></c><c t="inlineStr"></c>
  <c r="E4"><f>1+1</f><v>2</v></c><c r="F4" t="inlineStr"><f>"a"</f><is><t>a</t></is></c>
  <c r="G4" t="b"><v>1</v></c><c r="H4"><v>2.5</v></c><c r="I4" t="n" s="0"><v>7</v></c>
  <c r="J4" t="n"></c><c r="K4" t="e"><v>#N/A</v></c><c r="L4"><v>1E3</v></c>
  <c r="M4" s="1"><v>45000.5</v></c><c r="N4" s="1"><v>99999999</v></c>
  <c r="O4" s="1"></c></row>
<row r="4"><c r="A4" t="inlineStr"><is><t>tweede keer</t></is></c></row>
<row r="6"><c r="CW6" t="inlineStr"><is><t>ver weg</t></is></c>
  <c r="CV6" t="inlineStr"><is><t>net binnen</t></is></c></row>
</sheetData>"""


def _workbook(tmp_path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Reizen"
    sheet["B1"] = dt.date(2024, 1, 27)
    sheet["B1"].number_format = "dd-mm-yyyy"  # style 1: a date
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    path = tmp_path / "odd.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                start, end = text.index("<sheetData"), text.index("</sheetData>") + 12
                data = (text[:start] + SHEET_DATA + text[end:]).encode()
            target.writestr(item, data)
    return path


def _trimmed(values: list[object]) -> list[object]:
    """Without the empty cells at the end (openpyxl pads a row to MAX_COLUMNS, ours end at
    their last cell, empty or not; reading.py cuts them either way)."""
    while values and values[-1] is None:
        values.pop()
    return values


def _openpyxl_rows(path: Path) -> list[tuple[int, list[object]]]:
    book = load_workbook(path, read_only=True, data_only=False)
    sheet = book.worksheets[0]
    sheet.reset_dimensions()
    rows = []
    for number, cells in enumerate(sheet.iter_rows(min_row=1, max_col=MAX_COLUMNS), start=1):
        values = _trimmed([Formula(str(c.value)) if c.data_type == "f" else c.value for c in cells])
        if values:
            rows.append((number, values))
    book.close()
    return rows


def test_rows_equal_openpyxl_cell_by_cell(tmp_path):
    path = _workbook(tmp_path)
    expected = _openpyxl_rows(path)
    book = load_workbook(path, read_only=True, data_only=False)
    ours = [
        (n, _trimmed(v))
        for n, v in sheet_rows(book.worksheets[0], MAX_COLUMNS)
        if any(x is not None for x in v)
    ]
    book.close()
    assert ours == expected
    for (_, mine), (_, theirs) in zip(ours, expected, strict=True):
        assert [type(v) for v in mine] == [type(v) for v in theirs]
    by_number = dict(ours)
    assert by_number[2][:3] == ["Vet en gewoon", dt.datetime(2023, 3, 15), "Łódź"]
    assert by_number[4] == [
        "Vooraf-achteraf",
        "",
        None,
        None,
        Formula("=1+1"),
        Formula('="a"'),
        True,
        2.5,
        7,
        None,
        "#N/A",
        1000.0,
        dt.datetime(2023, 3, 15, 12),
        "#VALUE!",
    ]
    assert by_number[6][MAX_COLUMNS - 1] == "net binnen"


def test_read_xlsx_keeps_row_numbers_and_cuts_empty_ends(tmp_path):
    rows = read_xlsx(_workbook(tmp_path))["Reizen"].rows
    assert [number for number, _ in rows] == [1, 2, 4, 6]
    assert rows[0][1] == ["Titel", "Begindatum", " Land "]
    assert len(rows[3][1]) == MAX_COLUMNS
