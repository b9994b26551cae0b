"""Session 31 (f65): a commune's one-stop desk or office checked by the district's leader is the visit's place, also
when the check is said to be unannounced or of the desk's work and when the unit's office stands between desk and unit
(`place_desks._DESK_CHECKED`, `place_objects._DIRECT`). Without them the district in the visitor's title was kept."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.place_desks import desks_of
from store.extract.place_objects import checked_object


def _places(text: str) -> list[str]:
    return [loc["name"] for loc in extract_article(text).record.get("localities", [])]


@pytest.mark.parametrize("before", [
    "Sáng 9/10/2023, ông Lò Văn Hưng, Chủ tịch UBND huyện Mai Sơn, đã kiểm tra đột xuất Bộ phận Một cửa ",
    "Bà Hà Thị Vân đã kiểm tra hoạt động của Bộ phận Một cửa UBND ",
    "Tổ công tác của huyện đã kiểm tra đột xuất Bộ phận tiếp nhận và trả kết quả UBND ",
    "Đoàn đã khảo sát hoạt động Trung tâm Phục vụ hành chính công ",
])
def test_a_desk_checked_unannounced_or_for_its_work_is_the_units(before: str) -> None:
    assert desks_of(before)


@pytest.mark.parametrize("before", [
    "Bà Hà Thị Vân đã kiểm tra hoạt động của ",  # no desk named: nothing said of whose it is
    "Bộ phận Một cửa UBND ",  # a desk with no check
    "Ông Lò Văn Hưng chủ trì buổi làm việc với Bộ phận Một cửa ",  # a meeting, not a check
])
def test_look_alikes_no_desk_checked(before: str) -> None:
    assert not desks_of(before)


def test_an_unannounced_check_of_the_units_office_is_the_units() -> None:
    before = "Sáng 19/2/2024, ông Lê Văn Hòa, Phó Chủ tịch UBND huyện Mộ Đức, đã kiểm tra đột xuất UBND "
    assert checked_object(before, before)


@pytest.mark.parametrize("before", [
    "Đoàn kiểm tra đột xuất UBND ",  # the team's own name
    "ông Lê Văn Hòa đã kiểm tra UBND ",  # an office named with no cue of an unannounced check: left as it was
])
def test_look_alikes_the_office_is_no_checked_object(before: str) -> None:
    assert not checked_object(before, before)


@pytest.mark.parametrize(("text", "place"), [
    ("Sáng 9/10/2023, ông Lò Văn Hưng, Chủ tịch UBND huyện Mai Sơn, đã kiểm tra đột xuất Bộ phận Một cửa xã Hát "
     "Lót.", "xã Hát Lót"),
    ("Ngày 16/8/2022, bà Hà Thị Vân, Phó Chủ tịch UBND huyện Quỳnh Lưu, đã kiểm tra hoạt động của Bộ phận Một cửa "
     "UBND xã Quỳnh Hậu.", "xã Quỳnh Hậu"),
    ("Sáng 19/2/2024, ông Lê Văn Hòa, Phó Chủ tịch UBND huyện Mộ Đức, đã kiểm tra đột xuất UBND xã Đức Nhuận.",
     "xã Đức Nhuận"),
])
def test_the_commune_checked_is_the_place_not_the_visitors_district(text: str, place: str) -> None:
    assert _places(text) == [place]


@pytest.mark.parametrize(("text", "place"), [
    # the district's own desk checked: the district stays
    ("Sáng 9/10/2023, ông Lò Văn Hưng, Chủ tịch UBND huyện Mai Sơn, đã kiểm tra đột xuất Bộ phận Một cửa huyện Mai "
     "Sơn.", "huyện Mai Sơn"),
    # "tại" before the commune already named it: unchanged
    ("Sáng 9/10/2023, ông Lò Văn Hưng, Chủ tịch UBND huyện Mai Sơn, đã kiểm tra đột xuất tại xã Chiềng Mung.",
     "xã Chiềng Mung"),
])
def test_look_alikes_keep_their_places(text: str, place: str) -> None:
    assert _places(text) == [place]
