"""Session 33 figures12 (issue 12): counts after one verb with no "lần lượt" (figure_in_turn_members), counts that
each carry their own period (figure_own_periods, figure_label_runs), sums with a scale word and no currency in a
clause about money (figure_money_subjects), a zone's scale in hectares (figure_zone_sizes). Sentences of my own; each
first group fails on the base, the look-alikes pass on both."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.extract import extract_article
from store.extract.figure_numbers import numbers_in
from tests.leads import TODAY

_LEAD = "Tin hoạt động\n\nSáng 14/10/2025, Thường trực HĐND xã Vũ Lễ đã giám sát tại UBND xã. "


def read(text: str) -> list[tuple[float | int, str]]:
    return [(n[0], n[2]) for n in numbers_in(text)]


def _vi(number: int) -> str:
    """A whole number as a report writes it: thousands grouped with dots."""
    return f"{number:,}".replace(",", ".")


# -- counts after one verb, no "lần lượt" ----------------------------------------------------------------------------

RUNS = [
    pytest.param("Năm 2024 và năm 2025, xã tiếp nhận 120 và 95 hồ sơ.", [(120, "hồ sơ"), (95, "hồ sơ")],
                 id="two-counts"),
    pytest.param("Hai năm qua, phường đã cấp 268 và 315 giấy chứng nhận.",
                 [(268, "giấy chứng nhận"), (315, "giấy chứng nhận")], id="certificates"),
    pytest.param("Ba tháng qua, Công an xã kích hoạt 412, 386 và 455 tài khoản.",
                 [(412, "tài khoản"), (386, "tài khoản"), (455, "tài khoản")], id="three-counts"),
    pytest.param("Hai năm, xã giải quyết được 2.105 và 1.987 hồ sơ.", [(2105, "hồ sơ"), (1987, "hồ sơ")],
                 id="verb-with-duoc"),
]
RUN_LOOK_ALIKES = [
    pytest.param("Mỗi tháng xã tiếp nhận từ 120 đến 150 hồ sơ.", [(150, "hồ sơ")], id="a-range"),
    pytest.param("Trong các năm 2024 và 2025, xã tiếp nhận 95 hồ sơ.", [(95, "hồ sơ")], id="years-before"),
    pytest.param("Đợt 2 và 3 xã tiếp nhận 95 hồ sơ.", [(95, "hồ sơ")], id="rounds-ordinals"),
    pytest.param("Xã tiếp nhận 120 hồ sơ và 95 hồ sơ trực tuyến.", [(120, "hồ sơ"), (95, "hồ sơ")],
                 id="each-with-its-unit"),
    pytest.param("Hai thôn lần lượt có 12 và 9 hộ.", [(9, "hộ")], id="no-verb-of-a-count"),
]


@pytest.mark.parametrize(("text", "values"), RUNS + RUN_LOOK_ALIKES)
def test_counts_after_one_verb_each_take_the_last_ones_unit(text: str, values: list[tuple]) -> None:
    assert read(text) == values


@given(st.integers(min_value=1, max_value=99_999), st.integers(min_value=1, max_value=99_999))
def test_two_counts_after_one_verb_read_as_written(first: int, second: int) -> None:
    assert read(f"Hai năm qua, xã tiếp nhận {_vi(first)} và {_vi(second)} hồ sơ.") == [(first, "hồ sơ"),
                                                                                        (second, "hồ sơ")]


def test_the_later_count_of_a_run_carries_the_first_ones_label() -> None:
    said = "Hai quý qua, Trung tâm đã tiếp nhận 1.326 và 1.418 hồ sơ."
    got = {f["value"]: f["label"] for f in extract_article(_LEAD + said, today=TODAY).record["figures"]}
    assert got == {1326: "Hồ sơ tiếp nhận", 1418: "Hồ sơ tiếp nhận"}


# -- counts each with its own period ---------------------------------------------------------------------------------

def _figures(said: str) -> dict[float | int, tuple]:
    record = extract_article(_LEAD + said, today=TODAY).record
    return {f["value"]: (f["label"], f.get("metric"), (f.get("period") or {}).get("from"),
                         (f.get("period") or {}).get("to")) for f in record["figures"]}


PERIODS = [
    pytest.param("Phường đã giải quyết 1.204 hồ sơ năm 2024 và 1.530 hồ sơ năm 2025.",
                 {1204: ("Hồ sơ giải quyết", "ho-so-giai-quyet", "2024-01-01", "2024-12-31"),
                  1530: ("Hồ sơ giải quyết", "ho-so-giai-quyet", "2025-01-01", "2025-12-31")}, id="two-years"),
    pytest.param("Xã tiếp nhận 540 hồ sơ quý II/2025, 615 hồ sơ quý III/2025.",
                 {540: ("Hồ sơ tiếp nhận", "ho-so-tiep-nhan", "2025-04-01", "2025-06-30"),
                  615: ("Hồ sơ tiếp nhận", "ho-so-tiep-nhan", "2025-07-01", "2025-09-30")}, id="two-quarters"),
]
PERIOD_LOOK_ALIKES = [
    pytest.param("Năm 2025, xã giải quyết 1.530 hồ sơ, tăng so với năm 2024.",
                 {1530: ("Hồ sơ giải quyết", "ho-so-giai-quyet", "2025-01-01", "2025-12-31")}, id="a-comparison"),
    pytest.param("Xã tiếp nhận 800 hồ sơ năm 2024 và giải quyết 760 hồ sơ.",
                 # the year after the kind no longer sticks half in the label (figures17's `_PERIOD_AFTER`)
                 {800: ("Hồ sơ tiếp nhận", "ho-so-tiep-nhan", "2024-01-01", "2024-12-31"),
                  760: ("Hồ sơ giải quyết", "ho-so-giai-quyet", "2024-01-01", "2024-12-31")}, id="own-verb-no-run"),
]


@pytest.mark.parametrize(("said", "want"), PERIODS + PERIOD_LOOK_ALIKES)
def test_counts_with_their_own_periods_share_the_verb(said: str, want: dict) -> None:
    assert _figures(said) == want


# -- sums with a scale word and no currency --------------------------------------------------------------------------

SUMS = [
    pytest.param("Số tiền hỗ trợ hai thôn lần lượt là 45 triệu và 62 triệu.",
                 [(45_000_000, "đồng"), (62_000_000, "đồng")], id="in-turn-millions"),
    pytest.param("Tổng kinh phí đầu tư cho trung tâm là 1,5 tỷ.", [(1_500_000_000, "đồng")], id="total-budget"),
    pytest.param("Vốn đối ứng của xã đạt 800 triệu, bằng 40% kế hoạch.", [(800_000_000, "đồng"), (40, "%")],
                 id="capital-and-a-rate"),
    pytest.param("Dự toán năm 2025 của xã là 2,4 tỷ.", [(2_400_000_000, "đồng")], id="an-estimate"),
]
SUM_LOOK_ALIKES = [
    pytest.param("Trang thông tin đạt 2 triệu lượt truy cập.", [(2_000_000, "lượt")], id="visits-counted"),
    pytest.param("Kinh phí trồng 1,2 triệu cây xanh do doanh nghiệp tài trợ.", [(1_200_000, "cây")],
                 id="trees-no-sum"),
    pytest.param("Xã Tiền Phong đạt 1,2 triệu.", [], id="a-place-named-tien"),
    pytest.param("Đây là tiền đề để xã đạt 1,2 triệu.", [], id="tien-de-no-money"),
    pytest.param("Kinh phí hỗ trợ 120 hộ, mỗi hộ đạt 2 triệu lượt.", [(120, "hộ"), (2_000_000, "lượt")],
                 id="a-count-between"),
]


@pytest.mark.parametrize(("text", "values"), SUMS + SUM_LOOK_ALIKES)
def test_a_sum_with_a_scale_word_in_a_clause_about_money(text: str, values: list[tuple]) -> None:
    assert read(text) == values


@given(st.integers(min_value=1, max_value=999), st.sampled_from([("triệu", 10**6), ("tỷ", 10**9)]))
def test_a_budget_with_a_scale_word_reads_in_dong(amount: int, scale: tuple[str, int]) -> None:
    assert read(f"Tổng kinh phí của dự án là {amount} {scale[0]}.") == [(amount * scale[1], "đồng")]


# -- a zone's scale in hectares --------------------------------------------------------------------------------------

ZONES = [
    pytest.param("Xã có khu công nghiệp cảng biển với quy mô lên tới 5.000ha.", [], id="glued"),
    pytest.param("Cụm công nghiệp có quy mô 75 ha đã lấp đầy 60%.", [(60, "%")], id="spaced-beside-a-rate"),
    pytest.param("Khu kinh tế với tổng quy mô hơn 3.200ha nằm trên địa bàn.", [], id="economic-zone"),
]
ZONE_LOOK_ALIKES = [
    pytest.param("Xã đã bàn giao 12,5ha mặt bằng.", [(12.5, "ha")], id="land-handed-over"),
    pytest.param("Xã đã thu hồi 5.000ha đất để làm khu công nghiệp.", [(5000, "ha")], id="land-taken-back"),
    pytest.param("Dự án khu đô thị mới có quy mô 12ha đã giải phóng mặt bằng xong.", [(12, "ha")],
                 id="a-projects-area"),
    pytest.param("Toàn xã có 1.200ha lúa bị ngập.", [(1200, "ha")], id="crops-flooded"),
]


@pytest.mark.parametrize(("text", "values"), ZONES + ZONE_LOOK_ALIKES)
def test_a_zones_scale_is_no_figure(text: str, values: list[tuple]) -> None:
    assert read(text) == values
