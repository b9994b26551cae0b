"""Issue 12, session 21 (s21/agencies), sentences written for the tests: a ward or commune listed after the
province's agencies in the one list of places visited is the locality, not the province
(`place_agency_lists.listed_after_agencies`); a headline's "tại" before a provincial agency no longer keeps
`place_title_bodies.title_body_province` from listing the province when nothing else is visited."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.place_agency_lists import listed_after_agencies
from store.extract.place_title_bodies import _ACTS

TODAY = date(2026, 12, 1)
TAIL = "\n\nĐơn vị đã tiếp nhận 120 hồ sơ.\n\nĐoàn đề nghị tiếp tục cải cách thủ tục hành chính."


def names(lead: str, title: str = "Giám sát cải cách hành chính") -> list[str]:
    text = f"{title}\n\n{lead}{TAIL}"
    return [loc["name"] for loc in extract_article(text, today=TODAY).record["localities"]]


@pytest.mark.parametrize(("lead", "expected"), [
    ("Ngày 4/9/2025, Ban Pháp chế HĐND tỉnh Hà Tĩnh giám sát việc tiếp công dân tại Công an tỉnh và phường "
     "Thành Sen.", ["phường Thành Sen"]),
    ("Ngày 4/9/2025, Ban Kinh tế - Ngân sách HĐND tỉnh Nghệ An khảo sát tại Trung tâm Phục vụ hành chính công "
     "tỉnh, UBND xã Hưng Nguyên và phường Vinh Hưng.", ["xã Hưng Nguyên", "phường Vinh Hưng"]),
    ("Ngày 4/9/2025, Thường trực HĐND tỉnh An Giang làm việc với Sở Tư pháp, Văn phòng Đăng ký đất đai tỉnh và "
     "UBND phường Long Xuyên.", ["phường Long Xuyên"]),
    ("Ngày 4/9/2025, Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh giám sát tại Bệnh viện Đa khoa tỉnh và xã Đức Thọ.",
     ["xã Đức Thọ"]),
])
def test_a_ward_listed_after_the_provinces_agencies_is_the_locality(lead: str, expected: list[str]) -> None:
    assert names(lead) == expected


@pytest.mark.parametrize("lead", [
    "Ngày 4/9/2025, Ban Pháp chế HĐND tỉnh Quảng Ninh giám sát tại Sở Xây dựng và Công an tỉnh.",  # no ward
    "Ngày 4/9/2025, Ban Pháp chế HĐND tỉnh Quảng Ninh giám sát tại Công an tỉnh. Ban đề nghị Công an tỉnh phối "
    "hợp với Sở Y tế và phường Bãi Cháy trong cai nghiện.",  # the ward named in a recommendation
])
def test_without_a_ward_visited_the_province_stays(lead: str) -> None:
    assert names(lead) == ["tỉnh Quảng Ninh"]


@pytest.mark.parametrize(("before", "listed"), [
    ("Đoàn giám sát tại Công an tỉnh và ", True),
    ("Ban khảo sát tại Trung tâm Phục vụ hành chính công tỉnh, UBND ", True),
    ("Đoàn làm việc với Sở Nông nghiệp và Môi trường, Văn phòng Đăng ký đất đai tỉnh, UBND ", True),
    ("Đoàn giám sát tại Sở Y tế về tình hình dịch bệnh ở xã A và ", False),  # a clause after the agency
    ("Ban đề nghị phối hợp với Công an tỉnh và ", False),  # who works with whom, no visit
    ("Đoàn giám sát tại Công an tỉnh về ", False),  # no list
])
def test_listed_after_agencies(before: str, listed: bool) -> None:
    assert listed_after_agencies(before + "phường B.", len(before)) is listed


@pytest.mark.parametrize(("after", "refused"), [
    (" giám sát tại Trung tâm Phục vụ hành chính công tỉnh", False),
    (" khảo sát tại Sở Tài chính", False),
    (" giám sát bệnh viện công", False),
    (" giám sát tại xã Cẩm Xuyên", True),  # a unit visited: read elsewhere
    (" giám sát tại Sở Y tế và phường Bãi Cháy", True),
    (" giám sát tại huyện A", True),
])
def test_a_headlines_tai_lets_through_only_a_provincial_agency(after: str, refused: bool) -> None:
    assert (_ACTS.match(after) is None) is refused


def test_headline_council_at_a_provincial_centre_lists_the_province() -> None:
    lead = "Sáng 2/10/2025, đoàn giám sát làm việc với lãnh đạo Trung tâm về hồ sơ trực tuyến."
    assert names(lead, "HĐND tỉnh Quảng Trị giám sát tại Trung tâm Phục vụ hành chính công tỉnh") == ["tỉnh Quảng Trị"]
