"""Issue 12, session 23 (s23/places), sentences written for the tests: several departments after one "các" and one
head before a unit (`place_agency_lists`); a province's bodies written as initials derived from their names
(`place_title_bodies._written_as_initials`); a province's council overseeing any matter with no place
(`place_title_bodies._MATTER_OVERSEEN`)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from store.extract import extract_article
from store.extract.place_agency_lists import listed_after_agencies
from store.extract.place_title_bodies import _FAMILY, AGENCY, _initials, _written_as_initials
from store.extract.text import read_article

TODAY = date(2026, 12, 1)
TAIL = "\n\nĐơn vị đã tiếp nhận 120 hồ sơ.\n\nĐoàn đề nghị tiếp tục cải cách thủ tục hành chính."
BODY = "Ngày 4/9/2025, Ban Pháp chế HĐND tỉnh Hà Tĩnh"


def names(lead: str) -> list[str]:
    record = extract_article(f"Giám sát cải cách hành chính\n\n{lead}{TAIL}", today=TODAY).record
    return [loc["name"] for loc in record["localities"]]


@pytest.mark.parametrize(("lead", "units"), [
    (f"{BODY} đã giám sát tại các Sở Nội vụ, Tư pháp tỉnh và phường Thành Sen.", ["phường Thành Sen"]),
    (f"{BODY} đã giám sát tại các Sở Nội vụ, Tư pháp, Thanh tra tỉnh và phường Thành Sen.", ["phường Thành Sen"]),
    (f"{BODY} đã làm việc với các Sở Nông nghiệp và Môi trường, Tư pháp tỉnh và UBND xã Cẩm Xuyên, phường Thành Sen.",
     ["xã Cẩm Xuyên", "phường Thành Sen"]),
    (f"{BODY} đã giám sát tại các Sở Nội vụ, Tư pháp tỉnh.", ["tỉnh Hà Tĩnh"]),
])
def test_departments_after_one_cac_then_a_unit(lead: str, units: list[str]) -> None:
    assert names(lead) == units


@pytest.mark.parametrize("before", [
    "Đoàn giám sát tại các Sở Nội vụ, Tư pháp tỉnh và ",
    "Đoàn làm việc với các Sở Y tế, Giáo dục và Đào tạo, Thanh tra tỉnh và UBND ",
    "Ban khảo sát tại các Ban Dân tộc, Tôn giáo và ",
])
def test_shared_head_opens_the_list(before: str) -> None:
    assert listed_after_agencies(before + "phường B.", len(before))


@pytest.mark.parametrize("before", [
    "Đoàn phối hợp với các Sở Nội vụ, Tư pháp tỉnh và ",  # who works with whom, not where the team went
    "Đoàn giám sát tại các Sở Nội vụ về tình hình ở ",  # a clause between
])
def test_no_shared_head_list(before: str) -> None:
    assert not listed_after_agencies(before + "phường B.", len(before))


@pytest.mark.parametrize(("name", "initials"), [
    ("Liên đoàn Lao động", "LĐLĐ"), ("Tòa án nhân dân", "TAND"), ("Ủy ban Mặt trận Tổ quốc", "UBMTTQ"),
    ("Hội Liên hiệp Phụ nữ", "HLHPN"), ("Đoàn Thanh niên", "ĐTN"),
])
def test_initials_of_a_name(name: str, initials: str) -> None:
    assert _initials(name) == initials


@pytest.mark.parametrize("name", ["HLHPN tỉnh", "Hội LHPN tỉnh", "HND tỉnh", "LHTN tỉnh", "UBMTTQ tỉnh", "MTTQ tỉnh",
                                  "CA tỉnh", "HCCB tỉnh", "BCHQS tỉnh", "Bộ CHQS tỉnh", "ĐTN thành phố", "LMHTX tỉnh"])
def test_derived_initials_of_a_provincial_body(name: str) -> None:
    assert re.match(AGENCY, name)
    before = f"Đoàn giám sát tại {name} và "
    assert listed_after_agencies(before + "phường B.", len(before))


@pytest.mark.parametrize("name", ["HND xã", "CA phường", "HĐND tỉnh", "UBND tỉnh", "KTNS tỉnh", "VHXH tỉnh",
                                  "ND tỉnh", "TT tỉnh", "XCA tỉnh"])
def test_no_derived_initials(name: str) -> None:
    assert not re.match(AGENCY, name)


def test_councils_never_among_the_initials() -> None:
    forms = _written_as_initials(_FAMILY)
    assert "HĐND" not in forms and "UBND" not in forms
    assert forms == sorted(forms, key=len, reverse=True)


@pytest.mark.parametrize("lead", [
    f"{BODY} đã giám sát tại HLHPN tỉnh về hỗ trợ phụ nữ.",
    f"{BODY}, do ông Nguyễn Văn Bình dẫn đầu, đã làm việc với UBMTTQ tỉnh về công tác vận động.",
])
def test_the_province_for_a_body_as_initials(lead: str) -> None:
    assert names(lead) == ["tỉnh Hà Tĩnh"]


@pytest.mark.parametrize(("lead", "unit"), [
    (f"{BODY} đã giám sát tại HND tỉnh và phường Thành Sen.", "phường Thành Sen"),
    (f"{BODY} đã giám sát tại CA tỉnh và xã Cẩm Xuyên.", "xã Cẩm Xuyên"),
    (f"{BODY} đã giám sát tại ĐTN xã Cẩm Xuyên.", "xã Cẩm Xuyên"),
])
def test_a_unit_after_or_behind_initials(lead: str, unit: str) -> None:
    assert names(lead) == [unit]


MATTER = "Ngày 4/9/2025, đoàn giám sát của HĐND tỉnh Hà Tĩnh đã giám sát "


@pytest.mark.parametrize("matter", [
    "cấp nước sạch cho người dân vùng nông thôn.", "tiến độ giải ngân vốn đầu tư công.",
    "thực hiện Nghị quyết về hỗ trợ giáo viên.", "quản lý, sử dụng đất công.", "việc tiếp công dân.",
])
def test_a_matter_overseen_lists_the_province(matter: str) -> None:
    assert names(MATTER + matter) == ["tỉnh Hà Tĩnh"]


@pytest.mark.parametrize("matter", [
    "Công ty Cổ phần Cấp nước Hà Tĩnh về chất lượng nước.", "ông Nguyễn Văn A về việc kê khai tài sản.",
    "các doanh nghiệp về việc đóng bảo hiểm.", "việc đóng bảo hiểm tại một số doanh nghiệp.",
    "dự án đường ven biển.",
])
def test_no_matter_no_province(matter: str) -> None:
    assert names(MATTER + matter) == []


@pytest.mark.parametrize("lead", [
    "Sáng nay, Ban Pháp chế HĐND tỉnh Hà Tĩnh đã họp để triển khai chương trình giám sát, khảo sát của Ban trong quý "
    "II.",
    "Ban Thường trực Ủy ban MTTQ tỉnh Hà Tĩnh vừa thành lập hai đoàn kiểm tra liên ngành.",
    "Bà Lê Thị Hà, Phó Trưởng Đoàn ĐBQH tỉnh Hà Tĩnh, đã trả lời phỏng vấn về hoạt động giám sát năm tới.",
])
def test_the_word_as_a_noun_is_no_matter_overseen(lead: str) -> None:
    assert names(lead) == []


CAPTION = "Phó Chủ tịch HĐND Siu Hương phát biểu tại buổi giám sát"


def leader(lead: str, caption: str = CAPTION) -> str | None:
    text = f"Giám sát thu gom rác thải ở xã Mang Yang\n\n{caption}\n\n{lead}\n\nXã có 12 điểm tập kết rác."
    found = extract_article(text, today=TODAY).record.get("leader")
    return found["name"] if found else None


@pytest.mark.parametrize("lead", [
    "Ngày 13/11/2025, đoàn giám sát của HĐND tỉnh Gia Lai và HĐND xã Mang Yang, do Phó Chủ tịch HĐND tỉnh làm trưởng "
    "đoàn, đã giám sát tại xã Mang Yang.",
    "Ngày 13/11/2025, Thường trực HĐND tỉnh Gia Lai phối hợp với Thường trực HĐND xã Mang Yang giám sát tại xã Mang "
    "Yang.",
    "Ngày 13/11/2025, đoàn giám sát gồm HĐND tỉnh Gia Lai và HĐND xã Mang Yang đã giám sát tại xã Mang Yang.",
])
def test_bare_caption_title_of_the_council_that_leads(lead: str) -> None:
    assert leader(lead) == "Siu Hương"


@pytest.mark.parametrize("lead", [
    "Ngày 13/11/2025, đoàn giám sát của HĐND tỉnh Gia Lai giám sát tại xã Mang Yang. Dự buổi làm việc có Thường trực "
    "HĐND xã Mang Yang.",
    "Ngày 13/11/2025, Thường trực HĐND xã Mang Yang phối hợp với Thường trực HĐND tỉnh Gia Lai giám sát tại xã Mang "
    "Yang.",  # the commune's council first: not a visiting organ the headline and lead give a level to the title of
])
def test_bare_caption_title_refused_when_no_lead_of_a_visiting_level(lead: str) -> None:
    assert leader(lead) is None


@pytest.mark.parametrize("caption", ["Chủ tịch HĐND tỉnh Nguyễn Thanh Lâm kết luận buổi giám sát",
                                     "Phó Chủ tịch UBND tỉnh Nguyễn Thanh Lâm chủ trì buổi làm việc"])
def test_a_caption_concluding_the_meeting_is_no_headline(caption: str) -> None:
    article = read_article(f"Giám sát ở xã A\n\n{caption}\n\nNgày 3/12/2025, đoàn giám sát tại xã A.")
    assert article.title == "Giám sát ở xã A"
    assert caption in article.dropped


def year_of(body: str, today: date = TODAY) -> str:
    record = extract_article(f"Giám sát cải cách hành chính\n\n{body}\n\nĐoàn đề nghị tiếp tục cải cách.",
                             today=today).record
    return str(record["date"])[:4]


@pytest.mark.parametrize("body", [
    "Ngày 14/5, đoàn giám sát của HĐND tỉnh Hà Tĩnh giám sát tại phường Thạch Trung.",
    "Ngày 14/5, đoàn giám sát của HĐND tỉnh Hà Tĩnh giám sát tại Sở Nội vụ tỉnh. UBND phường Thạch Trung đã tiếp "
    "nhận 120 hồ sơ.",
    "Ngày 14/5, đoàn giám sát của HĐND tỉnh Hà Tĩnh giám sát tại Sở Nội vụ tỉnh. Phường Thạch Trung hiện có 12 tổ "
    "dân phố.",
])
def test_a_ward_merged_in_2025_standing_bounds_the_year(body: str) -> None:
    assert year_of(body) == "2025"


@pytest.mark.parametrize("body", [
    "Ngày 14/5, đoàn giám sát của HĐND tỉnh Hà Tĩnh giám sát tại Sở Nội vụ tỉnh. Phường Thạch Trung (cũ) có 12 tổ "
    "dân phố.",
    "Ngày 14/5, đoàn giám sát của HĐND tỉnh Hà Tĩnh giám sát tại Sở Nội vụ tỉnh. Phường Trần Phú được sáp nhập từ "
    "phường Thạch Trung và các phường khác.",
    "Ngày 14/5, đoàn giám sát của HĐND tỉnh Hà Tĩnh giám sát tại Sở Nội vụ tỉnh. Bà Lê Thị Hoa, phường Thạch "
    "Trung, cho biết thủ tục nhanh hơn.",  # a home: not visited, nor its body, nor what it does
])
def test_no_bound_from_a_merged_ward_not_standing(body: str) -> None:
    assert year_of(body) == "2026"


@pytest.mark.parametrize(("lead", "day"), [
    ("Ngày 8/9, ông Lê Văn Hòa, nguyên Bí thư Huyện ủy Cư Kuin, thăm xã Hòa Thuận.", "2024-09-08"),  # merged in 2025
    ("Ngày 8/9, đoàn của HĐND tỉnh giám sát tại xã Hòa Thuận (huyện Cư Kuin cũ).", "2026-09-08"),  # an old address
    ("Sáng 22/10, đoàn khảo sát bếp ăn tại trường mầm non, phường 8.", "2026-10-22"),  # a number: not this rule's
])
def test_a_merged_commune_visited_beside_a_former_district(lead: str, day: str) -> None:
    assert extract_article(f"Tin hoạt động\n\n{lead}", today=TODAY).record["date"] == day


def test_the_reform_stated_outweighs_a_merged_ward() -> None:
    body = ("Ngày 14/8, đoàn giám sát của HĐND tỉnh Hà Tĩnh giám sát tại phường Trần Phú sau khi vận hành chính quyền "
            "địa phương 2 cấp. UBND phường Thạch Trung đã bàn giao hồ sơ cho phường mới.")
    record = extract_article(f"Giám sát bàn giao\n\n{body}\n\nĐoàn đề nghị tiếp tục.", today=TODAY).record
    assert "Thạch Trung" not in record.get("notes", "")
