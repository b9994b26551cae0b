"""A commune's or ward's own head at a working session with the unit's own staff is its own meeting, no visit
(`visit_own_staff.own_staff_session`, read by `visit_kind` on the sentence taken as the visit).

"Phát biểu tại buổi làm việc với các công chức, Chủ tịch UBND xã yêu cầu ..." and "Chủ tịch UBND xã A đã có buổi làm
việc với các phòng chuyên môn của xã" have a head and "làm việc với", so they read as visits. Look-alikes stay visits:
a higher office's head at a commune's session ("Phó Chủ tịch UBND tỉnh", "Trưởng Ban ... HĐND tỉnh"), a commune head
speaking to a visiting team, another commune's staff, a team named in the opening.

Written in our own words with invented people; real unit names.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.text import read_article
from store.extract.visit_own_staff import own_staff_session

_REPORT = ("Báo cáo của UBND xã Tủa Chùa cho biết, năm 2025 xã đã tiếp nhận 1.530 hồ sơ thủ tục hành chính.\n\n"
           "Tỷ lệ hồ sơ nộp trực tuyến đạt 58%.\n\n")


def _code(text: str) -> str | None:
    non_visit = extract_article(text).non_visit
    return getattr(non_visit, "code", None) if non_visit else None


_OWN = [
    _REPORT + "Phát biểu tại buổi làm việc với các công chức, Chủ tịch UBND xã yêu cầu công khai tiến độ từng hồ sơ.",
    _REPORT + "Phát biểu tại buổi làm việc với cán bộ, công chức, viên chức của xã, Phó Bí thư Thường trực Đảng ủy xã "
    "đề nghị mỗi người thành thạo dịch vụ công trực tuyến.",
    "Sáng 4/11/2025, ông Lò Văn Thịnh, Chủ tịch UBND xã Tủa Chùa, đã có buổi làm việc với các phòng chuyên môn, đơn vị "
    "trực thuộc UBND xã về tiến độ số hóa.\n\nÔng Thịnh yêu cầu hoàn thành trước ngày 31/12.",
    "Ngày 9/12/2025, bà Vì Thị Nga, Phó Chủ tịch UBND phường Mường Thanh, làm việc với cán bộ, công chức phường về "
    "chuyển đổi số.\n\nPhường đã cấp 3.200 tài khoản định danh.",
]


@pytest.mark.parametrize("text", _OWN)
def test_a_units_head_with_its_own_staff_is_its_own_meeting(text: str) -> None:
    assert _code(text) == "nonvisit.own_meeting"


_VISITS = [
    # a provincial leader working with a commune's officials
    _REPORT + "Phát biểu tại buổi làm việc với cán bộ, công chức xã, ông Quàng Văn Tú, Phó Chủ tịch UBND tỉnh Điện "
    "Biên, yêu cầu xã rà soát các thủ tục còn chậm.",
    # an outside body's head speaking at the commune's session
    _REPORT + "Phát biểu tại buổi làm việc với cán bộ, công chức xã, bà Lò Thị Xuân, Trưởng Ban Pháp chế HĐND tỉnh, "
    "đề nghị xã bổ sung thiết bị.",
    # the commune's chairman speaking to a visiting team
    "Ngày 20/10/2025, Đoàn giám sát của HĐND tỉnh Điện Biên đã làm việc với UBND xã Tủa Chùa.\n\n"
    "Phát biểu tại buổi làm việc với Đoàn giám sát, Chủ tịch UBND xã đề nghị tỉnh hỗ trợ kinh phí.",
]


@pytest.mark.parametrize("text", _VISITS)
def test_an_outside_head_or_team_stays_a_visit(text: str) -> None:
    assert extract_article(text).non_visit is None


@pytest.mark.parametrize("sentence, own", [
    ("Phát biểu tại buổi làm việc với các công chức, Chủ tịch UBND xã yêu cầu công khai hồ sơ.", True),
    ("Chủ tịch UBND xã Tủa Chùa Lò Văn Thịnh làm việc với công chức xã Tủa Chùa về chuyển đổi số.", True),
    # another commune's staff, or staff of a higher level
    ("Chủ tịch UBND xã Tủa Chùa Lò Văn Thịnh làm việc với công chức xã Sín Chải về chuyển đổi số.", False),
    ("Chủ tịch UBND xã Tủa Chùa làm việc với công chức huyện về chuyển đổi số.", False),
    # no staff named: a head at a session with someone else
    ("Phát biểu tại buổi làm việc với Đoàn kiểm tra, Chủ tịch UBND xã đề nghị hỗ trợ.", False),
    ("Chủ tịch UBND xã làm việc với Công ty Điện lực về đường dây.", False),
    # no commune-level head: a provincial leader
    ("Phó Chủ tịch UBND tỉnh làm việc với cán bộ, công chức xã Tủa Chùa.", False),
])
def test_the_sentence_read(sentence: str, own: bool) -> None:
    assert own_staff_session(read_article(sentence), sentence) is own
