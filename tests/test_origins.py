"""Where a stored record's values came from, said in the details pane and by `surveys show` in either language."""

from __future__ import annotations

import io

from rich.console import Console

from cli.main import main
from store.provenance import said, value_name
from store.store import SurveyStore
from tests.factories import make_record
from tui.i18n import Translator
from tui.widgets.details import describe

INFERRED = {"code": "date.inferred", "params": {"written": "Sáng 9-9", "year": 2025, "why": {"code": "year.two_tier"}}}
RECORD = make_record(notes="Đã đối chiếu.", provenance=[
    {"path": "date", "by": "extractor",
     "certainty": {"code": "date_certainty.inferred", "params": {"why": [INFERRED]}}},
    {"path": "leader", "by": "extractor", "rule": "do X ... làm Trưởng đoàn"},
    {"path": "figures[0]", "by": "extractor", "certainty": {"code": "figure.bound", "params": {"word": "hơn"}}},
    {"path": "figures[1]", "by": "person"},
    {"path": "notes", "by": "person"},
    {"path": "body", "by": "extractor", "certainty": "an older record's own words"},
])


def test_counts_values_names_what_a_person_gave_and_why_the_extractor_was_unsure() -> None:
    vi = said(RECORD, "vi")
    assert vi[0] == "4 giá trị máy đọc từ bài báo · 2 giá trị do người sửa hoặc thêm"
    assert vi[1] == "Người sửa hoặc thêm: Số liệu 2, Ghi chú"
    assert any(line.startswith("Ngày: suy ra: ") and "2 cấp" in line for line in vi)
    assert "Số liệu 1: hơn: bài chỉ nêu một cận hoặc số gần đúng" in vi
    assert "Cơ quan: an older record's own words" in vi
    en = said(RECORD, "en")
    assert en[1] == "Edited or added by a person: Figure 2, Notes"
    assert any(line.startswith("Date: inferred: ") and "two-level" in line for line in en)
    assert said(make_record(), "vi") == []
    assert value_name("source.url", "en") == "URL"


def test_the_details_pane_shows_them_under_their_heading() -> None:
    out = io.StringIO()
    console = Console(file=out, width=100, color_system=None)
    console.print(describe(RECORD, Translator("vi")))
    shown = out.getvalue()
    assert "Nguồn gốc giá trị" in shown and "Người sửa hoặc thêm: Số liệu 2, Ghi chú" in shown
    out = io.StringIO()
    console = Console(file=out, width=100, color_system=None)
    console.print(describe(make_record(), Translator("vi")))
    assert "Nguồn gốc giá trị" not in out.getvalue()


def test_surveys_show_says_them_too(tmp_path, capsys) -> None:
    db = tmp_path / "s.json"
    SurveyStore.open(db).upsert_many([RECORD])
    assert main(["--db", str(db), "--lang", "en", "show", RECORD["id"]]) == 0
    shown = capsys.readouterr().out
    assert "Where the values came from:" in shown and "Edited or added by a person: Figure 2, Notes" in shown


def test_a_figure_of_no_recorded_origin_recomputed_is_said_so_everywhere(tmp_path, capsys) -> None:
    """`recompute --unrecorded` gave such a figure no entry (the schema wants `by`): one by "unrecorded" now, which
    the schema takes and the details pane and `surveys show` say alike, not as the extractor's."""
    from store import __version__  # noqa: PLC0415
    from store.validation import validate  # noqa: PLC0415

    record = make_record(figures=[{"label": "Hồ sơ tiếp nhận", "value": 12, "unit": "hồ sơ"}], provenance=[
        {"path": "figures[0]", "by": "unrecorded", "recomputed": {"version": __version__, "was": None}}])
    assert validate(record) == []
    en, vi = said(record, "en"), said(record, "vi")
    assert en[0] == "No recorded origin (typed by hand, or stored before origins were kept): Figure 1"
    assert vi[0] == "Không ghi nguồn gốc (nhập tay, hoặc lưu trước khi có ghi nguồn gốc): Số liệu 1"
    assert not any("read from the article" in line for line in en)  # the extractor read nothing here
    db = tmp_path / "s.json"
    SurveyStore.open(db).upsert_many([record])
    for lang, lines in (("en", en), ("vi", vi)):
        assert main(["--db", str(db), "--lang", lang, "show", record["id"]]) == 0
        shown = capsys.readouterr().out
        out = io.StringIO()
        Console(file=out, width=200, color_system=None).print(describe(record, Translator(lang)))
        for line in lines:
            assert f"  {line}\n" in shown and line in out.getvalue()


def test_one_item_of_a_list_is_named_in_the_singular() -> None:
    """The sources view (`o`) in English had read "Figures 1, Figures 2 (edited)", "Directions 1", and
    "Localities (as written → today) 1" in both languages: the details' headings with a number after them."""
    assert [value_name(path, "en") for path in ("figures[1]", "recommendations[0]", "directions[1]",
                                                "localities[0]", "difficulties[2]", "people[0]")] == [
        "Figure 2", "Recommendation 1", "Direction 2", "Locality 1", "Difficulty 3", "Person 1"]
    assert [value_name(path, "vi") for path in ("figures[1]", "localities[0]", "directions[1]")] == [
        "Số liệu 2", "Địa bàn 1", "Chỉ đạo 2"]
    assert value_name("source.url", "en") == "URL" and value_name("date", "vi") == "Ngày"
