"""Classes of phrasing from real reports by Quốc hội committees, Đoàn ĐBQH, MTTQ and council Bans
(realcheck-s8-assembly), each on its own, in sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.figure_numbers import numbers_in
from store.extract.leader_committees import committee_head
from store.extract.people import find_people
from store.extract.text import read_article
from store.extract.visit_kind import non_visit_reason

TODAY = date(2026, 12, 1)


def record(text: str) -> dict:
    return extract_article(text, today=TODAY).record


# -- leaders: a committee's head who speaks for it when no one is said to lead --------------------


@pytest.mark.parametrize("text, leader", [
    ("Sáng 5/3/2024, Ủy ban Kinh tế của Quốc hội làm việc với UBND tỉnh Hà Tĩnh về đầu tư công.\n\n"
     "Phát biểu tại buổi làm việc, ông Lê Minh Đạo, Chủ nhiệm Ủy ban Kinh tế cho biết Ủy ban ghi nhận các kiến nghị.",
     "Lê Minh Đạo"),
    ("Sáng 5/3/2024, Ủy ban Văn hóa, Giáo dục của Quốc hội làm việc với UBND tỉnh Hà Tĩnh.\n\n"
     "Bà Trần Thu Hà, Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục đề nghị tỉnh rà soát đội ngũ giáo viên.",
     "Trần Thu Hà"),
    ("Tham dự buổi khảo sát có các thành viên ban Pháp chế xã; lãnh đạo Công an xã Hòa Tiến.\n\n"
     "Qua kiểm tra, ông Đỗ Văn Lâm, Trưởng ban Pháp chế – HĐND xã ghi nhận kết quả của Công an xã.",
     "Đỗ Văn Lâm"),
])
def test_the_committees_head_who_speaks_leads(text: str, leader: str) -> None:
    assert (record(text).get("leader") or {}).get("name") == leader


def test_a_host_who_speaks_is_never_the_committees_head() -> None:
    text = ("Sáng 5/3/2024, Ủy ban Kinh tế của Quốc hội làm việc với UBND tỉnh Hà Tĩnh về đầu tư công.\n\n"
            "Ông Lê Minh Đạo, Chủ tịch UBND tỉnh cho biết tỉnh đã giải ngân 80% kế hoạch vốn.")
    assert record(text).get("leader") is None


def test_a_party_board_is_no_overseeing_committee() -> None:
    article = read_article("Sáng 5/3/2024, Ban Tuyên giáo tỉnh làm việc với UBND huyện Kỳ Anh.\n\n"
                           "Ông Lê Minh Đạo, Trưởng ban Tuyên giáo tỉnh đánh giá cao kết quả của huyện.")
    assert committee_head(find_people(article), article) is None


# -- a team's working session that someone attends is a visit ---------------------------------------


@pytest.mark.parametrize("lead", [
    "Sáng 21/5/2024, Chủ tịch Quốc hội dự cuộc làm việc của Đoàn giám sát của Quốc hội với tỉnh Bắc Ninh.",
    "Chiều 3/4/2024, Phó Thủ tướng tham dự buổi làm việc của Tổ công tác với UBND thành phố Huế.",
])
def test_attending_a_teams_working_session_is_a_visit(lead: str) -> None:
    assert extract_article(lead, today=TODAY).non_visit is None


def test_a_working_session_with_no_one_to_work_with_is_not_made_a_visit() -> None:
    text = "Cuộc làm việc của Đoàn giám sát là dịp để các cơ quan trao đổi kinh nghiệm, theo bài viết."
    draft = extract_article(text, today=TODAY)
    assert draft.non_visit is not None


# -- bodies named in full --------------------------------------------------------------------------


@pytest.mark.parametrize("lead, body", [
    ("Ngày 22/10/2024, Đoàn Giám sát Ủy ban Xã hội Quốc hội làm việc với UBND tỉnh Bắc Giang.",
     "Đoàn giám sát, Ủy ban Xã hội Quốc hội"),
    ('Sáng 18/3/2024, Đoàn giám sát của Quốc hội chuyên đề "Việc thực hiện chính sách" làm việc với tỉnh Bắc Giang.',
     "Đoàn giám sát, Quốc hội"),
    ("Sáng 8/10/2024, Ủy ban Kinh tế của Quốc hội lần đầu tổ chức làm việc trực tuyến với UBND tỉnh Bắc Giang.",
     "Ủy ban Kinh tế của Quốc hội"),
    ("Ngày 4/3/2019, đồng chí Lê Văn Hải - Phó trưởng Đoàn ĐBQH Tp.Hải Phòng dẫn đầu Đoàn giám sát tại huyện "
     "An Lão.", "Đoàn giám sát, Đoàn ĐBQH TP Hải Phòng"),
    ("Ngày 5/3/2024, Đoàn giám sát của Ủy ban Thường vụ Quốc hội khóa XV làm việc với UBND tỉnh Cà Mau.",
     "Đoàn giám sát, Ủy ban Thường vụ Quốc hội khóa XV"),
    ("Ngày 5/3/2024, đoàn công tác của Đoàn ĐBQH TPHCM khảo sát tại phường Bến Thành.",
     "Đoàn công tác, Đoàn ĐBQH TPHCM"),
])
def test_the_organ_named_in_full_and_no_more(lead: str, body: str) -> None:
    assert record(lead)["body"] == body


def test_non_visit_reason_is_none_for_an_attended_session() -> None:
    article = read_article("Sáng 9/3/2024, Chủ tịch Quốc hội dự cuộc làm việc của Đoàn giám sát với TP Hà Nội.")
    assert non_visit_reason(article) is None


# -- localities: units listed after the departments a team worked with ------------------------------


@pytest.mark.parametrize("lead, places", [
    ("Ngày 5/5/2024, Đoàn khảo sát của Đoàn ĐBQH tỉnh Quảng Ninh đã làm việc với các sở, ngành liên quan, TP. Hạ "
     "Long và TP. Uông Bí về di sản.", ["TP. Hạ Long", "TP. Uông Bí"]),
    ("Ngày 5/5/2024, Đoàn giám sát làm việc với Sở Nội vụ tỉnh Nghệ An, huyện Nghi Lộc và huyện Hưng Nguyên.",
     ["huyện Nghi Lộc", "huyện Hưng Nguyên"]),
])
def test_units_listed_after_the_departments_worked_with(lead: str, places: list[str]) -> None:
    assert [loc["name"] for loc in record(lead)["localities"]] == places


def test_a_unit_after_a_clause_of_the_session_is_no_host() -> None:
    lead = ("Ngày 5/5/2024, Đoàn giám sát làm việc với UBND huyện Nghi Lộc về tình hình, trong đó xã Nghi Phong "
            "được nêu.")
    assert [loc["name"] for loc in record(lead)["localities"]] == ["huyện Nghi Lộc"]


# -- the year of a spring day in a school year under way --------------------------------------------


@pytest.mark.parametrize("extra, year", [
    ("Trong năm học 2022-2023, trường có 184 học sinh.", 2023),
    ("Năm học 2023 - 2024, 92% học sinh đạt chuẩn.", 2024),
])
def test_a_spring_day_is_in_the_second_year_of_the_school_year(extra: str, year: int) -> None:
    lead = "Ngày 14/3, Ban Văn hóa - Xã hội HĐND tỉnh khảo sát tại Trường THCS Lê Lợi (huyện Ninh Sơn)."
    visit = extract_article(f"{lead}\n\n{extra}", today=TODAY)
    assert visit.record["date"] == f"{year}-03-14" and visit.record["date_certainty"] == "inferred"
    assert "school year" in visit.certainty["date"]


def test_an_autumn_day_takes_no_year_from_a_school_year_written() -> None:
    lead = "Ngày 14/10, Ban Văn hóa - Xã hội HĐND tỉnh khảo sát tại Trường THCS Lê Lợi (huyện Ninh Sơn)."
    visit = extract_article(f"{lead}\n\nNăm học 2022-2023, trường có 184 học sinh.", today=TODAY)
    assert "school year" not in visit.certainty["date"]


# -- figures: petitions counted, the points of a video link not ----------------------------------


@pytest.mark.parametrize("text, found", [
    ("đã tiếp nhận và giải quyết xong 33/33 đơn.", [(33, 33, "đơn")]),
    ("tiếp nhận 41 đơn thư; đã giải quyết 39/41 đơn", [(41, None, "đơn"), (39, 41, "đơn")]),
    ("buổi làm việc trực tuyến tại 2 điểm cầu Nhà Quốc hội và trụ sở UBND tỉnh", []),
    ("thủ tục đơn giản, có 12 đơn vị tham gia", [(12, None, "đơn vị")]),
    ("điểm trung bình đạt 8,5 điểm", [(8.5, None, "điểm")]),
])
def test_petitions_and_video_points(text: str, found: list) -> None:
    assert [(value, of, unit) for value, of, unit, *_ in numbers_in(text)] == found


# -- a district in brackets after the site visited --------------------------------------------------


@pytest.mark.parametrize("text, places", [
    ("Ban Văn hóa - Xã hội HĐND tỉnh giám sát việc dạy học\n\nNgày 12/3/2024, Ban Văn hóa - Xã hội HĐND tỉnh Lạng "
     "Sơn khảo sát việc dạy học tiếng Anh tại Trường Tiểu học Kim Đồng (huyện Tràng Định).", ["huyện Tràng Định"]),
    ("Ngày 12/3/2024, Đoàn giám sát khảo sát tại xã Chí Minh (huyện Tràng Định).", ["xã Chí Minh"]),
])
def test_a_district_in_brackets_after_its_site(text: str, places: list[str]) -> None:
    assert [loc["name"] for loc in record(text)["localities"]] == places


def test_a_language_is_no_person_before_a_ward_but_a_resident_is() -> None:
    lesson = "Ngày 12/3/2024, Đoàn giám sát khảo sát việc dạy tiếng Anh tại Trường Kim Đồng (phường Bến Thành)."
    home = "Ngày 12/3/2024, Đoàn giám sát thăm nhà anh Lò Văn Páo (phường Bến Thành) và làm việc tại phường Sài Gòn."
    assert [loc["name"] for loc in record(lesson)["localities"]] == ["phường Bến Thành"]
    assert "phường Bến Thành" not in [loc["name"] for loc in record(home)["localities"]]


def test_society_is_no_commune_left_unnamed() -> None:
    """The unit left unnamed is the province ("toàn tỉnh"), never a commune read in "Xã hội"; so the province named
    elsewhere is the visit, not a commune the department only reports on."""
    text = ("Ngày 10/5/2024, Ban Văn hóa - Xã hội HĐND tỉnh Hà Tĩnh giám sát an sinh xã hội tại Sở Lao động.\n\n"
            "Theo báo cáo của Sở, toàn tỉnh có 2.315 hộ nghèo; riêng xã Kỳ Lạc còn 126 hộ nghèo.")
    assert [loc["name"] for loc in record(text)["localities"]] == ["tỉnh Hà Tĩnh"]
