"""Issue 12, session 21 (s21/captions), sentences written for the tests: a visit's leader named only in a photo
caption without a credit, by an office of the body the headline or lead says made the visit
(`leader_visiting_captions`); a province implied only by its body at one of its agencies, with no unit visited
(`place_title_bodies.lead_body_province`)."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.leader_visiting_captions import visiting_organs
from store.extract.text import read_article

TODAY = date(2026, 12, 1)

HEAD = ("Ban Pháp chế HĐND tỉnh giám sát việc tiếp công dân ở xã Cam Lộ\n\n"
        "Sáng 12/8/2025, Ban Pháp chế HĐND tỉnh Quảng Trị giám sát công tác tiếp công dân tại xã Cam Lộ.\n\n")
TAIL = "\n\nXã đã tiếp 40 lượt công dân trong năm.\n\nBan đề nghị xã giải quyết dứt điểm các đơn thư."


def leader(*captions: str) -> str | None:
    record = extract_article(HEAD + "\n\n".join(captions) + TAIL, today=TODAY).record
    return (record.get("leader") or {}).get("name")


def names(text: str) -> list[str]:
    return [loc["name"] for loc in extract_article(text, today=TODAY).record["localities"]]


@pytest.mark.parametrize("caption", [
    "Phó Chủ tịch HĐND tỉnh Lê Văn Hùng phát biểu tại buổi giám sát",
    "Đồng chí Lê Văn Hùng, Trưởng Ban Pháp chế HĐND tỉnh, kiểm tra sổ tiếp công dân của xã",
    "Ông Lê Văn Hùng, Phó Trưởng Ban Pháp chế HĐND tỉnh chủ trì buổi làm việc",
])
def test_an_official_of_the_visiting_body_in_an_uncredited_caption_leads(caption: str) -> None:
    assert leader(caption) == "Lê Văn Hùng"


@pytest.mark.parametrize("caption", [
    "Chủ tịch UBND xã Cam Lộ Lê Văn Hùng phát biểu tại buổi làm việc",  # the host
    "Phó Chủ tịch HĐND xã Lê Văn Hùng báo cáo tại buổi làm việc",  # the host's council, and no act at the visit
    "Giám đốc Sở Tư pháp Lê Văn Hùng phát biểu tại buổi giám sát",  # no office of the visiting body
    "Phó Chủ tịch HĐND tỉnh Lê Văn Hùng cùng các đại biểu",  # no act at the visit
])
def test_a_host_or_another_organs_official_never_leads(caption: str) -> None:
    assert leader(caption) is None


def test_two_officials_the_higher_office_or_none_when_equal() -> None:
    vice = "Phó Chủ tịch HĐND tỉnh Võ Thị Thu phát biểu tại buổi giám sát"
    deputy = "Phó Trưởng Ban Pháp chế HĐND tỉnh Lê Quốc Nam kiểm tra hồ sơ"
    other_deputy = "Phó Trưởng Ban Pháp chế HĐND tỉnh Trần Văn Bảy kiểm tra hồ sơ"
    assert leader(deputy, vice) == "Võ Thị Thu"
    assert leader(deputy, other_deputy) is None


def test_the_text_naming_the_head_wins_over_a_caption() -> None:
    text = HEAD.replace("giám sát công tác", "do bà Lê Thị Nhung, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn giám sát "
                        "công tác")
    text += "Trưởng Ban Pháp chế HĐND tỉnh Ngô Văn Sơn kiểm tra sổ tiếp công dân" + TAIL
    assert (extract_article(text, today=TODAY).record["leader"] or {}).get("name") == "Lê Thị Nhung"


def test_visiting_organs_read_the_headline_and_lead() -> None:
    article = read_article("Đoàn ĐBQH tỉnh khảo sát tại xã A\n\nNgày 3/10/2025, Thường trực HĐND thành phố Đà Nẵng "
                           "và Ủy ban MTTQ Việt Nam tỉnh cùng làm việc.")
    assert visiting_organs(article) == {("dbqh", "tinh"), ("hdnd", "thanh pho"), ("mttq", "tinh")}


@pytest.mark.parametrize(("body", "agency", "province"), [
    ("Ban Pháp chế HĐND tỉnh Quảng Trị", "việc giải quyết hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh",
     "tỉnh Quảng Trị"),
    ("Đoàn ĐBQH tỉnh Gia Lai", "làm việc với các sở, ban, ngành về công tác phòng chống thiên tai", "tỉnh Gia Lai"),
    ("Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp", "việc chi trả chế độ tại Bảo hiểm xã hội tỉnh", "tỉnh Đồng Tháp"),
    ("Ban Văn hóa - Xã hội HĐND tỉnh Lào Cai", "công tác khám bệnh tại Bệnh viện Đa khoa tỉnh", "tỉnh Lào Cai"),
])
def test_a_province_body_at_its_agency_lists_the_province(body: str, agency: str, province: str) -> None:
    verb = "" if agency.startswith("làm việc") else "giám sát "
    text = (f"Giám sát chuyên đề\n\nNgày 4/9/2025, {body} {verb}{agency}.\n\n"
            "Đơn vị báo cáo đã giải quyết 300 hồ sơ.\n\nĐoàn đề nghị đơn vị rút ngắn thời gian xử lý.")
    assert names(text) == [province]


@pytest.mark.parametrize("where", [
    "tại Trung tâm Phục vụ hành chính công tỉnh.\n\nTại phường Đông Hà, đoàn kiểm tra bộ phận một cửa",
    "tại Sở Tư pháp và phường Đông Hà",
])
def test_a_ward_visited_beside_the_agency_is_the_locality(where: str) -> None:
    text = ("Giám sát chuyên đề\n\nNgày 22/9/2025, Ban Pháp chế HĐND tỉnh Quảng Trị giám sát việc giải quyết hồ sơ "
            f"{where}.\n\nPhường đã tiếp nhận 500 hồ sơ.")
    assert names(text) == ["phường Đông Hà"]


def test_a_local_centre_is_no_provincial_agency() -> None:
    text = ("Giám sát chuyên đề\n\nNgày 22/9/2025, Ban Pháp chế HĐND tỉnh Quảng Trị giám sát việc giải quyết hồ sơ tại "
            "Trung tâm Phục vụ hành chính công phường Đông Hà.\n\nTrung tâm đã tiếp nhận 500 hồ sơ.")
    assert names(text) == ["phường Đông Hà"]
