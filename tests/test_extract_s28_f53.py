"""An excerpt that opens on the host's report, the session and its team told after it (session 28, f53;
`visit_host_reports.host_report_first`, one of the evidence readers of `visit_kind`).

The stored excerpt of a page can begin after the lead that said who came: its first sentence is the host's report
("Báo cáo đánh giá của Tỉnh ủy A nêu rõ, ...", "Theo báo cáo của UBND xã B, ..."), a guest's words follow
("Phát biểu tại buổi làm việc, bà X nhấn mạnh ...") and the team is named last ("bà X cùng đoàn kiểm tra cũng đã
có buổi làm việc với huyện C"). Such a page read as a feature. Without a team or a session with a unit, or without
the guest's words at the session, it stays none.

Written in our own words with invented people; real unit names.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
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
