import pytest

from store.numbers import NumberError, format_number, format_percent, parse_vi_number, read_number, read_quantity


@pytest.mark.parametrize(
    ("text", "value"),
    [("3.163", 3163), ("99,83", 99.83), ("99,83%", 99.83), ("25.925", 25925), ("1.234.567", 1234567),
     ("1.234,5", 1234.5), ("403", 403), ("91,2", 91.2), ("100%", 100)],
)
def test_reads_vietnamese_notation(text: str, value: float) -> None:
    assert parse_vi_number(text) == value


@pytest.mark.parametrize("text", ["3.16", "abc", "1,2,3", "", "12.3456"])
def test_rejects_what_is_not_a_vietnamese_number(text: str) -> None:
    assert parse_vi_number(text) is None


@pytest.mark.parametrize(
    ("value", "lang", "shown"),
    [(2446, "vi", "2.446"), (2446, "en", "2,446"), (99.83, "vi", "99,83"), (99.83, "en", "99.83"),
     (1234567.5, "vi", "1.234.567,5"), (100, "vi", "100")],
)
def test_formats_per_language(value: float, lang: str, shown: str) -> None:
    assert format_number(value, lang) == shown


def test_percent() -> None:
    assert format_percent(99.83, "vi") == "99,83%"


# -- quantities: scale words, money, grouping, refusals -----------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("500 nghìn đồng", 500_000, "đồng"),
        ("500 ngàn đồng", 500_000, "đồng"),
        ("2,5 triệu đồng", 2_500_000, "đồng"),
        ("1,2 tỷ đồng", 1_200_000_000, "đồng"),
        ("12.000.000 đồng", 12_000_000, "đồng"),
        ("1,2 tỉ VNĐ", 1_200_000_000, "đồng"),
        ("2,5 triệu người", 2_500_000, "người"),
        ("1,5 nghìn hồ sơ", 1_500, "hồ sơ"),
        ("1 234 hồ sơ", 1_234, "hồ sơ"),
        ("1\u202f234 hồ sơ", 1_234, "hồ sơ"),
        ("1\u00a0234\u00a0567 lượt", 1_234_567, "lượt"),
        ("3.163 hồ sơ", 3_163, "hồ sơ"),
        ("99,83%", 99.83, "%"),
        ("3 nghìn tỷ đồng", 3_000_000_000_000, "đồng"),
        ("403", 403, ""),
    ],
)
def test_quantities_as_reports_write_them(text: str, value: float, unit: str) -> None:
    quantity = read_quantity(text)
    assert (quantity.value, quantity.unit) == (value, unit)
    assert type(quantity.value) is type(value)
    assert quantity.written == text.strip()


def test_money_in_three_notations_lands_in_one_unit() -> None:
    amounts = [read_quantity(text) for text in ("12 triệu đồng", "12.000.000 đồng", "0,012 tỷ đồng")]
    assert {(q.value, q.unit) for q in amounts} == {(12_000_000, "đồng")}
    assert [q.written for q in amounts] == ["12 triệu đồng", "12.000.000 đồng", "0,012 tỷ đồng"]


@pytest.mark.parametrize(("text", "value", "unit"), [("3.500 tỷ đồng", 3_500_000_000_000, "đồng"),
                                                     ("1.234 triệu đồng", 1_234_000_000, "đồng"),
                                                     ("1.200 nghìn hộ", 1_200_000, "hộ"),
                                                     ("2.000,5 triệu đồng", 2_000_500_000, "đồng"),
                                                     ("3,5 tỷ đồng", 3_500_000_000, "đồng")])
def test_a_dotted_thousands_group_before_a_scale_word_is_thousands(text: str, value: int, unit: str) -> None:
    """Vietnamese news writes "3.500 tỷ đồng" for 3 500 tỷ; a decimal there is a comma ("3,5 tỷ")."""
    quantity = read_quantity(text)
    assert (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize(("text", "message"), [("1.5 tỷ đồng", "dot groups thousands"), ("1.234%", "ambiguous"),
                                               ("1.2345 triệu đồng", "dot groups thousands"),
                                               ("1.5 người", "dot groups thousands"), ("1,234.5", "English"),
                                               ("hồ sơ", "does not start with a number")])
def test_ambiguous_or_foreign_forms_are_refused_with_a_message(text: str, message: str) -> None:
    with pytest.raises(NumberError, match=message):
        read_quantity(text)


def test_read_number_says_why_it_refuses() -> None:
    assert read_number("1 234") == 1234
    with pytest.raises(NumberError, match="not a number"):
        read_number("abc")


@pytest.mark.parametrize(("value", "shown"), [(0.1 + 0.2, "0,3"), (1 / 3, "0,3333"), (2.5e-5, "0"), (-0.0, "0"),
                                              (1e20, "100.000.000.000.000.000.000"), (12.50, "12,5"), (7.0, "7")])
def test_format_is_the_shortest_correct_form(value: float, shown: str) -> None:
    assert format_number(value) == shown
