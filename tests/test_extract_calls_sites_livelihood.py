"""Session 31 (f66): officials listed after a colon who go on to call lead the visit (`leader_listed_calls`); the
scene gone to lies in the units listed after "thuộc" (`place_site_grounds`); "dân sinh" and "an sinh" before a place
are no birthplace (`place_homes`)."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.place_homes import home_before
from store.extract.place_site_grounds import sites_reached_in


def _leader(text: str) -> str | None:
    leader = extract_article(text).record.get("leader")
    return leader["name"] if leader else None


def _places(text: str) -> list[str]:
    return [loc["name"] for loc in extract_article(text).record.get("localities", [])]


# -- officials listed after a colon who go on to call -------------------------------------------------------------

@pytest.mark.parametrize(("text", "leader"), [
    ("Chiều 12/8/2020, các đồng chí: Đỗ Quang Hưng, Ủy viên Trung ương Đảng, Phó Trưởng ban Nội chính Trung ương; "
     "Lý Thị Thu, Thứ trưởng Bộ Y tế và đoàn công tác đã đến dâng hương tại Nghĩa trang liệt sĩ huyện Hải Lăng "
     "(Quảng Trị).", "Đỗ Quang Hưng"),
    ("Sáng 20/1/2023, các đồng chí Ủy viên Trung ương Đảng: Bạch Văn Tú, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt "
     "Nam; Lưu Thị Diệp, Thứ trưởng Bộ Nội vụ cùng đoàn công tác đã đến thăm, chúc Tết cán bộ Trung tâm Hành chính "
     "công huyện Nghi Xuân (Hà Tĩnh).", "Bạch Văn Tú"),
    ("Ngày 5/2/2021, các đồng chí: Cao Minh Đạo, Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội; Kha Thị Yến, Thứ "
     "trưởng Bộ Nông nghiệp và Phát triển nông thôn đã tới thăm, tặng quà các hộ nghèo ở huyện Quỳ Châu (Nghệ An).",
     "Cao Minh Đạo"),
])
def test_the_first_official_listed_after_a_colon_leads_a_call(text: str, leader: str) -> None:
    assert _leader(text) == leader


@pytest.mark.parametrize(("text", "not_leader"), [
    # companions listed after "Cùng đi có các đồng chí:" do not lead, whoever else does
    ("Chiều 12/8/2020, Bộ trưởng Bộ Nội vụ Tạ Quang Lâm đã làm việc với UBND huyện Hải Lăng (Quảng Trị). Cùng đi có "
     "các đồng chí: Đoàn Văn Khê, Phó Chủ tịch UBND tỉnh; Lê Mỹ Hạnh, Giám đốc Sở Nội vụ đến thăm bộ phận một cửa.",
     "Đoàn Văn Khê"),
    # hosts listed after "Tiếp đoàn có các đồng chí:"
    ("Sáng 20/1/2023, Thứ trưởng Bộ Nội vụ Lưu Thị Diệp đã kiểm tra Trung tâm Hành chính công huyện Nghi Xuân. Tiếp "
     "đoàn có các đồng chí: Phan Văn Sỹ, Bí thư Huyện ủy; Võ Thị Lâm, Chủ tịch UBND huyện đến thăm nơi làm việc.",
     "Phan Văn Sỹ"),
    # a list that only attends a ceremony does not call
    ("Ngày 5/2/2021, các đồng chí: Cao Minh Đạo, Phó Chủ tịch UBND tỉnh; Kha Thị Yến, Giám đốc Sở Xây dựng đã dự lễ "
     "khởi công dự án nhà máy tại huyện Quỳ Châu (Nghệ An).", "Cao Minh Đạo"),
])
def test_look_alikes_listed_after_a_colon_who_do_not_lead_a_call(text: str, not_leader: str) -> None:
    assert _leader(text) != not_leader


# -- the scene gone to, in the units listed after "thuộc" ----------------------------------------------------------

@pytest.mark.parametrize("before", [
    "Đoàn đã đến hiện trường đang thi công các vị trí cột thuộc các ",
    "ông X đã xuống hiện trường đoạn bờ sông bị sạt lở thuộc ",
    "Đoàn đã tới tận hiện trường các điểm sạt lở thuộc địa bàn hai ",
    "Đoàn đã kiểm tra các vị trí sạt lở thuộc các ",
])
def test_the_scene_gone_to_lies_in_the_unit_after_thuoc(before: str) -> None:
    assert sites_reached_in(before)


@pytest.mark.parametrize("before", [
    "Dự án có 120 vị trí cột thuộc các ",  # no going and no check: the project's extent
    "Đoàn đã đến hiện trường. Các vị trí cột thuộc các ",  # another sentence
    "Đoàn đã kiểm tra các dự án thuộc thẩm quyền của UBND ",  # what a council decides, not where sites lie
    "Đoàn đã kiểm tra các xã thuộc ",  # a unit, not a site: the district qualifies the communes
])
def test_look_alikes_of_sites_after_thuoc_stay_unread(before: str) -> None:
    assert not sites_reached_in(before)


@pytest.mark.parametrize(("text", "places"), [
    ("Ngày 6/4/2022, Đoàn công tác do ông Lương Văn Bá, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Hà Tĩnh làm trưởng đoàn "
     "đã đến hiện trường các vị trí thi công đê biển thuộc các huyện Cẩm Xuyên, Kỳ Anh kiểm tra, đôn đốc tiến độ.",
     ["huyện Cẩm Xuyên", "huyện Kỳ Anh"]),
    ("Chiều 9/11/2020, ông Nông Văn Tín, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh Quảng Ngãi đã xuống hiện trường "
     "đoạn đường bị sạt lở thuộc huyện Ba Tơ để kiểm tra.", ["huyện Ba Tơ"]),
])
def test_the_districts_of_the_scene_are_the_visit_s_places(text: str, places: list[str]) -> None:
    assert _places(text) == places


# -- "dân sinh", "an sinh": no birthplace -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Đoàn đã giám sát các công trình dân sinh ở huyện A",
    "Đoàn đã kiểm tra các cầu dân sinh thuộc huyện A",
    "Đoàn khảo sát chính sách an sinh tại huyện A",
])
def test_livelihood_and_welfare_before_a_place_are_no_home(text: str) -> None:
    assert not home_before(text, text.index("huyện A"))


@pytest.mark.parametrize("text", [
    "ông Lê Văn B sinh ra tại huyện A",  # a birthplace stays a home
    "bà C sinh ở huyện A",
    "em D, học sinh tại huyện A",  # unchanged either way: a pupil is no home (the earlier look-behind)
])
def test_look_alikes_births_stay_homes(text: str) -> None:
    expected = "học sinh" not in text
    assert home_before(text, text.index("huyện A")) is expected
