"""Issue 12, session 24 (s24/fresh37), sentences written for the tests: a session day of the Assembly or a council,
told as its agenda goes on ("tiếp tục chương trình Kỳ họp thứ 10, Quốc hội làm việc tại hội trường, nghe ..."), is
the body at its own sitting, whatever oversight its reports speak of (`visit_sittings._SESSION_DAY`); a visit made
before, between or for a session stays a visit."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import Draft, extract_article
from store.reasons import Reason

TODAY = date(2026, 12, 1)
TAIL = "\n\nCác đại biểu đề nghị tăng cường hướng dẫn người dân nộp hồ sơ trực tuyến."


def draft(lead: str, title: str = "Cải cách hành chính") -> Draft:
    return extract_article(f"{title}\n\n{lead}{TAIL}", today=TODAY)


@pytest.mark.parametrize("lead", [
    "Sáng 20/11, tiếp tục chương trình Kỳ họp thứ 10, Quốc hội làm việc tại hội trường, nghe Chính phủ trình bày báo "
    "cáo kết quả thực hiện các nghị quyết về giám sát chuyên đề.",
    "Chiều 11/12/2025, tiếp tục chương trình kỳ họp thứ 30, HĐND tỉnh Hà Tĩnh nghe Ban Kinh tế - Ngân sách trình bày "
    "báo cáo kết quả khảo sát việc giải quyết thủ tục đất đai tại các xã.",
    "Sáng 17/12/2025, tiếp tục kỳ họp thứ tư, HĐND phường Thanh Khê thảo luận báo cáo giám sát của Thường trực HĐND "
    "phường về công tác tiếp công dân.",
    "Ngày 26/6, tiếp tục chương trình làm việc của Kỳ họp thứ 9, Quốc hội biểu quyết thông qua Nghị quyết về việc "
    "sắp xếp đơn vị hành chính cấp tỉnh sau khi nghe báo cáo giám sát.",
    "Sáng 15/5, tiếp tục chương trình Kỳ họp thứ 9, Quốc hội khóa XV, Chủ nhiệm Ủy ban Pháp luật Hoàng Thanh Tùng "
    "trình Quốc hội Báo cáo thẩm tra dự án Luật Hoạt động giám sát của Quốc hội và HĐND (sửa đổi).",
])
def test_a_session_day_going_on_is_no_visit(lead: str) -> None:
    said = draft(lead).non_visit
    assert isinstance(said, Reason) and said.code == "nonvisit.session"


@pytest.mark.parametrize("lead", [
    "Trong thời gian nghỉ giữa hai ngày họp của Kỳ họp thứ 31 HĐND tỉnh, chiều 10/12/2025, Thường trực HĐND tỉnh Tây "
    "Ninh do ông Nguyễn Văn Mười dẫn đầu đã khảo sát Trung tâm phục vụ hành chính công phường Tân Ninh.",
    "Tiếp tục chương trình kỳ họp thứ 5, chiều 12/12/2025, các đại biểu HĐND tỉnh Lào Cai đã khảo sát thực tế tại "
    "Trung tâm phục vụ hành chính công xã Bảo Hà.",
    "Thực hiện chương trình giám sát trước kỳ họp thứ năm HĐND tỉnh, sáng 14/11/2025, Ban Pháp chế HĐND tỉnh Lào Cai "
    "đã giám sát việc giải quyết thủ tục hành chính tại xã Bảo Hà.",
])
def test_a_visit_around_a_session_stays_a_visit(lead: str) -> None:
    assert draft(lead).non_visit is None
