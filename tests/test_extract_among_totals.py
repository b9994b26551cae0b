"""Session 37, figures19: parts of a total said "trong tổng số" (`figure_wholes.AMONG_OPEN`, `_AMONG_BEFORE`), on
sentences written for these tests.

"Trong tổng số 500 phiếu phát ra, có 480 phiếu hợp lệ" gave 480 no whole: "Trong số N ..., M ..." already made the
first count of a kind the whole of the others of that kind, but "tổng" between "trong" and "số" was not read. Kept:
another kind after the total (people after households, voters after hamlets), a part larger than the total, a total
named again later (one figure, as after "trong số").
"""

from __future__ import annotations

import pytest

from tests.leads import COUNCIL_LEAD, figure_triples


def _triples(said: str) -> list[tuple[float | int, str, float | int | None]]:
    return sorted(figure_triples(COUNCIL_LEAD + said))


@pytest.mark.parametrize(("said", "wanted"), [
    pytest.param("Trong tổng số 500 phiếu phát ra, có 480 phiếu hợp lệ.",
                 [(480, "phiếu", 500), (500, "phiếu", None)], id="forms-opening-the-sentence"),
    pytest.param("Trong tổng số 94 hộ nghèo đầu năm, có 41 hộ đã thoát nghèo.",
                 [(41, "hộ", 94), (94, "hộ", None)], id="households-opening-the-sentence"),
    pytest.param("Theo báo cáo, trong tổng số 1.320 thẻ đã cấp, có 1.275 thẻ đã giao tận tay người dân.",
                 [(1275, "thẻ", 1320), (1320, "thẻ", None)], id="inside-the-sentence"),
    pytest.param("Năm 2025, trong tổng số 64 trường hợp vi phạm, có 57 trường hợp đã bị xử phạt.",
                 [(57, "trường hợp", 64), (64, "trường hợp", None)], id="after-a-year"),
    pytest.param("Trong tổng số gần 3.400 hộ được vận động, có 2.950 hộ đã ký cam kết.",
                 [(2950, "hộ", 3400), (3400, "hộ", None)], id="with-a-bound"),
    pytest.param("Trong tổng số 38 cơ sở được kiểm tra, 5 cơ sở bị nhắc nhở.",
                 [(5, "cơ sở", 38), (38, "cơ sở", None)], id="with-no-co"),
])
def test_a_count_after_a_total_said_trong_tong_so_is_its_part(said: str, wanted: list) -> None:
    assert _triples(said) == wanted


@pytest.mark.parametrize(("said", "wanted"), [
    pytest.param("Trong tổng số 460 hộ được tuyên truyền, có 385 người đã đăng ký tham gia bảo hiểm xã hội.",
                 [(385, "người", None), (460, "hộ", None)], id="people-after-households"),
    pytest.param("Trong tổng số 40 phiếu, có 120 phiếu được thu về từ các đợt trước.",
                 [(40, "phiếu", None), (120, "phiếu", None)], id="a-part-larger-than-the-total"),
    pytest.param("Trong số 320 hộ được khảo sát, 290 hộ hài lòng với dịch vụ.",
                 [(290, "hộ", 320), (320, "hộ", None)], id="trong-so-as-before"),
    pytest.param("Xã đã hòa giải thành 27 vụ việc trong tổng số 31 vụ việc tiếp nhận.",
                 [(27, "vụ việc", 31), (31, "vụ việc", None)], id="the-total-after-its-part-as-before"),
    pytest.param("Trong năm 2025, xã có 320 hộ nghèo, có 40 hộ cận nghèo.",
                 [(40, "hộ", None), (320, "hộ", None)], id="trong-nam-is-no-total"),
])
def test_look_alikes_of_a_total_said_trong_tong_so(said: str, wanted: list) -> None:
    assert _triples(said) == wanted


def test_a_total_named_again_with_trong_tong_so_is_one_figure() -> None:
    said = ("Năm 2025, cử tri đã có 65 ý kiến, kiến nghị gửi đến xã. "
            "Tính đến nay, trong tổng số 65 ý kiến, kiến nghị, xã đã giải quyết 58 ý kiến.")
    assert _triples(said) == [(58, "kiến nghị", 65), (65, "kiến nghị", None)]


def test_a_total_named_with_no_number_after_trong_tong_so_is_the_one_said_before() -> None:
    said = ("Năm 2022, phường tiếp nhận 1.900 hồ sơ. Trong tổng số hồ sơ tiếp nhận, có 1.100 hồ sơ lĩnh vực chứng "
            "thực; 500 hồ sơ lĩnh vực hộ tịch.")
    assert _triples(said) == [(500, "hồ sơ", 1900), (1100, "hồ sơ", 1900), (1900, "hồ sơ", None)]
