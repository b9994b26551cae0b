"""Session 33, places15: a commune, its former district marked as gone ("huyện B cũ", "huyện B (cũ)", "huyện B trước
đây"), then "và" or ";" and another commune: both communes are visited; the district only says where the first lay
(`place_former_marks.drop_qualifier` in `place_choice._next_in_list`). Sentences written for these tests, with
invented people; look-alikes (no mark, a word that only starts like the mark, something else after the district,
the mark after a commune) read as before."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

_TODAY = date(2026, 12, 1)


def _places(text: str) -> list[str]:
    return [unit["name"] for unit in extract_article(text, today=_TODAY).record.get("localities") or []]


@pytest.mark.parametrize("text, expected", [
    ("Ngày 4/9/2025, Đoàn giám sát HĐND tỉnh Hà Tĩnh đã giám sát bộ phận một cửa tại xã Thiên Cầm, huyện Cẩm Xuyên "
     "cũ và xã Cẩm Duệ.", ["xã Thiên Cầm", "xã Cẩm Duệ"]),
    ("Ngày 4/9/2025, Đoàn giám sát HĐND tỉnh Ninh Bình đã khảo sát tại xã Phát Diệm, huyện Kim Sơn (cũ) và "
     "xã Hiển Khánh.", ["xã Phát Diệm", "xã Hiển Khánh"]),
    ("Ngày 12/10/2025, Thường trực HĐND tỉnh Đắk Lắk đã làm việc tại xã Ea Kly, huyện Krông Pắc trước đây và "
     "xã Ea Drông.", ["xã Ea Kly", "xã Ea Drông"]),
    ("Ngày 12/10/2025, Tổ công tác UBND tỉnh Nghệ An đã kiểm tra tại xã Bạch Ngọc, huyện Đô Lương cũ; "
     "xã Quỳnh Anh, huyện Quỳnh Lưu cũ.", ["xã Bạch Ngọc", "xã Quỳnh Anh"]),
    ("Ngày 12/10/2025, Đoàn giám sát HĐND tỉnh Ninh Bình đã giám sát tại xã Hải Anh, tỉnh Nam Định cũ và "
     "xã Rạng Đông.", ["xã Hải Anh", "xã Rạng Đông"]),
])
def test_the_commune_after_a_former_district_is_visited(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no mark: read alike on the base
    ("Ngày 4/9/2025, Đoàn giám sát HĐND tỉnh Hà Tĩnh đã giám sát bộ phận một cửa tại xã Thiên Cầm, huyện Cẩm Xuyên "
     "và xã Cẩm Duệ.", ["xã Thiên Cầm", "xã Cẩm Duệ"]),
    # "cũng" only starts like "cũ": the commune after it is no list's member
    ("Ngày 4/9/2025, Đoàn giám sát HĐND tỉnh Hà Tĩnh đã giám sát bộ phận một cửa tại xã Thiên Cầm, huyện Cẩm Xuyên "
     "cũng như nhiều nơi khác, xã Cẩm Duệ đã sẵn sàng.", ["xã Thiên Cầm"]),
    # the former district, then what it is now: no second visited unit
    ("Ngày 4/9/2025, Đoàn giám sát HĐND tỉnh Ninh Bình đã khảo sát tại xã Phát Diệm, huyện Kim Sơn cũ, nay đã "
     "sáp nhập vào tỉnh Ninh Bình mới.", ["xã Phát Diệm"]),
    # a request after the mark: the commune named in it is not visited
    ("Ngày 4/9/2025, Đoàn giám sát HĐND tỉnh Hà Tĩnh đã giám sát tại xã Thiên Cầm, huyện Cẩm Xuyên cũ và đề nghị "
     "xã Cẩm Duệ học tập kinh nghiệm.", ["xã Thiên Cầm"]),
])
def test_look_alikes_stay(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
