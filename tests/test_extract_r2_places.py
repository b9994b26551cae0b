"""Round 2 on the session's fresh real sets: visit-or-not classes (a national leader's stop in a province; exam
sites visited). Sentences written for these tests, with invented names."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.text import read_article
from store.extract.visit_central_trips import central_leaders_stop


def _flag(text: str) -> object:
    return extract_article(text, published="2025-03-01").record.get("non_visit")


@pytest.mark.parametrize("lead", [
    "Sáng 9/2/2025, Phó Chủ tịch nước Mai Thu Hà đã đến thăm, tặng quà các gia đình chính sách tại tỉnh Sơn La.",
    "Trong chuyến công tác tại tỉnh Lai Châu, ngày 4/2/2025, Thủ tướng Lý Minh Đạt đã dâng hương tại Khu di tích "
    "Pú Sam Cáp ở tỉnh Lai Châu.",
])
def test_a_national_leaders_stop_in_a_province_is_a_visit(lead: str) -> None:
    assert central_leaders_stop(read_article("Tin hoạt động\n\n" + lead))
    assert not _flag("Tin hoạt động\n\n" + lead)


@pytest.mark.parametrize("lead", [
    "Sáng 9/2/2025, Thường trực HĐND tỉnh Sơn La do Chủ tịch HĐND tỉnh Lò Văn Sơn dẫn đầu đã đến thăm, tặng quà "
    "các gia đình chính sách tại xã Mường Bú.",
    "Ngày 9/2/2025, thừa ủy quyền của Chủ tịch nước, lãnh đạo Sở Nội vụ đã trao quà Tết cho các gia đình chính sách.",
    "Chiều 9/2/2025, tại trụ sở UBND tỉnh, Đoàn công tác của Chính phủ do Phó Thủ tướng Vi Văn Bằng dẫn đầu đã đến "
    "thăm và trao kinh phí hỗ trợ tỉnh khắc phục hậu quả lũ quét.",
    "Ngày 9/2/2025, Phó Thủ tướng Vi Văn Bằng sẽ đến thăm, tặng quà các hộ nghèo tại tỉnh Sơn La.",
])
def test_a_provincial_gift_call_a_proxy_or_a_handover_is_no_stop(lead: str) -> None:
    assert not central_leaders_stop(read_article("Tin hoạt động\n\n" + lead))


def test_relief_handed_to_the_province_in_its_hall_is_no_stop() -> None:
    lead = ("Chiều 9/2/2025, tại Hội trường Tỉnh ủy, Đoàn công tác của Quốc hội do Phó Chủ tịch Quốc hội Vi Văn Bằng "
            "dẫn đầu đã đến thăm và trao kinh phí hỗ trợ tỉnh khắc phục thiệt hại do sạt lở.")
    assert not central_leaders_stop(read_article("Tin hoạt động\n\n" + lead))
