"""Session 38, places24: a headline opening on a district's bare name before a colon or a dash ("Đồng Phú: ...",
"Krông Pắc - ...") places a commune the text names bare whose name other provinces share. Sentences written for
these tests, with invented people; look-alikes (a province's prefix, a district name of several provinces, a
headline with no prefix, a text naming the district itself) keep their readings."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.place_headline_districts import headline_district

_TODAY = date(2026, 12, 1)


def _wards(text: str) -> list[tuple[int, int | None]]:
    record = extract_article(text, today=_TODAY).record
    return [(unit["province"]["code"], (unit.get("ward") or {}).get("code")) for unit in record.get("localities") or []]


@pytest.mark.parametrize("title, commune, expected", [
    ("Krông Pắc - Giám sát bảo hiểm y tế", "xã Hòa Tiến", [(66, 24490)]),
    ("Đồng Phú: HĐND huyện khảo sát hòa giải", "xã Tân Lập", [(75, 25363)]),
    ("Đồng Phú – Giám sát nhà ở cho hộ nghèo", "xã Tân Hòa", [(75, 25378)]),
])
def test_the_headline_district_places_a_shared_commune(title: str, commune: str, expected: list) -> None:
    text = f"{title}\n\nNgày 12/9/2023, Ban Kinh tế - Xã hội HĐND huyện đã giám sát tại {commune}."
    assert _wards(text) == expected


@pytest.mark.parametrize("title", [
    "Bình Phước: Giám sát công tác giảm nghèo",  # a province's prefix
    "Châu Thành: Giám sát công tác giảm nghèo",  # a district name of several provinces
    "Giám sát công tác giảm nghèo tại Đồng Phú",  # no prefix
    "Đồng Phú chú trọng giảm nghèo bền vững",  # the name opens a sentence, no colon nor dash
    "Nguyễn Văn A: người giữ rừng",  # a person's name
    "",
])
def test_look_alikes_give_no_headline_district(title: str) -> None:
    assert headline_district(title) is None


def test_the_district_read() -> None:
    found = headline_district("Krông Pắc - Giám sát bảo hiểm y tế")
    assert found is not None and (found.written, found.province) == ("huyện Krông Pắc", "Đắk Lắk")


def test_a_commune_the_text_places_itself_is_not_moved() -> None:
    text = ("Krông Pắc - Giám sát nông thôn mới\n\nNgày 22/8/2024, đoàn giám sát HĐND tỉnh Đắk Lắk đã giám sát tại "
            "xã Ea Yông, huyện Krông Pắc.")
    assert _wards(text) == [(66, 24490)]
