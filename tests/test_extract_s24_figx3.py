"""Session 24, figures (third round): goods and waste weighed in kilos or quintals count as their tons would
(`figure_measures.weighed_goods`, reached from `figure_goods.goods_item`), not only in a list of gifts."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.figure_measures import weighed_goods

_HEAD = ("Đoàn giám sát làm việc tại xã Ba Tơ\n\nSáng 14/10/2025, ông Nguyễn Văn Hòa, Trưởng Ban Pháp chế HĐND tỉnh "
         "Quảng Ngãi, dẫn đầu đoàn giám sát làm việc tại xã Ba Tơ. ")


def _figures(body: str) -> dict[float, dict]:
    return {f["value"]: f for f in extract_article(_HEAD + body).record["figures"]}


@pytest.mark.parametrize(("text", "measure"), [("1.300 kg phân bón", "kg"), ("800 kg rác thải", "kg"),
                                               ("3 tạ gạo", "tạ"), ("40 ký xi măng", "kg"), ("500 KG thép", "kg")])
def test_kilos_and_quintals_of_goods_are_weighed_goods(text: str, measure: str) -> None:
    number_end = text.index(" ")
    found = weighed_goods(text, 0, number_end)
    assert found is not None and found[0] == measure


@pytest.mark.parametrize("text", ["250 kg/sào", "3 tạ lúa", "5 kg thịt", "20 kg", "2 tạ ơn"])
def test_a_yield_or_other_weights_are_not(text: str) -> None:
    assert weighed_goods(text, 0, text.index(" ")) is None


def test_kilos_of_goods_seized_count_as_their_tons_do() -> None:
    in_tons = _figures("Qua kiểm tra, xã đã tạm giữ 1,3 tấn phân bón không rõ nguồn gốc.")
    in_kilos = _figures("Qua kiểm tra, xã đã tạm giữ 1.300 kg phân bón không rõ nguồn gốc.")
    assert in_tons[1.3]["unit"] == "tấn"
    assert in_kilos[1300]["unit"] == "kg"
    assert in_kilos[1300]["label"] == in_tons[1.3]["label"]


def test_what_one_gift_holds_and_a_yield_stay_out() -> None:
    figures = _figures("Xã trao 50 suất quà, mỗi suất quà gồm 10 kg gạo. Năng suất lúa đạt 230 kg/sào.")
    assert 10 not in figures and 230 not in figures


@pytest.mark.parametrize("body", ["Bình quân mỗi ha lúa của xã cho thu hoạch khoảng 6 tấn thóc.",
                                  "Mỗi sào ruộng đạt 2 tạ thóc.", "Trung bình 1 sào cho 200 kg thóc."])
def test_a_yield_told_per_area_in_words_is_no_figure(body: str) -> None:
    assert not _figures(body)


def test_goods_beside_an_area_given_still_count() -> None:
    figures = _figures("Xã hỗ trợ 1 ha đất sản xuất và 2 tấn xi măng cho hộ nghèo.")
    assert figures[2]["unit"] == "tấn"
