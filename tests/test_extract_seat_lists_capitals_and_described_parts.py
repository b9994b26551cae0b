"""Session 31 (f68): seats listed after one election word (`figure_seats`), election bodies counted under capitalised
names (`figure_lexicon`), and a part described in words before its count after "trong đó" (`figure_kin`)."""

from __future__ import annotations

import pytest

from store.extract import extract_article

LEAD = ("Ngày 2/3/2026, Đoàn giám sát do ông Huỳnh Văn Sơn, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn đã giám sát "
        "công tác chuẩn bị bầu cử tại xã Châu Thành, tỉnh Tây Ninh. ")


def _figures(sentence: str) -> list[tuple[float, str, float | None]]:
    figures = extract_article(LEAD + sentence).record.get("figures", [])
    return sorted((f["value"], f["unit"], f.get("of")) for f in figures)


@pytest.mark.parametrize(("sentence", "seats"), [
    ("Toàn tỉnh được bầu 16 đại biểu Quốc hội, 80 đại biểu HĐND tỉnh và 1.950 đại biểu HĐND cấp xã.", [16, 80, 1950]),
    ("Xã được bầu 30 đại biểu HĐND xã và 2 đại biểu HĐND tỉnh.", [2, 30]),
    ("Phường được bầu 3 đại biểu HĐND tỉnh, 28 đại biểu HĐND phường.", [3, 28]),
    ("Năm nay tỉnh bầu 14 đại biểu Quốc hội, và 85 đại biểu Hội đồng nhân dân tỉnh.", [14, 85]),
])
def test_every_seat_count_of_a_list_after_one_election_word_is_read(sentence: str, seats: list[int]) -> None:
    assert [value for value, unit, _ in _figures(sentence) if unit == "đại biểu"] == seats


@pytest.mark.parametrize(("sentence", "seats"), [
    ("Phường được bầu 25 đại biểu HĐND phường, 40 đại biểu dự hội nghị hiệp thương.", [25]),  # people present
    ("Xã được bầu 27 đại biểu HĐND xã, 46 đại biểu HĐND xã có mặt tại hội nghị.", [27]),
    ("Hội nghị có 18 đại biểu Quốc hội, 85 đại biểu HĐND tỉnh tham dự.", []),  # no election word: attendance
    ("Xã được bầu 30 đại biểu HĐND xã và chia thành 9 đơn vị bầu cử.", [30]),  # the list turns to another count
])
def test_look_alikes_counts_of_people_present_end_or_make_no_list(sentence: str, seats: list[int]) -> None:
    assert [value for value, unit, _ in _figures(sentence) if unit == "đại biểu"] == seats


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Xã đã thành lập 41 Tổ bầu cử.", [(41, "tổ bầu cử", None)]),
    ("Thành phố có 665 Ban bầu cử và 2.614 Tổ bầu cử.", [(665, "ban bầu cử", None), (2614, "tổ bầu cử", None)]),
    ("Xã có 3 Đơn vị bầu cử, 15 Khu vực bỏ phiếu.", [(3, "đơn vị bầu cử", None), (15, "khu vực bỏ phiếu", None)]),
])
def test_election_bodies_written_with_a_capital_are_counted(sentence: str,
                                                             expected: list[tuple[float, str, None]]) -> None:
    assert _figures(sentence) == sorted(expected)


@pytest.mark.parametrize("sentence", [
    "Đoàn đã đến Tổ bầu cử số 5 và Ban bầu cử số 2 của xã.",  # named by their number, no count
    "Tổ bầu cử ở ấp 3 đã niêm yết danh sách cử tri.",
])
def test_look_alikes_capitalised_bodies_named_by_number_are_no_count(sentence: str) -> None:
    assert _figures(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Số đại biểu Quốc hội được bầu là 14 đại biểu (trong đó số đại biểu do Trung ương giới thiệu là 4 người, số do "
     "tỉnh giới thiệu là 10 người).", [(4, "người", 14), (10, "người", 14), (14, "đại biểu", None)]),
    ("Tổng số người ứng cử là 38 ứng cử viên (trong đó Ủy ban MTTQ giới thiệu 35 người, tự ứng cử 3 người).",
     [(3, "người", 38), (35, "người", 38), (38, "ứng cử viên", None)]),
])
def test_a_part_described_before_its_count_is_of_the_whole(sentence: str,
                                                           expected: list[tuple[float, str, float | None]]) -> None:
    assert _figures(sentence) == sorted(expected)


@pytest.mark.parametrize("sentence", [
    "Xã có 12 doanh nghiệp, trong đó doanh nghiệp chế biến tuyển thêm 200 lao động.",  # another kind
    "Xã có 36 cán bộ, trong đó xã cử đi tập huấn 40 người.",  # more than the whole
    "Xã có 38 ứng cử viên, trong đó năm 2021 có 30 người.",  # a digit in the description: no part
])
def test_look_alikes_described_counts_that_are_no_parts(sentence: str) -> None:
    assert all(of is None for _, _, of in _figures(sentence))
