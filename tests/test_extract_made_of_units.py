"""The former units a new place was made from, counted in "đơn vị hành chính" (session 27 f46; `figure_made_of`).

"Xã A được thành lập trên cơ sở ba đơn vị hành chính cấp xã cũ", "hình thành từ việc sáp nhập 3 đơn vị hành chính",
"được sắp xếp từ 3 đơn vị hành chính cấp xã": the place's make-up, no figure of the visit. The units a merger left or
cut ("còn 148 đơn vị hành chính", "giảm 68 đơn vị hành chính") and a change from one count to another stay figures.

Written in our own words with invented people; real unit names.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.figure_made_of import made_of_units

_LEAD = ("Tin địa phương\n\nSáng 12/9/2025, đoàn giám sát của Ban Pháp chế HĐND tỉnh Quảng Trị do bà Lê Thị Hằng, "
         "Trưởng ban, làm trưởng đoàn đã làm việc tại xã Cửa Tùng.\n\n")
_TAIL = " Xã đã tiếp nhận 1.250 hồ sơ.\n"


def _values(sentence: str) -> list[float]:
    record = extract_article(_LEAD + sentence + _TAIL).record
    return sorted(float(figure["value"]) for figure in record.get("figures", []))


@pytest.mark.parametrize("sentence", [
    "Xã Cửa Tùng được thành lập trên cơ sở ba đơn vị hành chính cấp xã cũ là Vĩnh Giang, Vĩnh Tân và Vĩnh Thạch.",
    "Xã Cửa Tùng được thành lập trên cơ sở 3 đơn vị hành chính cấp xã cũ.",
    "Xã Cửa Tùng hình thành từ việc sáp nhập 3 đơn vị hành chính cấp xã.",
    "Xã Cửa Tùng được sắp xếp từ 3 đơn vị hành chính cấp xã.",
    "Xã Cửa Tùng được hợp nhất từ 3 đơn vị hành chính cũ.",
    "Xã Cửa Tùng được thành lập trên cơ sở nhập toàn bộ diện tích tự nhiên và quy mô dân số của 3 đơn vị hành chính.",
    "Xã Cửa Tùng với 18 thôn, được thành lập trên cơ sở ba đơn vị hành chính cấp xã cũ.",
    # session 27 items3: in a bracket, as a new unit's ground, what it holds after the arrangement ("cũ")
    "Đoàn làm việc tại xã Cửa Tùng (sáp nhập 3 đơn vị hành chính cấp xã).",
    "Đoàn làm việc tại xã Cửa Tùng (hợp nhất 3 đơn vị hành chính cấp xã cũ).",
    "Xã Cửa Tùng sau sắp xếp gồm 3 đơn vị hành chính cũ.",
    "Xã Cửa Tùng, sau sắp xếp, gồm 3 đơn vị hành chính cấp xã cũ.",
    "Cửa Tùng là xã mới trên cơ sở 3 đơn vị hành chính cũ.",
])
def test_a_new_units_former_units_are_no_figure(sentence: str) -> None:
    assert _values(sentence) == [1250.0]


@pytest.mark.parametrize(("sentence", "value"), [
    ("Theo Sở Nội vụ, sau sắp xếp tỉnh còn 148 đơn vị hành chính cấp xã.", 148.0),
    ("Lãnh đạo Sở Nội vụ cho biết, sau sắp xếp, tỉnh đã giảm 68 đơn vị hành chính cấp xã.", 68.0),
    ("Sau sắp xếp, tỉnh gồm 148 đơn vị hành chính cấp xã.", 148.0),
    ("Tỉnh đã sáp nhập 68 đơn vị hành chính cấp xã.", 68.0),
    ("Tỉnh (sáp nhập 1.200 đơn vị hành chính cấp xã xuống còn 148) đã hoàn thành việc sắp xếp.", 1200.0),
])
def test_units_a_merger_left_or_cut_stay_figures(sentence: str, value: float) -> None:
    assert value in _values(sentence)


@pytest.mark.parametrize(("text", "number", "unit", "made_of"), [
    ("Phường A được thành lập trên cơ sở bốn đơn vị hành chính cấp xã cũ.", "bốn đơn vị hành chính",
     "đơn vị hành chính", True),
    ("Đặc khu B được sắp xếp từ 5 đơn vị hành chính cấp xã.", "5 đơn vị hành chính", "đơn vị hành chính", True),
    ("Tỉnh được sắp xếp từ 321 đơn vị hành chính cấp xã xuống còn 148.", "321 đơn vị hành chính",
     "đơn vị hành chính", False),
    ("Sau sắp xếp, tỉnh còn 148 đơn vị hành chính cấp xã.", "148 đơn vị hành chính", "đơn vị hành chính", False),
    ("Phường A được thành lập trên cơ sở 4 xã cũ và có 120 hộ nghèo.", "120 hộ", "hộ", False),
    ("Xã được thành lập từ năm 2025. Xã còn 3 đơn vị hành chính chưa bàn giao trụ sở.", "3 đơn vị hành chính",
     "đơn vị hành chính", False),
])
def test_made_of_units_reads_the_origin_clause(text: str, number: str, unit: str, made_of: bool) -> None:
    start = text.index(number)
    assert made_of_units(text, start, start + len(number), unit) is made_of
