"""Session 19, fresh26: a unit with a note on its own state ("(mới)", "(cũ)", "(sau sáp nhập)") before the district
that says where it lies; a data cut-off day ("Tính đến ngày 31/8/2019") that dates a yearless visit day.
Sentences written for these tests, with invented people."""

from __future__ import annotations

from datetime import date

from store.extract import extract_article
from store.extract.place_mentions import find_mentions
from store.extract.year_bounds import cut_off

_TODAY = date(2026, 12, 1)


def _qualifiers(text: str) -> dict[str, bool]:
    return {m.base: m.qualifier for m in find_mentions(text, None, False, [])}


def test_a_district_after_a_state_note_qualifies_the_unit_before_it() -> None:
    for note in ("(mới)", "(cũ)", "(sau sáp nhập)", "(sau khi sắp xếp)", "( mới )"):
        marks = _qualifiers(f"đoàn kiểm tra tại xã Hòa Thuận {note}, huyện Giồng Riềng và trao đổi với cán bộ xã")
        assert marks == {"Hòa Thuận": False, "Giồng Riềng": True}, note
    assert _qualifiers("tại xã Hòa Thuận (mới) thuộc huyện Giồng Riềng")["Giồng Riềng"]


def test_other_brackets_and_clauses_keep_the_district_a_unit_of_its_own() -> None:
    assert not _qualifiers("khảo sát xã Hòa Thuận (có 8 quầy), huyện Giồng Riềng")["Giồng Riềng"]
    assert not _qualifiers("khảo sát xã Hòa Thuận (mới); chiều cùng ngày làm việc với huyện Giồng Riềng")["Giồng Riềng"]
    assert not _qualifiers("tại xã Hòa Thuận (mới) và huyện Giồng Riềng")["Giồng Riềng"]


def test_the_new_commune_alone_is_visited() -> None:
    text = ("Chạy thử chính quyền xã mới\n\nChiều 24/6/2025, Phó Chủ tịch HĐND tỉnh Kiên Giang Trần Văn Bé đã kiểm "
            "tra việc chạy thử tại xã Hòa Thuận (mới), huyện Giồng Riềng.\n")
    localities = extract_article(text, today=_TODAY).record["localities"]
    assert [(loc["name"], (loc["ward"] or {}).get("code")) for loc in localities] == [("xã Hòa Thuận", 30949)]


def test_a_cut_off_day_bounds_the_visit_from_below_an_aimed_one_from_above() -> None:
    assert cut_off("Tính đến ngày ") is True
    assert cut_off("Báo cáo cho biết, tính đến hết ngày ") is True
    assert cut_off("huyện phấn đấu tính đến ngày ") is False
    assert cut_off("phải hoàn thành trước ngày ") is None
    assert cut_off("Từ ngày 1/1 đến ngày ") is None


def _date(text: str) -> str | None:
    return extract_article(text, today=_TODAY).record["date"]


def test_a_yearless_day_takes_the_year_after_a_cut_off_day() -> None:
    lead = ("Kiểm tra tại huyện\n\nSáng 20/10, Phó Chủ tịch HĐND tỉnh Bến Tre Trần Văn An đã kiểm tra tại UBND huyện "
            "Giồng Trôm.\n\n")
    assert _date(lead + "Tính đến ngày 30/9/2021, huyện giải quyết đúng hạn 98% hồ sơ.\n") == "2021-10-20"
    assert _date(lead + "Huyện phấn đấu tính đến ngày 31/12/2022 giải quyết đúng hạn 99% hồ sơ.\n") == "2022-10-20"


def _wholes(text: str) -> list[tuple[float, float | None]]:
    figures = extract_article(text, today=_TODAY).record["figures"]
    return [(f["value"], f.get("of")) for f in figures]


_SESSION = ("Giám sát tại huyện\n\nNgày 11/4/2024, Trưởng Ban Pháp chế HĐND tỉnh Bình Định Lê Văn An đã giám sát tại "
            "UBND huyện Tuy Phước.\n\n")


def test_the_number_received_said_to_be_a_count_is_the_whole_of_what_was_settled() -> None:
    assert _wholes(_SESSION + "Số đơn tiếp nhận là 163 đơn, đã giải quyết 161 đơn.\n") == [(163, None), (161, 163)]
    said = _wholes(_SESSION + "Tổng số hồ sơ nhận trong kỳ báo cáo là 1.655 hồ sơ, đã giải quyết 461 hồ sơ.\n")
    assert said == [(1655, None), (461, 1655)]


def test_a_count_still_pending_after_a_semicolon_is_of_what_was_received_only() -> None:
    received = _wholes(_SESSION + "Huyện nhận 163 đơn, đã giải quyết 161 đơn; 02 đơn đang trong quá trình thụ lý.\n")
    assert received == [(163, None), (161, 163), (2, 163)]
    settled = _wholes(_SESSION + "Huyện đã giải quyết 640 hồ sơ; 16 hồ sơ đang chờ công dân bổ sung giấy tờ.\n")
    assert settled == [(640, None), (16, None)]
    returned = _wholes(_SESSION + "Huyện nhận 300 hồ sơ, giải quyết 280 hồ sơ; 12 hồ sơ bị trả do chưa đủ giấy tờ.\n")
    assert (12, None) in returned
