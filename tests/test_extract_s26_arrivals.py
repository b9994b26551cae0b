"""A team that arrives at a place to work or to hear it (session 26, visits; `store.extract.visit_arrivals`).

"đã về xã X làm việc", "xuống phường X để nghe", "có mặt tại xã X làm việc": the place comes between the verb of
arrival and "làm việc", which then has no "với"/"tại" after it. A visit, even after a long opening clause. Staff
posted to communes, teams only expected to go, a team set up with that remit, a commune's own briefing its village
heads come to are not.

Written in our own words with invented people; real unit names.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.visit_arrivals import arrives_to_work, not_made

_TAIL = "\n\nXã cho biết đã giải quyết 40 hồ sơ, còn 3 hồ sơ quá hạn.\n"


def _code(lead: str) -> str | None:
    non_visit = extract_article("Tin địa phương\n\n" + lead + _TAIL).non_visit
    return getattr(non_visit, "code", None) if non_visit else None


@pytest.mark.parametrize("lead", [
    "Sáng 9/10/2025, tổ công tác của Tỉnh ủy Lạng Sơn đã về xã Bình Gia làm việc.",
    "Sau nhiều tuần bà con phản ánh chuyện nước sinh hoạt bị đục, kéo dài qua cả mùa khô, chiều 4/11/2025, đoàn công "
    "tác của UBND tỉnh Gia Lai đã đến phường Quy Nhơn Đông làm việc và nghe người dân.",
    "Ngày 14/11/2025, Ban Văn hóa - Xã hội HĐND tỉnh Sơn La đã xuống phường Chiềng Sinh để nghe cán bộ phường.",
    "Trưa 2/12/2025, đoàn công tác của UBND thành phố Huế đã có mặt tại phường Thủy Xuân làm việc.",
    "Ngày 6/10/2025, tổ công tác của Sở Nội vụ tỉnh Lạng Sơn đã lên xã Quốc Khánh lắng nghe cán bộ, công chức.",
    "Sáng 20/10/2025, Thường trực HĐND thành phố Cần Thơ đã tới phường Long Tuyền làm việc.",
])
def test_a_team_arriving_to_work_is_a_visit(lead: str) -> None:
    assert _code(lead) is None


@pytest.mark.parametrize("lead", [
    "Ngày 20/8/2025, UBND tỉnh Lạng Sơn đã điều động 42 công chức các sở về các xã vùng cao làm việc.",
    "UBND tỉnh Gia Lai dự kiến cử bốn tổ công tác xuống các phường ven biển làm việc.",
    "UBND tỉnh Sơn La vừa ban hành kế hoạch, theo đó các tổ công tác sẽ về các xã làm việc trong tháng 12.",
    "Chủ tịch UBND tỉnh đã ký quyết định thành lập tổ công tác; tổ có nhiệm vụ về các xã làm việc.",
    "Sáng 3/11/2025, UBND xã Bình Gia tổ chức hội nghị giao ban; các trưởng thôn đã về trụ sở xã làm việc.",
    "Sau 20 năm công tác ở tỉnh, ông Hoàng Văn Lâm đã trở về xã Thất Khê làm việc.",
])
def test_look_alikes_stay_no_visit(lead: str) -> None:
    assert _code(lead) is not None


def test_the_arrival_needs_a_place_then_work_or_hearing() -> None:
    assert arrives_to_work("về xã Sơn Tây làm việc")
    assert arrives_to_work("có mặt tại phường Thủy Xuân để lắng nghe")
    assert arrives_to_work("xuống các xã vùng sâu làm việc")
    assert not arrives_to_work("về trụ sở xã làm việc")  # the commune's own hall: its people called in
    assert not arrives_to_work("về việc đưa nước sạch đến khoảng 150 hộ")


def test_a_post_or_a_trip_to_come_is_not_made() -> None:
    assert not_made("UBND tỉnh đã điều động 42 công chức ")
    assert not_made("UBND tỉnh dự kiến cử bốn tổ công tác ")
    assert not_made("Sau nhiều năm, ông đã trở ")
    assert not not_made("Sau nhiều buổi bàn bạc, sáng 9/10, tổ công tác đã ")
    assert not not_made("Dự kiến từ trước, sáng 9/10, tổ công tác đã ")  # a plan in another clause is not this one
