"""Figures in the shapes real reports use (issue #12), each class with sentences of our own.

Targets and norms are no figures; parts listed in a sentence that opens with "Trong đó" are of the count the
sentence before ends on; money may be written in words; a count of months before an amount hides no figure.
The property tests check the new readings against oracles written here (word values, `decimal`).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from store.extract import extract_article
from store.extract.figure_numbers import numbers_in

TODAY = date(2026, 12, 1)
SETTINGS = settings(max_examples=200, deadline=None)
LEAD = "Sáng 20/10/2025, Đoàn giám sát của HĐND phường A do bà Lê Thị B làm trưởng đoàn đã giám sát tại phường A."


def figures(body: str) -> list[dict]:
    return extract_article(f"{LEAD}\n\n{body}", today=TODAY).record["figures"]


def values(body: str) -> list[float]:
    return [f["value"] for f in figures(body)]


# -- targets and norms ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("Phường có 41.260 người tham gia, đạt 91,4% dân số. Để đạt chỉ tiêu 95% do tỉnh giao, phường tiếp tục "
         "vận động.", [41260, 91.4]),
        ("Phường đặt mục tiêu đến cuối năm có 93% dân số tham gia bảo hiểm y tế.", []),
        ("Phường đề ra mục tiêu số hộ dùng nước sạch đạt 98%.", []),
        ("100% khu phố đạt tiêu chí bao phủ trên 85% số dân.", [100]),
        ("Theo kế hoạch, đến hết tháng 1/2026 phường giải ngân 100% vốn, tương đương 45,8 tỷ đồng.", []),
        ("Dự kiến, trong tháng 12 phường sẽ giải ngân thêm 9,5 tỷ đồng.", []),
        # a result said against the target stays a figure
        ("Phường có trên 86% dân số tham gia, vượt 8,2% chỉ tiêu cả năm.", [86, 8.2]),
        ("Tỷ lệ hồ sơ trực tuyến đạt 72%, hoàn thành mục tiêu năm.", [72]),
    ],
)
def test_targets_and_norms_are_no_figures(body: str, kept: list[float]) -> None:
    assert values(body) == kept


# -- parts in the sentence after their whole ---------------------------------------------------------------------


def test_parts_after_a_sentence_opening_with_trong_do() -> None:
    found = figures("Từ ngày 1/7/2025 đến nay, Trung tâm tiếp nhận 2.184 hồ sơ. Trong đó, 2.096 hồ sơ đã được giải "
                    "quyết đúng hạn và 88 hồ sơ đang giải quyết.")
    assert [(f["value"], f.get("of")) for f in found] == [(2184, None), (2096, 2184), (88, 2184)]


def test_parts_match_the_whole_with_their_metric() -> None:
    found = figures("Phường đã tiếp nhận 6.215 hồ sơ; đã giải quyết 6.104 hồ sơ. Trong đó, Trung tâm đã tiếp nhận "
                    "5.880 hồ sơ.")
    assert [(f["value"], f.get("of")) for f in found] == [(6215, None), (6104, 6215), (5880, 6215)]


def test_parts_of_money_and_of_area() -> None:
    money = figures("Tổng kinh phí là 2,4 tỷ đồng. Trong số đó, 1,5 tỷ đồng dùng để mua thiết bị.")
    assert [(f["value"], f.get("of")) for f in money] == [(2_400_000_000, None), (1_500_000_000, 2_400_000_000)]
    area = figures("Tổng diện tích đất công ích là 8.338,4 ha. Trong đó diện tích cho thuê là 6.269,7 ha; diện tích "
                   "cho mượn là 79,2 ha.")
    assert [(f["value"], f.get("of")) for f in area] == [(8338.4, None), (6269.7, 8338.4), (79.2, 8338.4)]


@pytest.mark.parametrize(
    "body",
    [
        # a "part" larger than the count before is no part of it
        "Xã tiếp nhận 120 hồ sơ. Trong đó, năm trước xã tiếp nhận 450 hồ sơ.",
        # "Trong đó" three sentences of narrative after the count (over one with no figures it reaches back since
        # session 20, over two since session 21: tests/test_extract_wholes_s21.py)
        "Xã tiếp nhận 120 hồ sơ. Cán bộ một cửa làm việc cả thứ bảy. Xã có máy lấy số tự động. Sảnh chờ rộng rãi. "
        "Trong đó, 100 hồ sơ giải quyết sớm.",
    ],
)
def test_no_whole_across_more_than_the_sentence_before(body: str) -> None:
    assert all("of" not in f for f in figures(body)[1:])


# -- money in words; amounts after a count of months -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mỗi suất trị giá một triệu đồng", [(1_000_000, "đồng")]),
        ("xã đã chi một tỷ đồng", [(1_000_000_000, "đồng")]),
        ("mỗi căn được hỗ trợ sáu mươi triệu đồng", [(60_000_000, "đồng")]),
        ("hỗ trợ hai triệu đồng", [(2_000_000, "đồng")]),  # never 2 of a unit "triệu đồng"
        ("một số hồ sơ còn trễ hạn", []),
        ("một triệu người", []),  # "một" counts only before money
        ("lũy kế 10 tháng 3.798,254 tỷ đồng", [(3_798_254_000_000, "đồng")]),
        ("lũy kế 2 tháng 612,4 tỷ đồng", [(612_400_000_000, "đồng")]),
        ("trong tháng 10 xã tiếp nhận 300 hồ sơ", [(300, "hồ sơ")]),
    ],
)
def test_numbers_in_real_shapes(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(value, unit) for value, _, unit, _, _ in numbers_in(text)] == expected


_DIGITS = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
_SCALE_WORDS = {"triệu": 10**6, "tỷ": 10**9}


def _words(n: int) -> str:
    """The oracle's Vietnamese for 1..99: "mười", "hai mươi lăm", "ba mươi mốt" ("mốt", "lăm" after "mươi")."""
    tens, units = divmod(n, 10)
    if tens == 0:
        return _DIGITS[units - 1]
    head = "mười" if tens == 1 else f"{_DIGITS[tens - 1]} mươi"
    if units == 0:
        return head
    tail = {1: "mốt" if tens > 1 else "một", 5: "lăm"}.get(units, _DIGITS[units - 1])
    return f"{head} {tail}"


@SETTINGS
@given(st.integers(1, 99), st.sampled_from(sorted(_SCALE_WORDS)))
def test_money_in_words_reads_its_value(n: int, scale: str) -> None:
    found = numbers_in(f"Đoàn trao tặng {_words(n)} {scale} đồng cho xã.")
    assert [(value, unit) for value, _, unit, _, _ in found] == [(n * _SCALE_WORDS[scale], "đồng")]


@SETTINGS
@given(st.integers(1, 12), st.integers(1, 99_999), st.integers(0, 999), st.sampled_from(["tỷ", "triệu"]))
def test_amount_after_a_count_of_months_reads_back(months: int, whole: int, fraction: int, scale: str) -> None:
    """Written the Vietnamese way (dot groups, comma decimals), read against `decimal` (the oracle). A whole number
    a month can be ("1 tháng 1 tỷ") is a day as written, so the amounts here are ones no month is."""
    assume(whole > 12 or fraction)
    digits = f"{whole:,}".replace(",", ".")
    written = digits + (f",{fraction:03d}".rstrip("0") if fraction else "")
    oracle = Decimal(f"{whole}.{fraction:03d}") * {"tỷ": 10**9, "triệu": 10**6}[scale]
    found = numbers_in(f"Lũy kế {months} tháng {written} {scale} đồng.")
    assert [(Decimal(str(value)), unit) for value, _, unit, _, _ in found] == [(oracle, "đồng")]


# -- "Trong số", changes, sets of files, on time of those settled -------------------------------------------------


def pairs(body: str) -> list[tuple[float, float | None]]:
    return [(f["value"], f.get("of")) for f in figures(body) if f["unit"] != "%"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Phường tiếp nhận 5.214 hồ sơ. Trong số 112 hồ sơ đang giải quyết, có 98 hồ sơ còn trong hạn và 14 hồ sơ đã "
         "quá hạn.", [(5214, None), (112, None), (98, 112), (14, 112)]),
        ("Trung tâm tiếp nhận 2.930 hồ sơ. Trong số hồ sơ trên, đã giải quyết 2.871 hồ sơ, trong đó trước hạn có "
         "2.415 hồ sơ; số hồ sơ quá hạn còn 26, chiếm 0,9%.", [(2930, None), (2871, 2930), (2415, 2871), (26, 2871)]),
        # a change is no part
        ("Toàn xã có 1.245 hộ, trong đó có 86 hộ nghèo, giảm 31 hộ so với năm trước, và 64 hộ cận nghèo, tăng 5 hộ.",
         [(1245, None), (86, 1245), (31, None), (64, 1245), (5, None)]),
        # on time, of those settled just before; not of a sibling on-time count
        ("Phường tiếp nhận 8.412 hồ sơ; đã giải quyết 8.105 hồ sơ, đúng và trước hạn 8.020 hồ sơ.",
         [(8412, None), (8105, 8412), (8020, 8105)]),
        ("Xã tiếp nhận 3.582 hồ sơ, giải quyết đúng hẹn 3.511 hồ sơ, trễ hẹn 71 hồ sơ.",
         [(3582, None), (3511, 3582), (71, 3582)]),
    ],
)
def test_wholes_in_real_shapes(body: str, expected: list[tuple[float, float | None]]) -> None:
    assert pairs(body) == expected


def test_bo_counts_files_only_where_files_were_named() -> None:
    assert pairs("Năm 2023, tổng số hồ sơ của các cơ quan cấp tỉnh là 24.310 bộ. Trong đó, hồ sơ tiếp nhận mới là "
                 "23.905 bộ.") == [(24310, None), (23905, 24310)]
    assert values("Đoàn đề nghị tỉnh kiến nghị 3 bộ, ngành Trung ương sớm hoàn thiện phần mềm.") == []


@pytest.mark.parametrize("body", [
    "6 tháng đầu năm bộ phận một cửa huyện tiếp nhận 2.315 hồ sơ.",  # "năm" after "đầu" is the year
    "Trong năm bộ phận một cửa tiếp nhận 2.315 hồ sơ.",
    "Xã có năm bộ phận chuyên môn và tiếp nhận 2.315 hồ sơ.",  # "bộ phận" is a desk, never a set of files
])
def test_the_year_word_and_a_desk_are_no_count_of_files(body: str) -> None:
    assert [value for value, *_ in numbers_in(body)] == [2315]
