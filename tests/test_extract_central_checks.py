"""Central bodies' checks at provinces (session 39, fresh84's real set: n08 and v06).

- An inspection's decision announced to a province, the work still ahead (`visit_announced`): "công bố quyết định
  thanh tra" joins "kiểm tra" and "giám sát", and the work to come is told by the inspection's term ("Thời hạn thanh
  tra là 30 ngày") or by the papers asked for it ("chuẩn bị hồ sơ, tài liệu để làm việc với đoàn"), not only by "sẽ".
  Work told as done ("đã làm việc với", "tiến hành kiểm tra") keeps the visit.
- An official's working session as the visit's verb (`leader_subjects.HAS_SESSION`): "đã có cuộc làm việc với UBND
  tỉnh", "đã có các buổi làm việc với UBND các tỉnh", as "có buổi làm việc" was; a host's session with the team
  ("làm việc với đoàn") or a commune's officials' session with a visitor stay the host's.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.text import read_article
from store.extract.visit_kind import non_visit_reason


def _code(text: str) -> str | None:
    found = non_visit_reason(read_article(text))
    return found.code if found is not None else None


def _leader(text: str) -> str | None:
    return (extract_article(text).record.get("leader") or {}).get("name")


@pytest.mark.parametrize("text", [
    "Thanh tra tỉnh công bố quyết định thanh tra tại Sở Nội vụ\n\nSáng 6/10/2026, Thanh tra tỉnh Bình Định công bố "
    "quyết định thanh tra việc tuyển dụng công chức tại Sở Nội vụ.\n\nBà Lê Thị Mai, Phó Chánh Thanh tra tỉnh, "
    "trưởng đoàn, nêu yêu cầu đối với các thành viên đoàn.\n\nThời hạn thanh tra là 30 ngày làm việc, kể từ ngày "
    "công bố quyết định.",
    "Thanh tra tỉnh làm việc tại Sở Tài chính\n\nChiều 8/10/2026, Thanh tra tỉnh Nghệ An tổ chức buổi công bố "
    "quyết định thanh tra trách nhiệm tại Sở Tài chính.\n\nTrưởng đoàn công bố toàn văn Quyết định thanh tra số "
    "88/QĐ-TTr và đề nghị Sở chuẩn bị đầy đủ hồ sơ, tài liệu để làm việc với đoàn theo lịch.",
    "Công bố quyết định kiểm tra cải cách hành chính tại xã Diễn Châu\n\nChiều 9/10/2026, Đoàn kiểm tra của Sở Nội "
    "vụ tỉnh Nghệ An công bố quyết định kiểm tra công tác cải cách hành chính năm 2026 đối với UBND xã Diễn Châu."
    "\n\nTrưởng đoàn đề nghị xã chuẩn bị báo cáo về giải quyết thủ tục hành chính tại Trung tâm phục vụ hành chính "
    "công xã để làm việc với Đoàn.\n\nLãnh đạo xã tiếp thu ý kiến của đoàn.",
])
def test_an_inspection_only_announced_is_no_visit(text: str) -> None:
    assert _code(text) == "nonvisit.to_come"


@pytest.mark.parametrize("text", [
    # announced, then worked: a visit
    "Thanh tra Bộ công bố quyết định thanh tra tại tỉnh Bình Định\n\nSáng 6/10/2026, Thanh tra Bộ Nội vụ công bố "
    "quyết định thanh tra tại tỉnh Bình Định; ngay sau đó, đoàn đã làm việc với Sở Nội vụ.\n\nThời hạn thanh tra "
    "là 30 ngày làm việc.",
    "Kiểm tra tại xã Diễn Châu\n\nNgày 9/10/2026, Đoàn kiểm tra của Sở Nội vụ công bố quyết định kiểm tra đối với "
    "UBND xã Diễn Châu, rồi tiến hành kiểm tra hồ sơ tại Trung tâm phục vụ hành chính công xã.\n\nĐoàn đề nghị xã "
    "chuẩn bị báo cáo để làm việc với đoàn vào tuần sau.",
    # papers asked after a supervision told done, no decision announced: a visit
    "Giám sát hộ tịch tại xã Hương Sơn\n\nSáng 12/11/2026, Ban Pháp chế HĐND tỉnh Hà Tĩnh đã giám sát công tác hộ "
    "tịch tại UBND xã Hương Sơn.\n\nĐoàn đề nghị xã chuẩn bị hồ sơ để làm việc với đoàn tại kỳ sau.",
])
def test_an_inspection_told_at_work_stays_a_visit(text: str) -> None:
    assert _code(text) != "nonvisit.to_come"


@pytest.mark.parametrize("text, name", [
    ("Thứ trưởng làm việc tại Quảng Ngãi\n\nSáng 17/11/2026, Thứ trưởng Bộ Tư pháp Lê Minh Khoa đã có cuộc làm việc "
     "với UBND tỉnh Quảng Ngãi về công tác hộ tịch.", "Lê Minh Khoa"),
    ("Khảo sát tại Lào Cai\n\nTrong hai ngày 22 và 23/10/2026, Phó Chủ nhiệm Ủy ban Pháp luật và Tư pháp của Quốc "
     "hội Hoàng Thị Lan đã có các buổi làm việc với UBND các tỉnh Lào Cai và Tuyên Quang.", "Hoàng Thị Lan"),
    ("Kiểm tra phòng chống tham nhũng tại Tuyên Quang\n\nTrong hai ngày, hôm qua (28/9) và hôm nay (29/9), Phó Chủ "
     "tịch Quốc hội Uông Chu Lưu đã có các cuộc làm việc với Ban Thường vụ Tỉnh ủy các tỉnh Tuyên Quang và Lạng Sơn.",
     "Uông Chu Lưu"),
])
def test_an_officials_working_session_is_their_visit(text: str, name: str) -> None:
    assert _leader(text) == name


@pytest.mark.parametrize("text, name", [
    # the host's session with the team: the team's head leads
    ("Bộ Nội vụ kiểm tra tại Hà Tĩnh\n\nSáng 5/11/2026, Chủ tịch UBND tỉnh Hà Tĩnh Trần Quốc Hùng đã có cuộc làm "
     "việc với đoàn kiểm tra của Bộ Nội vụ.\n\nĐoàn do Thứ trưởng Bộ Nội vụ Nguyễn Thành Công làm trưởng đoàn.",
     "Nguyễn Thành Công"),
    # a commune's officials' session with a visitor: the visitor leads
    ("Phó Bí thư Tỉnh ủy làm việc tại xã Đức Thọ\n\nSáng 4/11/2026, Chủ tịch UBND xã Đức Thọ Lê Văn Hòa cùng lãnh "
     "đạo xã đã có cuộc làm việc với đồng chí Nguyễn Hồng Lĩnh, Phó Bí thư Tỉnh ủy Hà Tĩnh, về chính quyền xã.",
     "Nguyễn Hồng Lĩnh"),
])
def test_a_hosts_working_session_leaves_the_visitor_leading(text: str, name: str) -> None:
    assert _leader(text) == name
