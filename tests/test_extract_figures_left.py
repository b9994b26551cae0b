"""Figure classes left open on real sets (session 8, figures-real): money with a glued "đ", a sample the team
checked, agencies and units as one kind, parts in brackets, what is counted named before a bare count, a share
only in the headline."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.numbers import format_number
from tests.leads import figure_triples
from tests.leads import numbers_read as _read

_OPENING = ("Giám sát tại xã Thanh Đồng\n\nNgày 12/5/2024, Đoàn giám sát của HĐND huyện Thanh Chương do ông Nguyễn Văn "
            "Hải, Phó Chủ tịch HĐND huyện làm trưởng đoàn đã giám sát công tác cải cách hành chính tại xã Thanh Đồng."
            "\n\n")


def _figures(body: str, title: str | None = None) -> list[tuple[float | int, str, float | int | None]]:
    text = _OPENING if title is None else _OPENING.replace("Giám sát tại xã Thanh Đồng", title, 1)
    return figure_triples(text + body)


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


# -- parts in brackets right after a count -------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    ("Xã tiếp nhận 1.200 hồ sơ (trực tuyến 900, trực tiếp 300).",
     [(1200, "hồ sơ", None), (900, "hồ sơ", 1200), (300, "hồ sơ", 1200)]),
    ("Xã tiếp nhận 1.200 hồ sơ (trực tuyến 900 hồ sơ, trực tiếp 300 hồ sơ).",
     [(1200, "hồ sơ", None), (900, "hồ sơ", 1200), (300, "hồ sơ", 1200)]),
    ("Xã nhận 1.200 hồ sơ, giải quyết 1.190 hồ sơ (đúng hạn 1.150, quá hạn 40).",
     [(1200, "hồ sơ", None), (1190, "hồ sơ", 1200), (1150, "hồ sơ", 1190), (40, "hồ sơ", 1190)]),
])
def test_bare_counts_in_a_bracket_split_the_count_before(body: str, expected: list) -> None:
    assert _figures(body) == expected


@pytest.mark.parametrize("body", [
    "Xã tiếp nhận 1.200 hồ sơ (năm 2022: 1.100), giải quyết xong.",
    "Xã tiếp nhận 1.200 hồ sơ (tăng 200 so với cùng kỳ).",
    "Xã tiếp nhận 1.200 hồ sơ (trực tuyến 900, trực tiếp 700).",  # more than the whole: no split
    "Xã tiếp nhận 1.200 hồ sơ trong tháng (3 ngày cao điểm).",
])
def test_a_bracket_that_is_no_split_gives_no_parts(body: str) -> None:
    got = _figures(body)
    assert got[0] == (1200, "hồ sơ", None)
    assert all(of is None for _, _, of in got)


# -- what is counted named before a bare count ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Hồ sơ mức 2 đạt trên 12,1 triệu, hồ sơ mức 3 đạt 2.300.",
     [(12100000, None, "hồ sơ"), (2300, None, "hồ sơ")]),
    ("Năm 2023, hồ sơ nộp trực tiếp là 760.", [(760, None, "hồ sơ")]),
    ("Số tài khoản đã kích hoạt có 2.416; tổng số cán bộ là 45.", [(2416, None, "tài khoản"), (45, None, "cán bộ")]),
])
def test_a_bare_count_takes_the_unit_its_clause_opened_with(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "Thời gian giải quyết hồ sơ là 3 ngày.",
    "Hồ sơ tồn là 2023.",
    "Hồ sơ trực tuyến đạt 12 xã.",
    "Theo ông A, hồ sơ của 5 xã đạt 100.",  # another number between the unit and the count
    "Lệ phí là 500.",  # money is never borrowed
])
def test_no_unit_is_borrowed_when_the_clause_says_otherwise(text: str) -> None:
    assert all(unit != "hồ sơ" or value != 100 for value, _, unit in _read(text))
    assert (3, None, "hồ sơ") not in _read(text) and (2023, None, "hồ sơ") not in _read(text)
    assert [u for _, _, u in _read(text) if u == "đồng"] == []


@given(st.integers(min_value=1, max_value=10**9))
def test_a_named_count_reads_back_any_grouped_number(value: int) -> None:
    assert _read(f"Năm 2024, hồ sơ trực tuyến đạt {format_number(value)}.") == [(value, None, "hồ sơ")]


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=9))
def test_a_named_count_with_a_scale_keeps_its_decimal_comma(whole: int, tenth: int) -> None:
    (value, _, unit), = _read(f"Hồ sơ mức 2 đạt {whole},{tenth} nghìn.")
    assert unit == "hồ sơ" and value == pytest.approx(whole * 1000 + tenth * 100)


# -- the headline ------------------------------------------------------------------------------------------------


def test_a_share_only_in_the_headline_is_a_figure() -> None:
    got = _figures("Phường tiếp nhận 3.120 hồ sơ.", title="Phường A trả kết quả đúng hạn 99,5% hồ sơ")
    assert got == [(3120, "hồ sơ", None), (99.5, "%", None)]


def test_a_count_the_body_repeats_is_one_figure() -> None:
    got = _figures("Xã đã cấp 1.450 tài khoản.", title="Xã A cấp 1.450 tài khoản định danh")
    assert got == [(1450, "tài khoản", None)]


def test_units_counted_in_the_headline_are_where_the_round_went() -> None:
    assert _figures("Xã tiếp nhận 30 hồ sơ.", title="Giám sát hồ sơ đất đai ở ba đơn vị") == [(30, "hồ sơ", None)]


# -- a whole and its part across sentences -------------------------------------------------------------------------


def test_files_settled_in_the_next_sentence_are_of_those_received() -> None:
    got = _figures("Năm 2023, xã tiếp nhận 1.200 hồ sơ. Kết quả đã giải quyết 1.150 hồ sơ, đạt 95,8%.")
    assert got == [(1200, "hồ sơ", None), (1150, "hồ sơ", 1200), (95.8, "%", None)]


@pytest.mark.parametrize("body", [
    "Xã A tiếp nhận 1.200 hồ sơ. Xã B tiếp nhận 900 hồ sơ, giải quyết 880 hồ sơ.",  # a received count of its own
    "Xã tiếp nhận 1.200 hồ sơ. Trong số 112 hồ sơ đang giải quyết, có 98 hồ sơ còn trong hạn.",  # its own total
    "Xã tiếp nhận 1.200 hồ sơ. Năm trước xã giải quyết 1.300 hồ sơ.",  # more than received
])
def test_no_cross_sentence_whole_when_the_sentence_has_its_own(body: str) -> None:
    assert all(of != 1200 for _, _, of in _figures(body))


def test_a_bracket_after_a_count_and_its_state_splits_it() -> None:
    got = _figures("Xã còn 1.321 hồ sơ đang giải quyết (1.246 hồ sơ chưa đến hạn, 75 hồ sơ quá hạn).")
    assert got == [(1321, "hồ sơ", None), (1246, "hồ sơ", 1321), (75, "hồ sơ", 1321)]


@pytest.mark.parametrize(("body", "expected"), [
    ("Xã tiếp nhận 1.300 hồ sơ, đã giải quyết 1.290 hồ sơ. Tỷ lệ đúng hạn đạt 99%; 12 hồ sơ bị trễ hạn.",
     [(1300, "hồ sơ", None), (1290, "hồ sơ", 1300), (99, "%", None), (12, "hồ sơ", 1290)]),
    ("Xã đã giải quyết 900 hồ sơ. Có 9 hồ sơ giải quyết chậm hạn.", [(900, "hồ sơ", None), (9, "hồ sơ", 900)]),
])
def test_late_files_in_the_next_sentence_are_of_those_settled(body: str, expected: list) -> None:
    assert _figures(body) == expected


@pytest.mark.parametrize("body", [
    "Xã đã giải quyết 900 hồ sơ. Xã còn 15 hồ sơ quá hạn.",
    "Xã đã giải quyết 900 hồ sơ. Có 15 hồ sơ quá hạn chưa giải quyết.",
    "Xã đã giải quyết 900 hồ sơ. Huyện giải quyết 2.000 hồ sơ, 15 hồ sơ trễ hạn.",
])
def test_files_still_in_hand_or_of_another_count_are_not(body: str) -> None:
    assert all(of != 900 for _, _, of in _figures(body))


# -- a total written "trong N ..." inside a sentence ---------------------------------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    ("Theo báo cáo, trong hơn 13,8 nghìn hồ sơ đã thu nhận, có trên 13,2 nghìn hồ sơ được cấp.",
     [(13800, "hồ sơ", None), (13200, "hồ sơ", 13800)]),
    ("Xã cho biết, trong số 430 hồ sơ tồn, đã giải quyết 395 hồ sơ; năm 2024 xã tiếp nhận thêm 210 hồ sơ.",
     [(430, "hồ sơ", None), (395, "hồ sơ", 430), (210, "hồ sơ", None)]),
])
def test_a_total_after_trong_inside_a_sentence_is_the_whole_of_what_follows(body: str, expected: list) -> None:
    assert _figures(body) == expected


def test_a_time_after_trong_is_no_total() -> None:
    assert _figures("Xã tiếp nhận 500 hồ sơ trong 3 tháng, giải quyết 480 hồ sơ.") == [(500, "hồ sơ", None),
                                                                                        (480, "hồ sơ", 500)]


@pytest.mark.parametrize("body", [
    "Phường A tiếp nhận 900 hồ sơ. Phường B giải quyết 870 hồ sơ.",
    "Phường A đã giải quyết 900 hồ sơ. Phường B có 15 hồ sơ trễ hạn.",
])
def test_another_named_unit_in_the_next_sentence_takes_no_whole_from_it(body: str) -> None:
    assert all(of is None for _, _, of in _figures(body))


def test_the_same_named_unit_in_the_next_sentence_still_does() -> None:
    got = _figures("Xã Tân Lập tiếp nhận 900 hồ sơ. Xã Tân Lập đã giải quyết 870 hồ sơ.")
    assert got == [(900, "hồ sơ", None), (870, "hồ sơ", 900)]
