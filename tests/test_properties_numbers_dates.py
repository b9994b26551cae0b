"""Property tests: numbers and dates read back what they write, checked against oracles written here.

The oracles use only the standard library (`decimal`, `datetime`) and the
rules as stated in the README: dots group thousands, a comma marks decimals,
dates are day first, an impossible date is an error.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from store.dates import DateError, Yearly, parse_day, parse_range
from store.numbers import format_number, parse_vi_number, read_quantity
from store.query import Filter, QueryError

SETTINGS = settings(max_examples=300, deadline=None)
_SCALES = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
_UNITS = {"đồng": "đồng", "VNĐ": "đồng", "VND": "đồng", "người": "người", "hồ sơ": "hồ sơ", "": ""}


def _oracle_vi(value: Decimal) -> str:
    """How a Vietnamese report writes `value`: dot-grouped thousands, comma decimals, no trailing zeros."""
    sign = "-" if value < 0 else ""
    whole, _, fraction = f"{abs(value):f}".partition(".")
    fraction = fraction.rstrip("0")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    text = ".".join(groups) + (f",{fraction}" if fraction else "")
    return "0" if text == "0" else sign + text


decimals = st.builds(lambda units, places: Decimal(units).scaleb(-places),
                     st.integers(-10**14, 10**14), st.integers(0, 4))


@SETTINGS
@given(decimals)
def test_format_writes_what_the_oracle_writes_and_parse_reads_it_back(value: Decimal) -> None:
    as_float = float(value)
    shown = format_number(as_float)
    assert shown == _oracle_vi(value)
    if value == value.to_integral_value():
        assert format_number(int(value)) == shown
    read = parse_vi_number(shown)
    assert read == as_float or (value == 0 and read == 0)


@SETTINGS
@given(decimals)
def test_english_formatting_swaps_the_marks(value: Decimal) -> None:
    vi = format_number(float(value))
    en = format_number(float(value), "en")
    assert en == vi.replace(".", "\x00").replace(",", ".").replace("\x00", ",")


@SETTINGS
@given(st.integers(0, 10**12), st.sampled_from([" ", "\u00a0", "\u202f", "."]))
def test_any_thousands_separator_reads_the_same(value: int, separator: str) -> None:
    written = _oracle_vi(Decimal(value)).replace(".", separator)
    assert parse_vi_number(written) == value
    assert read_quantity(f"{written} hồ sơ").value == value


@SETTINGS
@given(st.integers(0, 999_999), st.integers(0, 2), st.lists(st.sampled_from(sorted(_SCALES)), max_size=2),
       st.sampled_from(sorted(_UNITS)))
def test_scale_words_multiply_and_money_is_in_dong(units: int, places: int, scales: list[str], unit: str) -> None:
    number = Decimal(units).scaleb(-places)
    written = " ".join(part for part in (_oracle_vi(number), *scales, unit) if part)
    expected = number
    for scale in scales:
        expected *= _SCALES[scale]
    # "1.234 triệu" is 1 234 triệu: a dot and three digits group thousands before a scale word as anywhere
    quantity = read_quantity(written)
    assert Decimal(repr(quantity.value)) == expected or Decimal(quantity.value) == expected
    assert quantity.unit == _UNITS[unit]
    assert quantity.written == written


@SETTINGS
@given(st.integers(1, 9999), st.integers(1, 12), st.integers(1, 31), st.sampled_from(["/", ".", "-"]), st.booleans())
def test_day_first_dates_read_as_the_calendar_says(year: int, month: int, day: int, sep: str, padded: bool) -> None:
    try:
        expected: date | None = date(year, month, day)
    except ValueError:
        expected = None
    d, m = (f"{day:02d}", f"{month:02d}") if padded else (str(day), str(month))
    written = f"{d}{sep}{m}{sep}{year:04d}"
    if expected is None:
        try:
            parse_day(written)
        except DateError:
            return
        raise AssertionError(f"{written!r} is no date")
    assert parse_day(written) == expected
    assert parse_day(expected.isoformat()) == expected
    assert parse_day(f"ngày {day} tháng {month} năm {year:04d}") == expected


@SETTINGS
@given(st.integers(1, 9999), st.integers(13, 99), st.integers(1, 12))
def test_month_first_is_never_guessed(year: int, not_a_month: int, day: int) -> None:
    try:
        parse_day(f"{day}/{not_a_month}/{year:04d}")
    except DateError as error:
        assert f"no month {not_a_month}" in str(error)
    else:
        raise AssertionError("a month above 12 must be an error")


@SETTINGS
@given(st.text(max_size=20))
def test_any_text_is_a_range_or_a_date_error(text: str) -> None:
    try:
        span = parse_range(text)
    except DateError:
        return
    if isinstance(span, Yearly):  # days of every year (`22/10`): two real month-days, in either order (over New Year)
        assert all(date.fromisoformat(f"2000-{end}") for end in (span.start, span.end))
        return
    assert span.start <= span.end


@SETTINGS
@given(
    st.sampled_from(["since", "until", "year", "date"]), st.text(alphabet="0123456789/-. .", min_size=1, max_size=12)
)
def test_date_filters_parse_or_say_why(field: str, value: str) -> None:
    try:
        Filter.parse(f'{field}:"{value}"')
    except QueryError as error:
        assert str(error)
