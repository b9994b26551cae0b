"""An outlet's mark glued between a headline and its lead (`figure_label_outlet_marks`), and each gift's value named
by the gift (`figure_label_money._gift_named`): labels, with look-alikes that keep theirs."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.figure_label_outlet_marks import without_outlet_mark

LEAD = ("Ngày 22/1/2025, Ban Văn hóa - Xã hội HĐND xã Công Thành do bà Lê Thị Hoa, Trưởng ban, làm trưởng đoàn giám "
        "sát việc tặng quà Tết tại xã Công Thành. ")


@pytest.mark.parametrize("rest, kept", [
    (" ĐNO - Sáng 28/8, HĐND xã ...", " - Sáng 28/8, HĐND xã ..."),
    (" tiếp nhận BĐN - Chiều 17/10/2025, Thường trực ...", " tiếp nhận - Chiều 17/10/2025, Thường trực ..."),
    (" cao tuổi QNO – Ngày 5/3, đoàn ...", " cao tuổi – Ngày 5/3, đoàn ..."),
])
def test_an_outlets_mark_before_a_dated_lead_goes(rest: str, kept: str) -> None:
    assert without_outlet_mark(rest) == kept


@pytest.mark.parametrize("rest", [
    " BHYT - Sáng 20/11/2025, Ban ...",  # an acronym of the kind
    " TTHC - Chiều 3/9, ...",
    " ĐNO - một mô hình hay",  # no dated lead after the dash
    " ĐNO, Sáng 28/8",  # no dash
    " hồ sơ Đông - Sáng 5/3",  # no word of capitals only
])
def test_look_alikes_keep_their_words(rest: str) -> None:
    assert without_outlet_mark(rest) == rest


def test_a_headlines_count_drops_the_mark() -> None:
    text = ("Phường Hòa Cường ghi nhận 2.460 hồ sơ tiếp nhận ĐNO - Sáng 15/10/2025, Thường trực HĐND phường Hòa Cường "
            "(thành phố Đà Nẵng) do bà Nguyễn Thị Thu, Phó Chủ tịch HĐND phường, làm trưởng đoàn đã giám sát hoạt "
            "động của Trung tâm phục vụ hành chính công phường.")
    figures = extract_article(text, today=date(2026, 12, 1)).record["figures"]
    assert [f["label"] for f in figures if f["value"] == 2460] == ["Hồ sơ tiếp nhận"]


@pytest.mark.parametrize("sentence, value, label", [
    ("Xã đã trao 260 suất quà. Mỗi suất quà trị giá 600.000 đồng.", 600000, "Trị giá suất quà (đồng/suất)"),
    ("Các tổ chức đã trao 180 phần quà, trị giá mỗi phần quà là 400.000 đồng.", 400000,
     "Trị giá phần quà (đồng/suất)"),
    ("Xã đã tặng 95 suất quà Tết, mỗi suất trị giá 300.000 đồng.", 300000, "Trị giá suất quà (đồng/suất)"),
    ("Xã đã tặng 120 suất quà (350 ngàn đồng/suất) cho hộ nghèo.", 350000, "Trị giá suất quà (đồng/suất)"),
    # look-alikes: a rate per household, a total value, a rate whose label has words of its own
    ("Xã đã hỗ trợ 74 hộ có nhà bị tốc mái với mức 3 triệu đồng/hộ.", 3000000, "Mức hỗ trợ (đồng/hộ)"),
    ("Các đoàn thể đã trao 210 suất quà với tổng trị giá 84 triệu đồng.", 84000000, "Tổng trị giá trao"),
])
def test_each_gifts_value_is_named_by_the_gift(sentence: str, value: float, label: str) -> None:
    figures = extract_article(LEAD + sentence, today=date(2026, 12, 1)).record["figures"]
    assert [f["label"] for f in figures if f["value"] == value] == [label]
