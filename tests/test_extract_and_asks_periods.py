"""Session 34 items: "và" between asks or between things, a direction's later own verb, a bare period (issue #12).

Sentences of our own. A list member opened by "và" and a thing joins the member before it, and "và" with a request
verb and its addressee opens a second ask (`item_and_members`); a direction's later "...; yêu cầu Công an xã B" is
asked of that unit, an inner "mà người dân yêu cầu ..." cuts nothing (`item_own_verbs.later_ask`); a period with no
cue right after the ask's head verb or at its end is its deadline (`item_period_verbs`).
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.item_deadlines import deadline_of

_LEAD = ("Ngày 14/11/2025, Đoàn giám sát HĐND huyện Kỳ Anh do ông Lê Minh Tuấn, Phó Chủ tịch HĐND huyện làm trưởng "
         "đoàn đã giám sát tại xã Kỳ Tân, huyện Kỳ Anh, tỉnh Hà Tĩnh. ")


def _items(text: str, field: str) -> list[tuple[str, str | None]]:
    record = extract_article(_LEAD + text).record
    return [(item["text"], item.get("to")) for item in record.get(field, [])]


@pytest.mark.parametrize("asks, wanted", [
    ("Xã kiến nghị huyện sửa trụ sở tiếp dân; bổ sung máy tính bảng; và phần mềm tra cứu hồ sơ.",
     ["Sửa trụ sở tiếp dân.", "Bổ sung máy tính bảng và phần mềm tra cứu hồ sơ."]),
    ("Xã đề xuất một số nội dung như: tập huấn chữ ký số cho cán bộ, mua thêm bàn ghế chờ, và quạt cho phòng một "
     "cửa.", ["Tập huấn chữ ký số cho cán bộ.", "Mua thêm bàn ghế chờ và quạt cho phòng một cửa."]),
    ("Xã kiến nghị tỉnh cấp thêm máy chủ cho xã và đề nghị Sở Tài chính phân bổ kinh phí bảo trì đường truyền.",
     ["Cấp thêm máy chủ cho xã.", "Phân bổ kinh phí bảo trì đường truyền."]),
    ("Xã kiến nghị huyện mở lớp tập huấn kỹ năng số và đề xuất Bộ Công an sớm sửa lỗi đăng nhập VNeID.",
     ["Mở lớp tập huấn kỹ năng số.", "Sớm sửa lỗi đăng nhập VNeID."]),
])
def test_and_joins_things_or_starts_an_ask(asks: str, wanted: list[str]) -> None:
    assert [text for text, _ in _items(asks, "recommendations")] == wanted


def test_second_ask_after_and_is_made_to_its_addressee() -> None:
    found = _items("Xã kiến nghị tỉnh cấp thêm máy chủ cho xã và đề nghị Sở Tài chính phân bổ kinh phí bảo trì.",
                   "recommendations")
    assert [to for _, to in found] == ["tỉnh", "Sở Tài chính"]


@pytest.mark.parametrize("asks, wanted", [
    # "và" and an action: an ask of its own, as before
    ("Xã kiến nghị huyện sửa trụ sở tiếp dân; bổ sung máy tính bảng; và hỗ trợ phần mềm tra cứu hồ sơ.",
     ["Sửa trụ sở tiếp dân.", "Bổ sung máy tính bảng.", "Hỗ trợ phần mềm tra cứu hồ sơ."]),
    # a request verb after "và" with no addressee: the task itself, one ask
    ("Xã đề nghị huyện tổng hợp ý kiến của người dân và đề xuất giải pháp rút ngắn thời gian chờ.",
     ["Tổng hợp ý kiến của người dân và đề xuất giải pháp rút ngắn thời gian chờ."]),
    # the noun after "và": one ask
    ("Xã đề nghị huyện xem xét các ý kiến và kiến nghị của cử tri về đường truyền.",
     ["Xem xét các ý kiến và kiến nghị của cử tri về đường truyền."]),
    # two things inside one member, no list cut: unchanged
    ("Xã kiến nghị huyện bổ sung máy tính bảng và phần mềm tra cứu hồ sơ.",
     ["Bổ sung máy tính bảng và phần mềm tra cứu hồ sơ."]),
])
def test_and_look_alikes(asks: str, wanted: list[str]) -> None:
    assert [text for text, _ in _items(asks, "recommendations")] == wanted


@pytest.mark.parametrize("said, wanted", [
    ("Ông Lê Minh Tuấn yêu cầu UBND xã thống kê các thủ tục mà người dân yêu cầu hỗ trợ nhiều; yêu cầu Công an xã Kỳ "
     "Tân rà soát dữ liệu cư trú.",
     [("Thống kê các thủ tục mà người dân yêu cầu hỗ trợ nhiều.", "UBND xã Kỳ Tân"),
      ("Rà soát dữ liệu cư trú.", "Công an xã Kỳ Tân")]),
    ("Ông Lê Minh Tuấn đề nghị UBND xã niêm yết các thủ tục mà doanh nghiệp đề nghị làm trực tuyến; đề nghị Sở Nội vụ "
     "hướng dẫn xã bố trí công chức một cửa.",
     [("Niêm yết các thủ tục mà doanh nghiệp đề nghị làm trực tuyến.", "UBND xã Kỳ Tân"),
      ("Hướng dẫn xã bố trí công chức một cửa.", "Sở Nội vụ")]),
])
def test_direction_later_own_verb_and_inner_request(said: str, wanted: list[tuple[str, str]]) -> None:
    assert _items(said, "directions") == wanted


@pytest.mark.parametrize("said, wanted", [
    # no unit after the later verb: the text stays whole
    ("Ông Lê Minh Tuấn yêu cầu UBND xã rà soát hồ sơ trễ hẹn; yêu cầu cán bộ một cửa xin lỗi người dân khi trễ hẹn.",
     [("Rà soát hồ sơ trễ hẹn.", "UBND xã Kỳ Tân"),
      ("Yêu cầu cán bộ một cửa xin lỗi người dân khi trễ hẹn.", "UBND xã Kỳ Tân")]),
    # one direction with an inner request, not cut
    ("Ông Lê Minh Tuấn yêu cầu UBND xã giải quyết dứt điểm các hồ sơ mà người dân yêu cầu bổ sung nhiều lần.",
     [("Giải quyết dứt điểm các hồ sơ mà người dân yêu cầu bổ sung nhiều lần.", "UBND xã Kỳ Tân")]),
])
def test_direction_look_alikes(said: str, wanted: list[tuple[str, str]]) -> None:
    assert _items(said, "directions") == wanted


@pytest.mark.parametrize("text, visit, due", [
    ("Triển khai tháng 3 việc thu phí không dùng tiền mặt.", "2025-11-14", "2026-03-31"),
    ("Sớm đưa vào sử dụng quý II/2026 hệ thống xếp hàng tự động.", "2025-11-14", "2026-06-30"),
    ("Lắp đặt camera tại bộ phận một cửa quý I/2026.", "2025-11-14", "2026-03-31"),
    ("Hoàn thành việc số hóa sổ hộ tịch tháng 12.", "2025-11-14", "2025-12-31"),
    ("Cấp chữ ký số cho toàn bộ công chức năm 2026.", "2025-11-14", "2026-12-31"),
])
def test_bare_period_is_the_deadline(text: str, visit: str, due: str) -> None:
    assert deadline_of(text, visit) == due


@pytest.mark.parametrize("text, visit", [
    ("Xây dựng kế hoạch chuyển đổi số năm 2026.", "2025-11-14"),  # the plan's year
    ("Gửi báo cáo kết quả quý IV.", "2025-11-14"),  # the report's quarter
    ("Duy trì mô hình tổ công nghệ số thành lập tháng 8.", "2025-11-14"),  # the model's history
    ("Nhân rộng mô hình ki-ốt khai trương tháng 6/2025.", "2025-11-14"),  # an event inside the object
    ("Tiếp tục phát huy kết quả đạt được quý III/2025.", "2025-11-14"),  # a period over before the visit
    ("Rà soát hồ sơ tồn từ tháng 3.", "2025-11-14"),  # a span's start
    ("Tiếp tục rà soát thủ tục hành chính.", "2025-11-14"),  # no period at all
])
def test_bare_period_look_alikes(text: str, visit: str) -> None:
    assert deadline_of(text, visit) is None


def test_difficulty_after_and_reads_without_it() -> None:
    record = extract_article(_LEAD + "Xã còn gặp khó khăn như đường truyền thường chậm, máy quét đã xuống cấp, và phần "
                                     "mềm một cửa hay bị lỗi.").record
    assert [item["text"] for item in record.get("difficulties", [])] == [
        "Đường truyền thường chậm.", "Máy quét đã xuống cấp.", "Phần mềm một cửa hay bị lỗi."]
