"""The brief's heading of a place written as a unit that no longer stands names the ward of today (tryout s42-tryout14).

A journalist's brief of `ward="xã Tịnh Hòa"` had two headings, "xã Đông Sơn (Quảng Ngãi)" and "xã Tịnh Hòa (Quảng
Ngãi)", with nothing saying they are one ward today, though the list wrote "Tịnh Hòa → Đông Sơn" and the figures view
"now in Xã Đông Sơn". The old unit keeps its own heading (today's ward may be several old units merged); the heading
says what it is part of now.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.export import to_markdown
from store.folding import fold
from tests.factories import make_record

QUANG_NGAI = {"name": "Quảng Ngãi", "code": 51}
HCM = {"name": "Thành phố Hồ Chí Minh", "code": 79}
TINH_HOA = {"name": "xã Tịnh Hòa", "level": "xã", "province": QUANG_NGAI, "ward": {"name": "Xã Đông Sơn", "code": 1}}
DONG_SON = {"name": "xã Đông Sơn", "level": "xã", "province": QUANG_NGAI, "ward": {"name": "Xã Đông Sơn", "code": 1}}
NOW = {"vi": "nay thuộc", "en": "now in"}


def _headings(localities: list[dict[str, Any]], lang: str) -> list[str]:
    records = [make_record(id=f"2025-10-0{n}-x", localities=[place]) for n, place in enumerate(localities, 1)]
    text = to_markdown(records, lang=lang, today=date(2025, 12, 1))
    return [line[3:] for line in text.splitlines() if line.startswith("## ")]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_an_old_unit_names_the_ward_it_is_part_of_today(lang: str) -> None:
    headings = _headings([DONG_SON, TINH_HOA], lang)
    assert headings == ["xã Đông Sơn (Quảng Ngãi)", f"xã Tịnh Hòa (Quảng Ngãi, {NOW[lang]} Xã Đông Sơn)"]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_with_a_former_province_both_are_said(lang: str) -> None:
    place = {"name": "xã Bình Nhâm", "level": "xã", "former_province": "Bình Dương", "province": HCM,
             "ward": {"name": "Phường Lái Thiêu", "code": 2}}
    assert _headings([place], lang) == [f"xã Bình Nhâm (Bình Dương, {NOW[lang]} Phường Lái Thiêu, "
                                        "Thành phố Hồ Chí Minh)"]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_unit_that_still_stands_is_said_as_before(lang: str) -> None:
    """The look-alikes: the ward of today of the same name (its level word written lower-case or not), a former
    province's ward that kept its name, a place with no ward (a former district)."""
    kept = {"name": "phường Lái Thiêu", "level": "phường", "former_province": "Bình Dương", "province": HCM,
            "ward": {"name": "Phường Lái Thiêu", "code": 2}}
    district = {"name": "huyện Thạch Thất", "level": "huyện", "province": {"name": "Thành phố Hà Nội", "code": 1}}
    tan_dinh = {"name": "phường Tân Định", "level": "phường", "province": HCM, "ward": {"name": "Phường Tân Định",
                                                                                      "code": 3}}
    assert _headings([kept, district, tan_dinh], lang) == [
        f"phường Lái Thiêu (Bình Dương, {NOW[lang]} Thành phố Hồ Chí Minh)", "huyện Thạch Thất (Thành phố Hà Nội)",
        "phường Tân Định (Thành phố Hồ Chí Minh)"]


# names as a gazetteer writes them: words one space apart (the brief writes any run of spaces as one)
NAMES = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạ Hòa", min_size=1, max_size=12).map(
    lambda name: " ".join(name.split())).filter(bool)


@settings(max_examples=60, deadline=None)
@given(written=NAMES, today=NAMES)
def test_the_ward_of_today_is_named_exactly_when_it_is_another_name(written: str, today: str) -> None:
    place = {"name": f"xã {written}", "level": "xã", "province": QUANG_NGAI, "ward": {"name": f"Xã {today}", "code": 1}}
    [heading] = _headings([place], "vi")
    assert heading.startswith(f"xã {written} (Quảng Ngãi")
    assert ("nay thuộc" in heading) == (fold(written) != fold(today))
