"""Session 40, figures22: a district's departments told after "đã có" with a deed right after them
(`figure_departments._AFTER_HAVING`), and "đều đã|được|chưa ..." after a count, no cut of its label
(`figure_label_words._CUT_AFTER`), on sentences written for these tests.

Kept: the make-up ("Huyện có 12 phòng chuyên môn thực hiện chức năng tham mưu"), rooms ("đã có 3 phòng họp"),
departments a deed was done to ("được kiểm tra"), a bare "phòng" after "đã có"; "đều là" and "đều" before no deed
still end a label.
"""

from __future__ import annotations

import pytest

from tests.leads import figure_triples, labels_said

_DISTRICT = "Tin hoạt động\n\nSáng 12/3/2024, Đoàn kiểm tra của tỉnh đã kiểm tra tại UBND huyện Nho Quan. "


def _department_counts(said: str) -> list[tuple[float | int, str, float | int | None]]:
    return [t for t in figure_triples(_DISTRICT + said) if t[1] == "phòng"]


@pytest.mark.parametrize(("said", "count"), [
    pytest.param("Đã có 9 phòng chuyên môn ban hành kế hoạch cải cách hành chính.", (9, "phòng", None), id="ban-hanh"),
    pytest.param("Đến nay, huyện đã có 11/12 phòng, ban dùng chữ ký số.", (11, "phòng", 12), id="a-fraction"),
    pytest.param("Toàn huyện đã có 10/13 phòng chuyên môn số hóa hồ sơ lưu trữ.", (10, "phòng", 13), id="so-hoa"),
    pytest.param("Đã có 7 phòng, ban công khai đường dây nóng tại trụ sở.", (7, "phòng", None), id="cong-khai"),
])
def test_departments_after_da_co_with_a_deed_are_a_result(said: str, count: tuple) -> None:
    assert _department_counts(said) == [count]


@pytest.mark.parametrize("said", [
    pytest.param("Huyện có 12 phòng chuyên môn thực hiện chức năng tham mưu.", id="the-make-up"),
    pytest.param("Tại trụ sở, huyện đã có 3 phòng họp trực tuyến kết nối với tỉnh.", id="rooms"),
    pytest.param("Đã có 4 phòng chuyên môn được đoàn kiểm tra trực tiếp.", id="done-to-them"),
    pytest.param("Đã có 5 phòng ban hành quy chế làm việc.", id="a-bare-phong"),
    pytest.param("Đã có 6 phòng chuyên môn của huyện tham gia hội thi.", id="no-deed-right-after"),
])
def test_no_departments_read(said: str) -> None:
    assert _department_counts(said) == []


@pytest.mark.parametrize(("said", "value", "label"), [
    pytest.param("Đến nay, 45 hộ đều đã được hỗ trợ sửa chữa nhà ở.", 45, "Hộ được hỗ trợ sửa chữa nhà ở",
                 id="deu-da-duoc"),
    pytest.param("Trước năm học mới, 6 trường học đều đã sửa chữa xong phòng học.", 6,
                 "Trường học sửa chữa xong phòng học", id="deu-da"),
    pytest.param("Có 36 hộ đều chưa được cấp giấy chứng nhận quyền sử dụng đất.", 36,
                 "Hộ chưa cấp giấy chứng nhận quyền sử dụng đất", id="deu-chua"),
    pytest.param("Năm 2025, xã tiếp nhận 1.150 hồ sơ, 1.120 hồ sơ đều đã được giải quyết đúng hạn.", 1120,
                 "Hồ sơ giải quyết đúng hạn", id="a-part"),
])
def test_deu_before_a_deed_keeps_it(said: str, value: int, label: str) -> None:
    assert (value, label) in labels_said(said)


@pytest.mark.parametrize(("said", "value", "label"), [
    pytest.param("Năm 2025, xã có 20 hộ nghèo, đều là hộ có người già neo đơn.", 20, "Hộ nghèo", id="deu-la"),
    pytest.param("Trong năm, 18 hộ đã được hỗ trợ bò giống.", 18, "Hộ được hỗ trợ bò giống", id="no-deu"),
])
def test_labels_as_before(said: str, value: int, label: str) -> None:
    assert (value, label) in labels_said(said)
