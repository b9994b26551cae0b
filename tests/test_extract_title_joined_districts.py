"""A headline's district joined to its commune by "và" is a place visited of its own (`place_title_joined`).

Session 37, places22 (fresh76 v01): "HĐND tỉnh giám sát ... tại xã Hưng A và huyện Vĩnh Lợi" over a lead naming the
district only as the commune's ("tại xã Vĩnh Hưng A (huyện Vĩnh Lợi)") listed the commune alone: a headline unit the
text uses as a qualifier was dropped, as "tại hai xã A và B huyện X" wants. After "và" it is the list's next place.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article


def _places(title: str, lead: str) -> list[str]:
    text = (f"{title}\n\nSáng 16/6/2021, Thường trực HĐND tỉnh Sóc Trăng do ông Lâm Văn Mẫn, Phó Chủ tịch HĐND "
            f"tỉnh, làm trưởng đoàn đã giám sát việc thực hiện chương trình giảm nghèo {lead}.")
    return [loc["name"] for loc in extract_article(text).record.get("localities", [])]


@pytest.mark.parametrize(("title", "lead", "places"), [
    ("Giám sát giảm nghèo tại xã Mỹ Hương và huyện Mỹ Tú", "tại xã Mỹ Hương (huyện Mỹ Tú)",
     ["xã Mỹ Hương", "huyện Mỹ Tú"]),
    ("Khảo sát tại thị trấn Huỳnh Hữu Nghĩa và huyện Mỹ Tú", "tại thị trấn Huỳnh Hữu Nghĩa, huyện Mỹ Tú",
     ["thị trấn Huỳnh Hữu Nghĩa", "huyện Mỹ Tú"]),
    ("Giám sát tại xã Mỹ Hương, xã Long Hưng và huyện Mỹ Tú", "tại xã Mỹ Hương và xã Long Hưng thuộc huyện Mỹ Tú",
     ["xã Mỹ Hương", "xã Long Hưng", "huyện Mỹ Tú"]),
])
def test_a_district_joined_by_va_in_the_headline_is_visited(title: str, lead: str, places: list[str]) -> None:
    assert _places(title, lead) == places


@pytest.mark.parametrize(("title", "lead", "places"), [
    # the district after the communes' names, no "và": it says where they lie
    ("Giám sát tại hai xã Mỹ Hương và Long Hưng huyện Mỹ Tú", "tại xã Mỹ Hương và xã Long Hưng (huyện Mỹ Tú)",
     ["xã Mỹ Hương", "xã Long Hưng"]),
    # after a comma: the commune's district
    ("Giám sát tại xã Mỹ Hương, huyện Mỹ Tú", "tại xã Mỹ Hương (huyện Mỹ Tú)", ["xã Mỹ Hương"]),
    # a district after a district: no commune before "và"; the first, named nowhere else, is the headline's as before
    ("Giám sát tại huyện Mỹ Xuyên và huyện Mỹ Tú", "tại xã Mỹ Hương (huyện Mỹ Tú)",
     ["huyện Mỹ Xuyên", "xã Mỹ Hương"]),
])
def test_a_district_that_only_qualifies_keeps_the_old_reading(title: str, lead: str, places: list[str]) -> None:
    assert _places(title, lead) == places
