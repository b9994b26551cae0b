"""Defects found open after session 19 and in session 20's tryout (tmux, 80×24 in Vietnamese and 120×40 in
English), checked without driving the app (the Pilot flows: test_ux_s20_tryout.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.console import Console
from rich.text import Text

from store.extract import extract_article
from tests.factories import make_record
from tui.i18n import Translator
from tui.screens.confirm_delete import ConfirmDeleteScreen
from tui.screens.import_view import checked
from tui.screens.import_work import Outcome, check_path
from tui.screens.review_correct import stored_draft
from tui.screens.review_notes import certainty_text, notices, said_in
from tui.widgets.survey_list import message_lines

LONG = 'tinh:"Cà Mau" chude:cchc tu:2024-01 den:2025-06 "dịch vụ công trực tuyến toàn trình"'


def test_the_list_message_is_wrapped_to_its_width_its_indent_kept() -> None:
    lines = message_lines("No visit matches the filter:\n  " + LONG + "\nPress x.", 40)
    assert all(len(line) <= 40 for line in lines)
    assert lines[0] == "No visit matches the filter:" and lines[-1] == "Press x."
    assert all(line.startswith("  ") for line in lines[1:-1])
    assert " ".join(line.strip() for line in lines[1:-1]) == LONG


@pytest.mark.parametrize("lang, said", [("vi", "cùng 1 chỉ đạo, 4 số liệu"),
                                        ("en", "and with it: 1 direction, 4 figures")])
def test_the_delete_dialog_says_what_the_visit_holds_and_no_zeros(lang: str, said: str) -> None:
    """A visit with no recommendation had been said to go "cùng 0 kiến nghị, 1 chỉ đạo, 4 số liệu"."""
    record = make_record(recommendations=[], directions=[{"text": "Rà soát quy trình."}],
                         figures=[{"label": f"Số {n}", "value": n, "unit": "hồ sơ"} for n in range(4)])
    lines = ConfirmDeleteScreen(record, Translator(lang)).described().plain.splitlines()
    assert said in lines and not any(" 0 " in f" {line} " for line in lines)
    bare = make_record(recommendations=[], directions=[], figures=[])
    lines = ConfirmDeleteScreen(bare, Translator(lang)).described().plain.splitlines()
    assert len(lines) == 4 and lines[-1] == bare["id"]  # day and kind, body, places, id: nothing held, nothing said


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_delete_hint_says_what_a_deletion_keeps_beside_y(lang: str) -> None:
    """"y delete · n or Esc keep (the store keeps it until the next compaction, …)": the note on what a deletion
    keeps stood after "keep", as if keeping the visit were what lasted until the next compaction."""
    delete, keep = Translator(lang)("delete.hint").split(" · ")
    assert delete.startswith("y ") and "(" in delete and "(" not in keep and keep.startswith("n ")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_stated_dates_certainty_is_said_once_in_the_correction_screen(lang: str) -> None:
    """`r` on a visit read from an article: "Độ chắc chắn: ghi trong bài" stood over the choice "ghi trong bài"."""
    t = Translator(lang)
    stated = {"path": "date", "by": "extractor", "certainty": {"code": "date_certainty.stated.bare", "params": {}}}
    draft = stored_draft(make_record(date_certainty="stated", provenance=[stated]))
    assert certainty_text(draft, "date", t) is not None  # said where no choice shows it
    assert certainty_text(draft, "date", t, "stated") is None
    inferred = {**stated, "certainty": "inferred: the page is dated 25/05/2023"}
    draft = stored_draft(make_record(date_certainty="inferred", provenance=[inferred]))
    note = certainty_text(draft, "date", t, "inferred")
    assert note is not None and "25/05/2023" in note.plain  # a reason says more than the choice: kept


@pytest.mark.parametrize("lang, said", [("vi", "1 bài báo trong thư mục không được đọc"),
                                        ("en", "1 article in the folder was not read")])
def test_an_article_beside_records_files_is_said_not_read(tmp_path: Path, lang: str, said: str) -> None:
    """`i` on a folder holding a JSON file and an article: the article was left out with no word ("of 1 read")."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.json").write_text(json.dumps([make_record()]), encoding="utf-8")
    (folder / "bai-viet.txt").write_text("Đoàn khảo sát làm việc tại phường.\n", encoding="utf-8")
    outcome = check_path(tmp_path / "s.json", str(folder), "skip")
    assert isinstance(outcome, Outcome) and outcome.beside == ["bai-viet.txt"]
    view = checked(outcome, False, [], [], [], Translator(lang))
    assert view.report is not None
    lines = view.report.plain.splitlines()
    assert any(line.startswith(said) for line in lines) and "  bai-viet.txt" in lines
    (folder / "bai-viet.txt").unlink()
    outcome = check_path(tmp_path / "s.json", str(folder), "skip")
    assert isinstance(outcome, Outcome) and outcome.beside == []


WEATHER = """Dự báo thời tiết cuối tuần: miền Bắc chuyển lạnh

Theo cơ quan khí tượng, từ đêm thứ Sáu một đợt không khí lạnh sẽ tràn xuống các tỉnh miền Bắc, nhiệt độ thấp nhất ở
vùng núi có thể xuống dưới 10 độ C. Người dân nên chú ý giữ ấm cho trẻ nhỏ và người già.
"""


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_non_visits_notes_say_each_thing_once_and_fit(lang: str) -> None:
    """The review screen's notes on an article that is no visit report had said its reason twice ("does not look
    like a visit report" on two lines) and the missing date, leader and places twice (a problem, then a warning);
    five rows at most cut them off at 80 columns."""
    t = Translator(lang)
    draft = extract_article(WEATHER, source_name="thoi-tiet.txt")
    assert draft.non_visit
    said = notices(draft, t).plain
    assert said.count(said_in(draft.non_visit, t)) == 1
    for code in ("warn.no_date", "warn.no_leader", "warn.no_localities"):
        warning = next(w for w in draft.warnings if getattr(w, "code", None) == code)
        assert said_in(warning, t) not in said, code
    lines = Text(said).wrap(Console(width=200), 76)  # the notes' width at 80 columns (border and padding taken)
    assert len(lines) <= 8
