"""Session 31, places: an island district named by its island word alone ("tại đảo Cô Tô", "đã ra đảo Lý Sơn") is
that district, and going "ra" out to the island is the team's trip there. Sentences written for these tests, with
invented people; look-alikes (an island that is no district, an archipelago, a peninsula, an island city, a boat
trip to an island that is no district) stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.place_islands import island_districts

_TODAY = date(2026, 12, 1)


def _places(text: str) -> list[str]:
    return [unit["name"] for unit in extract_article(text, today=_TODAY).record.get("localities") or []]


def _islands(text: str) -> list[str]:
    return [m.base for m in island_districts(text, None, False, [])]


@pytest.mark.parametrize("text, expected", [
    ("Đoàn đã giám sát tại đảo Cô Tô.", ["Cô Tô"]),
    ("Ban đã khảo sát trên đảo Bạch Long Vĩ và đảo Cồn Cỏ.", ["Bạch Long Vĩ", "Cồn Cỏ"]),
    ("Đoàn đã ra đảo Lý Sơn để kiểm tra.", ["Lý Sơn"]),
    ("Đảo Kiên Hải có hai bến tàu.", ["Kiên Hải"]),  # the island word opening the text
    ("Đoàn đã khảo sát trên đảo Cát Bà.", []),  # an island that is no district
    ("Tàu hải quân đưa đoàn ra thăm quần đảo Trường Sa.", []),  # an archipelago
    ("Đoàn đã tham quan bán đảo Sơn Trà.", []),  # a peninsula (and a quận)
    ("Đoàn đã làm việc trên đảo Phú Quốc.", []),  # an island city, no district of the "huyện" level
    ("Đoàn đã khảo sát tại huyện đảo Cô Tô.", []),  # "huyện đảo": the level word's own mention
    ("Người dân trên đảo cho biết như vậy.", []),  # no name after the island word
    ("Ông Đảo Văn Lý đã phát biểu.", []),  # a person
])
def test_an_island_district_named_by_its_island_word(text: str, expected: list[str]) -> None:
    assert _islands(text) == expected


_LEAD = "Ngày 12/5/2023, ông Lê Văn Hạnh, Phó Chủ tịch UBND tỉnh Quảng Ngãi "


@pytest.mark.parametrize("text, expected", [
    (_LEAD + "đã ra đảo Lý Sơn để kiểm tra việc giải quyết thủ tục hành chính.", ["huyện Lý Sơn"]),
    (_LEAD + "cùng đoàn công tác đã ra huyện đảo Lý Sơn để kiểm tra Bộ phận một cửa.", ["huyện Lý Sơn"]),
    (_LEAD + "đã kiểm tra việc giải quyết thủ tục hành chính tại đảo Lý Sơn.", ["huyện Lý Sơn"]),
    # look-alikes: no trip of the team's, or no island district
    (_LEAD + "đã kiểm tra việc giải quyết thủ tục hành chính tại huyện Bình Sơn.", ["huyện Bình Sơn"]),
    (_LEAD + "đã ra đảo Hòn Khoai để kiểm tra trạm phát sóng.", ["tỉnh Quảng Ngãi"]),
    (_LEAD + "đã kiểm tra việc cấp căn cước tại đảo Hòn Khoai.", ["tỉnh Quảng Ngãi"]),
])
def test_the_trip_out_to_an_island_district(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
