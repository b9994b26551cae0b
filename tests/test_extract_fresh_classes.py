"""Classes of phrasing a fresh set of real articles missed (session 7): openings that are no visit (a tribute trip,
oversight put off, a year's inspections counted), visits that read as none (a decision in the lead, the hosts' own
inspections), and the leader, places, years and figures of the visits."""

from __future__ import annotations

import pytest

from store.extract.figure_numbers import numbers_in
from store.extract.periods import find_periods
from store.extract.places import find_places
from store.extract.text import read_article
from store.extract.year_scopes import lower_bounds
from store.reasons import Reason
from tests.leads import lead_draft as _draft


@pytest.mark.parametrize(("lead", "code"), [
    ("Nhân kỷ niệm 70 năm Chiến thắng Điện Biên Phủ, sáng 2-5, Đoàn đại biểu HĐND tỉnh Trà Vinh do ông Lê Minh "
     "Tâm, Phó Chủ tịch HĐND tỉnh dẫn đầu đã về nguồn, thăm Khu di tích lịch sử Mường Phăng.", "nonvisit.tribute"),
    ("Sáng 25-7, Thường trực HĐND huyện Cần Giuộc do bà Võ Thị Lan làm trưởng đoàn đã dâng hương tại Đền tưởng "
     "niệm các Vua Hùng.", "nonvisit.tribute"),
    ("Do mưa bão kéo dài, Ban Kinh tế - Ngân sách HĐND tỉnh Quảng Bình thống nhất hoãn đợt khảo sát tại các huyện "
     "Quảng Ninh, Lệ Thủy từ ngày 10 đến 12-9.", "nonvisit.postponed"),
    ("Lịch giám sát của Đoàn ĐBQH tỉnh tại huyện Bảo Lâm đã được lùi sang tháng sau.", "nonvisit.postponed"),
    ("Thực hiện kế hoạch năm 2022, đoàn kiểm tra của tỉnh đã tiến hành kiểm tra đối với 10 cơ quan, đơn vị, gồm 6 "
     "sở và 4 UBND cấp huyện.", "nonvisit.round_up"),
])
def test_openings_that_are_no_visit(lead: str, code: str) -> None:
    draft = _draft(lead)
    assert isinstance(draft.non_visit, Reason) and draft.non_visit.code == code


@pytest.mark.parametrize(("lead", "title"), [
    # a tribute paid during a working visit: the working session is the visit
    ("Sáng 3/4/2024, Đoàn giám sát HĐND tỉnh do ông Trần Văn Nam, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn đã dâng "
     "hương tại đền thờ liệt sĩ, sau đó làm việc với UBND xã Hòa Phong.", "Tin hoạt động"),
    # a count of units followed by their names is the visit's list
    ("Thực hiện chỉ đạo về kỷ cương năm 2017, đoàn đã tiến hành kiểm tra đột xuất 3 đơn vị: UBND xã Tản Lĩnh, "
     "UBND xã Ba Trại và UBND thị trấn Tây Đằng.", "Tin hoạt động"),
    # the decision is the team's warrant, its work told after it with its days
    ("Theo quyết định, thời gian kiểm tra không quá 5 ngày. Đoàn kiểm tra đã làm việc với UBND huyện Đắk Glei từ "
     "ngày 4/6/2022.", "Sở Nội vụ ban hành Quyết định số 12/QĐ-SNV về việc kiểm tra công vụ tại huyện Đắk Glei"),
    ("Ngày 9/10, triển khai Quyết định 88/QĐ-UBND của UBND tỉnh về việc ban hành kế hoạch kiểm tra năm 2016, Đoàn "
     "kiểm tra liên ngành của tỉnh đã làm việc tại xã Châu Bình.", "Tin hoạt động"),
    # the hosts' own inspections, heard at a visit
    ("Kiểm tra tại UBND huyện Quỳ Châu, đoàn kiểm tra của tỉnh kết luận: huyện đã chấn chỉnh kỷ cương. Đến nay, "
     "đoàn của huyện đã kiểm tra 4 đơn vị. Sau các cuộc kiểm tra, huyện đã ban hành kết luận.", "Tin hoạt động"),
])
def test_visits_that_read_as_none(lead: str, title: str) -> None:
    assert _draft(lead, title).non_visit is None


def test_a_law_or_resolution_year_is_no_data_period() -> None:
    periods = find_periods("Đoàn giám sát việc thực hiện Luật Bảo vệ môi trường năm 2020 và Nghị quyết số 43 năm "
                           "2022 của Quốc hội; kết quả năm 2023 của tỉnh.", None)
    data = {p.first.year: p.data for p in periods}
    assert data == {2020: False, 2022: False, 2023: True}


@pytest.mark.parametrize(("lead", "day"), [
    # the span overseen closes at a year's end: the visit comes after it
    ("Chiều 9/3, Đoàn giám sát của Quốc hội làm việc với UBND tỉnh Phú Yên về chuyên đề việc thực hiện các dự án "
     "đến hết năm 2023.", "2024-03-09"),
    # a span in words with its year after the last day
    ("Đoàn kiểm tra đã làm việc với UBND huyện Sa Thầy từ ngày 07 tháng 11 đến ngày 10 tháng 11 năm 2017.",
     "2017-11-07"),
    # a committee of the National Assembly made in February 2025
    ("Chiều 5/8, Đoàn công tác của Ủy ban Kinh tế và Tài chính làm việc với UBND tỉnh Nghệ An.", "2025-08-05"),
    # a town made on 1/2/2025, gone on 1/7/2025
    ("Sáng 20/5, Thường trực HĐND tỉnh Sơn La khảo sát tại thị xã Mộc Châu.", "2025-05-20"),
])
def test_years_from_scopes_spans_and_units_of_2025(lead: str, day: str) -> None:
    assert _draft(lead).record["date"] == day


def test_a_unit_made_in_2025_bounds_the_visit_from_below() -> None:
    article = read_article("Sáng 20/5, Thường trực HĐND tỉnh Sơn La khảo sát tại thị xã Mộc Châu.", "text")
    bounds = lower_bounds(article, find_places(article))
    assert [(b.day.isoformat(), b.lower) for b in bounds] == [("2025-02-01", True)]


@pytest.mark.parametrize("written", ["Ia H'Drai", "Ia H’Drai", "Ia H‘Drai", "Ia Hdrai", "Ia H' Drai"])
def test_a_district_with_an_apostrophe_any_way_it_is_typed(written: str) -> None:
    draft = _draft(f"Sáng 7/11/2017, Đoàn kiểm tra của Sở Nội vụ làm việc với UBND huyện {written}.")
    assert [(x["name"], x["province"]["code"]) for x in draft.record["localities"]] == [("huyện Ia H'Drai", 51)]


@pytest.mark.parametrize(("lead", "leader"), [
    # an assessment quoted first, its author after a row of titles
    ("Đó là đánh giá của Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh Trần Văn Hòa tại buổi "
     "làm việc với UBND huyện Tư Nghĩa ngày 10/6/2024.", "Trần Văn Hòa"),
    # a committee's name with "và" in it, then the head of a numbered team
    ("Chiều 5/8/2025, Đoàn công tác số 1 làm việc với UBND tỉnh Nghệ An. Phó Chủ nhiệm Ủy ban Dân nguyện và Giám sát "
     "Nguyễn Thanh Sơn - Trưởng đoàn công tác số 1, chủ trì buổi làm việc.", "Nguyễn Thanh Sơn"),
    ("Chiều 5/8/2024, Giám đốc Sở Kế hoạch và Đầu tư Phạm Văn Long - Trưởng đoàn kiểm tra, chủ trì buổi làm việc "
     "với UBND huyện Anh Sơn.", "Phạm Văn Long"),
    # a companion who heads the province's deputies is no head of this visit
    ("Ngày 2/4/2024, đồng chí Lê Văn Nam, Bí thư Tỉnh ủy, đã đi kiểm tra tại huyện Mường Tè. Cùng đi có đồng chí Đỗ "
     "Văn Thành, Phó Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh.", "Lê Văn Nam"),
])
def test_leaders_named_after_titles_and_companions(lead: str, leader: str) -> None:
    assert _draft(lead).record["leader"]["name"] == leader


def _places(lead: str) -> list[tuple[str, int]]:
    return [(x["name"], x["province"]["code"]) for x in _draft(lead).record["localities"]]


def test_a_provinces_teams_at_unnamed_communes_visit_the_province() -> None:
    assert _places("Sáng 8/7/2025, 4 đoàn công tác của Tỉnh ủy Quảng Trị đã đi kiểm tra hoạt động của chính quyền "
                   "tại các xã, phường.") == [("tỉnh Quảng Trị", 44)]
    # two provinces named: no guess
    assert _places("Sáng 8/7/2025, đoàn công tác của Tỉnh ủy Quảng Trị và Tỉnh ủy Hà Tĩnh đã đi kiểm tra tại các "
                   "xã, phường.") == []


def test_an_outlet_tag_names_the_province_of_a_bare_tinh() -> None:
    assert _places("(BBNĐT) Ngày 24-5, Đoàn giám sát của Thường trực HĐND tỉnh tiến hành giám sát Sở Xây dựng.") == \
        [("tỉnh Bắc Ninh", 24)]
    assert _places("(ABCXYZ) Ngày 24-5, Đoàn giám sát của Thường trực HĐND tỉnh tiến hành giám sát Sở Xây dựng.") == []


def test_every_unit_of_a_list_after_a_count_is_visited() -> None:
    names = [name for name, _ in _places(
        "Sáng 3/2/2017, đoàn của TP Hà Nội đã kiểm tra đột xuất 3 đơn vị: Chi cục Thú y; UBND phường Trung Sơn Trầm "
        "(thị xã Sơn Tây) và UBND xã Tản Lĩnh (huyện Ba Vì).")]
    assert names == ["phường Trung Sơn Trầm", "xã Tản Lĩnh"]


@pytest.mark.parametrize(("lead", "figures"), [
    ("Sáng 3/2/2017, đoàn đã kiểm tra đột xuất 2 đơn vị: UBND xã Tản Lĩnh và UBND xã Ba Trại. Đến nay 31/31 xã, "
     "thị trấn đã công khai thủ tục hành chính.", [(31, 31)]),
    ("Sáng 3/2/2017, đoàn kiểm tra tại xã Tản Lĩnh. Từ ngày 1/7 đến 12/9, xã tiếp nhận 318 hồ sơ.", [(318, None)]),
])
def test_shares_of_communes_are_figures_and_units_visited_are_not(lead: str, figures: list) -> None:
    assert [(f["value"], f.get("of")) for f in _draft(lead).record["figures"]] == figures


@pytest.mark.parametrize(("sentence", "parts"), [
    ("Trong đó, hồ sơ giải quyết đúng hạn 2.310, quá hạn 41, đang giải quyết 512.", [2310, 41, 512]),
    ("Trong đó, thủ tục được giải quyết trước hạn 88, trễ hạn 3.", [88, 3]),
    ("Trong đó, hồ sơ giải quyết quá hạn 3 ngày.", []),  # how late, no count
])
def test_parts_written_noun_first_then_the_value(sentence: str, parts: list[int]) -> None:
    assert [value for value, _, _, _, _ in numbers_in(sentence)] == parts


def test_parts_after_trong_do_in_the_next_sentence_are_figures() -> None:
    draft = _draft("Sáng 5/10/2015, đoàn kiểm tra làm việc tại UBND huyện Quế Phong. Huyện đã tiếp nhận 2.873 hồ sơ. "
                   "Trong đó, hồ sơ giải quyết đúng hạn 2.310, quá hạn 41, đang giải quyết 512.")
    assert {f["value"] for f in draft.record["figures"]} == {2873, 2310, 41, 512}
