"""A team named with its member provinces ("Đoàn kiểm tra ... gồm các tỉnh A, B, C do X làm trưởng đoàn") visits none.

Session 29, fresh56 v03: a Front emulation cluster's check team, "Cụm thi đua ..., Tiểu cụm 2 gồm các tỉnh Sóc Trăng,
Bạc Liêu, Cà Mau", worked at Bạc Liêu; the three members were read as a list of the units visited after "kiểm tra".
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.place_cues import _LISTED_IN


def _places(text: str) -> list[str]:
    return [loc["name"] for loc in extract_article(text).record.get("localities", [])]


@pytest.mark.parametrize(("text", "visited", "members"), [
    ("Ngày 3/12/2022, Đoàn kiểm tra chéo của Cụm thi đua số 2 gồm các tỉnh Nghệ An, Hà Tĩnh, Quảng Bình do ông Lê "
     "Văn Hòa làm trưởng đoàn đã làm việc tại tỉnh Quảng Bình.", "tỉnh Quảng Bình", ["tỉnh Nghệ An", "tỉnh Hà Tĩnh"]),
    ("Sáng 9/9/2024, Tổ khảo sát liên tỉnh gồm các tỉnh Kon Tum, Gia Lai do bà Y Lan làm tổ trưởng đã làm việc với "
     "UBND tỉnh Đắk Lắk.", "tỉnh Đắk Lắk", ["tỉnh Kon Tum", "tỉnh Gia Lai"]),
])
def test_a_teams_member_provinces_are_not_visited(text: str, visited: str, members: list[str]) -> None:
    places = _places(text)
    assert visited in places
    assert not set(members) & set(places)


@pytest.mark.parametrize(("text", "places"), [
    # look-alikes: a list after "gồm" where the team goes stays the units visited
    ("Ngày 5/4/2024, Đoàn giám sát đã giám sát tại các xã gồm: xã Cẩm Mỹ, xã Cẩm Quan về hồ sơ trực tuyến.",
     ["xã Cẩm Mỹ", "xã Cẩm Quan"]),
    ("Ngày 5/4/2024, Ban Pháp chế HĐND tỉnh đã khảo sát 2 xã gồm xã Cẩm Mỹ và xã Cẩm Quan.",
     ["xã Cẩm Mỹ", "xã Cẩm Quan"]),
])
def test_units_listed_where_the_team_goes_stay_visited(text: str, places: list[str]) -> None:
    assert set(places) <= set(_places(text))


@pytest.mark.parametrize(("before", "listed"), [
    ("Đoàn kiểm tra chéo của Cụm thi đua số 2 gồm các ", False),
    ("Tổ khảo sát liên tỉnh gồm các ", False),
    ("đoàn giám sát gồm ", False),
    ("đã kiểm tra tại các xã gồm: ", True),
    ("Ban Pháp chế đã khảo sát 2 xã gồm ", True),
])
def test_the_words_before_a_list(before: str, listed: bool) -> None:
    assert bool(_LISTED_IN.search(before)) is listed
