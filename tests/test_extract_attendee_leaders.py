"""Session 36 leaders5 (issue 12): a leader no sentence names as head, read from the people present ("Dự hội nghị
có: ...", "Tham dự buổi giám sát có: ...") only when the first of them holds the visiting body's office at its level
(`leader_officers.overseeing_officer`), and a visiting federation's chairman who asks at the session. Sentences of
my own; the positives fail on the base tree (no leader), the look-alikes pass on both."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from tests.leads import TODAY

_FRONT_LEAD = ("Ủy ban MTTQ Việt Nam tỉnh Thái Bình giám sát quỹ an sinh xã hội tại huyện Kiến Xương\n\n"
               "Sáng ngày 4/9/2024, Ủy ban MTTQ Việt Nam tỉnh Thái Bình giám sát việc sử dụng quỹ an sinh xã hội "
               "do Ủy ban MTTQ Việt Nam huyện Kiến Xương quản lý.\n\n")
_COUNCIL_LEAD = ("Thường trực HĐND tỉnh Thái Bình giám sát việc chi trả trợ cấp tại huyện Tiền Hải\n\n"
                 "Chiều 9/9/2024, Thường trực HĐND tỉnh Thái Bình giám sát việc chi trả trợ cấp xã hội tại huyện "
                 "Tiền Hải.\n\n")
_CLOSE = "\n\nHuyện báo cáo đã chi trả đầy đủ, đúng hạn."


def _leader(text: str) -> str | None:
    leader = extract_article(text + _CLOSE, today=TODAY).record.get("leader")
    return leader["name"] if leader else None


@pytest.mark.parametrize(("lead", "present", "name"), [
    pytest.param(_FRONT_LEAD, "Dự hội nghị có: Ông Lại Văn Hòa - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Thái Bình; "
                 "ông Bùi Văn Tâm - Chủ tịch Ủy ban MTTQ Việt Nam huyện Kiến Xương.", "Lại Văn Hòa",
                 id="du-hoi-nghi-co-colon-ong"),
    pytest.param(_FRONT_LEAD, "Dự hội nghị có: bà Phan Thị Hạnh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Bùi Văn "
                 "Tâm, Chủ tịch Ủy ban MTTQ Việt Nam huyện Kiến Xương.", "Phan Thị Hạnh", id="colon-chair-short"),
    pytest.param(_COUNCIL_LEAD, "Tham dự buổi giám sát có: đồng chí Đặng Văn Khải, Phó Chủ tịch HĐND tỉnh Thái Bình; "
                 "đồng chí Ngô Quang Vinh, Chủ tịch UBND huyện Tiền Hải.", "Đặng Văn Khải",
                 id="tham-du-buoi-giam-sat-co-colon-dong-chi"),
    pytest.param(_COUNCIL_LEAD, "Dự buổi giám sát có : đ/c Đặng Văn Khải, Phó Chủ tịch HĐND tỉnh Thái Bình.",
                 "Đặng Văn Khải", id="spaced-colon-dc"),
])
def test_the_first_present_holding_the_visiting_bodys_office_leads(lead: str, present: str, name: str) -> None:
    assert _leader(lead + present) == name


@pytest.mark.parametrize(("lead", "present"), [
    pytest.param(_FRONT_LEAD, "Dự hội nghị có: ông Ngô Văn Thành - Chủ tịch UBND huyện Kiến Xương; ông Bùi Văn Tâm - "
                 "Chủ tịch Ủy ban MTTQ Việt Nam huyện Kiến Xương.", id="only-the-district-hosts"),
    pytest.param(_COUNCIL_LEAD, "Dự buổi giám sát có: bà Vũ Thị Dung - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Thái "
                 "Bình; ông Ngô Quang Vinh - Chủ tịch UBND huyện Tiền Hải.", id="another-bodys-office"),
    pytest.param(_FRONT_LEAD, "Dự án có: ông Lại Văn Hòa - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Thái Bình phụ trách.",
                 id="du-an-is-no-meeting"),
    pytest.param(_COUNCIL_LEAD, "Dự buổi giám sát có: ông Trịnh Văn Lực - Phó Chủ tịch HĐND huyện Tiền Hải.",
                 id="the-districts-own-council"),
])
def test_present_people_holding_no_visiting_office_give_no_leader(lead: str, present: str) -> None:
    assert _leader(lead + present) is None


_LOST_LEAD = ("Giám sát việc thực hiện chính sách bảo hiểm xã hội\n\nĐến hết tháng 9, huyện có 210 doanh nghiệp "
              "tham gia bảo hiểm xã hội. Số lao động tham gia tăng so với cùng kỳ. Một số doanh nghiệp còn nợ "
              "đóng kéo dài.\n\n"
              "Quang cảnh buổi làm việc.\n\n")


@pytest.mark.parametrize(("close", "name"), [
    pytest.param("Tại buổi làm việc, ông Hồ Văn Phúc, Chủ tịch LĐLĐ tỉnh Bến Tre, đề nghị huyện Mỏ Cày Nam xử lý các "
                 "doanh nghiệp nợ đóng.", "Hồ Văn Phúc", id="federation-chair-asks-district"),
    pytest.param("Tại buổi làm việc, bà Trương Thị Lan, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Bến Tre, yêu cầu UBND huyện "
                 "Mỏ Cày Nam hỗ trợ hội viên vay vốn.", "Trương Thị Lan", id="womens-union-chair-asks-committee"),
    pytest.param("Kết luận buổi làm việc, ông Hồ Văn Phúc, Chủ tịch LĐLĐ tỉnh Bến Tre, yêu cầu xã Hương Mỹ rà soát "
                 "lao động tự do.", "Hồ Văn Phúc", id="concludes-asking-commune"),
])
def test_a_provinces_officer_asking_a_named_unit_far_down_leads(close: str, name: str) -> None:
    assert _leader(_LOST_LEAD + close) == name


@pytest.mark.parametrize("close", [
    pytest.param("Tại buổi làm việc, ông Lê Minh Trí, Chủ tịch UBND xã Hương Mỹ, đề nghị huyện Mỏ Cày Nam hỗ trợ kinh "
                 "phí.", id="commune-officer-asks-district"),
    pytest.param("Tại buổi làm việc, ông Hồ Văn Phúc, Chủ tịch LĐLĐ tỉnh Bến Tre, cho biết huyện Mỏ Cày Nam còn nhiều "
                 "doanh nghiệp nợ.", id="provincial-officer-only-tells"),
    pytest.param("Tại buổi làm việc, ông Hồ Văn Phúc, Chủ tịch LĐLĐ tỉnh Bến Tre, sẽ đề nghị huyện Mỏ Cày Nam xử lý "
                 "nợ đóng.", id="ask-still-to-come"),
])
def test_a_host_or_no_ask_far_down_gives_no_leader(close: str) -> None:
    assert _leader(_LOST_LEAD + close) is None
