"""Session 40's criteria counts (`figure_label_criteria`): "Tiêu chí <set> <holder> <verb>", the set named after the
count or before it, the holder of its clause or of the clause before; with look-alikes that keep their labels."""

from __future__ import annotations

import pytest

from tests.leads import label_said, labels_said


@pytest.mark.parametrize("sentence, value, label", [
    ("Xã đã đạt 16/19 tiêu chí nông thôn mới.", 16, "Tiêu chí nông thôn mới xã đạt"),
    ("Đến nay, xã Hòa An đạt 13 tiêu chí nông thôn mới.", 13, "Tiêu chí nông thôn mới xã Hòa An đạt"),
    ("Xã đạt 18/19 tiêu chí xã nông thôn mới.", 18, "Tiêu chí nông thôn mới xã đạt"),  # the level word goes
    ("Năm nay xã đạt thêm 2 tiêu chí nông thôn mới.", 2, "Tiêu chí nông thôn mới xã đạt thêm"),
    ("Xã đã đạt 15 tiêu chí nông thôn mới, còn 4 tiêu chí chưa đạt.", 4, "Tiêu chí nông thôn mới xã chưa đạt"),
    ("Phường đạt 6 tiêu chí đô thị văn minh; còn 2 tiêu chí chưa đạt là cảnh quan, vệ sinh.", 2,
     "Tiêu chí đô thị văn minh phường chưa đạt"),  # past a semicolon, the holder and set of the clause before
    ("Chương trình nông thôn mới kiểu mẫu được triển khai sớm. Xã đã đạt được 6 tiêu chí.", 6,
     "Tiêu chí nông thôn mới kiểu mẫu xã đạt"),  # the set named in the sentence before
    ("Xã đạt 9 tiêu chí.", 9, "Tiêu chí xã đạt"),  # no set named on the page
    ("Báo cáo của xã cho biết, xã Ninh Phước đạt 8 tiêu chí nông thôn mới.", 8,
     "Tiêu chí nông thôn mới xã Ninh Phước đạt"),  # "của xã" holds nothing
    ("Thị trấn Phong Thổ đã đạt 5 tiêu chí nông thôn mới nâng cao.", 5,
     "Tiêu chí nông thôn mới nâng cao thị trấn đạt"),  # past 10 words: the holder's name goes
])
def test_a_criteria_count_says_which_set_and_whose(sentence: str, value: float, label: str) -> None:
    assert label_said(sentence, value) == label


@pytest.mark.parametrize("sentence, value, label", [
    ("Toàn huyện có 9/12 xã đạt chuẩn nông thôn mới.", 9, "Xã đạt chuẩn nông thôn mới"),  # communes counted
    ("Xã nâng tổng số tiêu chí đạt lên 18 tiêu chí nông thôn mới.", 18, "Tiêu chí nông thôn mới"),  # raised "lên"
    ("Xã đã đạt 3 tiêu chí về giao thông, thủy lợi và điện.", 3, "Tiêu chí về giao thông"),  # says which
])
def test_look_alikes_of_a_criteria_count_keep_their_labels(sentence: str, value: float, label: str) -> None:
    assert label_said(sentence, value) == label


@pytest.mark.parametrize("sentence", [
    "Chương trình gắn với 19 tiêu chí của Bộ tiêu chí quốc gia về nông thôn mới.",  # a standard's size
    "Toàn huyện có 4 xã đạt 19 tiêu chí; 3 xã đạt 17 tiêu chí.",  # groups of communes
])
def test_criteria_that_are_no_figure_stay_none(sentence: str) -> None:
    assert [label for _, label in labels_said(sentence) if label.startswith("Tiêu chí")] == []
