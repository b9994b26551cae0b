"""Teams set up for days already past; a page led by a session's opening (session 27, f48; `visit_plans`,
`visit_sittings`).

"Vừa qua, từ ngày 01 – 05/4/2021 huyện X thành lập các đoàn kiểm tra ... ở các xã": the teams' own days, gone by when
the page is written, so their checks were made — a visit, not a team only set up. The past words alone ("Vừa qua,
UBND tỉnh ban hành quyết định thành lập đoàn ...") date the decision, and a span whose work is told still to come
("...; đoàn sẽ làm việc tại ... trong tháng 1/2026") stays a team set up.

A lead that opens or holds a council's session ("HĐND tỉnh ... tổ chức khai mạc Kỳ họp thứ 4", "tại Hội trường UBND
tỉnh đã diễn ra Kỳ họp thứ 9") makes the page a session, whatever a later paragraph (a listing's next story, a survey
recalled) tells; a check made before or after the opening ("Trước khi khai mạc Kỳ họp ..., đoàn đã khảo sát") stays
a visit.

Written in our own words with invented people; real unit names.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.text import read_article
from store.extract.visit_plans import organised_within_its_days
from store.extract.visit_sittings import session_opened


def _code(text: str) -> str | None:
    non_visit = extract_article(text).non_visit
    return getattr(non_visit, "code", None) if non_visit else None


_PAST_TEAMS = [
    "Vừa qua, từ ngày 10 – 14/11/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh An Giang thành lập 2 đoàn giám sát "
    "việc thực hiện Đề án 06 ở xã Ô Lâm và xã Vĩnh Gia.",
    "Mới đây, từ ngày 3 đến ngày 6/11/2025 UBND tỉnh Vĩnh Long thành lập các tổ kiểm tra công tác cải cách hành chính "
    "tại xã Quới Điền và xã Tập Sơn.",
    "Vừa qua, trong hai ngày 20 - 21/10/2025, Thường trực HĐND tỉnh Đắk Lắk thành lập đoàn khảo sát Trung tâm phục vụ "
    "hành chính công tại xã Ea Khăl.",
    "Vừa qua, từ ngày 02 – 04/12/2025 Ủy ban Kiểm tra Tỉnh ủy Cà Mau thành lập các đoàn kiểm tra việc giải quyết thủ "
    "tục hành chính tại xã Hưng Hội.",
]
_TAIL = "\n\nXã cho biết đã tiếp nhận 420 hồ sơ trực tuyến từ đầu năm.\n"


@pytest.mark.parametrize("lead", _PAST_TEAMS)
def test_teams_set_up_for_past_days_are_a_visit(lead: str) -> None:
    assert _code("Tin cơ sở\n\n" + lead + _TAIL) is None


@pytest.mark.parametrize("lead", [
    "Vừa qua, UBND tỉnh Cà Mau ban hành quyết định thành lập đoàn kiểm tra công tác cải cách hành chính năm 2025. "
    "Từ ngày 15 – 19/12/2025, đoàn sẽ kiểm tra tại xã Hưng Hội và xã Gành Hào.",
    "Vừa qua, từ ngày 8 – 12/12/2025, UBND tỉnh Đồng Tháp thành lập đoàn kiểm tra công vụ; đoàn sẽ làm việc tại xã "
    "Mỹ Thiện trong tháng 1/2026.",
    "Từ ngày 5 - 9/1/2026, Thường trực HĐND tỉnh Lâm Đồng sẽ thành lập đoàn giám sát tại xã Ninh Gia.",
])
def test_a_team_set_up_with_its_work_to_come_stays_no_visit(lead: str) -> None:
    assert _code("Tin cơ sở\n\n" + lead + _TAIL) == "nonvisit.team_set_up"


def test_the_past_span_gives_the_teams_days() -> None:
    text = _PAST_TEAMS[1]
    before = text[:text.index("kiểm tra công tác")]
    assert organised_within_its_days(text, before)
    assert not organised_within_its_days("Vừa qua, UBND tỉnh thành lập các tổ kiểm tra tại xã A.",
                                         "Vừa qua, UBND tỉnh thành lập các tổ ")  # no days: the decision's date
    to_come = "Vừa qua, từ ngày 8 – 12/12/2025, UBND tỉnh thành lập đoàn kiểm tra; đoàn sẽ làm việc tại xã A."
    assert not organised_within_its_days(to_come, to_come[:to_come.index("kiểm tra")])


_SESSION_LEADS = [
    "Ngày 8.12, HĐND tỉnh Khánh Hòa khóa VII tổ chức khai mạc Kỳ họp thứ 12.\nTại buổi làm việc với Đảng ủy xã "
    "Cam Hiệp chiều 10/12, Phó Bí thư Tỉnh ủy Trần Quốc Việt yêu cầu xã sớm ổn định bộ máy.",
    "Sáng 3-12, tại Hội trường UBND tỉnh đã diễn ra Kỳ họp thứ 9, HĐND tỉnh Tây Ninh khóa X.\n\nTrước kỳ họp, Ban "
    "Kinh tế - Ngân sách đã đến khảo sát tại xã Cầu Khởi.",
    "Chiều 16/12, HĐND xã Lâm Tân khai mạc Kỳ họp thứ tư.\n\nSáng 17/12, đoàn công tác của Thành ủy Cần Thơ đã đến "
    "kiểm tra Trung tâm phục vụ hành chính công xã Thới An Hội.",
    "Sáng 19/12, HĐND tỉnh Vĩnh Long bế mạc Kỳ họp thứ 7.\n\nChiều cùng ngày, đoàn của Sở Nội vụ đã về xã Tân "
    "Lược kiểm tra bộ phận một cửa.",
]


@pytest.mark.parametrize("text", _SESSION_LEADS)
def test_a_page_led_by_a_session_opening_is_a_session(text: str) -> None:
    assert _code(text + "\n") == "nonvisit.session"


@pytest.mark.parametrize("text", [
    "Trước khi khai mạc Kỳ họp thứ 10, chiều 2/12/2025, Thường trực HĐND tỉnh Đồng Tháp đã khảo sát việc giải quyết "
    "thủ tục đất đai tại xã Phương Thịnh.",
    "Trước phiên khai mạc Kỳ họp thứ 6, sáng 4/12/2025, Ban Pháp chế HĐND tỉnh Vĩnh Long đã giám sát tại xã Tân "
    "Lược.",
    "Sau khi bế mạc Kỳ họp thứ 7, chiều 19/12/2025, đoàn đại biểu HĐND tỉnh Cà Mau đã đến khảo sát tại xã Gành Hào.",
])
def test_a_check_around_the_session_stays_a_visit(text: str) -> None:
    assert _code("Tin cơ sở\n\n" + text + _TAIL) is None
    assert not session_opened(read_article(text))
