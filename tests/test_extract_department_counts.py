"""Session 39, figures21: a district's departments counted by what they did are a result in unit "phòng"
(`figure_departments.departments_by_deed`), on sentences written for these tests.

"Có 12/12 phòng đã cung cấp văn bản ..." was not read at all (session 38 fresh82 v06): a bare "phòng" is no unit.
Kept as no figure, by the house's conventions: departments visited or checked, whose staff were checked, a place's
make-up ("tỉnh có 17 sở", t2572), rooms ("phòng làm việc", "phòng học"), a bare "phòng" with no fraction.
"""

from __future__ import annotations

import pytest

from tests.leads import figure_triples

_LEAD = "Tin hoạt động\n\nSáng 14/10/2024, Đoàn kiểm tra công vụ của tỉnh đã kiểm tra đột xuất tại UBND huyện Bắc Hà. "


def _figures(said: str) -> list[tuple[float | int, str, float | int | None]]:
    return figure_triples(_LEAD + said)


@pytest.mark.parametrize(("said", "figure"), [
    pytest.param("Có 12/12 phòng đã cung cấp văn bản phân công nhiệm vụ.", (12, "phòng", 12), id="a-bare-fraction"),
    pytest.param("Kết quả, 10/12 phòng chuyên môn đã niêm yết lịch làm việc.", (10, "phòng", 12), id="chuyen-mon"),
    pytest.param("Báo cáo cho biết 9 phòng chuyên môn đã ban hành quy chế làm việc.", (9, "phòng", None),
                 id="no-fraction-with-its-kind"),
    pytest.param("Báo cáo cho biết 7/8 phòng, ban đã cập nhật văn bản lên hệ thống.", (7, "phòng", 8),
                 id="phong-ban"),
    pytest.param("Có 5/12 phòng thuộc UBND huyện chưa công khai thủ tục.", (5, "phòng", 12),
                 id="whose-district-between"),
])
def test_departments_told_by_a_deed_are_a_result(said: str, figure: tuple) -> None:
    assert figure in _figures(said)


@pytest.mark.parametrize("said", [
    pytest.param("Huyện hiện có 12 phòng chuyên môn trực thuộc.", id="the-make-up"),
    pytest.param("Đoàn đã kiểm tra trực tiếp 4 phòng chuyên môn đã được báo trước.", id="visited"),
    pytest.param("Công chức của 12 phòng chuyên môn đã có mặt đúng giờ.", id="whose-staff"),
    pytest.param("Trụ sở có 25 phòng làm việc đã xuống cấp.", id="rooms"),
    pytest.param("Nhà trường có 6 phòng học đã hư hỏng.", id="classrooms"),
    pytest.param("Tại trụ sở, 3 phòng đã được sửa chữa lại mái.", id="a-bare-count-with-no-fraction"),
    pytest.param("Có 4/6 phòng đã được sửa chữa lại mái.", id="rooms-repaired-by-a-fraction"),
])
def test_departments_that_are_no_result_stay_no_figure(said: str) -> None:
    assert not [f for f in _figures(said) if f[1] == "phòng"]
