"""Figure classes of a figure-rich real batch (session 9, batch-figures): parts listed on lines after "Trong đó:",
lists past ";", a part's own parts after "gồm", parts after a fraction, what was paid of an approved list, other
shapes of a quantity (a second one after a slash, billions without "đồng", m2, a decimal point before "ha"), and
amounts that are no figure or no part (an amount still to come, a count of the kinds named, a rate)."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from tests.leads import TODAY, figure_triples
from tests.leads import numbers_read as _read

_OPENING = ("Giám sát tại xã Thanh Đồng\n\nNgày 12/5/2024, Đoàn giám sát của HĐND huyện Thanh Chương do ông Nguyễn Văn "
            "Hải, Phó Chủ tịch HĐND huyện làm trưởng đoàn đã giám sát việc chi trả chính sách tại xã Thanh Đồng."
            "\n\n")


def _figures(body: str) -> list[tuple[float | int, str, float | int | None]]:
    return figure_triples(_OPENING + body)


# -- parts listed ----------------------------------------------------------------------------------------------


def test_lines_after_trong_do_are_parts_of_the_counts_before() -> None:
    got = _figures("Xã chi cho 90 đối tượng với số tiền 900 triệu đồng. Trong đó:\n\n"
                   "Người có công: 30 đối tượng, số tiền 400 triệu đồng;\n\n"
                   "Bảo trợ xã hội: 60 đối tượng, số tiền 500 triệu đồng.\n\nĐoàn ghi nhận kết quả.")
    assert (30, "đối tượng", 90) in got and (60, "đối tượng", 90) in got
    assert (400000000, "đồng", 900000000) in got and (500000000, "đồng", 900000000) in got


def test_the_list_ends_once_its_parts_add_up() -> None:
    got = _figures("Xã chi cho 90 đối tượng. Trong đó:\n\nNgười có công: 30 đối tượng;\n\n"
                   "Bảo trợ xã hội: 60 đối tượng.\n\nNăm trước xã chi cho 85 đối tượng.")
    assert (85, "đối tượng", None) in got


@pytest.mark.parametrize("body, part", [
    ("Xã thu 3 tỷ đồng (trong đó thu thuế 1 tỷ đồng; thu phí 2 tỷ đồng).", (2000000000, "đồng", 3000000000)),
    ("Xã nhận 38 vụ việc, trong đó: hòa giải thành 31 vụ việc; chuyển cấp trên 5 vụ việc.", (5, "vụ việc", 38)),
])
def test_a_list_opened_by_trong_do_goes_on_past_semicolons(body: str, part: tuple[int, str, int]) -> None:
    assert part in _figures(body)


def test_a_semicolon_outside_such_a_list_still_cuts() -> None:
    assert (70, "hồ sơ", None) in _figures("Xã A nhận 90 hồ sơ; xã B nhận 70 hồ sơ.")


def test_gom_splits_the_part_it_follows() -> None:
    got = _figures("Xã quản lý 30 ha đất công, trong đó 20 ha đã cho thuê gồm 12 ha đất lúa và 8 ha mặt nước.")
    assert (12, "ha", 20) in got and (8, "ha", 20) in got and (20, "ha", 30) in got


def test_trong_do_after_a_fraction_is_of_its_value() -> None:
    got = _figures("Xã đã giải quyết 900/950 hồ sơ. Trong đó, 800 hồ sơ được giải quyết trực tuyến.")
    assert (900, "hồ sơ", 950) in got and (800, "hồ sơ", 900) in got


def test_people_and_recipients_are_one_kind() -> None:
    assert (40, "đối tượng", 100) in _figures("Xã chi trả cho 100 người, trong đó có 40 đối tượng người có công.")


def test_paid_out_of_an_approved_list() -> None:
    got = _figures("Theo danh sách được phê duyệt, xã có 500 người với tổng kinh phí 750 triệu đồng. Đến nay, xã "
                   "đã chi trả cho 480 người, số tiền 720 triệu đồng.")
    assert (480, "người", 500) in got and (720000000, "đồng", 750000000) in got


def test_two_payouts_without_a_list_stay_apart() -> None:
    got = _figures("Năm 2022, xã chi trả cho 300 người. Năm 2023, xã đã chi trả cho 280 người.")
    assert (280, "người", None) in got


# -- shapes ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("hỗ trợ 120 hộ/185 triệu đồng", [(120, None, "hộ"), (185000000, None, "đồng")]),
    ("cấp 1.025 hồ sơ/752,31 ha", [(1025, None, "hồ sơ"), (752.31, None, "ha")]),
    ("đạt 4.206 tài khoản/5.918 hộ", [(4206, 5918, "tài khoản")]),
    ("xã quản lý 17.76 ha đất", [(17.76, None, "ha")]),
    ("diện tích cấp lần đầu 15.600 m2", [(15600, None, "m2")]),
    ("giới thiệu 64 lao động đi làm", [(64, None, "lao động")]),
    ("cấp mới 212 giấy", [(212, None, "giấy chứng nhận")]),
    ("hỗ trợ người bán vé số 35 trường hợp", [(35, None, "trường hợp")]),
    ("vốn ngân sách trên 66 tỷ, vốn tín dụng 47 tỷ đồng", [(66000000000, None, "đồng"), (47000000000, None, "đồng")]),
])
def test_quantities_in_other_shapes(text: str, expected: list[tuple[float | int, float | int | None, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", ["có 3 giấy mời dự họp", "xã có diện tích 2.500 ha", "thu 66 tỷ hồ sơ"])
def test_what_stays_out(text: str) -> None:
    found = _read(text)
    assert not any(unit in ("giấy chứng nhận", "ha", "đồng") for _, _, unit in found)


def test_the_area_that_goes_with_a_count() -> None:
    assert (9450, "m2", None) in _figures("Xã cấp giấy cho 38 hộ, với diện tích 9.450 m2.")


# -- amounts that are no figure, or no part ------------------------------------------------------------------------


def test_an_amount_still_to_come_is_no_figure() -> None:
    got = _figures("Xã chi 50 triệu đồng. Phần đối ứng của tỉnh (2 triệu đồng/hộ) sẽ được chuyển về xã.")
    assert (2000000, "đồng", None) not in got and (50000000, "đồng", None) in got


def test_a_count_of_the_kinds_named_is_no_figure() -> None:
    got = _figures("Xã đã chi trả cho 02 đối tượng (người có công và bảo trợ xã hội) với 333 người.")
    assert [v for v, unit, _ in got if unit == "đối tượng"] == [] and (333, "người", None) in got


def test_a_rate_is_a_figure_but_no_part_of_a_total() -> None:
    got = _figures("Tổng kinh phí hằng tháng 205 triệu đồng, trong đó: người cao tuổi 360.000 đồng/tháng.")
    assert (360000, "đồng", None) in got


def test_cap_tren_is_the_level_above_no_bound() -> None:
    draft = extract_article(_OPENING + "Xã thu bổ sung từ ngân sách cấp trên 1,7 tỷ đồng.", today=TODAY)
    index = next(i for i, f in enumerate(draft.record["figures"]) if f["value"] == 1700000000)
    assert draft.certainty.get(f"figures[{index}]", "").split(":")[0] == ""


def test_an_amount_paid_stays_though_more_is_to_come() -> None:
    assert (50000000, "đồng", None) in _figures("Xã đã chi 50 triệu đồng, sẽ tiếp tục chi trong quý tới.")
