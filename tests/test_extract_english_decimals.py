"""Session 37, figures19: English numbers with three decimals ("4,274.550 MW") and a lone comma group before a
measure on a page with no certain number (`figure_english_marks`), on sentences written for these tests. The
property tests write numbers with an oracle of their own (Python's `format(n, ",")` and `decimal`), never the
project's reader.

- Comma groups then a stop and three digits: the English decimal before a measure on an English page or one with
  no certain number; before a count, or on a page with house numbers, left unread (a mark typed wrong inside
  thousands reads the same), never misread.
- A page with no certain number reads its lone groups by its counts: "1,320 hồ sơ" groups thousands the English
  way, so "1,250 ha" there is 1250 ha; "1.340 hộ" the house's, so "2,125 ha" stays 2,125 ha; neither or both, as
  before (the house's decimal; unread).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.extract.figure_english_marks import english_marks, page_notation
from store.extract.figure_numbers import numbers_in

SETTINGS = settings(max_examples=200, deadline=None)
_MEASURES = [" ha", " tấn", " m2", " MW", " kWh"]
_COUNTS = [" hồ sơ", " hộ", " người", " thẻ", " đồng"]


def _values(said: str, notation: str) -> list[float | int]:
    return [value for value, _, _, _, _ in numbers_in(said, notation)]


@pytest.mark.parametrize(("said", "notation", "values"), [
    pytest.param("Tổng công suất lắp máy 4,274.550 MW.", "en", [4274.55], id="three-decimals-on-an-english-page"),
    pytest.param("Diện tích thu hồi là 2,345.125 ha.", "", [2345.125], id="three-decimals-no-certain-number"),
    pytest.param("Xã đã trồng 1,234,567.125 ha rừng.", "en", [1234567.125], id="two-groups-and-three-decimals"),
])
def test_three_decimals_before_a_measure_are_read_the_english_way(said: str, notation: str, values: list) -> None:
    assert _values(said, notation) == values


@pytest.mark.parametrize(("said", "notation"), [
    pytest.param("Xã đã trồng 1,234.560 ha rừng.", "vi", id="on-a-vietnamese-page"),
    pytest.param("Xã đã trồng 1,234.560 ha rừng.", "both", id="on-a-page-of-both"),
    pytest.param("Xã đã cấp 1,250.125 hồ sơ.", "en", id="before-a-count"),
    pytest.param("Xã đã chi 1,250.125 đồng.", "", id="before-dong-with-no-scale"),
])
def test_three_decimals_are_left_unread_elsewhere(said: str, notation: str) -> None:
    assert _values(said, notation) == []


@pytest.mark.parametrize(("texts", "notation"), [
    pytest.param(["đã tiếp nhận 1,320 hồ sơ", "giao 1,250 ha"], "en", id="a-count-grouped-with-a-comma"),
    pytest.param(["của 1.340 hộ dân", "thu hồi 2,125 ha"], "vi", id="a-count-grouped-with-a-stop"),
    pytest.param(["1,320 hồ sơ", "1.340 hộ"], "both", id="counts-grouped-both-ways"),
    pytest.param(["thu hồi 2,125 ha", "0,750 ha"], "", id="no-count-grouped"),
    pytest.param(["còn 0,750 hộ"], "", id="a-first-group-of-zero-is-no-grouping"),
    pytest.param(["1,320 hồ sơ", "đạt 97,5%"], "vi", id="a-certain-number-decides-first"),
])
def test_a_page_of_no_certain_number_is_read_by_its_counts(texts: list[str], notation: str) -> None:
    assert page_notation(texts) == notation


def test_a_generator_of_texts_is_read_once() -> None:
    assert page_notation(t for t in ["đã tiếp nhận 1,320 hồ sơ", "giao 1,250 ha"]) == "en"


# -- properties: an oracle of their own ----------------------------------------------------------------------------


@SETTINGS
@given(st.integers(1_000, 10**12), st.integers(0, 999), st.sampled_from(_MEASURES), st.sampled_from(["", "en"]))
def test_three_decimals_read_the_english_value(whole: int, thousandths: int, unit: str, notation: str) -> None:
    said = f"tổng {format(whole, ',')}.{thousandths:03d}{unit} nhé"
    assert len(english_marks(said, notation)) == len(said)
    got = _values(said, notation)
    assert [Decimal(str(v)) for v in got] == [Decimal(whole) + Decimal(thousandths) / 1000]


@SETTINGS
@given(st.integers(1_000, 10**12), st.integers(0, 999), st.sampled_from(_COUNTS + _MEASURES),
       st.sampled_from(["", "vi", "en", "both"]))
def test_three_decimals_are_never_misread(whole: int, thousandths: int, unit: str, notation: str) -> None:
    said = f"tổng {format(whole, ',')}.{thousandths:03d}{unit} nhé"
    english = Decimal(whole) + Decimal(thousandths) / 1000
    assert all(Decimal(str(v)) == english for v in _values(said, notation))  # the English value or nothing


@SETTINGS
@given(st.integers(1, 999), st.integers(0, 999), st.integers(1, 999), st.integers(0, 999),
       st.sampled_from(_COUNTS), st.sampled_from(_MEASURES), st.sampled_from([",", "."]))
def test_a_lone_group_before_a_measure_follows_the_counts(head: int, tail: int, count_head: int, count_tail: int,
                                                          count: str, measure: str, mark: str) -> None:
    page = [f"xã có {count_head}{mark}{count_tail:03d}{count}", f"tổng {head},{tail:03d}{measure} nhé"]
    notation = page_notation(page)
    got = [Decimal(str(v)) for v in _values(page[1], notation)]
    english, house = Decimal(head * 1000 + tail), Decimal(head) + Decimal(tail) / 1000
    assert got == ([english] if mark == "," else [house])
