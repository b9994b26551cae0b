"""Classes of figures, places and years that leaders' on-site visits off the project's topic taught (session 13,
realcheck-s12-offtopic and older touched sets), in sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract.date_glued_stamps import glued_stamp
from tests.leads import lead_draft, numbers_read, places_coded

# -- figures ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, read", [
    ("Điểm thi có 640 thí sinh dự thi, với 27 phòng thi.", [(640, None, "thí sinh"), (27, None, "phòng thi")]),
    ("Toàn tỉnh có 18.204 thí sinh đăng ký, trong đó có 530 thí sinh tự do.",
     [(18204, None, "thí sinh"), (530, None, "thí sinh")]),
])
def test_an_exams_candidates_and_rooms_are_counted(text: str, read: list) -> None:
    assert numbers_read(text) == read


@pytest.mark.parametrize("text, read", [
    ("Xã có hơn 4 vạn dân sinh sống.", [(40000, None, "dân")]),
    ("Vùng ngập có gần 1,5 vạn hộ dân.", [(15000, None, "hộ")]),
])
def test_a_count_in_van_is_ten_thousands(text: str, read: list) -> None:
    assert numbers_read(text) == read


@pytest.mark.parametrize("text", ["Xã ban hành 5 văn bản chỉ đạo.", "Xã có 2 vạn dân tộc thiểu số."])
def test_van_is_read_only_with_its_tone_and_before_what_it_counts(text: str) -> None:
    assert all(value < 10000 for value, _, _ in numbers_read(text))


@pytest.mark.parametrize("text, value", [
    ("Thủ tướng quyết định hỗ trợ khẩn cấp 140 tỉ cho 4 tỉnh", 140_000_000_000),
    ("Tỉnh trao 2 tỷ để sửa trường học.", 2_000_000_000),
    ("Ngân hàng ủng hộ 500 triệu cho xã.", 500_000_000),
])
def test_a_bare_scale_word_after_a_paying_verb_is_money(text: str, value: int) -> None:
    assert (value, None, "đồng") in numbers_read(text)


@pytest.mark.parametrize("text", ["Dự án hỗ trợ 1,5 tỷ USD cho vùng.", "Chương trình hỗ trợ 3 triệu người dân.",
                                  "Đã chi 4 tỷ lệ thuận"])
def test_a_bare_scale_word_with_a_currency_or_a_noun_is_no_sum_in_dong(text: str) -> None:
    assert all(unit != "đồng" for _, _, unit in numbers_read(text))


@pytest.mark.parametrize("text, read", [
    ("Đoàn trao 48 xuất học bổng cho học sinh nghèo.", (48, None, "học bổng")),
    ("Ủy ban tặng quà cho 26 em học sinh vượt khó.", (26, None, "học sinh")),
    ("Quỹ trao tặng 12.000 ly sữa cho trẻ em.", (12000, None, "ly")),
])
def test_pupils_scholarships_and_cups_given_are_counted(text: str, read: tuple) -> None:
    assert read in numbers_read(text)


# -- localities ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("lead", [
    "Ngày 9/5, Thủ tướng Lê Văn Hòa đã đi kiểm tra hiện trường dự án cao tốc đi qua địa bàn các tỉnh Quảng Ngãi, "
    "Bình Định và Phú Yên.",
    "Ngày 9/5, Thủ tướng Lê Văn Hòa đi thị sát tuyến đường sắt, đoạn qua các tỉnh Quảng Ngãi, Bình Định, Phú Yên.",
])
def test_the_provinces_a_checked_work_runs_through_are_visited(lead: str) -> None:
    assert [code for code, _, _ in places_coded(lead_draft(lead).record)] == [51, 52, 66]


def test_a_district_where_a_checked_commune_lies_is_no_stop_of_its_own() -> None:
    lead = "Ngày 9/5, đoàn kiểm tra công trình tại xã Bắc Hà thuộc địa bàn huyện Bắc Hà, tỉnh Lào Cai."
    assert [ward for _, ward, _ in places_coded(lead_draft(lead).record)] == [2839]


@pytest.mark.parametrize("lead, ward", [
    ("Ngày 4/11, Phó Thủ tướng Trần Văn Sơn đến kiểm tra khắc phục mưa lũ tại TP Huế. Tại phường Kim Long, đoàn thăm "
     "các hộ dân.", 19810),
    ("Ngày 4/11, Phó Thủ tướng Trần Văn Sơn đến kiểm tra khắc phục mưa lũ tại TP Đà Nẵng. Tại phường Hải Châu, đoàn "
     "thăm các hộ dân.", 20242),
])
def test_a_province_level_city_is_not_listed_beside_its_ward(lead: str, ward: int) -> None:
    assert [w for _, w, _ in places_coded(lead_draft(lead).record)] == [ward]


# -- years ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lead, day", [
    ("Sáng 4/12, trước khi làm việc với tỉnh Trà Vinh về tình hình phát triển kinh tế - xã hội năm 2018, nhiệm vụ "
     "năm 2019, Thủ tướng Lê Văn Hòa đã khảo sát dự án cảng cá của tỉnh Trà Vinh.", "2018-12-04"),
    ("Chiều 1/2, Phó Chủ tịch nước Lê Thị Hà đến thăm và làm việc tại huyện Long Hồ, nghe báo cáo tình hình năm 2017 "
     "và định hướng phát triển trong năm 2018.", "2018-02-01"),
])
def test_a_reviewed_year_and_the_next_ones_plan_date_the_turn_of_the_year(lead: str, day: str) -> None:
    assert lead_draft(lead).record["date"] == day


def test_a_reviewed_year_is_not_taken_against_a_units_era() -> None:
    lead = ("Sáng 4/12, Đoàn giám sát làm việc với xã Bắc Hà, tỉnh Lào Cai về kết quả năm 2020, kế hoạch năm 2021 "
            "của xã sau sắp xếp chính quyền hai cấp.")
    assert lead_draft(lead).record["date"] >= "2025-07-01"


@pytest.mark.parametrize("lead, day", [
    ("Kỷ niệm 73 năm Ngày Thương binh - Liệt sỹ (27/7/1947 - 27/7/2020), sáng 22/7, Phó Chủ tịch nước Lê Thị Hà đến "
     "thăm các gia đình chính sách tại huyện Long Hồ.", "2020-07-22"),
    ("Kỷ niệm 95 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2025), chiều 28/12, Bí thư Tỉnh ủy Lê Văn Hòa đến thăm và "
     "kiểm tra tại huyện Long Hồ.", "2024-12-28"),
])
def test_an_anniversarys_span_names_the_year_of_a_visit_paid_for_it(lead: str, day: str) -> None:
    assert lead_draft(lead).record["date"] == day


def test_a_span_whose_count_does_not_match_is_no_anniversary() -> None:
    lead = ("Kỷ niệm 10 năm thành lập hợp tác xã (1/3/2000 - 1/3/2020), sáng 5/3, đoàn kiểm tra tại huyện Long Hồ "
            "năm 2023.")
    assert lead_draft(lead).record["date"] != "2020-03-05"


@pytest.mark.parametrize("line, day", [
    ("Lãnh đạo kiểm tra sau bão số 309/09/2024 10:42(ThanhtraVietNam) - Chiều 8/9, đoàn đến xã Bắc Hà.",
     date(2024, 9, 9)),
    ("Kiểm tra vùng lũ 21/11/2025 16:30(VTV) - Sáng 20/11, đoàn đến xã Bắc Hà.", date(2025, 11, 21)),
])
def test_a_stamp_glued_inside_a_result_line_dates_the_page(line: str, day: date) -> None:
    found = glued_stamp(line)
    assert found is not None and found[0] == day


def test_a_day_in_the_text_without_an_outlets_bracket_is_no_stamp() -> None:
    assert glued_stamp("Ngày 09/09/2024 10:42 đoàn đến xã Bắc Hà.") is None
