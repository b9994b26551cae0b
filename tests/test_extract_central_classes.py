"""Phrasings from real reports of the central coast and the Central Highlands (kept outside the project): a title glued
to the name by a bare hyphen, a province's agency named by its initials, a road or a line through a province, the
visit's days in brackets, and a headline that names oversight over a lead that only announces it.

Each test is one class of phrasing, written in our own words with invented people; real unit names, so the gazetteer
can place them.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.day_brackets import bracketed_after_the_visit, opens_with_working_days
from store.extract.days import day_mentions
from store.extract.text import read_article
from store.extract.visit_evidence import visit_evidence
from store.extract.visit_headlines import headline_only_announces
from store.extract.visit_kind import non_visit_reason
from tests.test_extract_places import places_of


def _leader(text: str) -> str | None:
    leader = extract_article(text).record.get("leader")
    return leader["name"] if leader else None


@pytest.mark.parametrize("text, wanted", [
    ("Sáng 27/11/2025, đồng chí Trần Văn Lâm-Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Gia Lai đã đến "
     "kiểm tra việc khắc phục hậu quả bão lũ tại xã Tuy Phước.", "Trần Văn Lâm"),
    ("Sáng 4/3/2024, bà Lê Thị Hoa-Trưởng Ban Pháp chế HĐND tỉnh Kon Tum cùng các thành viên đoàn đã giám sát việc "
     "cấp căn cước tại huyện Sa Thầy.", "Lê Thị Hoa"),
])
def test_a_title_glued_to_the_name_by_a_bare_hyphen(text: str, wanted: str) -> None:
    """ "đồng chí X-<titles> đã đến kiểm tra": the hyphen opens the titles as " - " does; the titled subject leads."""
    assert _leader(text) == wanted


def test_a_hyphen_inside_a_lower_case_word_opens_no_title() -> None:
    text = ("Sáng 4/3/2024, Đoàn giám sát do ông Lê Văn Hùng làm trưởng đoàn đã giám sát việc cấp căn cước tại "
            "huyện Sa Thầy.")
    assert _leader(text) == "Lê Văn Hùng"


@pytest.mark.parametrize("text, wanted", [
    ("Ngày 6/3/2024, Đoàn công tác của Tổng Liên đoàn Lao động Việt Nam do bà Đỗ Thị Mai làm trưởng đoàn đã làm việc "
     "với LĐLĐ tỉnh Quảng Ngãi.", [(51, None)]),
    ("Chiều 11/7/2023, Đoàn giám sát của Ủy ban Xã hội do ông Phạm Văn Tân làm trưởng đoàn đã làm việc với BHXH tỉnh "
     "Đắk Lắk.", [(66, None)]),
])
def test_a_provinces_agency_named_by_its_initials(text: str, wanted: list) -> None:
    """ "làm việc với LĐLĐ tỉnh X": the initials name the agency; the province is visited, not a qualifier of them."""
    assert places_of(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Sáng 20/5/2024, Đoàn giám sát do ông Hoàng Văn Nam làm trưởng đoàn đã kiểm tra Quốc lộ 19 đoạn qua tỉnh Gia Lai.",
     [(52, None)]),
    ("Chiều 2/4/2024, Đoàn khảo sát do ông Phan Văn Đức làm trưởng đoàn đã khảo sát tuyến đường dây 500 kV đi qua địa "
     "bàn tỉnh Quảng Trị.", [(44, None)]),
])
def test_a_stretch_of_road_or_line_through_a_province(text: str, wanted: list) -> None:
    assert places_of(text) == wanted


@pytest.mark.parametrize("text, expected", [
    ("Trong 2 ngày làm việc (từ 20-21/12/2018), Đoàn giám sát đã kiểm tra tại tỉnh Lâm Đồng.", True),
    ("Trong hai ngày làm việc từ 9-10/6/2020, Ban Văn hóa - Xã hội đã khảo sát.", True),
    ("Trong 2 ngày (20-21/12/2018), hội chợ thu hút nhiều khách.", False),
])
def test_the_working_days_that_open_a_sentence(text: str, expected: bool) -> None:
    """The span after "N ngày làm việc" is the team's days; days after "N ngày" alone are read elsewhere."""
    assert opens_with_working_days(text, day_mentions(text)[0]) is expected


@pytest.mark.parametrize("text, expected", [
    ("Đoàn giám sát đã giám sát việc giải quyết thủ tục hành chính tại UBND xã Na Mèo (từ ngày 4 đến 6/6/2024).", True),
    ("Đoàn giám sát đã giám sát tại huyện Di Linh trong 2 ngày (20 và 21/11/2024).", True),
    ("Đoàn giám sát đã giám sát việc thực hiện Nghị quyết số 12 (ngày 3/4/2018) tại huyện Di Linh.", False),
    ("UBND huyện tổ chức hội chợ (từ 20-21/12/2018).", False),
])
def test_days_in_brackets_after_the_visits_clause(text: str, expected: bool) -> None:
    """Days alone in brackets after the visit's verb are its days; one day alone (a document's) or no visit, none."""
    assert bracketed_after_the_visit(text, day_mentions(text)[0]) is expected


def test_bracketed_days_become_the_visit_date() -> None:
    text = ("Giám sát\n\nTrong 2 ngày làm việc (từ 20-21/12/2018), Đoàn giám sát của HĐND tỉnh Lâm Đồng do ông Lê Văn "
            "Hùng làm trưởng đoàn đã kiểm tra tại huyện Di Linh.\n")
    assert extract_article(text).record["date"] == "2018-12-20"


@pytest.mark.parametrize("text", [
    "HĐND tỉnh Quảng Trị giám sát việc cấp giấy chứng nhận\n\nThường trực HĐND tỉnh vừa thành lập đoàn giám sát việc "
    "cấp giấy chứng nhận. Dự kiến trong tháng 11, đoàn sẽ làm việc với UBND các huyện.\n",
    "HĐND tỉnh Gia Lai tăng cường giám sát\n\nNăm 2025, HĐND tỉnh Gia Lai sẽ tập trung giám sát việc cung cấp dịch vụ "
    "công trực tuyến.\n",
    "Quảng Ngãi: Việc cấp căn cước sẽ do HĐND tỉnh giám sát\n\nThường trực HĐND tỉnh đang xây dựng đề cương giám sát "
    "chuyên đề.\n",
])
def test_a_headline_naming_oversight_over_a_lead_that_announces_it(text: str) -> None:
    article = read_article(text)
    evidence = visit_evidence(article)
    assert evidence is not None and headline_only_announces(article, evidence)
    reason = non_visit_reason(article)  # (a team set up may be said so by an earlier rule)
    assert reason is not None and reason.code in ("nonvisit.to_come", "nonvisit.team_set_up")


def test_a_headline_over_a_dated_visit_made_stays_a_visit() -> None:
    text = ("HĐND tỉnh Phú Yên giám sát việc cấp đổi giấy phép lái xe\n\nSáng 8/10/2024, Đoàn giám sát của Ban "
            "Pháp chế HĐND tỉnh do ông Lê Văn Hùng làm trưởng đoàn làm việc với UBND thị xã Đông Hòa. Dự kiến, "
            "đoàn sẽ tiếp tục giám sát tại huyện Tây Hòa.\n")
    article = read_article(text)
    assert non_visit_reason(article) is None
