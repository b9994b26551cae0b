"""Session 24, classes left open by session 23: initials with no known head or a comma inside before the unit visited,
"đặc biệt là" opening a list item, a commune's council swapping experience with another commune's, the visiting body
named later in the lead paragraph. The articles are written for these tests (tuned t1601-t1609, t1615-t1619)."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from store.extract import extract_file
from store.extract.place_agency_lists import listed_after_agencies
from tests.leads import TODAY

TUNED = Path(__file__).parent / "articles" / "tuned"
EXPECTED = orjson.loads((TUNED / "expected.json").read_bytes())



def _record(number: int) -> dict:
    name = next(name for name in EXPECTED if name.startswith(f"t{number}_"))
    return extract_file(TUNED / name, today=TODAY).record


@pytest.mark.parametrize("agencies", ["TT PVHCC tỉnh", "VPĐKĐĐ tỉnh", "Sở VH,TT&DL tỉnh", "Sở VH, TT và DL tỉnh",
                                      "BV ĐK tỉnh", "Sở Y tế, Sở VH, TT&DL tỉnh"])
def test_initials_without_a_known_head_or_with_a_comma_come_before_the_unit(agencies: str) -> None:
    text = f"Đoàn đã khảo sát tại {agencies} và phường An Phú"
    assert listed_after_agencies(text, text.index("phường"))


@pytest.mark.parametrize("agencies", ["TT HĐND tỉnh", "TT UBND tỉnh", "TT. Phú Mỹ"])
def test_a_standing_committee_or_a_town_in_initials_is_no_agency(agencies: str) -> None:
    text = f"Đoàn đã khảo sát tại {agencies} và phường An Phú"
    assert not listed_after_agencies(text, text.index("phường"))


@pytest.mark.parametrize("number, ward", [(1601, "phường Quảng Phú"), (1602, "xã Phú Lộc")])
def test_the_unit_after_agencies_in_initials_is_visited(number: int, ward: str) -> None:
    assert [place["name"] for place in _record(number)["localities"]] == [ward]
