"""A kind named right before its count on the count's own unit word labels the count (`figure_label_own_kind`).

"người có công 45 người" read "Người" and "đã chi hỗ trợ cho hộ cận nghèo 90 hộ" read "Hộ được chi hỗ trợ" (session
37's left open, figures19); look-alikes keep their labels: a kind of another unit word, a kind said with "là", a
count before its kind, a clause with a number.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

LEAD = ("Ngày 12/3/2025, Ban Văn hóa - Xã hội HĐND xã Công Thành do bà Lê Thị Hoa, Trưởng ban, làm trưởng đoàn giám "
        "sát việc thực hiện chính sách an sinh xã hội tại xã Công Thành. ")


def _labels(sentence: str) -> dict[float, str]:
    figures = extract_article(LEAD + sentence, today=date(2026, 12, 1)).record["figures"]
    return {f["value"]: f["label"] for f in figures}


@pytest.mark.parametrize("sentence, value, label", [
    ("Năm 2024, xã đã tặng quà cho hộ nghèo 120 hộ, người có công 45 người.", 45, "Người có công"),
    ("Đợt này có các nhóm được thăm hỏi: hộ có hoàn cảnh khó khăn 48 hộ; người neo đơn 19 người.", 48,
     "Hộ có hoàn cảnh khó khăn"),
    ("Hộ được vay vốn giải quyết việc làm 36 hộ.", 36, "Hộ được vay vốn giải quyết việc làm"),
    ("Học sinh được miễn học phí 640 học sinh.", 640, "Học sinh được miễn học phí"),
    ("Toàn xã hiện có người có công với cách mạng 63 người.", 63, "Người có công với cách mạng"),
    ("Xã đã chi hỗ trợ cho hộ cận nghèo 90 hộ.", 90, "Hộ cận nghèo được chi hỗ trợ"),
    ("Xã đã cấp thẻ bảo hiểm y tế cho người cao tuổi 310 người.", 310, "Người cao tuổi được cấp thẻ bảo hiểm y tế"),
    ("Xã đã tổ chức tập huấn cho hội viên phụ nữ 85 hội viên.", 85, "Hội viên phụ nữ được tổ chức tập huấn"),
    ("Xã đã hỗ trợ hộ nghèo 27 hộ.", 27, "Hộ nghèo được hỗ trợ"),
    ("Xã đã xây mới 35 căn nhà; hộ dân đã được sửa chữa nhà 12 hộ.", 12, "Hộ dân được sửa chữa nhà"),
])
def test_a_kind_on_its_own_unit_word_is_the_label(sentence: str, value: float, label: str) -> None:
    assert _labels(sentence)[value] == label


@pytest.mark.parametrize("sentence, value, label", [
    ("Xã đã chi trả cho hộ nghèo 70 người.", 70, "Người được chi trả cho hộ nghèo"),  # another unit word
    ("Hộ nghèo được hỗ trợ là 120 hộ.", 120, "Hộ nghèo được hỗ trợ"),  # said with "là"
    ("Số hộ nghèo đầu năm là 96 hộ.", 96, "Hộ nghèo đầu năm"),
    ("Xã đã cấp quà cho 58 người cao tuổi.", 58, "Người cao tuổi được cấp quà"),  # the count before its kind
    ("Trong đó, hộ nghèo 80 hộ.", 80, "Hộ nghèo"),  # a list item as before
    ("Xã đã tiếp nhận 1.200 hồ sơ.", 1200, "Hồ sơ tiếp nhận"),
    ("Xã có 14 khu vực bỏ phiếu.", 14, "Khu vực bỏ phiếu của xã"),  # no kind before the number: a holding (s39)
])
def test_look_alikes_keep_their_labels(sentence: str, value: float, label: str) -> None:
    assert _labels(sentence)[value] == label


def test_a_running_totals_repeat_paid_to_a_kind_is_told_once() -> None:
    """The payout's label keeps its kind, so the repeat of the part is the part (`running_total_repeats`)."""
    text = ("Năm 2025, xã được giao kinh phí hỗ trợ cho 130 hộ. Trong đó, hộ cận nghèo 90 hộ; hộ mới thoát nghèo 40 "
            "hộ. Đến nay, xã đã chi hỗ trợ cho hộ cận nghèo 90 hộ.")
    figures = extract_article(LEAD + text, today=date(2026, 12, 1)).record["figures"]
    assert [f["value"] for f in figures if f["value"] == 90] == [90]
