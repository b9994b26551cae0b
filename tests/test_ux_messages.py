"""What a user reads when something goes wrong is in the interface language (the ux walk of session 11).

In the Vietnamese browser, `i` with a path that does not exist said "art/bai: no such file or directory": the
reasons an import gives for a file it cannot read (`store.importing.sources`) and the operating system's reasons
(`store.oserrors.REASONS`) had no entry in the catalog, so `tui.i18n_errors.explain` left them in English.
"""

from __future__ import annotations

import io
import os
import re
import socket
from dataclasses import replace
from pathlib import Path

import pytest
from rich.console import Console

from store.catalog import catalog
from store.extract import extract_file
from store.importing.limits import ReadLimits
from store.importing.sources import find_sources
from store.oserrors import REASONS
from tests.factories import make_record
from tui.i18n import Translator
from tui.i18n_errors import explain
from tui.screens.import_report import imported_note, summary_line
from tui.screens.review_notes import check_lines, flag_line
from tui.widgets.details import SHOWN_ITEMS, describe

VI, EN = Translator("vi"), Translator("en")
ARTICLES = Path(__file__).resolve().parent / "articles"


def _said(message: str) -> str:
    said = explain(message, VI)
    assert said != message, message
    assert explain(message, EN) == message
    return said


@pytest.mark.parametrize("reason", sorted(REASONS.values()))
def test_every_reason_the_system_gives_is_said_in_vietnamese(reason: str) -> None:
    _said(reason)
    _said(f"cannot be read ({reason})")  # as an import reports a file it could not open


def _refusals(tmp_path: Path) -> list[str]:
    """Every reason `find_sources` gives for a path it does not read, made for real."""
    empty = tmp_path / "empty"
    empty.mkdir()
    odd = tmp_path / "odd"
    odd.mkdir()
    os.mkfifo(odd / "pipe.json")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(odd / "sock.json"))
    big = tmp_path / "big.json"
    big.write_text("[" + " " * 4096 + "]", encoding="utf-8")
    table = tmp_path / "surveys-export.csv"  # as `surveys export` writes it: a table, not records
    table.write_text("id,date\n2025-10-01-a,2025-10-01\n", encoding="utf-8")
    paths: list[str | os.PathLike[str]] = [tmp_path / "missing.json", empty, odd, "/dev/null", odd / "sock.json", big,
                                           table]
    try:
        _, problems = find_sources(paths, replace(ReadLimits(), file_size=1024))
    finally:
        server.close()
    return [problem.message for problem in problems]


def test_every_file_an_import_refuses_is_said_in_vietnamese(tmp_path: Path) -> None:
    messages = _refusals(tmp_path)
    assert len(messages) == 8, messages  # the folder gives two: its pipe and its socket
    said = [_said(message) for message in messages]
    assert said[0] == "không có tệp hoặc thư mục này"
    assert "1 KiB" in said[-2] and "--max-file-size" in said[-2]
    assert said[-1].startswith("là bảng tính") and ".jsonl" in said[-1]  # a CSV export was "JSON sai cú pháp" at 1:1


# -- counts are numbers, written as the language writes them -------------------------------------------------
TUI = Path(__file__).resolve().parent.parent / "tui"


def test_counts_shown_in_the_interface_go_through_the_number_format() -> None:
    """The import dialog said "Sẽ thêm 1200 … (đọc 1200)" and the details "… +1,200" in Vietnamese: a count given
    to a message as `len(…)` or written with Python's `:,` is English (or no) grouping; `t.number` is the rule."""
    found = []
    for path in sorted(TUI.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        found += [f"{path.name}: {hit}" for hit in re.findall(r"\b\w+=len\([^)]*\)\)?", source)
                  if re.search(r"\bt\([^()]*" + re.escape(hit), source)]
        found += [f"{path.name}: {hit}" for hit in re.findall(r"\{[a-z_.()]+:,\}", source)]
    assert found == []


def test_the_import_summary_groups_thousands_in_each_language() -> None:
    counts = {"added": 1200, "updated": 0, "skipped": 3, "invalid": 0, "read": 1203}
    assert summary_line(counts, VI).startswith("Sẽ thêm 1.200, cập nhật 0, bỏ qua 3")
    assert "1.203" in summary_line(counts, VI)
    assert summary_line(counts, EN).startswith("Would add 1,200, update 0, skip 3")


def test_the_note_after_an_import_says_its_counts_that_are_not_zero_and_its_merges() -> None:
    """"Đã nhập: thêm 3, cập nhật 0, bỏ qua 1" wrapped its last "1" onto a line of its own at 80 columns."""
    counts = {"added": 1200, "updated": 0, "skipped": 1, "invalid": 0, "read": 1201}
    assert imported_note(counts, [], VI) == "Đã nhập: thêm 1.200, bỏ qua 1"
    assert imported_note(counts, [], EN) == "Imported: added 1,200, skipped 1"
    assert imported_note({**counts, "added": 0, "skipped": 0, "updated": 2}, [], EN) == "Imported: updated 2"
    assert imported_note({"added": 0, "updated": 0, "skipped": 0}, [], VI) == "Đã nhập: thêm 0"
    assert imported_note({}, ["2025-08-12-x"], VI) == "Đã nhập: gộp vào 2025-08-12-x"  # a merge alone
    assert imported_note({**counts, "skipped": 0}, ["a", "b"], EN) == "Imported: added 1,200, merged into a, b"


def test_the_note_after_an_import_counts_the_drafts_left_out_in_review() -> None:
    """Three articles, the third (a plan, not a visit) left out with Esc in its review: the note said "Đã nhập: thêm
    2", as if the third had not been given; the command line says it was skipped and why."""
    counts = {"added": 2, "updated": 0, "skipped": 0}
    assert imported_note(counts, [], VI, left_out=1) == "Đã nhập: thêm 2, bỏ khi duyệt 1"
    assert imported_note(counts, [], EN, left_out=1) == "Imported: added 2, left out in review 1"
    assert imported_note(counts, [], VI, left_out=0) == "Đã nhập: thêm 2"


def test_a_long_list_of_difficulties_says_how_many_more_in_each_language() -> None:
    record = {**make_record(), "difficulties": [{"text": f"khó khăn {n}"} for n in range(SHOWN_ITEMS + 1200)]}
    console = Console(width=80, record=True, file=io.StringIO())
    console.print(describe(record, VI))
    assert "… +1.200" in console.export_text()
    console = Console(width=80, record=True, file=io.StringIO())
    console.print(describe(record, EN))
    assert "… +1,200" in console.export_text()


# -- the review screen names a figure as the screen lists it ---------------------------------------------------
@pytest.mark.parametrize(("lang", "name", "flag"), [("vi", "Số liệu", "kiểm tra số liệu sẽ báo"),
                                                    ("en", "Figure", "check would flag")])
def test_what_check_would_flag_names_the_figure_as_the_screen_counts_it(lang: str, name: str, flag: str) -> None:
    """Before a save the screen listed "figures[0] Hồ sơ tiếp nhận: …": the record's path, not a reviewer's word;
    its mark beside a figure said "check sẽ báo", half English."""
    draft = extract_file(ARTICLES / "tuned" / "t16_check_flag.txt")
    flagged = next(iter(draft.flags))
    lines = check_lines(draft.record, lang)
    assert lines.startswith(f"{name} {flagged + 1} ") and "figures[" not in lines
    assert flag_line(["x"], Translator(lang)).plain.startswith(f"⚠ {flag}: ")


# -- one way of placing the tone mark --------------------------------------------------------------------------
_NEW_STYLE = re.compile(r"\w*(?:o[áàảãạ]|o[éèẻẽẹ]|(?<!q)u[ýỳỷỹỵ])(?!\w)", re.IGNORECASE)
"""An open "oa", "oe", "uy" with the mark on its second vowel ("xoá", "huỷ"): the style the catalog does not use.
After "q" the "u" is the onset's ("quý", "quỹ"): "y" is the only vowel and bears the mark in either style."""


def test_the_vietnamese_interface_places_tone_marks_one_way() -> None:
    """The footer said "Xóa lọc", the help "Xoá khảo sát", the buttons "Hủy": one screen, two spellings. The catalog
    writes the marks as the taxonomy's labels do ("Số hóa hồ sơ", "hủy", "khóa")."""
    found = {key: _NEW_STYLE.findall(entry["vi"]) for key, entry in catalog().items()}
    assert {key: words for key, words in found.items() if words} == {}
