"""Property test: a figure is found by free text in every way Vietnamese writes its number.

A value is drawn (a count, an amount in đồng, a share with decimals); the oracle here writes it each way a
report does, with the standard library only: plain digits, thousands grouped by dots or by a space (plain,
no-break, narrow no-break), a decimal comma, and with a scale word (nghìn/ngàn, triệu, tỷ/tỉ) where the amount
is a whole number of the scale's hundredths ("1,25 tỷ", "3.500 tỷ"). Each spelling, typed into the search line
(one term) or the filter bar (words split at spaces and joined again), finds the record holding the figure, in the
scan (`Matcher`) and the in-memory index, and does not find a record whose figure is the next number up.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from store.index import SurveyIndex
from store.matching import Matcher
from store.query import Clause, Filter
from tests.factories import make_record

_SCALES = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
_GROUPS = (".", " ", "\u00a0", "\u202f")


def _grouped(whole: int, separator: str) -> str:
    digits = str(whole)
    groups: list[str] = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return separator.join(groups)


def _spellings(value: Decimal) -> list[str]:
    """Every way this oracle writes `value`: digits, each grouping, a decimal comma, and each scale that fits."""
    found: list[str] = []
    for amount, scale in [(value, ""), *((value / factor, word) for word, factor in _SCALES.items())]:
        if amount != amount.quantize(Decimal("0.01")) or amount < Decimal("0.01") and scale:
            continue  # a scale the amount is no whole number of hundredths of: not how it is written
        whole, _, fraction = f"{amount.normalize():f}".partition(".")
        tail = f",{fraction}" if fraction else ""
        for separator in ("", *_GROUPS):
            written = (_grouped(int(whole), separator) if separator else whole) + tail
            found.append(f"{written} {scale}".strip())
    return list(dict.fromkeys(found))


def _record(record_id: str, date: str, value: Decimal, unit: str) -> dict[str, Any]:
    number: int | float = int(value) if value == value.to_integral_value() else float(value)
    return make_record(id=record_id, date=date, summary="Chuyến làm việc.",
                       figures=[{"label": "Chỉ tiêu thử", "value": number, "unit": unit}])


counts = st.builds(Decimal, st.integers(0, 10**13))
shares = st.builds(lambda cents: Decimal(cents).scaleb(-2), st.integers(0, 10**9))


@settings(max_examples=150, deadline=None)
@given(value=st.one_of(counts, shares), unit=st.sampled_from(["đồng", "hồ sơ", "người", ""]))
def test_a_figure_is_found_by_each_spelling_of_its_number(value: Decimal, unit: str) -> None:
    step = Decimal(1) if value == value.to_integral_value() else Decimal("0.01")
    records = [_record("held", "2025-05-01", value, unit), _record("next", "2025-05-02", value + step, unit)]
    index = SurveyIndex(records)
    for spelling in _spellings(value):
        for query in (Filter((Clause("text", spelling),)), Filter.parse(spelling)):
            matcher = Matcher(query)
            assert [record["id"] for record in records if matcher.matches_record(record)] == ["held"], (spelling,
                                                                                                       query)
            found = [index.records[n]["id"] for n in index.search(query, with_facets=False).positions]
            assert found == ["held"], (spelling, query)


def test_the_oracle_writes_the_forms_people_write() -> None:
    written = _spellings(Decimal(1_200_000_000))
    assert {"1200000000", "1.200.000.000", "1 200 000 000", "1,2 tỷ", "1.200 triệu", "1.200.000 nghìn"} <= set(written)
    assert {"99,83", "3.163", "3 163"} <= set(_spellings(Decimal("99.83")) + _spellings(Decimal(3163)))
