"""Issue 12, session 22 (s22/places), sentences written for the tests: the family of a province's bodies as agencies
visited (`place_title_bodies.AGENCY`); a caption's council title with no level (`leader_visiting_captions`); a
province's council overseeing a matter with no place (`place_title_bodies.lead_body_matter`); a home written with a
level word (`place_homes.home_before`, `year_ceased_units`); a former city's name the only place after the reform
(`Places.localities`); a ward that kept its name through the reform is no fact of it (`year_spoken_cities`)."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.place_agency_lists import listed_after_agencies
from store.extract.place_homes import home_before

TODAY = date(2026, 12, 1)
TAIL = "\n\nĐơn vị đã tiếp nhận 120 hồ sơ.\n\nĐoàn đề nghị tiếp tục cải cách thủ tục hành chính."


def record(lead: str, title: str = "Giám sát cải cách hành chính", tail: str = TAIL) -> dict:
    return extract_article(f"{title}\n\n{lead}{tail}", today=TODAY).record


def names(lead: str, title: str = "Giám sát cải cách hành chính") -> list[str]:
    return [loc["name"] for loc in record(lead, title)["localities"]]


@pytest.mark.parametrize("agency", [
    "Ban Dân tộc tỉnh", "Liên đoàn Lao động tỉnh", "Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh",
    "Liên minh Hợp tác xã tỉnh", "Thanh tra tỉnh", "Viện Kiểm sát nhân dân tỉnh", "Ngân hàng Chính sách xã hội tỉnh",
    "Tỉnh đoàn", "Chi cục Thuế khu vực XII", "Kho bạc Nhà nước khu vực VII",
])
def test_a_provincial_body_opens_the_list_of_places_visited(agency: str) -> None:
    before = f"Đoàn giám sát tại {agency} và "
    assert listed_after_agencies(before + "phường B.", len(before))
    assert names(f"Ngày 4/9/2025, Ban Pháp chế HĐND tỉnh Hà Tĩnh giám sát tại {agency} và phường Thành Sen.") == \
        ["phường Thành Sen"]


@pytest.mark.parametrize("before", [
    "Đoàn giám sát tại Hội Nông dân xã A và ",  # a commune's union: the commune is a unit visited of its own
    "Đoàn giám sát tại Hội trường UBND tỉnh và ",  # a hall
    "Đoàn giám sát tại Ban Pháp chế HĐND tỉnh và ",  # the council's own committee
])
def test_no_provincial_body(before: str) -> None:
    assert not listed_after_agencies(before + "phường B.", len(before))


@pytest.mark.parametrize("agency", ["Ban Dân tộc tỉnh", "Liên đoàn Lao động tỉnh", "Chi cục Thuế khu vực VIII"])
def test_a_provincial_body_alone_gives_the_province(agency: str) -> None:
    assert names(f"Ngày 4/9/2025, Ban Pháp chế HĐND tỉnh Hà Tĩnh giám sát tại {agency} về cải cách hành chính.") \
        == ["tỉnh Hà Tĩnh"]


HEAD = ("Ban Pháp chế HĐND tỉnh giám sát việc tiếp công dân ở xã Cam Lộ\n\n"
        "Sáng 12/8/2025, Ban Pháp chế HĐND tỉnh Quảng Trị giám sát công tác tiếp công dân tại xã Cam Lộ.\n\n")
CAPTION_TAIL = "\n\nXã đã tiếp 40 lượt công dân trong năm.\n\nBan đề nghị xã giải quyết dứt điểm các đơn thư."


def leader(*captions: str, head: str = HEAD) -> str | None:
    found = extract_article(head + "\n\n".join(captions) + CAPTION_TAIL, today=TODAY).record
    return (found.get("leader") or {}).get("name")


@pytest.mark.parametrize("caption", [
    "Phó Chủ tịch HĐND Lê Văn Hùng phát biểu tại buổi giám sát",
    "Trưởng Ban Pháp chế HĐND Lê Văn Hùng kiểm tra sổ tiếp công dân",
    "Ông Lê Văn Hùng, Phó Chủ tịch HĐND phát biểu tại buổi giám sát",
])
def test_a_council_title_with_no_level_is_the_visiting_councils_when_no_other_is_named(caption: str) -> None:
    assert leader(caption) == "Lê Văn Hùng"


def test_a_council_title_with_no_level_beside_another_councils_is_no_one() -> None:
    caption = "Phó Chủ tịch HĐND Lê Văn Hùng phát biểu tại buổi giám sát"
    assert leader(caption, "Chủ tịch HĐND xã Cam Lộ Trần Văn Tư báo cáo") is None  # in another caption
    head = HEAD.replace("tại xã Cam Lộ.", "tại xã Cam Lộ. Cùng dự có Thường trực HĐND xã Cam Lộ.")
    assert leader(caption, head=head) is None  # in the text


@pytest.mark.parametrize("caption", [
    "Phó Chủ tịch UBND Lê Văn Hùng phát biểu tại buổi giám sát",  # another organ
    "Phó Chủ tịch Lê Văn Hùng phát biểu tại buổi giám sát",  # no organ at all
])
def test_a_title_of_no_visiting_organ_is_no_one(caption: str) -> None:
    assert leader(caption) is None


@pytest.mark.parametrize(("lead", "expected"), [
    ("Chiều 14/10/2025, đoàn giám sát của HĐND tỉnh Đồng Tháp do ông Lê Văn Mười làm trưởng đoàn đã giám sát việc "
     "cấp nước sạch cho người dân vùng nông thôn. Cử tri ở Cao Lãnh phản ánh nước có lúc bị đục.", ["tỉnh Đồng Tháp"]),
    ("Chiều 14/10/2025, Ban Kinh tế - Ngân sách HĐND tỉnh Đồng Tháp giám sát tình hình thu ngân sách. Ông Nguyễn Văn "
     "Tám (xã Mỹ Thọ) kiến nghị giảm thủ tục.", ["tỉnh Đồng Tháp"]),  # a home named is no visit, even counted
    ("Chiều 14/10/2025, Ban Kinh tế - Ngân sách HĐND tỉnh Đồng Tháp giám sát việc thu ngân sách tại xã Mỹ Thọ.",
     ["xã Mỹ Thọ"]),
    ("Chiều 14/10/2025, Ban Kinh tế - Ngân sách HĐND tỉnh Đồng Tháp giám sát việc thu ngân sách tại một số doanh "
     "nghiệp.", []),  # a place the text does not name: not said to be the whole province's matter
])
def test_a_provinces_council_overseeing_a_matter_with_no_place(lead: str, expected: list[str]) -> None:
    assert names(lead) == expected


@pytest.mark.parametrize(("before", "home"), [
    ("Bà Trần Thị Lài, ", True),
    ("Hộ ông Trần Văn Lài ở ", True),
    ("Gia đình chị Lê Thị Hoa ở ", True),
    ("Bà Trần Thị Lài, xã Hưng Tây, ", True),  # the district of a home's address
    ("Đoàn đến thăm hộ ông Trần Văn Lài ở ", False),  # the household visited
    ("Ông Trần Văn Lài, Chủ tịch UBND ", False),  # an office, not a home
    ("tham quan vườn của hộ bà Lơ Mu Ha (thôn Ka Đơn, ", False),  # a farm's address, the farm visited
    ("Đoàn làm việc tại xã Hưng Tây, ", False),
])
def test_home_before_with_a_level_word(before: str, home: bool) -> None:
    assert home_before(before + "huyện Hưng Nguyên cho biết.", len(before)) is home


STATED = "Ngày 14/10, Ban Văn hóa - Xã hội HĐND tỉnh Nghệ An giám sát việc chi trả trợ cấp"


def test_a_home_after_the_reform_stated_bounds_no_day() -> None:
    found = record(f"{STATED} tại phường Vinh Hưng. Hộ ông Trần Văn Lài ở huyện Hưng Nguyên cho biết đã nhận đủ.")
    assert (found["date"], found["date_certainty"]) == ("2025-10-14", "inferred")
    assert [loc["name"] for loc in found["localities"]] == ["phường Vinh Hưng"]


def test_a_home_with_no_fact_of_the_reform_still_bounds_the_day() -> None:
    found = record("Ngày 15/4, đoàn giám sát của HĐND tỉnh Nghệ An làm việc tại xã Hưng Tây. Bà Lê Thị Thu, xã Hưng "
                   "Tây, huyện Hưng Nguyên, cho biết đã nhận đủ trợ cấp.")
    assert found["date"] == "2025-04-15"


def test_a_household_visited_is_still_where_the_visit_went() -> None:
    found = record("Ngày 14/10, đoàn của HĐND tỉnh Nghệ An đến thăm hộ ông Trần Văn Lài ở huyện Hưng Nguyên.")
    assert [loc["name"] for loc in found["localities"]] == ["huyện Hưng Nguyên"]


CITY = "Sáng 9/10, Ban Kinh tế - Ngân sách HĐND tỉnh Nghệ An khảo sát việc chỉnh trang vỉa hè ở thành phố Vinh."


@pytest.mark.parametrize(("more", "expected", "year"), [
    (" Sau khi vận hành chính quyền địa phương hai cấp, các phường tự làm.", ["tỉnh Nghệ An"], 2025),
    (" Phường Trường Vinh đã lát mới nhiều tuyến phố.", ["tỉnh Nghệ An"], 2025),  # a ward of 2025, not visited
    ("", ["thành phố Vinh"], 2024),  # no fact of the reform: the city, and it bounds the day
])
def test_a_former_citys_name_the_only_place(more: str, expected: list[str], year: int) -> None:
    found = record(CITY + more)
    assert [loc["name"] for loc in found["localities"]] == expected
    assert found["date"] == f"{year}-10-09"


def test_a_province_level_city_stays_as_it_is() -> None:
    found = record("Sáng 9/10, Ban Đô thị HĐND thành phố Đà Nẵng khảo sát vỉa hè ở thành phố Đà Nẵng sau khi vận "
                   "hành chính quyền địa phương hai cấp.")
    assert [(loc["name"], loc["level"]) for loc in found["localities"]] == [("thành phố Đà Nẵng", "thành phố")]


def test_a_ward_that_kept_its_name_is_no_fact_of_the_reform() -> None:
    found = record("Tối 19/9, đoàn khảo sát của HĐND tỉnh Đắk Lắk khảo sát phố đi bộ tại phường Tân An. Phố đi bộ là "
                   "nơi người dân TP Buôn Ma Thuột thường lui tới.")
    assert [loc["name"] for loc in found["localities"]] == ["phường Tân An"]
    assert found["date"] == "2024-09-19"  # phường Tân An was a ward of the city before 2025: the city's name bounds
