"""Session 40's hamlet counts (`figure_label_hamlets`): a count told for one hamlet or residential group named right
before it is "<unit> của <hamlet>"; with look-alikes that keep their labels."""

from __future__ import annotations

import pytest

from tests.leads import label_said


@pytest.mark.parametrize("sentence, value, label", [
    ("Có 48 hồ sơ tồn đọng (khu phố 2 có 14 hồ sơ, khu phố 5 có 9 hồ sơ).", 14, "Hồ sơ của khu phố 2"),
    ("Có 48 hồ sơ tồn đọng (khu phố 2 có 14 hồ sơ, khu phố 5 có 9 hồ sơ).", 9, "Hồ sơ của khu phố 5"),
    ("Xã còn 66 hồ sơ chưa giải quyết (thôn Nà Tèn 25 hồ sơ; thôn Khòn Pát 19 hồ sơ).", 25, "Hồ sơ của thôn Nà Tèn"),
    ("Xã hỗ trợ 40 hộ, trong đó ấp Tân Phú 15 hộ, ấp Tân Lợi 25 hộ.", 15, "Hộ của ấp Tân Phú"),
    ("Năm 2024, xã cấp 300 thẻ bảo hiểm y tế, riêng thôn 4 là 85 thẻ.", 85, "Thẻ của thôn 4"),
    ("Phường còn 30 hồ sơ chưa cấp (tổ dân phố 3 có 18 hồ sơ).", 18, "Hồ sơ của tổ dân phố 3"),
])
def test_a_count_told_for_a_hamlet_is_that_hamlets(sentence: str, value: float, label: str) -> None:
    assert label_said(sentence, value) == label


@pytest.mark.parametrize("sentence, value, label", [
    ("Theo báo cáo, bản Mường Mươn có 53 hộ nghèo.", 53, "Hộ nghèo"),  # said more of
    ("Xã hỗ trợ 40 hộ, trong đó 15 hộ ở thôn Tân Phú.", 15, "Hộ"),  # the hamlet after the count: not read here
    ("Tổ công tác 5 người đã kiểm tra 12 hộ.", 5, "Người kiểm tra"),  # a team, no hamlet
])
def test_look_alikes_of_a_hamlets_count_keep_their_labels(sentence: str, value: float, label: str) -> None:
    assert label_said(sentence, value) == label
