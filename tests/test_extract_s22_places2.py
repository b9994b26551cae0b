"""Issue 12, session 22 (s22/places2), sentences written for the tests: a lead's visit to the province's departments
with who leads the team between the body and its verb, or several departments after one "các" and one level word
(`place_title_bodies._DEPARTMENT_VISIT`); a provincial body written as initials (`place_title_bodies.AGENCY`)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from store.extract import extract_article
from store.extract.place_agency_lists import listed_after_agencies
from store.extract.place_title_bodies import AGENCY

TODAY = date(2026, 12, 1)
TAIL = "\n\nĐơn vị đã tiếp nhận 120 hồ sơ.\n\nĐoàn đề nghị tiếp tục cải cách thủ tục hành chính."
BODY = "Ngày 4/9/2025, Ban Pháp chế HĐND tỉnh Hà Tĩnh"


def names(lead: str) -> list[str]:
    record = extract_article(f"Giám sát cải cách hành chính\n\n{lead}{TAIL}", today=TODAY).record
    return [loc["name"] for loc in record["localities"]]


@pytest.mark.parametrize("lead", [
    f"{BODY} do bà Lê Thị Hà, Trưởng ban, làm trưởng đoàn đã giám sát việc tiếp công dân tại Sở Nội vụ và Thanh tra "
    "tỉnh.",
    f"{BODY}, do ông Nguyễn Văn Bình dẫn đầu, đã làm việc với Sở Tư pháp.",
    f"{BODY} đã giám sát tại các Sở Nội vụ, Tư pháp và Thanh tra tỉnh.",
    f"{BODY} đã khảo sát tại Sở Tài chính và Kho bạc Nhà nước tỉnh.",
    f"{BODY} đã giám sát tại LĐLĐ tỉnh.",
    f"{BODY} đã giám sát tại BHXH tỉnh.",
    f"{BODY}, do ông Nguyễn Văn Bình dẫn đầu, đã khảo sát tại NHCSXH tỉnh.",
])
def test_the_province_for_its_departments(lead: str) -> None:
    assert names(lead) == ["tỉnh Hà Tĩnh"]


@pytest.mark.parametrize(("lead", "unit"), [
    (f"{BODY} do bà Lê Thị Hà làm trưởng đoàn đã giám sát tại xã Cẩm Xuyên.", "xã Cẩm Xuyên"),
    (f"{BODY}, do ông Nguyễn Văn Bình dẫn đầu, đã giám sát tại LĐLĐ tỉnh và phường Thành Sen.", "phường Thành Sen"),
])
def test_a_unit_visited_is_still_the_unit(lead: str, unit: str) -> None:
    assert names(lead) == [unit]


@pytest.mark.parametrize("name", ["LĐLĐ tỉnh", "NHCSXH tỉnh", "BHXH tỉnh", "VKSND tỉnh", "TAND tỉnh", "KBNN tỉnh",
                                  "Bộ CHQS tỉnh", "BHXH thành phố"])
def test_initials_of_a_provincial_body(name: str) -> None:
    assert re.match(AGENCY, name)
    before = f"Đoàn giám sát tại {name} và "
    assert listed_after_agencies(before + "phường B.", len(before))


@pytest.mark.parametrize("name", ["LĐLĐ xã", "BHXH huyện", "TAND khu vực", "HĐND tỉnh", "UBND tỉnh"])
def test_no_initials_of_a_provincial_body(name: str) -> None:
    assert not re.match(AGENCY, name)
