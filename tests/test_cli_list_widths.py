"""`surveys list` on a terminal: how the table shares a line's width among its columns (`fit_columns`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from cli.commands.listing import FLOOR, NARROWEST, fit_columns
from cli.main import main
from tests.bundled import DI_AN, LAI_THIEU, RACH_DUA, load_records

COLUMNS = ("date", "localities", "province", "body", "id")
HCM = "Thành phố Hồ Chí Minh"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "x.json"
    assert main(["init", str(path), "--sample"]) == 0
    return path


def table(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: Path, width: int) -> list[str]:
    monkeypatch.setenv("COLUMNS", str(width))
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)  # capsys's stream, taken for a terminal
    capsys.readouterr()
    assert main(["--db", str(db), "--lang", "en", "list"]) == 0
    return capsys.readouterr().out.splitlines()


@pytest.mark.parametrize("width", [60, 80, 100, 120, 140])
def test_every_line_fits_with_the_date_and_id_whole(capsys, monkeypatch, db, width) -> None:
    lines = table(capsys, monkeypatch, db, width)
    assert len(lines) == 6 and all(len(line) <= width for line in lines)
    for ident in (RACH_DUA, LAI_THIEU, DI_AN):
        assert any(line.endswith(ident) for line in lines)
    assert any(line.startswith("2025-09-04?") for line in lines)


@pytest.mark.parametrize("width", [100, 120])
def test_at_a_hundred_columns_the_province_is_whole(capsys, monkeypatch, db, width) -> None:
    lines = table(capsys, monkeypatch, db, width)
    assert "PROVINCE" in lines[0] and sum(HCM in line for line in lines) == 4  # every visit in the city
    assert "BODY" in lines[0] and ("Đoàn ĐBQH TPHCM " in lines[2]) == (width == 120)  # at 120, a short body too


def test_at_a_hundred_and_forty_columns_only_the_longest_values_are_cut(capsys, monkeypatch, db) -> None:
    lines = table(capsys, monkeypatch, db, 140)
    assert "phường Lái Thiêu " in lines[2] and "thành phố Thủ Dầu Một " in lines[3]
    assert "HĐND thành phố Thủ Dầu Một " in lines[3] and "Đoàn giám sát số 1, HĐND TP Hà Nội " in lines[4]
    assert [line for line in lines if "…" in line] == [lines[1], lines[5]]  # the two longest, of both


def test_a_narrow_terminal_leaves_the_province_out_then_the_body(capsys, monkeypatch, db) -> None:
    at_80, at_60 = table(capsys, monkeypatch, db, 80), table(capsys, monkeypatch, db, 60)
    assert "PROVINCE" not in at_80[0] and "BODY" in at_80[0]
    assert "PROVINCE" not in at_60[0] and "BODY" not in at_60[0] and "LOCALIT" in at_60[0]


def test_spare_width_goes_to_the_province_and_body_up_to_their_median_then_the_localities() -> None:
    natural, typical = [11, 32, 21, 40, 37], [11, 21, 21, 34, 36]
    fixed = 11 + 37 + 2 * 4
    widths = list(natural)
    assert fit_columns(COLUMNS, widths, fixed + 12 + 21 + 10 + 5, typical) == [0, 1, 2, 3, 4]
    assert widths == [11, 12, 21, 15, 37]  # the province is whole first: it needs less than the body
    widths = list(natural)
    fit_columns(COLUMNS, widths, fixed + 12 + 21 + 34 + 6, typical)
    assert widths == [11, 18, 21, 34, 37]  # both at their median: the localities get the rest
    widths = list(natural)
    fit_columns(COLUMNS, widths, fixed + 32 + 21 + 34 + 3, typical)
    assert widths == [11, 32, 21, 37, 37]  # the localities whole: the body grows towards its longest
    widths = list(natural)
    fit_columns(COLUMNS, widths, 200, typical)
    assert widths == natural


def test_a_column_shorter_than_its_narrowest_is_never_padded_and_floors_hold() -> None:
    widths = [11, 8, 8, 4, 37]
    assert fit_columns(COLUMNS, widths, 80) == [0, 1, 2, 3, 4] and widths == [11, 8, 8, 4, 37]
    widths = [11, 32, 21, 40, 37]
    assert fit_columns(COLUMNS, widths, 40) == [0, 1, 4]  # narrower than the date and the id: they stay whole
    assert widths[0] == 11 and widths[4] == 37 and widths[1] == FLOOR
    assert NARROWEST["localities"] < 24  # the localities give way to the province and body at ~100 columns


LONG_ID = "2025-10-14-thuong-truc-hdnd-tinh-bac-ninh-kinh-bac"
"""An id as `import --from-articles` makes them for a provincial council's standing committee: 50 letters, longer
than the 40 the other columns are cut to."""


@pytest.mark.parametrize("width", [None, 80, 140])
def test_an_id_longer_than_forty_letters_is_shown_whole_so_show_takes_it(capsys, monkeypatch, db, width) -> None:
    """The tryout of session 35 copied an id from `list` into `followup`: it had been cut to 39 letters and `…`,
    and no command took it ("no visit with id …")."""
    record = {**load_records()[0], "id": LONG_ID, "date": "2025-10-14"}  # another day: not a duplicate
    source = db.parent / "long.json"
    source.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    assert main(["--db", str(db), "import", str(source)]) == 0
    if width is None:  # a pipe: scripts read the id from the line's end
        capsys.readouterr()
        assert main(["--db", str(db), "--lang", "en", "list"]) == 0
        lines = capsys.readouterr().out.splitlines()
    else:
        lines = table(capsys, monkeypatch, db, width)
    assert any(line.endswith(LONG_ID) for line in lines), lines
    shown = next(line for line in lines if LONG_ID[:30] in line).split()[-1]
    assert main(["--db", str(db), "show", shown]) == 0
