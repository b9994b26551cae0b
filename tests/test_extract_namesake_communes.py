"""Session 32, places12: after the 2025 reform, a former district's name right after a commune and a comma ("tại xã
Hà Long, Hà Trung") is the next commune of the list when the province has one commune of that name today
(`place_namesake_communes`), and so is such a name the article also writes as a commune elsewhere ("xã Nam Dong, Cư
Jút" beside "Xã Cư Jút được ...": `place_siblings.drop_misread_districts`). Sentences written for these tests, with
invented people; look-alikes (a visit before the reform, the district with its level word, a name no commune bears
today, a province after the comma) stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

_TODAY = date(2026, 12, 1)


def _places(text: str) -> list[str]:
    return [unit["name"] for unit in extract_article(text, today=_TODAY).record.get("localities") or []]


@pytest.mark.parametrize("text, expected", [
    ("Ngày 12/9/2025, Đoàn giám sát HĐND tỉnh Thanh Hóa đã giám sát bộ phận một cửa tại xã Hà Long, Hà Trung.",
     ["xã Hà Long", "xã Hà Trung"]),
    ("Ngày 3/11/2025, Ban Pháp chế HĐND tỉnh Khánh Hòa đã khảo sát việc cấp căn cước tại xã Diên Điền, Diên Khánh.",
     ["xã Diên Điền", "xã Diên Khánh"]),
    ("Ngày 20/8/2025, Tổ công tác của UBND tỉnh Bắc Ninh đã kiểm tra trung tâm hành chính công tại xã Bảo Đài, "
     "Lục Nam.", ["xã Bảo Đài", "xã Lục Nam"]),
    ("Ngày 5/8/2025, Phó Chủ tịch UBND tỉnh Quảng Trị Hồ Văn Thắng đã kiểm tra tại xã Dân Hóa, Minh Hóa. "
     "Xã Minh Hóa có diện tích rộng nhất trong các xã vùng cao của tỉnh.", ["xã Dân Hóa", "xã Minh Hóa"]),
])
def test_a_namesake_commune_after_a_comma(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # before the reform: the district qualifies the commune
    ("Ngày 14/5/2024, Ban Pháp chế HĐND tỉnh Khánh Hòa đã khảo sát cải cách hành chính tại xã Diên Thạnh, "
     "Diên Khánh.", ["xã Diên Thạnh"]),
    ("Ngày 9/4/2023, Đoàn giám sát HĐND tỉnh Thanh Hóa đã giám sát bộ phận một cửa tại xã Hà Long, Hà Trung.",
     ["xã Hà Long"]),
    # the district written with its level word
    ("Ngày 12/9/2025, Đoàn giám sát HĐND tỉnh Thanh Hóa đã giám sát bộ phận một cửa tại xã Hà Long, huyện Hà Trung "
     "cũ.", ["xã Hà Long"]),
    # a name no commune of the province bears today: the former district says where the commune lies
    ("Ngày 2/10/2025, Đoàn giám sát HĐND tỉnh Hưng Yên đã giám sát bộ phận một cửa tại xã Tống Trân, Phù Cừ.",
     ["xã Tống Trân"]),
    # a province after the comma
    ("Ngày 12/9/2025, Đoàn giám sát HĐND tỉnh Quảng Trị đã giám sát bộ phận một cửa tại xã Dân Hóa, Quảng Trị.",
     ["xã Dân Hóa"]),
])
def test_look_alikes_stay(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
