"""Two classes of session 28, f53: an excerpt that opens on the host's report, the session and its team told after it
(`visit_host_reports.host_report_first`, one of the evidence readers of `visit_kind`); a giver's gift shared out in
brackets by place (`figure_givers._share_of_a_gift`).

The stored excerpt of a page can begin after the lead that said who came: its first sentence is the host's report
("Báo cáo đánh giá của Tỉnh ủy A nêu rõ, ...", "Theo báo cáo của UBND xã B, ..."), a guest's words follow
("Phát biểu tại buổi làm việc, bà X nhấn mạnh ...") and the team is named last ("bà X cùng đoàn kiểm tra cũng đã
có buổi làm việc với huyện C"). Such a page read as a feature. Without a team or a session with a unit, or without
the guest's words at the session, it stays none.

A visiting team's, a firm's or a bank's gift is no figure of the place by the house convention, and neither are its
shares written in brackets after each place ("hỗ trợ 100 triệu đồng ... tại bản A (60 triệu đồng) và bản B (40
triệu đồng)"). The place's own support shared out the same way stays, every amount a figure.

Written in our own words with invented people; real unit names.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.figure_givers import given_by_a_giver
from store.extract.text import read_article
from store.extract.visit_host_reports import host_report_first

_REPORT = ("Báo cáo của UBND xã Tủa Chùa cho biết, năm 2025 xã đã tiếp nhận 1.530 hồ sơ thủ tục hành chính.\n\n"
           "Tỷ lệ hồ sơ nộp trực tuyến đạt 58%.\n\n"
           "Nhiều bản chưa có sóng điện thoại ổn định.\n\n")


def _code(text: str) -> str | None:
    non_visit = extract_article(text).non_visit
    return getattr(non_visit, "code", None) if non_visit else None


_VISITS = [
    # the guest's words at the working session, the team named after them
    _REPORT + "Phát biểu tại buổi làm việc, bà Lường Thị Hoa ghi nhận các kết quả của xã.\n\n"
    "Trước đó, bà Hoa cùng đoàn kiểm tra cũng đã có buổi làm việc với xã Sín Chải.",
    # a party committee's long report, a guest at a check, the team named last
    "Theo báo cáo của Huyện ủy Tủa Chùa, huyện đã đưa 12 công trình nước sinh hoạt vào sử dụng.\n\n"
    "Số hộ nghèo của huyện giảm 640 hộ so với năm trước.\n\n"
    "Việc giải ngân vốn ở các xã vùng cao còn chậm.\n\n"
    "Một số công trình chưa có đơn vị quản lý sau khi bàn giao.\n\n"
    "Phát biểu tại buổi kiểm tra, ông Quàng Văn Tính, Phó Chủ tịch Ủy ban MTTQ tỉnh, đề nghị huyện đẩy nhanh thanh "
    "quyết toán.\n\n"
    "Ông cho rằng các xã cần hoàn thiện hồ sơ trong tháng 12.\n\n"
    "Trước đó, ông Tính cùng đoàn kiểm tra cũng đã có buổi làm việc với xã Sính Phình.",
    # a summary report, the conclusion at the oversight session, the team named in the guest's words
    "Báo cáo tóm tắt của UBND xã Tủa Chùa nêu rõ, xã đã cấp 700 tài khoản định danh điện tử.\n\n"
    "Phát biểu kết luận tại buổi giám sát, bà Lò Thị Mai đề nghị xã mở thêm lớp hướng dẫn.\n\n"
    "Theo bà Mai, đoàn giám sát đánh giá cao sự vào cuộc của các tổ công nghệ số cộng đồng.",
]


@pytest.mark.parametrize("text", _VISITS)
def test_a_visit_told_after_the_hosts_report_is_a_visit(text: str) -> None:
    assert host_report_first(read_article(text)) is not None
    assert _code(text) is None


_STAYS_NONE = [
    # no team and no session with another unit: the commune's own meeting
    _REPORT + "Phát biểu tại buổi làm việc, Chủ tịch UBND xã đề nghị công chức hướng dẫn người dân nộp hồ sơ qua mạng.",
    # a team named, but no guest's words at a session
    _REPORT + "Tổ công tác Đề án 06 của xã đã làm sạch dữ liệu của 3.100 nhân khẩu.",
    # the guest's words and a team, but the excerpt does not open on a local body's report
    "Năm 2025, xã Tủa Chùa tiếp nhận 1.530 hồ sơ thủ tục hành chính.\n\n"
    "Phát biểu tại buổi làm việc, bà Lường Thị Hoa ghi nhận các kết quả của xã.\n\n"
    "Đoàn kiểm tra của huyện sẽ làm việc với xã vào tháng sau.",
    # a report of the ministry (not a local body) opening the excerpt
    "Báo cáo của Bộ Nội vụ cho biết, cả nước đã có 3.300 xã vận hành chính quyền hai cấp.\n\n"
    "Phát biểu tại buổi làm việc, Bộ trưởng đề nghị các tỉnh rà soát biên chế.\n\n"
    "Đoàn kiểm tra của Bộ sẽ đi các tỉnh trong tháng 8.",
]


@pytest.mark.parametrize("text", _STAYS_NONE)
def test_no_session_no_team_or_no_report_first_is_not_read(text: str) -> None:
    assert host_report_first(read_article(text)) is None
    assert _code(text) is not None  # still no visit, as before the rule


_SHARED_GIFTS = [
    ("Đoàn đã hỗ trợ 100 triệu đồng để mua gạo cho các hộ tại bản Hấu Chua (60 triệu đồng) và bản Pàng Dế "
     "(40 triệu đồng).", ["40 triệu đồng"]),  # the first share, close to the verb, was caught before
    ("Công ty Điện lực trao tặng 90 triệu đồng cho các hộ nghèo ở bản Nà Lốc (40 triệu đồng), bản Huổi Pá (30 triệu "
     "đồng) và bản Pá Chiến (20 triệu đồng).", ["30 triệu", "20 triệu đồng"]),
    ("Ngân hàng Chính sách xã hội trao 1,5 tỷ đồng để làm nhà và sửa bếp cho các hộ nghèo ở thôn Trung Lưu "
     "(900 triệu đồng).", ["900 triệu đồng"]),
]


def _span(text: str, marker: str) -> tuple[int, int]:
    """The money's span in `text`: the marker itself, or its "N ... đồng" part when it carries words around it."""
    at = text.index(marker)
    start = at + next(i for i, c in enumerate(marker) if c.isdigit())
    end = text.index("đồng", start) + len("đồng")
    return start, end


@pytest.mark.parametrize(("text", "markers"), _SHARED_GIFTS)
def test_a_givers_gift_shared_out_in_brackets_is_no_figure(text: str, markers: list[str]) -> None:
    for marker in markers:
        start, end = _span(text, marker)
        assert given_by_a_giver(text, start, end, "đồng"), marker


_OWN_SHARES = [
    # the place's own support: no giver, the shares stay
    ("UBND xã đã hỗ trợ 300 triệu đồng làm đường ở bản Nậm Củm (180 triệu đồng) và bản Mò Su (120 triệu đồng).",
     ["180 triệu đồng", "120 triệu đồng"]),
    # a bracket that is no share standing alone: a rate per household
    ("Đoàn đã trao 50 triệu đồng cho các hộ ở bản Hấu Chua (5 triệu đồng/hộ).", ["5 triệu đồng"]),
    # money in brackets with no sum given before it in the sentence
    ("Xã đã giải ngân vốn cho bản Pàng Dế (40 triệu đồng).", ["40 triệu đồng"]),
]


@pytest.mark.parametrize(("text", "markers"), _OWN_SHARES)
def test_own_support_rates_and_lone_sums_in_brackets_stay(text: str, markers: list[str]) -> None:
    for marker in markers:
        start, end = _span(text, marker)
        assert not given_by_a_giver(text, start, end, "đồng"), marker
