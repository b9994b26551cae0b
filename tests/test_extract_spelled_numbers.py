"""A unit's ordinal written as a number: "thị trấn Thứ 11" is the gazetteer's "Thứ Mười Một".

Session 36, places21 (fresh77's v14): a township Front's payout watch "thị trấn Thứ 11" (An Minh, Kiên Giang) was read
as a town "Thứ", placed nowhere. `place_names.numbered` now tries the number's spellings (`place_spelled_numbers`).
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.place_spelled_numbers import spellings


def _places(text: str) -> list[tuple[str, int | None]]:
    return [(loc["name"], (loc.get("ward") or {}).get("code"))
            for loc in extract_article(text).record.get("localities", [])]


@pytest.mark.parametrize(("number", "words"), [
    (3, ["Ba"]), (4, ["Bốn", "Tư"]), (10, ["Mười"]), (11, ["Mười Một"]), (15, ["Mười Lăm"]),
    (21, ["Hai Mươi Một", "Hai Mươi Mốt"]), (24, ["Hai Mươi Bốn", "Hai Mươi Tư"]),
    (30, ["Ba Mươi"]), (0, []), (100, []),
])
def test_spellings(number: int, words: list[str]) -> None:
    assert spellings(number) == words


@pytest.mark.parametrize(("text", "place"), [
    ("Giám sát chi trả\n\nNgày 4/5/2020, Ủy ban MTTQ huyện An Minh (Kiên Giang) đã giám sát việc chi trả tại thị "
     "trấn Thứ 11.", ("thị trấn Thứ Mười Một", 31018)),
    ("Khảo sát chợ\n\nNgày 9/3/2022, Ban Kinh tế - Ngân sách HĐND tỉnh Kiên Giang đã khảo sát chợ ở thị trấn Thứ 3, "
     "huyện An Biên.", ("thị trấn Thứ Ba", 30985)),
])
def test_a_town_written_with_its_number_is_placed(text: str, place: tuple[str, int]) -> None:
    assert _places(text) == [place]


@pytest.mark.parametrize(("text", "place"), [
    ("Giám sát đất đai\n\nNgày 9/3/2022, Ban Pháp chế HĐND tỉnh Kiên Giang đã giám sát lần thứ 2 tại thị trấn Thứ "
     "Ba.", ("thị trấn Thứ Ba", 30985)),  # spelled in words already; the count "lần thứ 2" is no name
    ("Kiểm tra\n\nNgày 9/3/2022, đoàn của HĐND tỉnh đã kiểm tra tại phường 3, thành phố Sóc Trăng, tỉnh Sóc Trăng.",
     ("phường 3", 31510)),  # a ward numbered in digits keeps its own reading
])
def test_look_alikes_keep_their_reading(text: str, place: tuple[str, int]) -> None:
    assert _places(text) == [place]
