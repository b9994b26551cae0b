"""Session 33, places13: after the 2025 reform, a former district's name inside a list of communes closed by "và xã C"
("tại xã Hoạt Giang, Hà Trung và xã Tống Sơn") or followed by more names ("xã A, Hà Trung, C và xã D") is a commune
of the list when the province has one commune of that name today, and the names after it go on the list
(`place_mentions._address_districts` reads the name before "và xã" as it reads one before a comma;
`place_namesake_lists`). Sentences written for these tests, with invented people; look-alikes (a visit before the
reform, the district with its level word, a name no commune of the province bears today, a plural list the base
reads already) keep the district out."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

_TODAY = date(2026, 12, 1)


def _places(text: str) -> list[str]:
    return [unit["name"] for unit in extract_article(text, today=_TODAY).record.get("localities") or []]


@pytest.mark.parametrize("text, expected", [
    ("Ngày 3/9/2025, Đoàn giám sát HĐND tỉnh Thanh Hóa đã giám sát bộ phận một cửa tại xã Hoạt Giang, Hà Trung và "
     "xã Tống Sơn.", ["xã Hoạt Giang", "xã Hà Trung", "xã Tống Sơn"]),
    ("Ngày 9/10/2025, Ban Pháp chế HĐND tỉnh Nghệ An đã khảo sát việc cấp căn cước tại xã Bạch Ngọc, Diễn Châu và "
     "xã Mậu Thạch.", ["xã Bạch Ngọc", "xã Diễn Châu", "xã Mậu Thạch"]),
    ("Ngày 11/11/2025, Tổ công tác của UBND tỉnh Thanh Hóa đã kiểm tra tại xã Tống Sơn, Hà Trung, Các Sơn và "
     "xã Lĩnh Toại.", ["xã Tống Sơn", "xã Hà Trung", "xã Các Sơn", "xã Lĩnh Toại"]),
    ("Ngày 11/11/2025, Tổ công tác của UBND tỉnh Thanh Hóa đã kiểm tra tại xã Hoạt Giang, Hà Trung, Nga Sơn và "
     "xã Tống Sơn.", ["xã Hoạt Giang", "xã Hà Trung", "xã Nga Sơn", "xã Tống Sơn"]),
    ("Ngày 20/8/2025, Đoàn khảo sát HĐND tỉnh Đắk Lắk đã khảo sát tại xã Cuôr Đăng, Krông Búk, Ea Drông.",
     ["xã Cuôr Đăng", "xã Krông Búk", "xã Ea Drông"]),
])
def test_a_namesake_commune_inside_a_list(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # before the reform: the district says where the first commune lies; the commune after "và" is still visited
    # (the base lost it: no mention stood between the two communes)
    ("Ngày 9/4/2024, Đoàn giám sát HĐND tỉnh Thanh Hóa đã giám sát bộ phận một cửa tại xã Hoạt Giang, Hà Trung và "
     "xã Tống Sơn.", ["xã Hoạt Giang", "xã Tống Sơn"]),
    # a name no commune of the province bears today: the former district qualifies the first commune
    ("Ngày 2/10/2025, Đoàn giám sát HĐND tỉnh Hưng Yên đã giám sát bộ phận một cửa tại xã Tống Trân, Phù Cừ và "
     "xã Xuân Trúc.", ["xã Tống Trân", "xã Xuân Trúc"]),
])
def test_the_district_qualifies_and_the_next_commune_stays(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the district written with its level word: never a commune (the commune after "cũ và" is read since places15)
    ("Ngày 3/9/2025, Đoàn giám sát HĐND tỉnh Thanh Hóa đã giám sát bộ phận một cửa tại xã Hoạt Giang, huyện Hà Trung "
     "cũ và xã Tống Sơn.", ["xã Hoạt Giang", "xã Tống Sơn"]),
    # a name no commune bears today, then more names: they stay unread
    ("Ngày 2/10/2025, Đoàn giám sát HĐND tỉnh Hưng Yên đã giám sát bộ phận một cửa tại xã Tống Trân, Phù Cừ, "
     "Đoàn Đào.", ["xã Tống Trân"]),
    # "các xã A, B và C": a list already, read alike on the base
    ("Ngày 3/9/2025, Đoàn giám sát HĐND tỉnh Thanh Hóa đã giám sát tại các xã Hoạt Giang, Hà Trung và Tống Sơn.",
     ["xã Hoạt Giang", "xã Hà Trung", "xã Tống Sơn"]),
])
def test_look_alikes_stay(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
