"""Session 38, figures20: parts after "trong số đó", "trong tổng số đó", "trong số này" or a bare "số này" inside a
sentence (`figure_layout.IN_WHICH`), on sentences written for these tests.

"Xã tiếp nhận 75 đơn thư; trong số đó, 70 đơn thuộc thẩm quyền" gave 70 no whole: only "trong đó" opened a list of
parts within a sentence ("Trong số đó" opening a sentence already did, `figure_wholes.PARTS_OPEN`, which now reads
"Trong tổng số đó|này" too). Kept: another
kind after the words (people after households, a sum after households), a change told after "số này", workers
after firms.
"""

from __future__ import annotations

import pytest

from tests.leads import COUNCIL_LEAD, figure_triples


def _triples(said: str) -> list[tuple[float | int, str, float | int | None]]:
    return sorted(figure_triples(COUNCIL_LEAD + said))


@pytest.mark.parametrize(("said", "wanted"), [
    pytest.param("Xã đã tiếp nhận 64 đơn thư; trong số đó, 59 đơn thuộc thẩm quyền của xã.",
                 [(59, "đơn", 64), (64, "đơn", None)], id="trong-so-do-after-a-semicolon"),
    pytest.param("Xã rà soát 280 hộ khó khăn, trong số đó có 74 hộ được vay vốn.",
                 [(74, "hộ", 280), (280, "hộ", None)], id="trong-so-do-co-after-a-comma"),
    pytest.param("Xã lập danh sách 900 người được cấp thẻ, trong tổng số đó có 860 người đã nhận thẻ.",
                 [(860, "người", 900), (900, "người", None)], id="trong-tong-so-do"),
    pytest.param("Xã vận động 410 hộ tham gia bảo hiểm; trong số này, 376 hộ đã đóng phí.",
                 [(376, "hộ", 410), (410, "hộ", None)], id="trong-so-nay"),
    pytest.param("Xã mở 22 lớp tập huấn, trong tổng số này có 15 lớp dành cho nông dân.",
                 [(15, "lớp", 22), (22, "lớp", None)], id="trong-tong-so-nay"),
    pytest.param("Tổ hòa giải nhận 38 vụ việc; số này, 33 vụ việc đã hòa giải thành.",
                 [(33, "vụ việc", 38), (38, "vụ việc", None)], id="bare-so-nay"),
    pytest.param("Xã tiếp nhận 48 đơn thư; trong số đó có 13 đơn khiếu nại, 6 đơn tố cáo.",
                 [(6, "đơn", 48), (13, "đơn", 48), (48, "đơn", None)], id="a-list-of-parts"),
    pytest.param("Trường có 41 cán bộ, giáo viên, trong số đó có 9 đồng chí là lao động hợp đồng.",
                 [(9, "người", 41), (41, "cán bộ", None)], id="staff-counted-by-another-word"),
    pytest.param("Xã được hỗ trợ xây 52 căn nhà. Trong tổng số đó, 44 căn đã bàn giao.",
                 [(44, "căn", 52), (52, "căn", None)], id="a-sentence-opening-on-trong-tong-so-do"),
    pytest.param("Xã rà soát 136 hộ có nhà xuống cấp. Trong tổng số này có 21 hộ gia đình chính sách.",
                 [(21, "hộ", 136), (136, "hộ", None)], id="a-sentence-opening-on-trong-tong-so-nay"),
])
def test_a_count_after_trong_so_do_inside_a_sentence_is_a_part_of_the_count_before(said: str, wanted: list) -> None:
    assert _triples(said) == wanted


@pytest.mark.parametrize(("said", "wanted"), [
    pytest.param("Xã có 140 hộ nghèo; trong số đó, 410 người được cấp thẻ bảo hiểm y tế.",
                 [(140, "hộ", None), (410, "người", None)], id="another-kind"),
    pytest.param("Xã hỗ trợ 52 hộ sửa nhà; trong số đó, 120 triệu đồng là vốn của Mặt trận.",
                 [(52, "hộ", None), (120000000, "đồng", None)], id="a-sum-after-households"),
    pytest.param("Xã đã nhận 30 đơn thư; số này tăng 6 đơn so với năm trước.",
                 [(6, "đơn", None), (30, "đơn", None)], id="a-change-after-so-nay"),
    pytest.param("Xã rà soát 136 hộ có nhà xuống cấp. Trong tổng số đó có 310 người cao tuổi.",
                 [(136, "hộ", None), (310, "người", None)], id="another-kind-after-a-sentence-opening"),
    pytest.param("Xã có 12 doanh nghiệp, trong số đó 200 lao động.",
                 [(12, "doanh nghiệp", None), (200, "lao động", None)], id="workers-of-firms"),
])
def test_look_alikes_of_trong_so_do_keep_no_whole(said: str, wanted: list) -> None:
    assert _triples(said) == wanted
