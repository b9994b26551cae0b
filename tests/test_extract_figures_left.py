"""Figure classes left open on real sets (session 8, figures-real): money with a glued "đ", a sample the team
checked, agencies and units as one kind, parts in brackets, what is counted named before a bare count, a share
only in the headline."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.extract import extract_article
from store.extract.figure_numbers import numbers_in
from store.numbers import format_number
from tests.leads import TODAY

_OPENING = ("Giám sát tại xã Thanh Đồng\n\nNgày 12/5/2024, Đoàn giám sát của HĐND huyện Thanh Chương do ông Nguyễn Văn "
            "Hải, Phó Chủ tịch HĐND huyện làm trưởng đoàn đã giám sát công tác cải cách hành chính tại xã Thanh Đồng."
            "\n\n")


def _figures(body: str, title: str | None = None) -> list[tuple[float | int, str, float | int | None]]:
    text = _OPENING if title is None else _OPENING.replace("Giám sát tại xã Thanh Đồng", title, 1)
    record = extract_article(text + body, today=TODAY).record
    return [(f["value"], f["unit"], f.get("of")) for f in record["figures"]]


def _read(text: str) -> list[tuple[float | int, float | int | None, str]]:
    return [(value, whole, unit) for value, whole, unit, _, _ in numbers_in(text)]


# -- money with the đồng's sign "đ" ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("thu được 500.000đ mỗi bộ", [(500000, None, "đồng")]),
    ("đã thu 25.000.000 đ tiền phí", [(25000000, None, "đồng")]),
    ("hỗ trợ 1,5 triệu đ cho mỗi hộ", [(1500000, None, "đồng")]),
    ("chi 2 tỷ đ, trong đó", [(2000000000, None, "đồng")]),
    ("thu 300 nghìn đ.", [(300000, None, "đồng")]),
])
def test_money_with_a_glued_or_spaced_d(text: str, expected: list[tuple[float | int, None, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", ["có 3 đ/c trực", "gồm 5 đ / c tham gia", "điểm đ khoản 2"])
def test_comrades_and_letters_are_no_money(text: str) -> None:
    assert _read(text) == []


@given(st.integers(min_value=1, max_value=10**12), st.sampled_from(["đ", " đ", "đồng", " đồng", " VNĐ"]))
def test_any_grouped_amount_with_its_sign_reads_back(value: int, sign: str) -> None:
    written = format_number(value)  # Vietnamese grouping: "1.234.567"
    assert _read(f"đã thu {written}{sign} tiền phí") == [(value, None, "đồng")]


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=9),
       st.sampled_from([("triệu", 10**6), ("tỷ", 10**9), ("nghìn", 10**3)]))
def test_a_decimal_comma_before_a_scale_and_d_is_never_a_thousands_dot(whole: int, tenth: int,
                                                                       scale: tuple[str, int]) -> None:
    word, factor = scale
    (value, of, unit), = _read(f"hỗ trợ {whole},{tenth} {word} đ cho xã")
    assert unit == "đồng" and of is None
    assert value == pytest.approx((whole + tenth / 10) * factor)


# -- where the team looked -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Đoàn kiểm tra xác suất tại 3 hộ gia đình.",
    "Đoàn đã khảo sát ngẫu nhiên tại 4 hộ dân.",
    "mỗi xã kiểm tra xác suất tại 2 hộ gia đình có trẻ",
    "Đoàn giám sát trực tiếp ở 2 tổ dân phố.",
])
def test_a_sample_checked_is_no_figure(text: str) -> None:
    assert _read(text) == []


def test_a_count_the_commune_reports_stays() -> None:
    assert _read("Xã có 312 hộ có trẻ trong độ tuổi.") == [(312, None, "hộ")]


# -- agencies and units are one kind -------------------------------------------------------------------------------


def test_units_after_in_which_are_parts_of_agencies() -> None:
    got = _figures("Toàn xã có 37 cơ quan, đơn vị nợ bảo hiểm xã hội. Trong đó, khối hành chính 10 đơn vị, khối "
                   "doanh nghiệp 27 đơn vị.")
    assert got == [(37, "cơ quan", None), (10, "đơn vị", 37), (27, "đơn vị", 37)]
