"""Session 40's label classes in sentences of our own: a count said to be a kind with "là" then its unit again, or a
petition said to be a complaint or an accusation (`figure_label_parts_said`); a count with "đều" before what was
done to it (`figure_labels._phrase_after`); each with look-alikes that keep their labels."""

from __future__ import annotations

import pytest

from tests.leads import label_said


@pytest.mark.parametrize("sentence, value, label", [
    ("Xã tiếp nhận 35 đơn, trong đó có 12 đơn là đơn khiếu nại, 23 đơn là đơn kiến nghị.", 12, "Đơn khiếu nại"),
    ("Xã tiếp nhận 35 đơn, trong đó có 12 đơn là đơn khiếu nại, 23 đơn là đơn kiến nghị.", 23, "Đơn kiến nghị"),
    ("Ban tiếp công dân nhận 31 đơn, 9 đơn là đơn trùng lặp.", 9, "Đơn trùng lặp"),  # no opener
    ("Xã nhận 20 đơn thư, trong đó 8 đơn là khiếu nại về đất đai.", 8, "Đơn khiếu nại về đất đai"),
    ("Năm qua, xã nhận 26 đơn thư, 5 đơn thư là tố cáo.", 5, "Đơn thư tố cáo"),
    ("Các cơ quan tiếp nhận 19 kiến nghị, trong đó 11 kiến nghị là kiến nghị về đất đai.", 11,
     "Kiến nghị về đất đai"),
    ("Xã có 120 hồ sơ, trong đó 30 hồ sơ là hồ sơ đất đai.", 30, "Hồ sơ đất đai"),
])
def test_a_count_said_to_be_a_kind_with_la_is_that_kind(sentence: str, value: float, label: str) -> None:
    assert label_said(sentence, value) == label


@pytest.mark.parametrize("sentence, value, label", [
    ("Trong đó có 12 người là phụ nữ.", 12, "Người là phụ nữ"),  # people: labels22's form
    ("Tổng số đơn nhận được là 40 đơn.", 40, "Đơn nhận"),  # "là" before the count
    ("Xã tiếp nhận 35 đơn, trong đó 6 đơn là không đủ điều kiện xử lý.", 6, "Đơn"),  # no kind after "là"
])
def test_look_alikes_of_a_kind_said_with_la_keep_their_labels(sentence: str, value: float, label: str) -> None:
    assert label_said(sentence, value) == label


@pytest.mark.parametrize("sentence, value, label", [
    ("Xã tiếp nhận 60 hồ sơ đất đai, 58 hồ sơ đều đã được giải quyết đúng hạn.", 58, "Hồ sơ giải quyết đúng hạn"),
    ("Các kiến nghị kỳ trước, 13 kiến nghị đều được trả lời.", 13, "Kiến nghị trả lời"),
    ("Trong năm, 38 hộ đều đã nhận tiền hỗ trợ làm nhà.", 38, "Hộ nhận tiền hỗ trợ làm nhà"),
    ("Đến nay, 27 trường học đều đã có phòng học tin học.", 27, "Trường học có phòng học tin học"),
])
def test_a_count_all_done_with_deu_keeps_what_was_done(sentence: str, value: float, label: str) -> None:
    assert label_said(sentence, value) == label


@pytest.mark.parametrize("sentence, value, label", [
    ("Xã tiếp nhận 64 hồ sơ tồn đọng đều đã được giải quyết.", 64, "Hồ sơ tồn đọng"),  # "đều" after the kind
    ("Năm 2024, xã tiếp nhận 58 hồ sơ đã được giải quyết đúng hạn.", 58, "Hồ sơ giải quyết đúng hạn"),  # no "đều"
])
def test_look_alikes_of_deu_keep_their_labels(sentence: str, value: float, label: str) -> None:
    assert label_said(sentence, value) == label
