import pytest

from store.numbers import format_number, format_percent, parse_vi_number


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
