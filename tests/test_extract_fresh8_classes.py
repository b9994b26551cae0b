"""The classes of misses of session 11's untouched real set (fresh8), each on its own, in invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.dates import day_mentions
from store.extract.figure_numbers import numbers_in
from store.extract.office_names import JOINED, join_committee_dashes
from store.extract.place_desks import desks_of

TODAY = date(2026, 12, 1)


# -- a department named by two fields with a spaced dash ---------------------------------------------------------


@pytest.mark.parametrize("office", ["Phòng Lao động – Thương binh và Xã hội", "Phòng Tài nguyên – Môi trường",
                                    "Sở Giáo dục – Đào tạo", "Phòng Kinh tế – Hạ tầng"])
def test_a_departments_inner_dash_splits_no_title(office: str) -> None:
    joined = join_committee_dashes(office)
    assert len(joined) == len(office) and JOINED in joined


def test_a_dash_between_two_titles_still_splits_them() -> None:
    assert JOINED not in join_committee_dashes("Phó Chủ tịch UBND huyện – Trưởng đoàn")


@pytest.mark.parametrize("office", ["Trưởng Phòng Lao động – Thương binh và Xã hội huyện",
                                    "Phó Trưởng Phòng Tài nguyên – Môi trường huyện"])
def test_the_head_of_a_two_field_office_who_checks_leads(office: str) -> None:
    text = (f"Sáng 12/5/2023, Tổ kiểm tra của huyện do bà Lý Thị Mai, {office} đã kiểm tra việc chi trả trợ cấp tại "
            "xã Ea Phê, huyện Krông Pắc, tỉnh Đắk Lắk.")
    leader = extract_article(text, today=TODAY).record["leader"]
    assert leader["name"] == "Lý Thị Mai" and leader["title"] == office


# -- a day and month joined by a spaced en dash ------------------------------------------------------------------


@pytest.mark.parametrize("text, day", [
    ("Ngày 06 – 11, đoàn kiểm tra đến xã", (6, 11, None)),
    ("Chiều ngày 23 – 9, đoàn kiểm tra đến xã", (23, 9, None)),
    ("Sáng 2 – 12 – 2021, đoàn giám sát đến xã", (2, 12, 2021)),
])
def test_a_day_with_an_en_dash_after_a_day_word(text: str, day: tuple[int, int, int | None]) -> None:
    assert [(m.day, m.month, m.year) for m in day_mentions(text)] == [day]


@pytest.mark.parametrize("text", ["nhiệm kỳ 2021 – 2026", "mỗi nhóm 6 – 8 người", "từ 10 – 12 giờ",
                                  "tăng 5 – 7%"])
def test_an_en_dash_without_a_day_word_is_no_day(text: str) -> None:
    assert day_mentions(text) == []


def test_an_en_dash_before_a_month_is_two_days_of_it() -> None:
    assert [(m.day, m.month) for m in day_mentions("Ngày 6 – 8/9, đoàn kiểm tra đến xã")] == [(6, 9)]


# -- a year named by the programme, before the districts ended ---------------------------------------------------


def test_a_named_year_before_the_districts_ended_beats_the_last_year_before_it() -> None:
    text = ("Chiều 15/8, ông Lê Văn An, Chủ tịch UBND tỉnh đã đến làm việc với huyện Lục Ngạn về việc thực hiện "
            "chương trình hành động năm 2020. Ông đề nghị huyện hoàn thành chỉ tiêu trong các tháng còn lại "
            "của năm 2020.")
    assert extract_article(text, today=TODAY).record["date"] == "2020-08-15"


def test_a_named_year_after_the_districts_ended_gives_way_to_the_bound() -> None:
    text = ("Chiều 15/8, ông Lê Văn An, Chủ tịch UBND tỉnh đã đến làm việc với huyện Lục Ngạn về việc chuẩn bị "
            "kế hoạch năm 2026.")
    assert extract_article(text, today=TODAY).record["date"] == "2024-08-15"


# -- a commune council whose work is surveyed ----------------------------------------------------------------------


def test_the_communes_of_councils_whose_work_is_surveyed_are_visited() -> None:
    text = ("Sáng 12/4/2019, Thường trực HĐND huyện Tân Châu, tỉnh Tây Ninh đã khảo sát tình hình hoạt động của "
            "HĐND xã Tân Hội và Suối Ngô.")
    names = [loc["name"] for loc in extract_article(text, today=TODAY).record["localities"]]
    assert names == ["xã Tân Hội", "xã Suối Ngô"]


def test_a_council_that_oversees_is_still_no_place_visited() -> None:
    text = ("Sáng 12/4/2019, Ban Pháp chế HĐND xã Tân Hội giám sát việc cấp giấy chứng nhận tại UBND xã Suối Ngô, "
            "tỉnh Tây Ninh.")
    names = [loc["name"] for loc in extract_article(text, today=TODAY).record["localities"]]
    assert names == ["xã Suối Ngô"]


# -- a staff count's part written with another word ------------------------------------------------------------------


@pytest.mark.parametrize("sentence, pairs", [
    ("Trường có 33 cán bộ, giáo viên, nhân viên, trong đó có 12 đồng chí là lao động hợp đồng.",
     [(33, None), (12, 33)]),
    ("Trường có 40 giáo viên, trong đó 6 người là giáo viên hợp đồng.", [(40, None), (6, 40)]),
    ("Xã có 120 hộ nghèo, trong đó có 30 người cao tuổi sống một mình.", [(120, None), (30, None)]),
    ("Trường có 40 giáo viên, 300 học sinh, trong đó có 6 người đang đi học.", [(40, None), (300, None), (6, None)]),
])
def test_a_part_of_staff_counted_by_another_word(sentence: str, pairs: list[tuple[int, int | None]]) -> None:
    text = ("Sáng 5/3/2024, Đoàn giám sát HĐND huyện do ông Lê Văn An, Phó Chủ tịch HĐND huyện làm trưởng đoàn đã "
            "giám sát tại xã Ea Phê, huyện Krông Pắc, tỉnh Đắk Lắk. " + sentence)
    figures = extract_article(text, today=TODAY).record["figures"]
    assert [(f["value"], f.get("of")) for f in figures] == pairs


def test_comrades_are_never_money() -> None:
    text = ("Sáng 5/3/2024, Đoàn giám sát HĐND huyện do ông Lê Văn An, Phó Chủ tịch HĐND huyện làm trưởng đoàn đã "
            "giám sát tại xã Ea Phê, huyện Krông Pắc, tỉnh Đắk Lắk. Tổ có 12 đồng chí tham gia trực.")
    assert all(f["unit"] != "đồng" for f in extract_article(text, today=TODAY).record["figures"])


# -- a titled official who calls on a place and works with a commune -------------------------------------------------


def test_who_calls_on_a_place_and_then_works_with_a_commune_leads() -> None:
    text = ("BTQ- Sáng 17.9.2020, đồng chí Lê Văn Sơn, Bí thư Tỉnh ủy đã thăm các vườn cam tại xã Phù Lưu và làm việc "
            "với Đảng ủy xã Bạch Xa, huyện Hàm Yên, tỉnh Tuyên Quang.")
    assert extract_article(text, today=TODAY).record["leader"]["name"] == "Lê Văn Sơn"


def test_a_call_with_no_work_after_it_names_no_leader_by_this_rule() -> None:
    text = ("Sáng 17/9/2020, đồng chí Lê Văn Sơn, Bí thư Tỉnh ủy đã thăm hỏi, tặng quà gia đình chính sách tại xã "
            "Phù Lưu, huyện Hàm Yên, tỉnh Tuyên Quang.")
    assert extract_article(text, today=TODAY).non_visit is not None


# -- a population as a rate's denominator, a resolution's target, leaflets -----------------------------------------


@pytest.mark.parametrize("sentence, values", [
    ("Xã có 5.100 người tham gia bảo hiểm y tế, so với tổng số dân 8.000 người, đạt 63,75%.", [5100, 63.75]),
    ("Tỷ lệ tham gia bảo hiểm y tế đạt 82,5%, Nghị quyết đề ra 90%.", [82.5]),
    ("Tỷ lệ hộ nghèo còn 3,1%, chỉ thị giao dưới 3%.", [3.1]),
    ("Xã đã phát 4.000 tờ rơi và tổ chức 12 cuộc tuyên truyền.", [4000, 12]),
    ("Xã có 920 người tham gia bảo hiểm tự nguyện, tổng số dân tham gia là 7.300 người.", [920, 7300]),
])
def test_context_and_targets_are_no_figures(sentence: str, values: list[float]) -> None:
    text = ("Sáng 5/3/2024, Đoàn giám sát HĐND huyện do ông Lê Văn An, Phó Chủ tịch HĐND huyện làm trưởng đoàn đã "
            "giám sát tại xã Ea Phê, huyện Krông Pắc, tỉnh Đắk Lắk. " + sentence)
    assert [f["value"] for f in extract_article(text, today=TODAY).record["figures"]] == values


# -- places visited counted in words -------------------------------------------------------------------------------


@pytest.mark.parametrize("text, values", [
    ("Đoàn đã giám sát công tác chuẩn bị năm học mới tại bốn đơn vị giáo dục: Trường A, Trường B.", []),
    ("Đoàn đã giám sát công tác chuẩn bị năm học mới tại 4 đơn vị giáo dục: Trường A, Trường B.", []),
    ("Đoàn đã khảo sát năm cơ quan và làm việc với hai đơn vị.", []),
    ("Xã có ba trường đạt chuẩn quốc gia và 820 học sinh.", [3, 820]),
])
def test_places_visited_are_no_figures_in_words_either(text: str, values: list[int]) -> None:
    assert [value for value, *_ in numbers_in(text)] == values


# -- desks of a commune checked after the district's -------------------------------------------------------------


@pytest.mark.parametrize("before, visited", [
    ("Tổ khảo sát đã kiểm tra thực tế tại 1 số bộ phận chuyên môn của huyện và ", True),
    ("Đoàn kiểm tra các phòng chuyên môn của UBND huyện Đồng Hỷ và ", True),
    ("Đoàn đã làm việc với bộ phận một cửa của ", True),
    ("Đoàn nghe báo cáo của huyện và ", False),
])
def test_desks_of_a_unit_checked_make_it_visited(before: str, visited: bool) -> None:
    assert desks_of(before) is visited


# -- plots of land counted in "khu" ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text, found", [
    ("Xã quản lý 11 khu đất, trong đó có 5 khu bao chiếm và 6 khu cho mượn.", [(11, None), (5, 11), (6, 11)]),
    ("Tổng số khu đất công là 8 khu, trong đó 2 khu để trống.", [(8, None), (2, 8)]),
    ("Trường có 3 khu, công tác tuyển sinh được chú trọng.", []),
    ("Trường có ba khu và 420 học sinh.", [(420, None)]),
])
def test_plots_of_land_count_in_khu_only_where_land_is_named(text: str, found: list[tuple[int, int | None]]) -> None:
    lead = ("Sáng 5/3/2024, Đoàn giám sát HĐND huyện do ông Lê Văn An, Phó Chủ tịch HĐND huyện làm trưởng đoàn đã "
            "giám sát tại xã Ea Phê, huyện Krông Pắc, tỉnh Đắk Lắk. ")
    figures = extract_article(lead + text, today=TODAY).record["figures"]
    assert [(f["value"], f.get("of")) for f in figures] == found
