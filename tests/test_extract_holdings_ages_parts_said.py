"""Session 39's label classes: a place's holdings say whose they are (`figure_label_holdings`), a kind with an age is
kept whole (`figure_label_words.AGE_PHRASE`), a part said to be something with "là" after "trong số này/đó"
(`figure_label_parts_said`); each with look-alikes that keep their labels."""

from __future__ import annotations

import pytest

from tests.leads import labels_said


def _label(sentence: str, value: float) -> str:
    found = [label for got, label in labels_said(sentence) if got == value]
    assert len(found) == 1, (value, labels_said(sentence))
    return found[0]


@pytest.mark.parametrize("sentence, value, label", [
    ("Theo báo cáo, xã có 16 khu vực bỏ phiếu với 21.380 cử tri.", 16, "Khu vực bỏ phiếu của xã"),
    ("Theo báo cáo, xã có 16 khu vực bỏ phiếu với 21.380 cử tri.", 21380, "Cử tri của xã"),
    ("Xã có 19 khu vực bỏ phiếu với gần 28.000 cử tri.", 28000, "Cử tri của xã (gần)"),
    ("Xã Vũ Lễ có 9 khu vực bỏ phiếu.", 9, "Khu vực bỏ phiếu của xã Vũ Lễ"),
    ("Toàn huyện có 97 khu vực bỏ phiếu.", 97, "Khu vực bỏ phiếu toàn huyện"),
    ("Trên địa bàn có 15 doanh nghiệp.", 15, "Doanh nghiệp trên địa bàn"),
    ("Hiện trạm có 3 bác sĩ.", 3, "Bác sĩ của trạm"),
    ("Đảng bộ huyện có 46 chi bộ.", 46, "Chi bộ của Đảng bộ huyện"),
    ("Báo cáo cho biết, các trường trên địa bàn có 86 giáo viên, 1.640 học sinh.", 1640, "Học sinh của các trường"),
    ("Năm học này, nhà trường có 14 lớp với 486 học sinh.", 486, "Học sinh nhà trường"),
])
def test_a_holding_says_whose_it_is(sentence: str, value: float, label: str) -> None:
    assert _label(sentence, value) == label


@pytest.mark.parametrize("sentence, value, label", [
    ("Toàn xã có 1.245 hộ, trong đó có 86 hộ nghèo.", 1245, "Tổng số hộ"),  # a total split into parts
    ("Xã có 3 trường đạt chuẩn quốc gia.", 3, "Trường đạt chuẩn quốc gia"),  # said more of
    ("Trường Tiểu học Tân Lập có 620 học sinh.", 620, "Học sinh Trường Tiểu học Tân Lập"),  # a named unit, as before
    ("Dịch tay chân miệng tăng, toàn phường đã có 16 ca.", 16, "Ca"),  # "đã có": a thing that happened
    ("Trong quý III, có 1 công chức nghỉ việc, 3 công chức được tăng cường.", 3, "Công chức"),  # no holder
    ("Xã quản lý 14 khu đất công, trong đó có 9 khu cho hộ dân thuê.", 9, "Khu"),  # a part, no holder
    ("Xã đã hỗ trợ 420 hộ, trong tổng số đó có 45 hộ.", 45, "Hộ"),  # no "Hộ trong tổng số đó", no "Hộ đó"
])
def test_look_alikes_of_a_holding_keep_their_labels(sentence: str, value: float, label: str) -> None:
    assert _label(sentence, value) == label


@pytest.mark.parametrize("sentence, value, label", [
    ("Toàn xã có 1.320 người trên 60 tuổi.", 1320, "Người trên 60 tuổi"),
    ("Xã có 312 người cao tuổi, 1.450 trẻ em dưới 16 tuổi.", 1450, "Trẻ em dưới 16 tuổi"),
    ("Năm 2025, xã đã cấp thẻ BHYT cho 716 trẻ em dưới 6 tuổi.", 716, "Trẻ em dưới 6 tuổi được cấp thẻ BHYT"),
    ("Xã đã tặng quà cho 86 người từ 80 tuổi trở lên.", 86, "Người từ 80 tuổi trở lên được tặng quà"),
    ("Xã đã tiêm phòng cho 1.240 trẻ em từ 6 đến 15 tuổi.", 1240, "Trẻ em từ 6 đến 15 tuổi được tiêm phòng"),
])
def test_a_kind_with_an_age_is_kept_whole(sentence: str, value: float, label: str) -> None:
    assert _label(sentence, value) == label


@pytest.mark.parametrize("sentence, value, label", [
    ("Xã đã giải quyết 230 hồ sơ trong 3 ngày.", 230, "Hồ sơ giải quyết"),
    ("Xã đã rà soát 45 hộ trên 2 thôn.", 45, "Hộ được rà soát"),
    ("Xã đã tiếp nhận 230 hồ sơ mức độ 4.", 230, "Hồ sơ mức độ 4"),
])
def test_numbers_after_a_kind_that_are_no_age_keep_their_labels(sentence: str, value: float, label: str) -> None:
    assert _label(sentence, value) == label


@pytest.mark.parametrize("sentence, value, label", [
    ("Xã có 420 hộ nghèo, trong số này có 17 hộ là gia đình chính sách.", 17, "Hộ là gia đình chính sách"),
    ("Xã đã hỗ trợ 420 hộ, trong số đó 17 hộ là hộ đồng bào dân tộc thiểu số.", 17, "Hộ đồng bào dân tộc thiểu số"),
    ("Xã đã tập huấn cho 210 người, trong số này có 64 người là phụ nữ.", 64, "Người là phụ nữ"),
    ("Xã đã giải quyết việc làm cho 312 lao động, trong tổng số đó có 45 người là bộ đội xuất ngũ.", 45,
     "Người là bộ đội xuất ngũ"),
    ("Xã có 420 hộ nghèo. Trong số này có 17 hộ là gia đình chính sách.", 17, "Hộ là gia đình chính sách"),
])
def test_a_part_said_to_be_something_after_trong_so_nay(sentence: str, value: float, label: str) -> None:
    assert _label(sentence, value) == label


@pytest.mark.parametrize("sentence, value, label", [
    ("Xã có 420 hộ nghèo, trong số này có 17 hộ đã thoát nghèo.", 17, "Hộ thoát nghèo"),
    ("Xã đã tập huấn cho 210 người, trong đó 64 người là phụ nữ.", 64, "Người là phụ nữ"),
    ("Trường có 930 học sinh, trong đó 312 em là học sinh bán trú.", 312, "Học sinh bán trú"),
])
def test_parts_said_otherwise_keep_their_labels(sentence: str, value: float, label: str) -> None:
    assert _label(sentence, value) == label
