"""An arrival for a purpose other than work or hearing (session 26, arrivals2; `store.extract.visit_arrivals`).

"đã về xã X nắm tình hình", "có mặt tại phường Y để chỉ đạo", "xuống xã Z đôn đốc": a team at a place to learn how
things stand, to direct or to urge the work on is a visit. A comfort call ("thăm hỏi, động viên"), a paper sent there
("gửi công điện về các xã để chỉ đạo"), an order to go ("yêu cầu ... xuống cơ sở nắm tình hình"), a trip only
planned, and a direction named as a noun ("theo chỉ đạo") are not.

Written in our own words with invented people; real unit names.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.visit_arrivals import arrives_to_work, not_made

_TAIL = "\n\nXã cho biết còn 23 hộ chưa nhận tiền hỗ trợ.\n"


def _code(lead: str) -> str | None:
    non_visit = extract_article("Tin địa phương\n\n" + lead + _TAIL).non_visit
    return getattr(non_visit, "code", None) if non_visit else None


@pytest.mark.parametrize("lead", [
    "Sáng 20/11/2025, đoàn công tác của Ban Dân vận Thành ủy Cần Thơ đã về xã Tân Thạnh nắm tình hình sản xuất.",
    "Chiều 6/11/2025, Thường trực UBND tỉnh Hà Tĩnh đã có mặt tại phường Thành Sen để chỉ đạo gia cố đê.",
    "Sáng 14/11/2025, đoàn của Sở Xây dựng tỉnh Gia Lai xuống xã Chư Sê đôn đốc tiến độ xây trường.",
    "Ngày 5/11/2025, tổ công tác của Tỉnh ủy Lạng Sơn đã lên xã Bình Gia nắm bắt tình hình đời sống bà con.",
])
def test_an_arrival_to_learn_direct_or_urge_is_a_visit(lead: str) -> None:
    assert _code(lead) is None


@pytest.mark.parametrize("lead", [
    "Chiều 9/11/2025, Hội Liên hiệp Phụ nữ phường Đông Sơn đã đến tổ dân phố Nam Bình thăm hỏi, động viên hội viên.",
    "Tối 2/11/2025, UBND tỉnh đã gửi công điện hỏa tốc về các xã ven biển để chỉ đạo kêu gọi tàu thuyền vào bờ.",
    "Tối 4/11/2025, Chủ tịch UBND tỉnh yêu cầu các sở cử cán bộ xuống cơ sở nắm tình hình thiệt hại.",
    "Từ đầu tháng 12, các tổ công tác dự kiến lần lượt xuống các tổ dân phố nắm tình hình hộ nghèo.",
])
def test_look_alikes_stay_no_visit(lead: str) -> None:
    assert _code(lead) is not None


def test_the_purposes_read() -> None:
    assert arrives_to_work("về xã Tân Thạnh nắm tình hình")
    assert arrives_to_work("có mặt tại phường Thành Sen để chỉ đạo")
    assert arrives_to_work("xuống cơ sở đôn đốc")
    assert not arrives_to_work("về các xã thực hiện theo chỉ đạo")  # a direction named, a noun
    assert not arrives_to_work("đến thôn Mai Lãnh Hạ thăm hỏi")  # a comfort call


def test_a_paper_or_an_order_is_not_made() -> None:
    assert not_made("UBND tỉnh đã gửi công điện hỏa tốc ")
    assert not_made("Chủ tịch UBND tỉnh yêu cầu các sở cử cán bộ ")
    assert not not_made("sáng 20/11, đoàn công tác của Ban Dân vận Thành ủy Cần Thơ đã ")  # a place, not "cần"
