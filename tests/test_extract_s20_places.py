"""Session 20, places: a former district named bare where the visit went is that district's locality (not a
person's home, not a unit named as former); a numbered ward visited where no unit of its province bears the number
today bounds a yearless day by 1/7/2025. Sentences written for these tests, with invented people."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.extract import extract_article
from store.extract.place_former_districts import former_district_mentions
from store.extract.year_numbered_units import _today, numbered_today

_TODAY = date(2026, 12, 1)


def _record(text: str) -> dict:
    return extract_article(text, today=_TODAY).record


def _districts(text: str) -> list[str]:
    return [m.written for m in former_district_mentions(text, None, False, [])]


@pytest.mark.parametrize("text, expected", [
    ("Đoàn giám sát đã làm việc tại Vĩnh Cửu về thu gom rác.", ["huyện Vĩnh Cửu"]),
    ("Đoàn đã làm việc với Thanh Chương về giảm nghèo.", ["huyện Thanh Chương"]),
    ("Ban đã khảo sát ở Quảng Xương và xã Quảng Hải.", ["huyện Quảng Xương"]),
    ("Đoàn đã đến Bắc Trà My kiểm tra trường học.", ["huyện Bắc Trà My"]),
    ("Một cán bộ quê ở Thanh Chương cho biết như vậy.", []),  # a person's home
    ("Anh sinh ra tại Vĩnh Cửu.", []),
    ("Đoàn khảo sát tại Vĩnh Cửu (cũ).", []),  # named as what it was
    ("Xã mới được thành lập trên cơ sở sáp nhập các xã tại Thanh Chương.", []),  # a merger told
    ("Đoàn đã làm việc tại Bố Trạch.", []),  # xã Bố Trạch stands today
    ("Đoàn đã làm việc tại Nghệ An.", []),  # a province
])
def test_a_former_district_named_bare_where_the_visit_went(text: str, expected: list[str]) -> None:
    assert _districts(text) == expected


def test_the_bare_district_is_the_visits_locality_with_its_province() -> None:
    record = _record("Sáng 22/8, Đoàn khảo sát của HĐND tỉnh Đồng Nai đã làm việc tại Vĩnh Cửu về cây ăn trái.")
    assert [(p["name"], p["province"]["code"]) for p in record["localities"]] == [("huyện Vĩnh Cửu", 75)]
    assert record["date"] == "2024-08-22"


def test_a_speakers_home_is_no_locality() -> None:
    record = _record("Ngày 4/3/2024, Đoàn giám sát của HĐND tỉnh Nghệ An làm việc tại huyện Đô Lương.\n\n"
                     "Một giáo viên quê ở Thanh Chương cho biết trường đã có 30 phòng học.")
    assert [p["name"] for p in record["localities"]] == ["huyện Đô Lương"]


def test_numbered_units_of_today() -> None:
    assert numbered_today(68, "1") and numbered_today(68, "02")  # Phường 1–3 Bảo Lộc, Lâm Đồng
    assert not numbered_today(68, "8") and not numbered_today(79, "7") and not numbered_today(96, "9")
    assert {number for _, number in _today()} == {"1", "2", "3"}


@given(st.integers(min_value=4, max_value=30))
def test_no_province_has_a_ward_numbered_four_or_more_today(number: int) -> None:
    assert not any(numbered_today(code, str(number)) for code, _ in _today())


@pytest.mark.parametrize("lead, expected", [
    ("Sáng 3/10, Ban Pháp chế HĐND TP.HCM đã giám sát tại phường 7 về trật tự đô thị.", "2024-10-03"),
    ("Sáng 3/10, Ban Pháp chế HĐND tỉnh Cà Mau đã giám sát tại P.9 về trật tự đô thị.", "2024-10-03"),
    ("Sáng 3/10, Ban Pháp chế HĐND tỉnh Lâm Đồng đã giám sát tại phường 5 về trật tự đô thị.", "2024-10-03"),
    # Phường 2 Bảo Lộc stands in Lâm Đồng today: no bound, the latest 3/10 not after today
    ("Sáng 3/10, Ban Pháp chế HĐND tỉnh Lâm Đồng đã giám sát tại phường 2 về trật tự đô thị.", "2026-10-03"),
    # no province known: the number may be one of today's elsewhere, no bound
    ("Sáng 3/10, Ban Pháp chế đã giám sát tại phường 12 về trật tự đô thị.", "2026-10-03"),
])
def test_a_numbered_ward_visited_bounds_a_yearless_day_where_no_unit_bears_it(lead: str, expected: str) -> None:
    assert _record(lead)["date"] == expected
