"""Session 33 figures13 (issue 12): runs of sums or counts whose last member alone carries a bare scale word
(figure_scaled_runs). Sentences of my own; each first group fails on the base, the look-alikes pass on both."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.extract import extract_article
from store.extract.figure_numbers import numbers_in
from tests.leads import TODAY


def read(text: str) -> list[tuple[float | int, str]]:
    return [(n[0], n[2]) for n in numbers_in(text)]


RUNS = [
    pytest.param("Số tiền xã cấp cho hai thôn lần lượt là 35 và 48 triệu.",
                 [(35_000_000, "đồng"), (48_000_000, "đồng")], id="two-sums-in-turn"),
    pytest.param("Kinh phí vận hành phần mềm các năm 2023, 2024 là 1,1 và 1,3 tỷ.",
                 [(1_100_000_000, "đồng"), (1_300_000_000, "đồng")], id="two-years-no-in-turn"),
    pytest.param("Vốn đầu tư các trạm phát sóng lần lượt là 2,4, 2,8 và 3,1 tỷ cho ba thôn.",
                 [(2_400_000_000, "đồng"), (2_800_000_000, "đồng"), (3_100_000_000, "đồng")], id="three-with-joiner"),
    pytest.param("Dự toán chi hai năm là 640 và 720 triệu đồng.",
                 [(640_000_000, "đồng"), (720_000_000, "đồng")], id="dong-written-after-the-last"),
    pytest.param("Số lượt truy cập cổng thông tin hai năm lần lượt là 1,3 và 1,7 triệu.",
                 [(1_300_000, "lượt"), (1_700_000, "lượt")], id="a-count-no-money-subject"),
    pytest.param("Hồ sơ trực tuyến của tỉnh hai năm lần lượt là 2,1 và 2,6 triệu.",
                 [(2_100_000, "hồ sơ"), (2_600_000, "hồ sơ")], id="files-counted"),
]
LOOK_ALIKES = [
    pytest.param("Số tiền hỗ trợ lần lượt là 35 và 48 triệu đồng.", [(35_000_000, "đồng"), (48_000_000, "đồng")],
                 id="in-turn-with-currency"),
    pytest.param("Tổng kinh phí đầu tư là 1,5 tỷ.", [(1_500_000_000, "đồng")], id="one-sum"),
    pytest.param("Kinh phí năm 2024 và 1,5 tỷ.", [(1_500_000_000, "đồng")], id="a-year-is-no-member"),
    pytest.param("Kinh phí hỗ trợ là 45, 62 triệu.", [(62_000_000, "đồng")], id="comma-pair-may-be-a-decimal"),
    pytest.param("Dân số hai xã là 12 và 15 nghìn.", [], id="population-no-unit-named"),
    pytest.param("Lượt truy cập hai năm lần lượt là 1,3 và 1,7 triệu lượt.", [(1_300_000, "lượt"), (1_700_000, "lượt")],
                 id="unit-after-the-scale"),
    pytest.param("Hai thôn nhận 35 và 48 triệu cây giống.", [(48_000_000, "cây")], id="scale-followed-by-a-noun"),
    pytest.param("Kinh phí quý 3 và 1,5 tỷ đồng.", [(1_500_000_000, "đồng")], id="a-quarter-is-no-member"),
]


@pytest.mark.parametrize(("text", "values"), RUNS + LOOK_ALIKES)
def test_members_of_a_run_are_scaled_as_its_last(text: str, values: list[tuple]) -> None:
    assert read(text) == values


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_two_sums_in_millions_read_as_written(first: int, second: int) -> None:
    said = f"Số tiền hỗ trợ hai thôn lần lượt là {first} và {second} triệu."
    assert read(said) == [(first * 1_000_000, "đồng"), (second * 1_000_000, "đồng")]


_LEAD = "Tin hoạt động\n\nSáng 14/10/2025, Thường trực HĐND xã Vũ Lễ đã giám sát tại UBND xã. "


@pytest.mark.parametrize(("said", "labels"), [
    pytest.param("Kinh phí xã chi cho việc vận hành phần mềm các năm 2023, 2024 là 1,1 và 1,3 tỷ.",
                 {1_100_000_000: "Kinh phí chi", 1_300_000_000: "Kinh phí chi"}, id="a-run-after-la"),
    pytest.param("Năm 2025, xã đã chi 1,5 tỷ đồng nâng cấp hạ tầng mạng.",
                 {1_500_000_000: "Chi nâng cấp hạ tầng mạng"}, id="one-sum-look-alike"),
])
def test_a_run_of_sums_after_la_takes_its_money_noun(said: str, labels: dict[int, str]) -> None:
    record = extract_article(_LEAD + said, today=TODAY).record
    assert {f["value"]: f["label"] for f in record["figures"]} == labels
