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
