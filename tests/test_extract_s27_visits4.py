"""A listing or tag page led by a plan or a directive, its next story a visit (session 27, visits4;
`visit_lead_plans.lead_plan_or_directive`, checked in `visit_kind` beside `session_opened`).

The lead's first sentence names the plan ("sẽ giám sát ... từ ngày ...", "ban hành Kế hoạch giám sát") or the
directive ("có công văn chỉ đạo", "ký Chỉ thị") as what happened; the visit told in the next story does not make the
page a visit report. A visit made in the lead itself ("Thực hiện kế hoạch ..., đoàn ... đã kiểm tra ...") and a
visit's lead followed by a plan's story stay visits.

Written in our own words with invented people; real unit names.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.text import read_article
from store.extract.visit_lead_plans import lead_plan_or_directive

_VISIT_STORY = ("\n\nĐoàn giám sát làm việc tại xã Bình Sơn\n\nSáng 11/6/2025, đoàn giám sát của Ban Pháp chế HĐND "
                "tỉnh Quảng Ngãi do ông Đinh Văn Quý, Phó Trưởng ban, dẫn đầu đã làm việc với UBND xã Bình Sơn về "
                "việc giải quyết hồ sơ trực tuyến.\n\nÔng Quý đề nghị xã bố trí thêm cán bộ hướng dẫn người dân.")


def _code(text: str) -> str | None:
    non_visit = extract_article(text).non_visit
    return getattr(non_visit, "code", None) if non_visit else None


_LEADS = [
    ("Từ ngày 20/7 đến ngày 20/8/2025, Thường trực HĐND tỉnh Quảng Ngãi sẽ giám sát việc cung cấp dịch vụ công "
     "trực tuyến tại 10 xã, phường.", "nonvisit.plan"),
    ("Bắt đầu từ tháng 9/2025, Ban Văn hóa - Xã hội HĐND tỉnh Quảng Ngãi sẽ tiến hành khảo sát việc chi trả an sinh "
     "xã hội qua tài khoản.", "nonvisit.plan"),
    ("Ngày 2/6/2025, Thường trực HĐND tỉnh Quảng Ngãi ban hành Kế hoạch giám sát chuyên đề về chuyển đổi số năm "
     "2025.", "nonvisit.plan"),
    ("Kế hoạch giám sát năm 2025 của HĐND tỉnh Quảng Ngãi tập trung vào cải cách hành chính và Đề án 06.",
     "nonvisit.plan"),
    ("UBND tỉnh Quảng Ngãi có công văn chỉ đạo các sở, ngành rút ngắn thời gian giải quyết hồ sơ đất đai.",
     "nonvisit.issued_in_lead"),
    ("UBND tỉnh Quảng Ngãi vừa có văn bản chỉ đạo các xã hoàn thành số hóa hồ sơ hộ tịch trong tháng 10/2025.",
     "nonvisit.issued_in_lead"),
]


@pytest.mark.parametrize(("lead", "code"), _LEADS)
def test_a_listing_led_by_a_plan_or_a_directive_is_no_visit(lead: str, code: str) -> None:
    # a signed plan in the lead ("ban hành Kế hoạch") may be named earlier as issued in the lead: no visit either way
    assert _code(lead + _VISIT_STORY) in (code, "nonvisit.issued_in_lead")


@pytest.mark.parametrize(("lead", "code"), _LEADS)
def test_the_lead_alone_is_named(lead: str, code: str) -> None:
    got = lead_plan_or_directive(read_article(lead + _VISIT_STORY))
    assert got is not None and got.code == code


_STAYS_A_VISIT = [
    # a check made under a plan, told in the lead
    "Thực hiện kế hoạch giám sát năm 2025, sáng 18/8/2025, đoàn giám sát của Thường trực HĐND tỉnh Quảng Ngãi do bà "
    "Trần Thị Mai, Phó Chủ tịch HĐND tỉnh, dẫn đầu đã kiểm tra bộ phận một cửa tại UBND xã Sơn Tịnh.\n\nBà Mai đề "
    "nghị xã công khai tiến độ giải quyết hồ sơ.\n\nThường trực HĐND tỉnh cũng vừa ban hành Kế hoạch giám sát năm "
    "2026.",
    # a visit's lead, then a directive's story
    "Chiều 8/10/2025, đoàn giám sát của Ban Kinh tế - Ngân sách HĐND tỉnh Quảng Ngãi do ông Lê Quang Vinh, Trưởng "
    "ban, dẫn đầu đã giám sát việc chi trả chính sách tại UBND phường Trương Quang Trọng.\n\nUBND tỉnh có công văn "
    "chỉ đạo về thanh toán không dùng tiền mặt\n\nTrước đó, UBND tỉnh có công văn chỉ đạo các địa phương mở rộng "
    "thanh toán không dùng tiền mặt.",
]


@pytest.mark.parametrize("text", _STAYS_A_VISIT)
def test_a_visit_in_the_lead_stays_a_visit(text: str) -> None:
    assert _code(text) is None
    assert lead_plan_or_directive(read_article(text)) is None


@pytest.mark.parametrize("lead", [
    "Sáng 11/6/2025, đoàn sẽ kiểm tra tại xã Bình Sơn.",  # to come, no day it starts from: not this rule
    "Ông Quý cho biết kế hoạch giám sát đã được gửi tới các xã.",  # the plan named, not as what the lead tells
    "UBND tỉnh Quảng Ngãi chỉ đạo các xã đẩy nhanh số hóa hồ sơ.",  # a direction, no directive or letter named
    # a check made "theo kế hoạch", told in the lead
    "Theo kế hoạch, ngày 5/9/2025, đoàn khảo sát của Ban Pháp chế HĐND tỉnh Quảng Ngãi đã đến làm việc với UBND xã "
    "Bình Sơn từ ngày 5/9/2025.",
])
def test_look_alike_leads_are_not_named(lead: str) -> None:
    assert lead_plan_or_directive(read_article(lead)) is None
