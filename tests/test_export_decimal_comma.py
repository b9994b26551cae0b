"""CSV for a decimal-comma spreadsheet (`store.export`'s `decimal_comma`, `surveys export --decimal-comma`).

Excel on a Windows set to Vietnamese regional formats splits a CSV on `;` and reads `,` as the decimal mark: the
comma file opened in one column with `92.7` as text (tryout, session 32). The choice writes `;`, `92,7`, a BOM and
CRLF; the default bytes stay as they were (`tests/test_export.py` and its goldens pin them).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cli.main import main
from store.export import COLUMNS, NUMERIC, ROWS, export, to_csv
from store.store import SurveyStore
from tests.bundled import TDM
from tests.factories import make_record

BOM = b"\xef\xbb\xbf"


def parsed(payload: bytes, delimiter: str) -> list[list[str]]:
    """The cells as Python's csv reads them back (the BOM taken off as a spreadsheet does)."""
    return list(csv.reader(io.StringIO(payload.decode("utf-8-sig"), newline=""), delimiter=delimiter))


def as_number(cell: str) -> float:
    """A cell read as a decimal-comma spreadsheet reads it: `,` is the decimal mark."""
    return float(cell.replace(",", "."))


def test_the_bytes_are_semicolons_decimal_commas_a_bom_and_crlf(bundled) -> None:
    payload = to_csv(bundled, "figures", decimal_comma=True)
    assert payload.startswith(BOM + b"survey_id;date;locality;label;metric;value;of;unit;")
    assert payload.count(b"\r\n") == len(payload.splitlines()) and b"\n" not in payload.replace(b"\r\n", b"")
    tdm = [row for row in parsed(payload, ";")[1:] if row[0] == TDM]
    assert [(row[5], row[6]) for row in tdm[1:3]] == [("25925", "25969"), ("99,83", "")]
    assert b"99.83" not in payload


def test_the_default_is_unchanged(bundled) -> None:
    """Not a new default: `e` and `surveys export` without the choice write commas and `99.83`, with no BOM."""
    payload = to_csv(bundled, "figures")
    assert payload.startswith(b"survey_id,date,") and b"99.83" in payload and b"99,83" not in payload


@pytest.mark.parametrize("rows", ROWS)
def test_every_row_shape_holds_the_same_cells(bundled, rows: str) -> None:
    """Only the separator and the numbers' decimal mark differ from the comma file."""
    comma, semicolon = parsed(to_csv(bundled, rows), ","), parsed(to_csv(bundled, rows, decimal_comma=True), ";")
    numeric = [i for i, name in enumerate(COLUMNS[rows]) if name in NUMERIC]
    assert len(comma) == len(semicolon) > 1
    for plain, local in zip(comma, semicolon, strict=True):
        assert [c.replace(".", ",") if i in numeric else c for i, c in enumerate(plain)] == local


@pytest.mark.parametrize("fmt", ["json", "jsonl", "md"])
def test_other_formats_refuse_it(bundled, fmt: str) -> None:
    with pytest.raises(ValueError, match="CSV only"):
        export(bundled, fmt, decimal_comma=True)


VALUES = st.one_of(st.integers(min_value=-10**15, max_value=10**15),
                   st.floats(allow_nan=False, allow_infinity=False))
TEXT = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=30)


@given(values=st.lists(st.tuples(VALUES, st.one_of(st.none(), VALUES), TEXT, TEXT), min_size=1, max_size=6))
def test_numbers_read_back_as_stored_and_text_as_in_the_comma_file(values) -> None:
    """Property: every figure's value and `of` parse back (`,` as the decimal mark) to the stored number, whatever
    the labels and units hold (`;`, `,`, quotes, line breaks), and every text cell is the comma file's."""
    record = make_record(figures=[{"label": label, "value": value, "of": of, "unit": unit}
                                  for value, of, label, unit in values])
    local = parsed(to_csv([record], "figures", decimal_comma=True), ";")
    plain = parsed(to_csv([record], "figures"), ",")
    header = list(COLUMNS["figures"])
    assert local[0] == header and len(local) == len(values) + 1
    for (value, of, _label, _unit), row, comma_row in zip(values, local[1:], plain[1:], strict=True):
        cells = dict(zip(header, row, strict=True))
        assert as_number(cells["value"]) == value
        assert (cells["of"] == "") if of is None else (as_number(cells["of"]) == of)
        assert "." not in cells["value"] + cells["of"]
        text = [name for name in header if name not in NUMERIC]
        assert [cells[name] for name in text] == [dict(zip(header, comma_row, strict=True))[name] for name in text]


def test_the_command_writes_what_the_browser_writes(capsys, tmp_path: Path, bundled) -> None:
    SurveyStore.open(tmp_path / "s.json")
    out = tmp_path / "vi.csv"
    code = main(["--db", str(tmp_path / "s.json"), "export", "--format", "csv", "--rows", "figures",
                 "--decimal-comma", "-o", str(out)])
    assert code == 0
    records = sorted(bundled, key=lambda r: r["date"], reverse=True)
    assert out.read_bytes() == export(records, "csv", rows="figures", decimal_comma=True)
    assert out.read_bytes().startswith(BOM + b"survey_id;")


@pytest.mark.parametrize("fmt", ["json", "jsonl", "md"])
def test_the_command_refuses_it_for_other_formats(capsys, tmp_path: Path, fmt: str) -> None:
    SurveyStore.open(tmp_path / "s.json")
    with pytest.raises(SystemExit) as raised:
        raise SystemExit(main(["--db", str(tmp_path / "s.json"), "export", "--format", fmt, "--decimal-comma"]))
    assert raised.value.code == 2 and "--decimal-comma" in capsys.readouterr().err
