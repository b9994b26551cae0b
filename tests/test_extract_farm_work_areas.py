"""An area named by its farm work ("làm đất", "gieo cấy", "gieo sạ", "gieo trồng", "xuống giống"), as by any label
verb (`figure_label_words._VERBS`): "đã làm đất được 350 ha" read the bare "Ha"."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

LEAD = ("Ngày 6/1/2025, Ban Kinh tế - Ngân sách HĐND xã Công Thành do ông Lê Văn Hòa, Trưởng ban, làm trưởng đoàn "
        "kiểm tra tiến độ sản xuất vụ Đông Xuân tại xã Công Thành. ")


@pytest.mark.parametrize("sentence, value, label", [
    ("Đến nay, toàn xã đã làm đất được 410 ha.", 410, "Ha làm đất"),
    ("Xã đã gieo cấy 385 ha lúa.", 385, "Lúa gieo cấy"),
    ("Nông dân đã gieo sạ được 1.320 ha.", 1320, "Ha gieo sạ"),
    ("Các hợp tác xã đã xuống giống 96 ha rau màu.", 96, "Rau màu xuống giống"),
    ("Xã đã gieo trồng 175 ha ngô.", 175, "Ngô gieo trồng"),
    # look-alikes: an area with its noun, another verb
    ("Diện tích chè toàn xã là 520 ha.", 520, "Diện tích chè toàn xã"),
    ("Xã đã trồng mới 64 ha chè.", 64, "Chè trồng mới"),
    ("Dự án đã giải phóng mặt bằng được 20 ha.", 20, "Ha giải phóng mặt bằng"),
])
def test_an_area_is_named_by_its_farm_work(sentence: str, value: float, label: str) -> None:
    figures = extract_article(LEAD + sentence, today=date(2026, 12, 1)).record["figures"]
    assert [f["label"] for f in figures if f["value"] == value] == [label]
