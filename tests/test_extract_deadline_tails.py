"""Session 34 items16: ", hoàn thành trong|trước <period or day>" after an ask is its deadline (issue #12).

Sentences of our own. A piece cut at a comma that holds only "hoàn thành/hoàn tất/xong" and when joins the ask
before it, whose deadline it gives (`item_deadline_tails`; since session 42 the tail then leaves the text,
`item_deadline_cuts`); a "hoàn thành việc ..." with its
own object, a task with a day and a tail after ";" stay asks of their own.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.item_deadline_tails import is_deadline_tail

_LEAD = ("Ngày 14/11/2026, Đoàn giám sát HĐND tỉnh Hà Tĩnh do ông Lê Minh Tuấn, Phó Chủ tịch HĐND tỉnh làm trưởng "
         "đoàn đã giám sát việc giải quyết thủ tục hành chính tại phường Thành Sen, tỉnh Hà Tĩnh. ")


def _items(text: str, field: str = "directions") -> list[tuple[str, str | None]]:
    record = extract_article(_LEAD + text).record
    return [(item["text"], item.get("deadline")) for item in record.get(field, [])]


@pytest.mark.parametrize("asks, wanted", [
    ("Kết luận buổi giám sát, ông Lê Minh Tuấn yêu cầu UBND phường rà soát các hồ sơ trễ hạn, hoàn thành trong "
     "quý I/2027.", [("Rà soát các hồ sơ trễ hạn.", "2027-03-31")]),
    ("Ông Lê Minh Tuấn đề nghị phường cập nhật dữ liệu hộ tịch lên hệ thống, hoàn thành trước ngày 20/12.",
     [("Cập nhật dữ liệu hộ tịch lên hệ thống.", "2026-12-20")]),
    ("Ông Lê Minh Tuấn yêu cầu phường bổ sung công chức cho bộ phận một cửa, hoàn thành trước tháng 2/2027.",
     [("Bổ sung công chức cho bộ phận một cửa.", "2027-02-01")]),
    ("Ông Lê Minh Tuấn yêu cầu phường rà soát hồ sơ tồn đọng, hoàn thành chậm nhất trong tháng 12.",
     [("Rà soát hồ sơ tồn đọng.", "2026-12-31")]),
    ("Ông Lê Minh Tuấn yêu cầu phường kiện toàn tổ công nghệ số cộng đồng, hoàn thành trong năm 2027.",
     [("Kiện toàn tổ công nghệ số cộng đồng.", "2027-12-31")]),
    # a tail inside one member of a ";" list: only the ask before it takes the deadline
    ("Ông Lê Minh Tuấn yêu cầu phường niêm yết các thủ tục mới; số hóa hồ sơ đất đai, hoàn thành trong tháng 12; "
     "tăng cường hướng dẫn người dân.",
     [("Niêm yết các thủ tục mới.", None), ("Số hóa hồ sơ đất đai.", "2026-12-31"),
      ("Tăng cường hướng dẫn người dân.", None)]),
])
def test_a_tail_is_the_asks_deadline(asks: str, wanted: list[tuple[str, str | None]]) -> None:
    assert _items(asks) == wanted


def test_a_recommendations_tail() -> None:
    found = _items("Lãnh đạo phường kiến nghị Sở Khoa học và Công nghệ nâng cấp đường truyền, hoàn thành trong "
                   "quý I/2027.", "recommendations")
    assert found == [("Nâng cấp đường truyền.", "2027-03-31")]


@pytest.mark.parametrize("asks, wanted", [
    # "hoàn thành việc ..." has its own object: a task of its own
    ("Ông Lê Minh Tuấn yêu cầu phường rà soát hồ sơ trễ hạn; hoàn thành việc cấp đổi giấy tờ cho người dân.",
     [("Rà soát hồ sơ trễ hạn.", None), ("Hoàn thành việc cấp đổi giấy tờ cho người dân.", None)]),
    # after a comma too: its own object, its own ask
    ("Ông Lê Minh Tuấn yêu cầu phường rà soát hồ sơ trễ hạn, hoàn thành việc số hóa sổ hộ tịch.",
     [("Rà soát hồ sơ trễ hạn.", None), ("Hoàn thành việc số hóa sổ hộ tịch.", None)]),
    # a task with a day: its own ask, its own deadline
    ("Ông Lê Minh Tuấn yêu cầu phường rà soát hồ sơ trễ hạn; báo cáo kết quả trước ngày 15/12.",
     [("Rà soát hồ sơ trễ hạn.", None), ("Báo cáo kết quả.", "2026-12-15")]),
])
def test_look_alikes_stay_asks(asks: str, wanted: list[tuple[str, str | None]]) -> None:
    assert _items(asks) == wanted


@pytest.mark.parametrize("piece, tail", [
    ("hoàn thành trong quý I/2027", True),
    ("hoàn thành trước ngày 20/12", True),
    ("hoàn tất trong tháng 6 năm 2027", True),
    ("xong trước Tết Nguyên đán", True),
    ("hoàn thành trong 30 ngày làm việc", True),
    ("hoàn thành chậm nhất là cuối năm", True),
    ("hoàn thành việc cấp đổi giấy tờ", False),
    ("hoàn thành số hóa hồ sơ trong quý I", False),
    ("báo cáo kết quả trước ngày 15/11", False),
    ("hoàn thành chỉ tiêu năm 2027", False),
])
def test_is_deadline_tail(piece: str, tail: bool) -> None:
    assert is_deadline_tail(piece) is tail
