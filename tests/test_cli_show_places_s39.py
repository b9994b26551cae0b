"""`surveys show` writes a locality as the browser's details do: as written → what it is today.

It wrote "xã Hương Ngải = Xã Tây Phương, Thành phố Hà Nội" (tryout11, session 39): Hương Ngải was merged into
Tây Phương in 2025, it is not the same commune, and the browser's details said "→" for the same visit.
"""

from __future__ import annotations

from typing import Any

import pytest

from cli.commands.describe import describe_record
from tui.widgets.detail_lists import locality_line


def visit(*localities: dict[str, Any]) -> dict[str, Any]:
    return {"id": "2024-03-05-x", "date": "2024-03-05", "date_certainty": "stated", "kind": "khảo sát",
            "body": "HĐND huyện Thạch Thất", "leader": {"name": "Đỗ Văn Hùng"}, "localities": list(localities),
            "topics": [], "summary": "Khảo sát."}


HANOI = {"name": "Thành phố Hà Nội", "code": 1}
HCM = {"name": "Thành phố Hồ Chí Minh", "code": 79}
MERGED = {"name": "xã Hương Ngải", "level": "xã", "province": HANOI, "ward": {"name": "Xã Tây Phương", "code": 9997}}
FORMER = {"name": "phường Tân Đông Hiệp", "level": "phường", "former_province": "Bình Dương", "province": HCM,
          "ward": {"name": "Phường Tân Đông Hiệp", "code": 25942}}
DISTRICT = {"name": "huyện Thạch Thất", "level": "huyện", "province": HANOI}
CITY = {"name": "Thành phố Hà Nội", "level": "tỉnh", "province": HANOI}


def locality_of(record: dict[str, Any], lang: str) -> str:
    return describe_record(record, lang).splitlines()[3]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_merged_commune_is_not_said_to_be_the_one_it_became(lang: str) -> None:
    line = locality_of(visit(MERGED), lang)
    assert "xã Hương Ngải → Xã Tây Phương, Thành phố Hà Nội" in line and " = " not in line


@pytest.mark.parametrize("place", [MERGED, FORMER, DISTRICT], ids=["merged", "former-province", "district"])
def test_show_writes_each_place_as_the_details_pane_does(place: dict[str, Any]) -> None:
    assert locality_of(visit(place), "vi").endswith(": " + locality_line(place))


def test_several_places_are_kept_apart_by_semicolons() -> None:
    line = locality_of(visit(FORMER, DISTRICT), "en")
    assert line == ("Locality: phường Tân Đông Hiệp (Bình Dương) → Phường Tân Đông Hiệp, Thành phố Hồ Chí Minh; "
                    "huyện Thạch Thất → Thành phố Hà Nội")


def test_a_place_written_as_it_is_today_is_written_once() -> None:
    """The look-alike: nothing to say "→" about."""
    assert locality_of(visit(CITY), "vi") == "Địa bàn: Thành phố Hà Nội"
