"""A council holding its own session, and an exchange framed between two localities: no visit (s34/fresh72).

`visit_sittings.session_opened` reads "HĐND ... tổ chức kỳ họp thứ ..." in the lead as the session, as it read
"khai mạc kỳ họp"; `visit_unmade.cooperation_meeting` reads "trao đổi kinh nghiệm giữa hai địa phương" as it read
"hợp tác ... giữa hai tỉnh". Each positive case fails without its rule; the look-alikes stay as they were.
"""

from __future__ import annotations

import pytest

from store.extract.text import read_article
from store.extract.visit_sittings import session_opened
from store.extract.visit_unmade import cooperation_meeting

_HELD = [
    "Sáng 28/8, HĐND xã Hòa Phú (thành phố Đà Nẵng) tổ chức kỳ họp thứ hai, nhiệm kỳ 2021 - 2026 nhằm đánh giá tình "
    "hình. Thời gian qua, Thường trực HĐND xã đã giám sát Trung tâm Phục vụ hành chính công xã.",
    "Chiều 14/3/2024, HĐND huyện Krông Bông (tỉnh Đắk Lắk) đã tổ chức kỳ họp chuyên đề để xem xét kế hoạch đầu tư "
    "công. Trước đó, Ban Kinh tế - Xã hội đã giám sát tại một số xã.",
    "Ngày 5/12, Hội đồng nhân dân phường Bắc Hà tiến hành kỳ họp bất thường để kiện toàn chức danh. Ban Pháp chế đã "
    "khảo sát bộ phận một cửa.",
    "HĐND thị xã Kỳ Anh đã tổ chức thành công kỳ họp thứ 15. Thường trực HĐND đã giám sát tại 3 phường.",
]
_NOT_HELD = [
    # a survey made to prepare the session: no council before "tổ chức kỳ họp"
    "Để chuẩn bị tổ chức kỳ họp thứ 12, sáng 3/7/2024, Ban Pháp chế HĐND huyện Ứng Hòa đã khảo sát tại UBND xã A.",
    # work around the session
    "Trước khi HĐND tỉnh tổ chức kỳ họp thứ 9, Đoàn giám sát đã làm việc tại UBND huyện B.",
    # a visit verb before the session words
    "Sáng 3/7, Thường trực HĐND huyện đã khảo sát tại xã C để chuẩn bị nội dung HĐND huyện tổ chức kỳ họp thứ 8.",
    # the session named, not held by the council in the lead
    "Thực hiện kế hoạch tổ chức kỳ họp thứ 10 của HĐND tỉnh, Ban Văn hóa - Xã hội đã khảo sát tại xã D.",
]


@pytest.mark.parametrize("text", _HELD)
def test_a_council_holding_its_session_is_the_session(text: str) -> None:
    assert session_opened(read_article(text))


@pytest.mark.parametrize("text", _NOT_HELD)
def test_work_around_or_for_a_session_is_no_session(text: str) -> None:
    assert not session_opened(read_article(text))


_BETWEEN_TWO = [
    "Ngày 6/11, bà A, Phó Chủ tịch HĐND tỉnh Bắc Ninh, đã tiếp và làm việc với đoàn công tác HĐND tỉnh Tuyên Quang. "
    "Chuyến công tác nhằm tăng cường trao đổi kinh nghiệm giữa hai địa phương trong cải cách hành chính.",
    "Sáng 12/9, đoàn công tác của Thành ủy Cần Thơ đã đến làm việc tại tỉnh Vĩnh Long. Buổi làm việc nhằm chia sẻ "
    "kinh nghiệm giữa hai bên về chuyển đổi số.",
    "Ngày 18/9, ông B đã tiếp đoàn công tác HĐND tỉnh Lào Cai. Đoàn sang học tập kinh nghiệm giữa hai tỉnh về tổ "
    "chức HĐND cấp xã.",
]
_NOT_BETWEEN_TWO = [
    # oversight in the lead keeps the visit
    "Sáng 10/10, Đoàn khảo sát của HĐND tỉnh đã khảo sát tại UBND xã Yang Mao. Dịp này, hai bên trao đổi kinh "
    "nghiệm giữa hai địa phương về bộ phận một cửa.",
    # between two levels: a team and the commune it visits
    "Sáng 10/10, đoàn công tác của tỉnh đã làm việc tại UBND xã A. Hai bên trao đổi kinh nghiệm giữa hai cấp.",
    # experience shared, no "giữa" frame
    "Ngày 2/6, đoàn công tác của huyện đã làm việc tại xã B, chia sẻ kinh nghiệm vận hành bộ phận một cửa.",
]


@pytest.mark.parametrize("text", _BETWEEN_TWO)
def test_an_exchange_between_two_localities_is_no_visit(text: str) -> None:
    assert cooperation_meeting(read_article(text))


@pytest.mark.parametrize("text", _NOT_BETWEEN_TWO)
def test_other_exchanges_keep_their_reading(text: str) -> None:
    assert not cooperation_meeting(read_article(text))
