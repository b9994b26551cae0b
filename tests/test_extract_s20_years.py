"""Session 20, years: district-level cities and former districts named alone bound a yearless day by 1/7/2025 (not a
city run by the centre, not a name a unit of today bears); a commune merged before 2025 bounds it by the list of
1/7/2025, no day of its own being known; a cut-off day inside a report clause bounds it from below. Sentences
written for these tests, with invented people."""

from __future__ import annotations

from datetime import date
from functools import cache

from hypothesis import given
from hypothesis import strategies as st

from store.extract import extract_article
from store.extract.text import read_article
from store.extract.year_bounds import counted_to, cut_off_start
from store.extract.year_ceased_names import _bare_districts, _centre_cities, bare_district, city
from store.extract.year_ceased_units import ceased_units
from store.gazetteer import gazetteer, split_level
from store.resources import load_json

_TODAY = date(2026, 12, 1)


def _record(text: str) -> dict:
    return extract_article(text, today=_TODAY).record


def _ceased(text: str) -> list[tuple[date, str]]:
    return [(b.day, b.reason.params["name"]) for b in ceased_units(read_article(text))]


@cache
def _ward_names() -> list[str]:
    places = gazetteer()
    return sorted({split_level(found[0].name)[1] for _, _, codes in load_json("former_wards.json")["wards"]
                   for code in codes if (found := places.ward(code))})


def test_a_district_level_city_is_a_unit_that_ceased_a_city_run_by_the_centre_is_not() -> None:
    assert city("Long Xuyên") == "Long Xuyên"
    assert city("Thủ Dầu Một Nguyễn Văn A") == "Thủ Dầu Một"
    for standing in ("Huế", "Hà Nội", "HCM", "Hồ Chí Minh", "Sài Gòn", "Đà Nẵng", "Cần Thơ", "Hải Phòng",
                     "Thừa Thiên Huế"):
        assert city(standing) is None, standing
    assert _ceased("Tin\n\nNgày 4/9, Thường trực HĐND thành phố Long Xuyên giám sát tại phường Mỹ Thới.\n") == \
        [(date(2025, 7, 1), "thành phố Long Xuyên")]
    assert _ceased("Tin\n\nNgày 4/9, đoàn làm việc với UBND TP.Thủ Dầu Một.\n") == \
        [(date(2025, 7, 1), "TP.Thủ Dầu Một")]
    assert _ceased("Tin\n\nNgày 4/9, Đoàn kiểm tra của Thành ủy Vinh làm việc tại phường Trường Thi.\n") == \
        [(date(2025, 7, 1), "Thành ủy Vinh")]
    assert _ceased("Tin\n\nNgày 4/9, HĐND TP.HCM, Thành ủy Hà Nội và HĐND thành phố Huế làm việc.\n") == []


@given(st.sampled_from(sorted(_centre_cities())), st.sampled_from(["thành phố ", "TP ", "TP.", "Thành ủy "]))
def test_no_name_of_a_city_run_by_the_centre_bounds_a_day(name: str, level: str) -> None:
    written = " ".join(word.capitalize() if word.islower() else word for word in name.split())
    assert city(written) is None
    assert _ceased(f"Tin\n\nNgày 4/9, HĐND {level}{written} làm việc.\n") == []


def test_a_former_districts_name_alone_bounds_only_when_no_unit_of_today_bears_it() -> None:
    assert bare_district("Vĩnh Cửu") == "Vĩnh Cửu"
    assert bare_district("Thanh Chương Nghệ An") == "Thanh Chương"
    for taken in ("Bố Trạch", "Ea Kar", "Đà Lạt", "Vinh", "Krông A Na", "Hà Nội", "Lắk", "Đồng Hới"):
        assert bare_district(taken) is None, taken  # xã Bố Trạch; "Lâm Viên - Đà Lạt"; "Krông Ana"; a province
    assert _ceased("Tin\n\nNgày 22/8, đoàn khảo sát tại Vĩnh Cửu.\n") == [(date(2025, 7, 1), "Vĩnh Cửu")]
    assert _ceased("Tin\n\nNgày 22/8, đoàn khảo sát tại xã Hạnh Lâm (Thanh Chương).\n") == \
        [(date(2025, 7, 1), "Thanh Chương")]
    assert _ceased("Tin\n\nNgày 22/8, đoàn khảo sát tại Bố Trạch.\n") == []
    assert _ceased("Tin\n\nNgày 22/8, Vĩnh Cửu có thêm 3 xã đạt chuẩn.\n") == []  # no place of the visit


@given(st.data())
def test_no_name_a_ward_or_commune_of_today_bears_is_a_former_districts_bare_name(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(_ward_names()))
    assert bare_district(name) is None
    assert _ceased(f"Tin\n\nNgày 22/8, đoàn khảo sát tại {name}.\n") == []


def test_every_bare_district_name_is_no_unit_of_today_and_no_province() -> None:
    places = gazetteer()
    kept = [d["name"] for d in load_json("former_units.json")["districts"] if bare_district(d["name"])]
    assert 20 < len(kept) <= len(_bare_districts()) + 5  # a few names twice (two provinces' "Châu Thành A")
    for name in kept:
        assert not places.find_wards(name) and places.find_province(name) is None, name
    assert bare_district("Phú Quí") is None  # đặc khu Phú Quý, spelled with y


def test_a_unit_named_with_what_it_is_now_is_history() -> None:
    assert _ceased("Tin\n\nNgày 4/9, đoàn đến thị xã Hồng Lĩnh (nay là phường Bắc Hồng Lĩnh).\n") == []
    assert _ceased("Tin\n\nNgày 4/9, đoàn đến phường Trường Vinh, thành phố Vinh cũ.\n") == []


def test_a_commune_merged_before_2025_bounds_by_the_list_of_2025_and_says_no_day_is_known() -> None:
    lead = ("Giám sát\n\nSáng 4/9, Đoàn giám sát của Ban Pháp chế HĐND thành phố Hà Nội do ông Trần Văn D, Trưởng "
            "ban, làm trưởng đoàn đã làm việc tại phường Đống Mác")
    record = _record(lead + ".\n\nPhường có 36 công trình vi phạm.\n")
    assert record["date"] == "2024-09-04"
    assert "phường Đống Mác" in record["notes"] and "không ghi ngày sáp nhập" in record["notes"]
    assert _record(lead + " (cũ).\n\nPhường có 36 công trình vi phạm.\n")["date"] == "2026-09-04"


def test_a_cut_off_inside_a_report_clause_bounds_the_visit_from_below() -> None:
    lead = ("Giám sát\n\nSáng 12/10, Ban Pháp chế HĐND tỉnh Đắk Lắk do bà Lê Thị E, Trưởng ban, làm trưởng đoàn đã "
            "giám sát việc cấp căn cước tại phường Tân Lập.\n\n")
    for said in ("Báo cáo của phường cho biết, tính đến hết ngày 30/9/2023, phường đã cấp 12.300 thẻ.",
                 "Theo báo cáo, lũy kế đến ngày 30/9/2023, phường đã cấp 12.300 thẻ.",
                 "Theo báo cáo, đến hết ngày 30/9/2023, phường đã cấp 12.300 thẻ.",
                 "Báo cáo cho thấy, tính từ đầu năm đến hết ngày 30/9/2023, phường đã cấp 12.300 thẻ."):
        record = _record(lead + said + "\n")
        assert record["date"] == "2023-10-12", said
        assert "30/9/2023\" (ngày làm việc sau mốc này)" in record["notes"], said
    # a document's own day and a deadline are no cut-off
    for said in ("Báo cáo số 45/BC-UBND ngày 30/9/2023 của phường nêu phường đã cấp 12.300 thẻ.",
                 "Theo kế hoạch, đến hết ngày 30/9/2023, các phường phải cấp xong 12.300 thẻ."):
        assert _record(lead + said + "\n")["date"] == "2026-10-12", said


@given(st.sampled_from(["Báo cáo của UBND xã cho biết, ", "Theo báo cáo, ", "Báo cáo nêu rõ: ", ""]),
       st.sampled_from(["tính đến ngày ", "tính đến hết ngày ", "lũy kế đến ngày ", "tính từ đầu năm đến hết ngày ",
                        "đến hết ngày ", "đến ngày "]))
def test_the_cut_off_words_are_found_where_they_begin(opening: str, words: str) -> None:
    before = opening + words
    assert cut_off_start(before, ", xã đã chi 3 tỷ đồng.") == len(opening)
    assert cut_off_start(before, ", các xã phải chi 3 tỷ đồng.") in ((None,) if words.startswith("đến") else
                                                                       (len(opening),))


def test_a_clause_opened_on_a_day_is_a_cut_off_only_when_it_tells_what_was_done() -> None:
    assert counted_to("Theo báo cáo, đến hết ngày ", ", huyện đã giải ngân vốn chương trình mục tiêu quốc gia.")
    assert not counted_to("Theo báo cáo, đến hết ngày ", ", các xã cần hoàn thành.")
    assert not counted_to("Dự án hoàn thành đến ngày ", ", đã có 3 hộ.")  # no clause opens on it
